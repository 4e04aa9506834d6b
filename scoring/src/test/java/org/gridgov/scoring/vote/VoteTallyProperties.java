package org.gridgov.scoring.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.scoring.vote.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The tally's rules, each against the slow oracle or stated directly. */
class VoteTallyProperties {
  private static Count single(Scenario s, Quarantine q, Sanctions sanctions) {
    return VoteCounter.count(s.round, q, sanctions, s.submissions);
  }

  @Test
  void theCountIsTheOraclesDecisionForDecisionWithTheSameDigest() {
    qt(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Scenario s = new Scenario(seed);
              Count fast = single(s, s.quarantine(), s.removals());
              Count slow =
                  SlowCount.count(
                      s.round, SlowCount.decide(s.round, s.submissions, s.flags, s.removed));
              assertThat(fast).as("%s", s).isEqualTo(slow);
            });
  }

  /** An id of the given length (1 to 64) that starts with a distinct prefix. */
  private static String idOfLength(String prefix, int length) {
    StringBuilder sb = new StringBuilder(prefix);
    while (sb.length() < length) {
      sb.append((char) ('a' + sb.length() % 26));
    }
    return sb.substring(0, Math.max(prefix.length(), length));
  }

  @Test
  void idsOfEveryLengthAreRecordedAsTheOracleRecordsThem() {
    // the audit records copy ids a word at a time; lengths 1 to 64 cross every word boundary
    qt(150)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              List<String> channels =
                  List.of(idOfLength("w", 1 + r.nextInt(64)), idOfLength("p", 1 + r.nextInt(64)));
              Round.Builder b =
                  Round.builder("long-ids")
                      .window(
                          Fixtures.START,
                          Fixtures.START.plus(java.time.Duration.ofDays(2)),
                          Fixtures.SHANGHAI)
                      .channels(channels.get(0), channels.get(1))
                      .rules(VoteRules.of(3, 2))
                      .seats(SeatRules.of(1));
              List<String> candidates = new ArrayList<>();
              for (int i = 0; i < 4; i++) {
                String id = idOfLength("c" + i + "-", 3 + r.nextInt(62));
                candidates.add(id);
                Candidate f = Fixtures.candidate(i);
                b.addCandidate(
                    Candidate.of(id, f.name(), f.district().toString(), f.grid().toString()));
              }
              Round round = b.build();
              List<Submission> in = new ArrayList<>();
              for (int i = 0; i < 300; i++) {
                String choice =
                    r.nextInt(10) == 0
                        ? idOfLength("x", 1 + r.nextInt(64))
                        : candidates.get(r.nextInt(candidates.size()));
                String channel =
                    r.nextInt(10) == 0
                        ? idOfLength("q", 1 + r.nextInt(64))
                        : channels.get(r.nextInt(2));
                in.add(
                    Ballot.of(
                        idOfLength("b" + i + "-", 1 + r.nextInt(64)),
                        Fixtures.voter(r.nextInt(20)),
                        choice,
                        Fixtures.START.plusSeconds(r.nextInt(2 * 86_400)),
                        channel));
              }
              Count fast = VoteCounter.count(round, Quarantine.none(), Sanctions.none(), in);
              Count slow =
                  SlowCount.count(round, SlowCount.decide(round, in, Map.of(), java.util.Set.of()));
              assertThat(fast).isEqualTo(slow);
            });
  }

  @Test
  void receivedIsAcceptedPlusRejectedForTheWholeCountAndEveryCandidate() {
    qt(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Scenario s = new Scenario(seed);
              Count c = single(s, s.quarantine(), s.removals());
              assertThat(c.totals().received()).isEqualTo(s.submissions.size());
              assertThat(c.totals().accepted() + c.totals().rejectedTotal())
                  .isEqualTo(c.totals().received());
              for (CandidateCount line : c.candidates()) {
                long rejected = line.rejected().values().stream().mapToLong(Long::longValue).sum();
                assertThat(line.accepted() + rejected).isEqualTo(line.received());
              }
            });
  }

  @Test
  void noCapIsEverExceeded() {
    qt(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Scenario s = new Scenario(seed);
              VoteRules rules = s.round.rules();
              VoteTally t = VoteTally.start(s.round, s.quarantine(), s.removals());
              Map<String, Integer> perDay = new HashMap<>();
              Map<String, Integer> perCandidate = new HashMap<>();
              Map<VoterKey, java.time.Instant> last = new HashMap<>();
              for (Ballot b : s.sortedBallots()) {
                if (t.ingest(b).kind() != Decision.Kind.ACCEPTED) {
                  continue;
                }
                LocalDate day = LocalDate.ofInstant(b.at(), s.round.zone());
                String vd = b.voter() + "/" + day;
                assertThat(perDay.merge(vd, b.choices().size(), Integer::sum))
                    .isLessThanOrEqualTo(rules.votesPerVoterPerDay());
                for (String c : b.choices()) {
                  assertThat(perCandidate.merge(vd + "/" + c, 1, Integer::sum))
                      .isLessThanOrEqualTo(rules.votesPerCandidatePerDay());
                }
                assertThat(b.choices().size()).isLessThanOrEqualTo(rules.choicesPerBallot());
                java.time.Instant previous = last.put(b.voter(), b.at());
                if (previous != null) {
                  assertThat(java.time.Duration.between(previous, b.at()))
                      .isGreaterThanOrEqualTo(rules.minInterval());
                }
                assertThat(s.flags.get(b.id())).isNotEqualTo(FlagKind.LIMIT);
              }
            });
  }

  @Test
  void ingestingInRunsWithLookAheadDecidesExactlyAsOneByOne() {
    qt(150)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              // up to 3,000 ballots, so that runs span new days and the voter table grows
              Scenario s = new Scenario(seed, 3000);
              List<Submission> in = new ArrayList<>();
              List<Submission> malformed = new ArrayList<>();
              for (Submission x : s.submissions) {
                (x instanceof Ballot ? in : malformed).add(x);
              }
              in.sort((a, b) -> Ballot.order().compare((Ballot) a, (Ballot) b));
              Random r = new Random(seed);
              for (Submission m : malformed) {
                in.add(r.nextInt(in.size() + 1), m);
              }
              VoteTally one = VoteTally.start(s.round, s.quarantine(), s.removals());
              List<Decision> expected = new ArrayList<>();
              for (Submission x : in) {
                expected.add(one.ingest(x));
              }
              // some one by one, then some in runs, then one by one again: the two forms mix
              VoteTally runs = VoteTally.start(s.round, s.quarantine(), s.removals());
              List<Decision> got = new ArrayList<>();
              int from = r.nextInt(in.size() + 1);
              int to = from + r.nextInt(in.size() - from + 1);
              for (Submission x : in.subList(0, from)) {
                got.add(runs.ingest(x));
              }
              runs.ingestAll(in.subList(from, to), got::add);
              for (Submission x : in.subList(to, in.size())) {
                got.add(runs.ingest(x));
              }
              assertThat(got).isEqualTo(expected);
              assertThat(runs.count()).isEqualTo(one.count());
              assertThat(runs.received()).isEqualTo(in.size());
            });
  }

  @Test
  void permutingTheInputChangesNothing() {
    qt(150)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Scenario s = new Scenario(seed);
              Count sorted = single(s, s.quarantine(), s.removals());
              List<Submission> shuffled = new ArrayList<>(s.submissions);
              Collections.shuffle(shuffled, new Random(seed));
              VoteCounter any = VoteCounter.start(s.round, s.quarantine(), s.removals());
              shuffled.forEach(any::accept);
              assertThat(any.finish()).isEqualTo(sorted);
            });
  }

  @Test
  void aCounterWithTheMeasuredWindowCountsANearlySortedStreamExactly() {
    qt(150)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Scenario s = new Scenario(seed);
              List<Ballot> stream = new ArrayList<>(s.sortedBallots());
              Random r = new Random(seed);
              Fixtures.nudge(stream, r, 4, 5);
              VoteCounter.Disorder disorder = new VoteCounter.Disorder();
              stream.forEach(disorder::observe);
              List<Decision> decisions = new ArrayList<>();
              VoteCounter c =
                  VoteCounter.start(
                      s.round, s.quarantine(), s.removals(), disorder.window(), decisions::add);
              stream.forEach(c::accept);
              Count count = c.finish();
              List<Submission> ballotsOnly = new ArrayList<>(stream);
              assertThat(count)
                  .isEqualTo(VoteCounter.count(s.round, s.quarantine(), s.removals(), ballotsOnly));
              List<Ballot> order = new ArrayList<>();
              decisions.forEach(d -> order.add((Ballot) d.submission()));
              assertThat(order).isSortedAccordingTo(Ballot.order());
            });
  }

  /**
   * The counter decides released submissions in runs ({@link VoteCounter#HELD}); its sink gets what
   * deciding each submission in turn gives, in the same order, even when the sink throws once: the
   * refused decision's submission is counted, and the next call goes on after it.
   */
  @Test
  void aCounterPassesTheSinkWhatDecidingEachInTurnGivesEvenAfterTheSinkFails() {
    qt(150)
        .forAll(longs().all(), integers().between(0, 2))
        .checkAssert(
            (seed, shape) -> {
              Scenario s = new Scenario(seed, 40 + Math.floorMod(seed, 400));
              Random r = new Random(seed);
              // ballots in the documented order, malformed lines where they were; then, for shape
              // 1, ballots swapped a few places out of order; for shape 2, everything shuffled
              List<Ballot> sorted = new ArrayList<>(s.sortedBallots());
              List<Submission> in = new ArrayList<>();
              int next = 0;
              for (Submission sub : s.submissions) {
                in.add(sub.kind() == Submission.Kind.BALLOT ? sorted.get(next++) : sub);
              }
              List<Decision> oneByOne = new ArrayList<>();
              VoteTally t = VoteTally.start(s.round, s.quarantine(), s.removals());
              in.forEach(sub -> oneByOne.add(t.ingest(sub)));
              if (shape == 1) {
                Fixtures.nudge(in, r, 4, 5);
              } else if (shape == 2) {
                Collections.shuffle(in, r);
              }
              VoteCounter.Disorder disorder = new VoteCounter.Disorder();
              in.forEach(
                  sub -> {
                    if (sub instanceof Ballot b) {
                      disorder.observe(b);
                    }
                  });
              Duration window = shape == 2 ? VoteCounter.ANY_ORDER : disorder.window();
              int failAt = 1 + r.nextInt(in.size() + 1); // past the end: never
              List<Decision> seen = new ArrayList<>();
              int[] calls = {0};
              VoteCounter c =
                  VoteCounter.start(
                      s.round,
                      s.quarantine(),
                      s.removals(),
                      window,
                      d -> {
                        seen.add(d);
                        if (++calls[0] == failAt) {
                          throw new IllegalStateException("the decision log is full");
                        }
                      });
              int failures = 0;
              for (Submission sub : in) {
                try {
                  c.accept(sub);
                } catch (IllegalStateException e) {
                  failures++;
                }
              }
              Count count;
              try {
                count = c.finish();
              } catch (IllegalStateException e) {
                failures++;
                count = c.finish();
              }
              assertThat(failures).isEqualTo(failAt <= in.size() ? 1 : 0);
              assertThat(count).isEqualTo(t.count());
              if (shape == 0) {
                assertThat(seen).containsExactlyElementsOf(oneByOne);
              } else {
                // released in the documented order; malformed lines have no place in it
                assertThat(ballotsOf(seen)).containsExactlyElementsOf(ballotsOf(oneByOne));
                assertThat(seen).containsExactlyInAnyOrderElementsOf(oneByOne);
              }
            });
  }

  private static List<Decision> ballotsOf(List<Decision> decisions) {
    List<Decision> out = new ArrayList<>();
    for (Decision d : decisions) {
      if (d.submission().kind() == Submission.Kind.BALLOT) {
        out.add(d);
      }
    }
    return out;
  }

  @Test
  void aReplayedBallotChangesNoVoteCount() {
    qt(200)
        .forAll(longs().all(), integers().between(0, 1000))
        .checkAssert(
            (seed, pick) -> {
              Scenario s = new Scenario(seed);
              List<Ballot> ballots = s.sortedBallots();
              if (ballots.isEmpty()) {
                return;
              }
              Count before = single(s, s.quarantine(), s.removals());
              List<Submission> more = new ArrayList<>(s.submissions);
              more.add(ballots.get(pick % ballots.size()));
              Count after = VoteCounter.count(s.round, s.quarantine(), s.removals(), more);
              assertThat(after.totals().received()).isEqualTo(before.totals().received() + 1);
              assertThat(after.totals().accepted()).isEqualTo(before.totals().accepted());
              for (int i = 0; i < before.candidates().size(); i++) {
                assertThat(after.candidates().get(i).accepted())
                    .isEqualTo(before.candidates().get(i).accepted());
              }
              assertThat(after.channels()).isEqualTo(before.channels());
            });
  }

  @Test
  void removingFlaggedVotesEqualsCountingOnlyTheUnflaggedBallots() {
    qt(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Scenario s = new Scenario(seed);
              Sanctions all = Sanctions.none();
              for (Candidate c : s.round.candidates()) {
                all =
                    all.apply(c.id(), Sanction.REMOVE_FLAGGED_VOTES, LocalDate.of(2023, 1, 1), "x");
              }
              Count removed = VoteCounter.count(s.round, s.quarantine(), all, s.submissions);
              List<Submission> unflagged = new ArrayList<>();
              for (Submission sub : s.submissions) {
                if (!(sub instanceof Ballot b && s.flags.containsKey(b.id()))) {
                  unflagged.add(sub);
                }
              }
              Count clean =
                  VoteCounter.count(s.round, Quarantine.none(), Sanctions.none(), unflagged);
              assertThat(removed.totals().accepted()).isEqualTo(clean.totals().accepted());
              for (int i = 0; i < clean.candidates().size(); i++) {
                assertThat(removed.candidates().get(i).accepted())
                    .isEqualTo(clean.candidates().get(i).accepted());
              }
              assertThat(removed.channels()).isEqualTo(clean.channels());
            });
  }

  /** Splits the ballots by voter bucket into k parts, malformed lines anywhere. */
  private static List<List<Submission>> shards(Scenario s, int k, Random r) {
    List<List<Submission>> parts = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      parts.add(new ArrayList<>());
    }
    for (Ballot b : s.sortedBallots()) {
      parts.get(b.voter().bucket() % k).add(b);
    }
    for (MalformedBallot m : s.malformed()) {
      parts.get(r.nextInt(k)).add(m);
    }
    return parts;
  }

  private static VoteTally tally(Scenario s, List<Submission> in) {
    VoteTally t = VoteTally.start(s.round, s.quarantine(), s.removals());
    for (Submission x : in) {
      Decision unused = t.ingest(x);
    }
    return t;
  }

  @Test
  void countingShardsByVoterBucketAndMergingIsOnePass() {
    qt(150)
        .forAll(longs().all(), integers().between(1, 6))
        .checkAssert(
            (seed, k) -> {
              Scenario s = new Scenario(seed);
              Random r = new Random(seed);
              List<VoteTally> tallies = new ArrayList<>();
              for (List<Submission> part : shards(s, k, r)) {
                tallies.add(tally(s, part));
              }
              Collections.shuffle(tallies, r);
              VoteTally merged = VoteTally.start(s.round, s.quarantine(), s.removals());
              for (VoteTally t : tallies) {
                merged = r.nextBoolean() ? merged.merge(t) : t.merge(merged);
              }
              assertThat(merged.count()).isEqualTo(single(s, s.quarantine(), s.removals()));
            });
  }

  @Test
  void mergeIsAssociativeAndCommutativeWithTheFreshTallyAsIdentity() {
    qt(150)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Scenario s = new Scenario(seed);
              List<List<Submission>> parts = shards(s, 3, new Random(seed));
              VoteTally a = tally(s, parts.get(0));
              VoteTally b = tally(s, parts.get(1));
              VoteTally c = tally(s, parts.get(2));
              VoteTally identity = VoteTally.start(s.round, s.quarantine(), s.removals());
              assertThat(a.merge(b).merge(c).count()).isEqualTo(a.merge(b.merge(c)).count());
              assertThat(a.merge(b).count()).isEqualTo(b.merge(a).count());
              assertThat(a.merge(identity).count()).isEqualTo(a.count());
              assertThat(identity.merge(a).count()).isEqualTo(a.count());
              assertThat(bytes(a.merge(b))).isEqualTo(bytes(b.merge(a)));
            });
  }

  @Test
  void aTallyMergedMidwayGoesOnAsOnePass() {
    qt(150)
        .forAll(longs().all(), integers().between(0, 100))
        .checkAssert(
            (seed, percent) -> {
              Scenario s = new Scenario(seed);
              List<Ballot> sorted = s.sortedBallots();
              int cut = sorted.size() * percent / 100;
              List<Submission> prefix = new ArrayList<>(sorted.subList(0, cut));
              List<Submission> suffix = new ArrayList<>(sorted.subList(cut, sorted.size()));
              Scenario head = s;
              List<VoteTally> parts = new ArrayList<>();
              for (int i = 0; i < 3; i++) {
                List<Submission> part = new ArrayList<>();
                for (Submission x : prefix) {
                  if (((Ballot) x).voter().bucket() % 3 == i) {
                    part.add(x);
                  }
                }
                parts.add(tally(head, part));
              }
              VoteTally merged = parts.get(0).merge(parts.get(1)).merge(parts.get(2));
              VoteTally restored = roundTrip(s, merged);
              for (Submission x : suffix) {
                Decision unused = merged.ingest(x);
                Decision unused2 = restored.ingest(x);
              }
              List<Submission> all = new ArrayList<>(sorted);
              Count expected = VoteCounter.count(s.round, s.quarantine(), s.removals(), all);
              assertThat(merged.count()).isEqualTo(expected);
              assertThat(restored.count()).isEqualTo(expected);
            });
  }

  @Test
  void theBinaryFormRoundTrips() {
    qt(150)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Scenario s = new Scenario(seed);
              VoteTally t = tally(s, new ArrayList<>(s.sortedBallots()));
              VoteTally back = roundTrip(s, t);
              assertThat(back.count()).isEqualTo(t.count());
              assertThat(bytes(back)).isEqualTo(bytes(t));
            });
  }

  @Test
  void aRecountOfTheDecisionsReproducesTheCountAndTheDigest() {
    qt(150)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Scenario s = new Scenario(seed);
              List<Decision> log = new ArrayList<>();
              VoteCounter c =
                  VoteCounter.start(
                      s.round, s.quarantine(), s.removals(), VoteCounter.ANY_ORDER, log::add);
              s.submissions.forEach(c::accept);
              Count count = c.finish();
              Recount r = Recount.start(s.round, s.removals());
              for (Decision d : log) {
                Submission sub = d.submission();
                r.accept(
                    sub instanceof Ballot b
                        ? (d.kind() == Decision.Kind.ACCEPTED
                            ? new Decision.Accepted(b.withoutOrigin(), d.flag())
                            : new Decision.Rejected(
                                b.withoutOrigin(), d.reason().orElseThrow(), d.flag(), ""))
                        : d);
              }
              Recount.Report report = r.finish();
              assertThat(report.mismatches()).isZero();
              assertThat(report.matches(count)).isTrue();
            });
  }

  @Test
  void everyChangedOrTruncatedStateIsRefusedOrCountsTheSame() {
    // seeded: random bit flips, random bytes, runs of bytes overwritten, and truncations
    qt(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Scenario s = new Scenario(seed);
              VoteTally t = tally(s, new ArrayList<>(s.sortedBallots()));
              byte[] good = bytes(t);
              Count expected = t.count();
              Random r = new Random(seed);
              for (int i = 0; i < 60; i++) {
                byte[] bad = mutate(r, good);
                try {
                  VoteTally back =
                      VoteTally.readFrom(
                          new DataInputStream(new ByteArrayInputStream(bad)),
                          s.round,
                          s.quarantine(),
                          s.removals());
                  assertThat(back.count()).as("seed %s, mutation %s", seed, i).isEqualTo(expected);
                  assertThat(bytes(back)).isEqualTo(good);
                } catch (IOException e) {
                  assertThat(e)
                      .as("seed %s, mutation %s", seed, i)
                      .isInstanceOf(java.io.StreamCorruptedException.class);
                }
              }
            });
  }

  /** A copy of the bytes with one random change: a bit, a byte, a run, or the end cut off. */
  private static byte[] mutate(Random r, byte[] good) {
    byte[] bad = good.clone();
    int at = r.nextInt(good.length);
    switch (r.nextInt(4)) {
      case 0 -> bad[at] ^= (byte) (1 << r.nextInt(8));
      case 1 -> bad[at] = (byte) (bad[at] + 1 + r.nextInt(255));
      case 2 -> {
        for (int j = at; j < Math.min(good.length, at + 1 + r.nextInt(16)); j++) {
          bad[j] = (byte) r.nextInt(256);
        }
      }
      default -> bad = java.util.Arrays.copyOf(good, at);
    }
    return bad;
  }

  static VoteTally roundTrip(Scenario s, VoteTally t) {
    try {
      return VoteTally.readFrom(
          new DataInputStream(new ByteArrayInputStream(bytes(t))),
          s.round,
          s.quarantine(),
          s.removals());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(VoteTally t) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(out)) {
      t.writeTo(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
