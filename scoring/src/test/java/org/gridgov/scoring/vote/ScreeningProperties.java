package org.gridgov.scoring.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.scoring.vote.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Screening against its rules computed by brute force. */
class ScreeningProperties {
  private static Round round(Random r) {
    Round.Builder b =
        Fixtures.round(
            3,
            2,
            VoteRules.of(5, 1)
                .withPerIp(RateLimit.of(1 + r.nextInt(3), Duration.ofMinutes(1 + r.nextInt(30))))
                .withPerDevice(RateLimit.of(2 + r.nextInt(3), Duration.ofHours(1))));
    b.detectors(
        Detectors.none()
            .withIpBurst(RateLimit.of(2 + r.nextInt(4), Duration.ofMinutes(5 + r.nextInt(60))))
            .withDeviceBurst(RateLimit.of(3 + r.nextInt(4), Duration.ofMinutes(20)))
            .withVotersPerDevice(1 + r.nextInt(4))
            .withCandidateSurge(
                new Detectors.Surge(
                    2 + r.nextInt(3), 2 + r.nextInt(4), Duration.ofHours(1), 1 + r.nextInt(6))));
    return b.build();
  }

  private static List<Ballot> ballots(Random r, Round round, int n) {
    List<Ballot> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long second = (long) (r.nextDouble() * 2 * 86400);
      if (r.nextInt(3) == 0 && !out.isEmpty()) {
        second =
            out.get(r.nextInt(out.size())).at().getEpochSecond()
                - round.start().getEpochSecond()
                + r.nextInt(600);
      }
      Ballot b =
          Ballot.of(
              "b" + i,
              Fixtures.voter(r.nextInt(20)),
              round.candidates().get(r.nextInt(round.candidates().size())).id(),
              round.start().plusSeconds(second),
              "wechat");
      if (r.nextInt(3) > 0) {
        b = b.withIp("10.0.0." + r.nextInt(3));
      }
      if (r.nextInt(3) > 0) {
        b = b.withDevice("dev-" + r.nextInt(4));
      }
      out.add(b);
    }
    return out;
  }

  private static Map<String, FlagKind> flags(Quarantine q) {
    Map<String, FlagKind> out = new HashMap<>();
    for (FlagKind k : FlagKind.values()) {
      q.flagged(k).forEach(id -> out.put(id, k));
    }
    return out;
  }

  @Test
  void screeningFlagsExactlyWhatTheRulesSay() {
    qt(150)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Round round = round(r);
              List<Ballot> ballots = ballots(r, round, r.nextInt(250));
              Quarantine q = Screening.screen(round, new ArrayList<Submission>(ballots));
              assertThat(flags(q)).isEqualTo(SlowScreening.flags(round, ballots));
              for (Finding f : q.findings()) {
                assertThat(f.ballots()).isPositive();
              }
            });
  }

  @Test
  void theSameBallotsInAnyOrderGiveTheSameQuarantine() {
    qt(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Round round = round(r);
              List<Ballot> ballots = ballots(r, round, r.nextInt(200));
              Quarantine sorted = Screening.screen(round, new ArrayList<Submission>(ballots));
              List<Ballot> shuffled = new ArrayList<>(ballots);
              Collections.shuffle(shuffled, r);
              Screening s = Screening.start(round, Duration.ofDays(3));
              shuffled.forEach(s::accept);
              assertThat(s.finish()).isEqualTo(sorted);
            });
  }

  /** The decisions of a count of the ballots under the quarantine, in the documented order. */
  private static List<Decision> decide(Round round, Quarantine q, List<Ballot> ballots) {
    List<Decision> out = new ArrayList<>();
    VoteCounter c = VoteCounter.start(round, q, Sanctions.none(), VoteCounter.ANY_ORDER, out::add);
    ballots.forEach(c::accept);
    Count unused = c.finish();
    return out;
  }

  @Test
  void aReplayedBallotChangesNothingButTheReplayedCountWithScreeningOn() {
    // a replay: an exact copy, or the same id and voter later the same day with other content
    qt(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Round round = round(r);
              List<Ballot> ballots = ballots(r, round, 1 + r.nextInt(200));
              Ballot p = ballots.get(r.nextInt(ballots.size()));
              Quarantine q0 = Screening.screen(round, new ArrayList<Submission>(ballots));
              List<Decision> before = decide(round, q0, ballots);
              Decision original =
                  before.stream().filter(d -> d.submission().equals(p)).findFirst().orElseThrow();
              boolean counted = original.reason().isEmpty();
              Ballot extra =
                  new Ballot(
                      p.id(), p.voter(), p.choices(), p.at(), p.channel(), p.ip(), p.device());
              long later = 1L + r.nextInt(3600);
              // another ballot with a counted ballot's id and voter that day is a replay too (a
              // reused id of an uncounted ballot is decided on its own, as RejectionReason says)
              if (r.nextBoolean()
                  && counted
                  && round.contains(p.at().plusSeconds(later))
                  && round.dayOfSecond(p.at().getEpochSecond())
                      == round.dayOfSecond(p.at().getEpochSecond() + later)) {
                extra =
                    Ballot.of(
                            p.id(),
                            p.voter(),
                            round.candidates().get(r.nextInt(round.candidates().size())).id(),
                            p.at().plusSeconds(later),
                            "app")
                        .withIp("10.0.0.9")
                        .withDevice("dev-9");
              }
              List<Ballot> more = new ArrayList<>(ballots);
              more.add(r.nextInt(more.size() + 1), extra);

              Quarantine q1 = Screening.screen(round, new ArrayList<Submission>(more));
              assertThat(q1).as("seed %s, replay of %s", seed, p).isEqualTo(q0);

              List<Decision> after = decide(round, q1, more);
              List<Decision> rest = new ArrayList<>(after);
              int at = -1;
              for (int i = rest.size() - 1; at < 0 && i >= 0; i--) {
                if (rest.get(i).submission().equals(extra)) {
                  at = i; // the later of the two, for an exact copy
                }
              }
              assertThat(at).as("the replay's decision").isNotNegative();
              Decision replay = rest.remove(at);
              assertThat(rest).as("seed %s: the other decisions", seed).isEqualTo(before);
              if (counted) {
                assertThat(replay.reason()).contains(RejectionReason.REPLAYED);
              } else if (extra.equals(p)) {
                assertThat(replay.reason()).isEqualTo(original.reason());
              }
              assertThat(replay.flag()).isEqualTo(original.flag());
            });
  }
}
