package org.gridgov.scoring.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gridgov.core.Location;
import org.gridgov.core.ProblemKind;
import org.junit.jupiter.api.Test;

class VoteTallyTest {
  /**
   * The rule texts of §5 of the domain brief, written out: 3 votes a day per account, at most one
   * per candidate a day, a minute between an account's votes, one vote per IP address every five
   * minutes.
   */
  private static final Round ROUND =
      Fixtures.round(
              4,
              3,
              VoteRules.of(3, 1)
                  .withMinInterval(Duration.ofMinutes(1))
                  .withPerIp(RateLimit.of(1, Duration.ofMinutes(5))))
          .build();

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(Fixtures.SHANGHAI).toInstant();
  }

  private static Ballot ballot(String id, int voter, String candidate, String at) {
    return Ballot.of(id, Fixtures.voter(voter), candidate, at(at), "wechat");
  }

  @Test
  void ingestingInRunsStopsAtABallotOutOfOrderWithTheOnesBeforeItDecided() {
    List<Submission> in = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      in.add(ballot("k" + (100 + i), i, "c0" + (i % 4), "2022-11-01T09:" + (10 + i) + ":00"));
    }
    in.add(20, ballot("late", 99, "c00", "2022-11-01T08:00:00"));
    VoteTally runs = VoteTally.start(ROUND);
    List<Decision> got = new ArrayList<>();
    assertThatThrownBy(() -> runs.ingestAll(in, got::add))
        .isInstanceOf(OutOfOrderBallotException.class)
        .hasMessageContaining("late");
    VoteTally one = VoteTally.start(ROUND);
    List<Decision> expected = new ArrayList<>();
    for (Submission s : in.subList(0, 20)) {
      expected.add(one.ingest(s));
    }
    assertThat(got).isEqualTo(expected);
    assertThat(runs.count()).isEqualTo(one.count());
    // the last ballot decided is kept, as the binary form and the order check show
    assertThat(VoteTallyProperties.bytes(runs)).isEqualTo(VoteTallyProperties.bytes(one));
    assertThatThrownBy(() -> runs.ingest(in.get(18))).isInstanceOf(OutOfOrderBallotException.class);
  }

  @Test
  void aSinkMayNotUseItsTallyWhichIsWholeWhenTheCallEnds() {
    List<Submission> in = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      in.add(ballot("s" + (100 + i), i, "c0" + (i % 4), "2022-11-01T09:" + (10 + i) + ":00"));
    }
    VoteTally t = VoteTally.start(ROUND);
    assertThatThrownBy(() -> t.ingestAll(in, d -> assertThat(t.ingest(in.get(39))).isNotNull()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sink");
    assertThatThrownBy(
            () ->
                t.ingestAll(
                    in.subList(1, 40),
                    d -> assertThat(t.merge(VoteTally.start(ROUND))).isNotNull()))
        .isInstanceOf(IllegalStateException.class);
    // two ballots were decided, each before its sink threw; nothing else changed
    VoteTally one = VoteTally.start(ROUND);
    for (Submission s : in.subList(0, 2)) {
      Decision unused = one.ingest(s);
    }
    assertThat(VoteTallyProperties.bytes(t)).isEqualTo(VoteTallyProperties.bytes(one));
    for (Submission s : in.subList(2, 40)) {
      assertThat(t.ingest(s)).isEqualTo(one.ingest(s));
    }
  }

  @Test
  void theRuleTextsDecideEveryBallotWithItsReason() {
    List<Submission> in =
        List.of(
            ballot("a1", 1, "c00", "2022-11-01T09:00:00"),
            ballot("a2", 1, "c01", "2022-11-01T09:00:30"),
            ballot("a3", 1, "c00", "2022-11-01T09:02:00"),
            ballot("a4", 1, "c01", "2022-11-01T09:03:00"),
            ballot("a5", 1, "c02", "2022-11-01T09:05:00"),
            ballot("a6", 1, "c03", "2022-11-01T09:07:00"),
            ballot("a1", 1, "c00", "2022-11-01T09:00:00"),
            ballot("a7", 1, "c00", "2022-11-02T00:00:30"),
            ballot("b1", 2, "c00", "2022-11-01T10:00:00").withIp("10.0.0.1"),
            ballot("c1", 3, "c00", "2022-11-01T10:02:00").withIp("10.0.0.1"),
            ballot("d1", 4, "c00", "2022-11-01T10:06:00").withIp("10.0.0.1"),
            ballot("e1", 5, "c01", "2022-11-01T23:59:40"),
            ballot("e2", 5, "c02", "2022-11-02T00:00:10"),
            ballot("f1", 6, "c01", "2022-10-31T23:59:59"),
            ballot("f2", 6, "zz", "2022-11-01T12:00:00"),
            Ballot.of("f3", Fixtures.voter(6), "c01", at("2022-11-01T12:00:00"), "sms"),
            new Ballot(
                "f4",
                Fixtures.voter(6),
                List.of("c01", "c02"),
                at("2022-11-01T12:00:00"),
                "app",
                java.util.Optional.empty(),
                java.util.Optional.empty()),
            MalformedBallot.of(ProblemKind.INVALID_VALUE, Location.text(9, 4), "bad instant"));
    Quarantine q = Screening.screen(ROUND, in);
    assertThat(q.flag("c1"))
        .hasValueSatisfying(f -> assertThat(f.kind()).isEqualTo(FlagKind.LIMIT));
    assertThat(q.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.evidence()).contains("ip 10.0.0.1").contains("1 per PT5M"));
    List<String> decided = new ArrayList<>();
    VoteCounter counter =
        VoteCounter.start(
            ROUND,
            q,
            Sanctions.none(),
            VoteCounter.ANY_ORDER,
            d ->
                decided.add(
                    (d.submission() instanceof Ballot b ? b.id() : "line")
                        + " "
                        + d.reason().map(Enum::name).orElse("ACCEPTED")));
    in.forEach(counter::accept);
    Count count = counter.finish();
    assertThat(decided)
        .containsExactly(
            "line MALFORMED",
            "f1 OUTSIDE_WINDOW",
            "a1 ACCEPTED",
            "a1 REPLAYED",
            "a2 TOO_SOON",
            "a3 OVER_CANDIDATE_CAP",
            "a4 ACCEPTED",
            "a5 ACCEPTED",
            "a6 OVER_DAILY_CAP",
            "b1 ACCEPTED",
            "c1 FLAGGED",
            "d1 ACCEPTED",
            "f2 UNKNOWN_CANDIDATE",
            "f3 MALFORMED",
            "f4 MALFORMED",
            "e1 ACCEPTED",
            "e2 TOO_SOON",
            "a7 ACCEPTED");
    assertThat(count.totals().received()).isEqualTo(18);
    assertThat(count.totals().accepted()).isEqualTo(7);
    assertThat(count.totals().rejected())
        .containsEntry(RejectionReason.MALFORMED, 3L)
        .containsEntry(RejectionReason.TOO_SOON, 2L)
        .containsEntry(RejectionReason.FLAGGED, 1L);
    assertThat(count.candidate("c00").orElseThrow().accepted()).isEqualTo(4);
    assertThat(count.candidate("c00").orElseThrow().flagged()).isEqualTo(1);
    assertThat(count.channels()).containsExactly(Map.entry("wechat", 7L), Map.entry("app", 0L));
  }

  @Test
  void aSuspectBallotCountsUntilItsCandidateIsSanctioned() {
    Ballot b = ballot("s1", 1, "c00", "2022-11-01T09:00:00");
    Quarantine q =
        Quarantine.builder()
            .addFinding(
                new Finding(
                    0,
                    Detector.IP_BURST,
                    "ip x",
                    b.at(),
                    b.at(),
                    1,
                    1,
                    java.util.Optional.of("c00"),
                    1,
                    "burst"))
            .flag("s1", 0)
            .build();
    Count counted = VoteCounter.count(ROUND, q, Sanctions.none(), List.of(b));
    assertThat(counted.totals().accepted()).isEqualTo(1);
    assertThat(counted.candidate("c00").orElseThrow().flagged()).isEqualTo(1);
    Sanctions removal =
        Sanctions.none()
            .apply(
                "c00", Sanction.REMOVE_FLAGGED_VOTES, java.time.LocalDate.of(2022, 11, 4), "burst");
    Count removed = VoteCounter.count(ROUND, q, removal, List.of(b));
    assertThat(removed.totals().rejected(RejectionReason.FLAGGED)).isEqualTo(1);
    Sanctions revoked =
        removal.revoke(
            "c00",
            Sanction.REMOVE_FLAGGED_VOTES,
            java.time.LocalDate.of(2022, 11, 6),
            "objection upheld");
    assertThat(VoteCounter.count(ROUND, q, revoked, List.of(b))).isEqualTo(counted);
    assertThat(revoked.entries()).hasSize(2);
  }

  @Test
  void aTallyRefusesABallotBeforeOneItDecided() {
    VoteTally t = VoteTally.start(ROUND);
    Decision unused = t.ingest(ballot("a2", 1, "c00", "2022-11-01T09:00:00"));
    assertThatThrownBy(() -> t.ingest(ballot("a1", 2, "c00", "2022-11-01T09:00:00")))
        .isInstanceOf(OutOfOrderBallotException.class)
        .hasMessageContaining("a1")
        .hasMessageContaining("a2");
    VoteCounter c =
        VoteCounter.start(
            ROUND, Quarantine.none(), Sanctions.none(), Duration.ofMinutes(5), d -> {});
    c.accept(ballot("x1", 1, "c00", "2022-11-01T09:00:00"));
    c.accept(ballot("x2", 1, "c00", "2022-11-01T09:10:00"));
    c.accept(ballot("x3", 2, "c00", "2022-11-01T09:06:00"));
    c.accept(ballot("x4", 3, "c00", "2022-11-01T09:00:30")); // behind, but nothing after it decided
    assertThatThrownBy(() -> c.accept(ballot("x5", 3, "c00", "2022-11-01T08:59:00")))
        .isInstanceOf(OutOfOrderBallotException.class)
        .hasMessageContaining("reorder window of PT5M");
  }

  @Test
  void aCounterForSortedInputRefusesABallotOutOfOrderAtOnceAndGoesOn() {
    List<String> decided = new ArrayList<>();
    VoteCounter c =
        VoteCounter.start(
            ROUND,
            Quarantine.none(),
            Sanctions.none(),
            Duration.ZERO,
            d -> decided.add(((Ballot) d.submission()).id()));
    c.accept(ballot("x1", 1, "c00", "2022-11-01T09:00:00"));
    c.accept(ballot("x2", 2, "c00", "2022-11-01T09:10:00"));
    // held to be decided with others, yet refused when it comes, not when the run is decided
    assertThatThrownBy(() -> c.accept(ballot("x3", 3, "c00", "2022-11-01T09:05:00")))
        .isInstanceOf(OutOfOrderBallotException.class)
        .hasMessageContaining("x3")
        .hasMessageContaining("x2");
    c.accept(ballot("x4", 4, "c00", "2022-11-01T09:20:00"));
    assertThat(decided).isEmpty(); // fewer than a run: nothing decided yet
    Count count = c.finish();
    assertThat(decided).containsExactly("x1", "x2", "x4");
    assertThat(count.totals().received()).isEqualTo(3);
  }

  @Test
  void screeningForSortedInputRefusesABallotOutOfOrder() {
    Screening screening = Screening.start(ROUND, Duration.ZERO);
    screening.accept(ballot("x1", 1, "c00", "2022-11-01T09:00:00"));
    screening.accept(ballot("x2", 2, "c00", "2022-11-01T09:10:00"));
    assertThatThrownBy(() -> screening.accept(ballot("x3", 3, "c00", "2022-11-01T09:05:00")))
        .isInstanceOf(OutOfOrderBallotException.class)
        .hasMessageContaining("x3")
        .hasMessageContaining("x2");
    assertThat(screening.finish().size()).isZero();
  }

  @Test
  void aCounterRefusesACallFromItsOwnSinkAndTakesNothingFromIt() {
    VoteCounter[] self = new VoteCounter[1];
    List<String> decided = new ArrayList<>();
    Ballot intruder = ballot("z9", 9, "c00", "2022-11-01T23:00:00");
    self[0] =
        VoteCounter.start(
            ROUND,
            Quarantine.none(),
            Sanctions.none(),
            Duration.ZERO,
            d -> {
              decided.add(((Ballot) d.submission()).id());
              if (decided.size() == 1) {
                self[0].accept(intruder);
              }
            });
    self[0].accept(ballot("x1", 1, "c00", "2022-11-01T09:00:00"));
    self[0].accept(ballot("x2", 2, "c00", "2022-11-01T09:10:00"));
    assertThatThrownBy(self[0]::finish)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sink may not call the counter");
    Count count = self[0].finish();
    assertThat(decided).containsExactly("x1", "x2");
    assertThat(count.totals().received()).isEqualTo(2);
  }

  @Test
  void talliesOfDifferentSettingsOrOverlappingBucketsDoNotMerge() {
    VoteTally a = VoteTally.start(ROUND);
    VoteTally other = VoteTally.start(Fixtures.round(4, 3, VoteRules.of(5, 1)).build());
    assertThatThrownBy(() -> a.merge(other)).isInstanceOf(TallyMergeException.class);
    Decision d1 = a.ingest(ballot("a1", 1, "c00", "2022-11-01T09:00:00"));
    VoteTally b = VoteTally.start(ROUND);
    Decision d2 = b.ingest(ballot("a2", 1, "c01", "2022-11-01T09:10:00"));
    assertThat(List.of(d1.kind(), d2.kind())).containsOnly(Decision.Kind.ACCEPTED);
    assertThatThrownBy(() -> a.merge(b))
        .isInstanceOf(TallyMergeException.class)
        .hasMessageContaining("bucket " + Fixtures.voter(1).bucket());
  }

  /** Reads a tally of the round, with no quarantine or sanctions, back from its bytes. */
  private static VoteTally readBack(byte[] bytes, Round round) throws IOException {
    return VoteTally.readFrom(
        new DataInputStream(new ByteArrayInputStream(bytes)),
        round,
        Quarantine.none(),
        Sanctions.none());
  }

  @Test
  void bytesThatAreNotATallyAreRefused() {
    Random r = new Random(7);
    byte[] bytes = VoteTallyProperties.bytes(VoteTally.start(ROUND));
    bytes[0] ^= 1;
    assertThatThrownBy(() -> readBack(bytes, ROUND))
        .isInstanceOf(StreamCorruptedException.class)
        .hasMessageContaining("magic");
    assertThat(r.nextInt(1)).isZero();
    byte[] good = VoteTallyProperties.bytes(VoteTally.start(ROUND));
    assertThatThrownBy(() -> readBack(good, Fixtures.round(4, 3, VoteRules.of(5, 1)).build()))
        .isInstanceOf(TallyMergeException.class);
  }

  @Test
  void aTallyOfAnEarlierVersionIsRefusedWithWhy() {
    byte[] bytes = VoteTallyProperties.bytes(VoteTally.start(ROUND));
    assertThat(bytes[7]).isEqualTo((byte) 4); // the version, after the magic number
    Map<Integer, String> why = Map.of(1, "fingerprints", 2, "audit records", 3, "checksum");
    why.forEach(
        (version, reason) -> {
          bytes[7] = version.byteValue();
          assertThatThrownBy(() -> readBack(bytes, ROUND))
              .isInstanceOf(StreamCorruptedException.class)
              .hasMessageContaining("version " + version)
              .hasMessageContaining(reason)
              .hasMessageContaining("count its ballots again");
        });
  }

  @Test
  void memoryIsOneDaysVoters() {
    VoteTally t = VoteTally.start(Fixtures.round(4, 3, VoteRules.of(3, 1)).build());
    for (int v = 0; v < 500; v++) {
      Decision unused =
          t.ingest(
              ballot(
                  String.format(java.util.Locale.ROOT, "d1-%04d", v),
                  v,
                  "c00",
                  "2022-11-01T09:00:00"));
    }
    int dayOne = VoteTallyProperties.bytes(t).length;
    Decision unused = t.ingest(ballot("d2-0", 1, "c00", "2022-11-02T09:00:00"));
    // 500 voters on day one (38 bytes each), one on day two: none carried without an interval
    assertThat(VoteTallyProperties.bytes(t).length).isLessThan(dayOne - 500 * 38 + 200);
  }

  /** The bytes with a new CRC32C, as a writer with a bug (or a forger) would make them. */
  private static byte[] rechecksummed(byte[] bytes) {
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(bytes, 0, bytes.length - 4);
    java.nio.ByteBuffer.wrap(bytes).putInt(bytes.length - 4, (int) crc.getValue());
    return bytes;
  }

  @Test
  void countersNoCountCouldMakeAreRefusedEvenUnderAGoodChecksum() throws IOException {
    VoteTally t = VoteTally.start(ROUND);
    Decision d1 = t.ingest(ballot("a1", 1, "c00", "2022-11-01T09:00:00"));
    Decision d2 = t.ingest(ballot("a2", 1, "c00", "2022-11-01T09:10:00"));
    assertThat(List.of(d1.kind(), d2.kind()))
        .containsExactly(Decision.Kind.ACCEPTED, Decision.Kind.REJECTED);
    byte[] good = VoteTallyProperties.bytes(t);
    assertThat(readBack(good, ROUND).count()).isEqualTo(t.count());
    // after the head (12 bytes), the configuration's fingerprint (32) and two counts (8):
    // received, accepted, then the rejections by reason, then the candidates' counters
    int received = 12 + 32 + 8;
    int accepted = received + 8;
    int firstReason = accepted + 8;
    int candidateReceived = firstReason + 8 * RejectionReason.values().length;
    Map<String, Integer> fields =
        Map.of(
            "totals", received,
            "totals: received", accepted,
            "rejections", firstReason,
            "candidate 0", candidateReceived);
    fields.forEach(
        (message, at) -> {
          byte[] bad = good.clone();
          bad[at + 7] ^= 1; // the low bit of the long
          assertThatThrownBy(() -> readBack(rechecksummed(bad), ROUND))
              .as("a changed %s", message)
              .isInstanceOf(StreamCorruptedException.class)
              .hasMessageContaining(message.startsWith("candidate") ? message : "totals");
        });
    byte[] negative = good.clone();
    negative[received] = (byte) 0x80;
    assertThatThrownBy(() -> readBack(rechecksummed(negative), ROUND))
        .isInstanceOf(StreamCorruptedException.class)
        .hasMessageContaining("received -");
    byte[] unsummed = good.clone();
    unsummed[received + 7] ^= 1; // received 3: accepted 1 + rejected 1 no longer add up
    assertThatThrownBy(() -> readBack(rechecksummed(unsummed), ROUND))
        .isInstanceOf(StreamCorruptedException.class)
        .hasMessageContaining("received 3, accepted 1, rejected 1");
  }

  @Test
  void aChangedOrMissingByteIsRefusedAsCorrupt() {
    // the reviewer's V5: before the checksum, one flipped bit passed and count() then threw
    VoteTally t = VoteTally.start(ROUND);
    Decision unused = t.ingest(ballot("b1", 1, "c00", "2022-11-01T09:00:00"));
    byte[] good = VoteTallyProperties.bytes(t);
    for (int at = 0; at < good.length; at++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] bad = good.clone();
        bad[at] ^= (byte) (1 << bit);
        int where = at;
        assertThatThrownBy(() -> readBack(bad, ROUND))
            .as("bit %s of byte %s", bit, where)
            .isInstanceOf(StreamCorruptedException.class);
      }
    }
    for (int n = 0; n < good.length; n++) {
      byte[] cut = java.util.Arrays.copyOf(good, n);
      assertThatThrownBy(() -> readBack(cut, ROUND))
          .as("the first %s bytes", n)
          .isInstanceOf(StreamCorruptedException.class);
    }
  }
}
