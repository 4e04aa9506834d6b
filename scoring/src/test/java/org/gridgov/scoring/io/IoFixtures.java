package org.gridgov.scoring.io;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.Candidate;
import org.gridgov.scoring.vote.Detectors;
import org.gridgov.scoring.vote.RateLimit;
import org.gridgov.scoring.vote.RegionalSeats;
import org.gridgov.scoring.vote.Round;
import org.gridgov.scoring.vote.ScoreRule;
import org.gridgov.scoring.vote.SeatRules;
import org.gridgov.scoring.vote.TieBreak;
import org.gridgov.scoring.vote.VoteRules;
import org.gridgov.scoring.vote.VoterKey;

/** A round with every setting used, and a few ballots. */
final class IoFixtures {
  static final Instant START = Instant.parse("2022-10-31T16:00:00Z");

  private IoFixtures() {}

  static Round fullRound() {
    return Round.builder("yingkou-2022-1")
        .name("营口市最美网格员评选 第一期")
        .window(START, START.plus(Duration.ofDays(60)), ZoneId.of("Asia/Shanghai"))
        .channels("wechat", "app")
        .rules(
            VoteRules.of(5, 1)
                .withChoicesPerBallot(2)
                .withMinInterval(Duration.ofMinutes(1))
                .withPerIp(RateLimit.of(1, Duration.ofMinutes(5)))
                .withPerDevice(RateLimit.of(20, Duration.ofDays(1))))
        .detectors(
            Detectors.none()
                .withIpBurst(RateLimit.of(30, Duration.ofMinutes(10)))
                .withDeviceBurst(RateLimit.of(10, Duration.ofMinutes(1)))
                .withVotersPerDevice(5)
                .withCandidateSurge(new Detectors.Surge(8, 200, Duration.ofHours(1), 72)))
        .seats(
            SeatRules.of(3)
                .withRegion(RegionalSeats.of("210802", 1, 2))
                .withRegion(RegionalSeats.of("210811", 0, 1)))
        .scoring(
            ScoreRule.banded(
                List.of(
                    new ScoreRule.Band(0, BigDecimal.TEN),
                    new ScoreRule.Band(1000, new BigDecimal("25.5"))),
                BigDecimal.valueOf(60)))
        .tieBreaks(List.of(TieBreak.PANEL_SCORE, TieBreak.SEEDED_DRAW))
        .addCandidate(Candidate.of("zq-001", "王丽", "210802", "210802001003001"))
        .addCandidate(Candidate.of("zq-002", "李强, \"小李\"", "210802", "210802003001002"))
        .addCandidate(Candidate.of("lb-001", "张敏", "210811", "210811001001001"))
        .addCandidate(Candidate.of("gz-001", "赵伟", "210881", "210881100201001"))
        .build();
  }

  static VoterKey voter(int i) {
    return VoterKey.of(0x9E3779B97F4A7C15L * (i + 1), i);
  }

  static List<Ballot> ballots() {
    return List.of(
        Ballot.of("b-1", voter(1), "zq-001", START.plusSeconds(60), "wechat")
            .withIp("10.8.0.17")
            .withDevice("dev,7f3a\"x"),
        new Ballot(
            "b-2",
            voter(2),
            List.of("zq-001", "lb-001"),
            START.plusSeconds(61).plusNanos(250_000_000),
            "app",
            Optional.empty(),
            Optional.of("dev-2")),
        Ballot.of("b-3", voter(1), "gz-001", START.plusSeconds(3600), "wechat"));
  }
}
