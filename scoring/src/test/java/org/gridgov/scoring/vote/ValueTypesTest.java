package org.gridgov.scoring.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.GridCode;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.junit.jupiter.api.Test;

class ValueTypesTest {
  private static final VoterKey V = Fixtures.voter(1);
  private static final Instant T = Fixtures.START.plusSeconds(60);

  private static NullPointerTester tester() {
    Round round = Fixtures.round(2, 1, VoteRules.of(5, 1)).build();
    return new NullPointerTester()
        .setDefault(VoterKey.class, V)
        .setDefault(Round.class, round)
        .setDefault(Candidate.class, Fixtures.candidate(0))
        .setDefault(DivisionCode.class, DivisionCode.parse("210802"))
        .setDefault(GridCode.class, GridCode.parse("210802001003001"))
        .setDefault(Ballot.class, Ballot.of("b", V, "c00", T, "wechat"))
        .setDefault(Submission.class, Ballot.of("b", V, "c00", T, "wechat"))
        .setDefault(String.class, "x")
        .setDefault(Duration.class, Duration.ofMinutes(1))
        .setDefault(Instant.class, T)
        .setDefault(LocalDate.class, LocalDate.of(2022, 11, 1))
        .setDefault(Problem.class, new Problem(ProblemKind.INVALID_VALUE, Location.line(1), "x"))
        .setDefault(RateLimit.class, RateLimit.of(1, Duration.ofMinutes(5)))
        .setDefault(VoteRules.class, VoteRules.of(5, 1))
        .setDefault(SeatRules.class, SeatRules.of(1))
        .setDefault(Quarantine.class, Quarantine.none())
        .setDefault(Sanctions.class, Sanctions.none())
        .setDefault(ResultInputs.class, ResultInputs.none())
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(Location.class, Location.line(1))
        .setDefault(ScoreRule.class, ScoreRule.votesOnly())
        .setDefault(Detectors.class, Detectors.none())
        .setDefault(Count.class, VoteTally.start(round).count())
        .setDefault(
            Decision.class,
            new Decision.Accepted(Ballot.of("b", V, "c00", T, "wechat"), Optional.empty()));
  }

  @Test
  void publicTypesRefuseNullsNamingTheParameter() {
    NullPointerTester t = tester();
    for (Class<?> c :
        List.of(
            VoterKey.class,
            Candidate.class,
            RateLimit.class,
            VoteRules.class,
            Detectors.class,
            RegionalSeats.class,
            SeatRules.class,
            Ballot.class,
            MalformedBallot.class,
            Decision.Accepted.class,
            Decision.Rejected.class,
            SanctionEntry.class,
            Sanctions.class,
            ResultInputs.class,
            AuditDigest.class,
            Totals.class,
            VoteTally.class,
            VoteCounter.class,
            Screening.class,
            Recount.class,
            Round.class)) {
      t.testAllPublicStaticMethods(c);
      t.testAllPublicConstructors(c);
    }
    t.testAllPublicInstanceMethods(Ballot.of("b", V, "c00", T, "wechat"));
    t.testAllPublicInstanceMethods(VoteRules.of(5, 1));
    t.testAllPublicInstanceMethods(Sanctions.none());
    t.testAllPublicInstanceMethods(ResultInputs.none());
  }

  @Test
  void valueTypesCompareByValue() {
    new EqualsTester()
        .addEqualityGroup(VoterKey.of(1, 2), VoterKey.parse("00000000000000010000000000000002"))
        .addEqualityGroup(VoterKey.of(2, 1))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Ballot.of("b", V, "c00", T, "wechat"),
            new Ballot("b", V, List.of("c00"), T, "wechat", Optional.empty(), Optional.empty()))
        .addEqualityGroup(Ballot.of("b", V, "c00", T, "wechat").withIp("1.2.3.4"))
        .addEqualityGroup(Ballot.of("b", V, "c01", T, "wechat"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            ScoreRule.weighted(40, 60),
            new ScoreRule.Weighted(new BigDecimal("40.0"), new BigDecimal("60")))
        .addEqualityGroup(ScoreRule.weighted(70, 30))
        .addEqualityGroup(ScoreRule.votesOnly())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Sanctions.none().apply("c00", Sanction.DISQUALIFY, LocalDate.of(2023, 1, 1), "r"),
            Sanctions.of(
                List.of(
                    new SanctionEntry(
                        "c00", Sanction.DISQUALIFY, false, LocalDate.of(2023, 1, 1), "r"))))
        .addEqualityGroup(Sanctions.none())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Quarantine.none(), Quarantine.builder().build())
        .testEquals();
  }

  @Test
  void constructorsRefuseBadValuesQuotingThem() {
    assertThatThrownBy(() -> Ballot.of("b 1", V, "c00", T, "wechat")).hasMessageContaining("' '");
    assertThatThrownBy(
            () ->
                new Ballot(
                    "b", V, List.of("a", "a"), T, "wechat", Optional.empty(), Optional.empty()))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> VoteRules.of(5, 6)).hasMessageContaining("got 6");
    assertThatThrownBy(() -> VoteRules.of(65, 1)).hasMessageContaining("1 to 64");
    assertThatThrownBy(() -> RateLimit.of(0, Duration.ofMinutes(5))).hasMessageContaining("got 0");
    assertThatThrownBy(() -> ScoreRule.weighted(40, 50)).hasMessageContaining("add up to 100");
    assertThatThrownBy(
            () ->
                ScoreRule.banded(
                    List.of(
                        new ScoreRule.Band(0, BigDecimal.TEN),
                        new ScoreRule.Band(5, BigDecimal.ONE)),
                    BigDecimal.ZERO))
        .hasMessageContaining("never fall");
    assertThatThrownBy(() -> RegionalSeats.of("210802", 3, 2))
        .hasMessageContaining("at least the minimum");
    assertThatThrownBy(() -> AuditDigest.parse("AB")).hasMessageContaining("64 lowercase hex");
    assertThat(Ballot.problemWithId("ok-1")).isEmpty();
    assertThat(Ballot.problemWithTag("10.0.0.1")).isEmpty();
    assertThat(Ballot.problemWithTag("a\u0001")).isPresent();
  }
}
