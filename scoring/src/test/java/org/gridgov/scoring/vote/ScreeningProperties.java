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
}
