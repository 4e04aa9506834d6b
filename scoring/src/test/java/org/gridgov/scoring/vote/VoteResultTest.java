package org.gridgov.scoring.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VoteResultTest {
  /** A count where candidate i has votes[i] votes, one per voter. */
  private static Count count(Round round, int... votes) {
    List<Submission> ballots = new ArrayList<>();
    int voter = 0;
    for (int c = 0; c < votes.length; c++) {
      for (int k = 0; k < votes[c]; k++) {
        ballots.add(
            Ballot.of(
                "v" + voter,
                Fixtures.voter(voter++),
                round.candidates().get(c).id(),
                round.start().plusSeconds(voter),
                "wechat"));
      }
    }
    return VoteCounter.count(round, Quarantine.none(), Sanctions.none(), ballots);
  }

  private static Map<String, BigDecimal> panel(int... scores) {
    Map<String, BigDecimal> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < scores.length; i++) {
      m.put(Fixtures.candidate(i).id(), BigDecimal.valueOf(scores[i]));
    }
    return m;
  }

  private static List<String> winners(VoteResult r) {
    List<String> out = new ArrayList<>();
    r.winners().forEach(w -> out.add(w.candidate().id()));
    return out;
  }

  @Test
  void fortySixtyWeightsVotesAgainstTheMostVotesAndThePanel() {
    Round round =
        Fixtures.round(4, 1, VoteRules.of(5, 1))
            .seats(SeatRules.of(2))
            .scoring(ScoreRule.weighted(40, 60))
            .build();
    VoteResult r =
        VoteResult.of(
            round,
            count(round, 100, 50, 80, 0),
            ResultInputs.none().withPanel(panel(80, 90, 70, 60)));
    // 40 × 100/100 + 0.6 × 80 = 88; 20 + 54 = 74; 32 + 42 = 74; 0 + 36 = 36
    assertThat(r.standings())
        .extracting(s -> s.candidate().id() + " " + s.score().toPlainString() + " #" + s.rank())
        .containsExactly("c00 88 #1", "c01 74 #2", "c02 74 #3", "c03 36 #4");
    assertThat(winners(r)).containsExactly("c00", "c01");
    assertThat(r.ties())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.candidates()).containsExactly("c01", "c02");
              assertThat(t.decisive()).isTrue();
              assertThat(t.settledBy()).contains(TieBreak.PANEL_SCORE);
              assertThat(t.explanation()).isEqualTo("panel score: c01 90, c02 70");
            });
    assertThat(r.isSettled()).isTrue();
    assertThatThrownBy(() -> VoteResult.of(round, count(round, 1, 1, 1, 1), ResultInputs.none()))
        .hasMessageContaining("weighs the panel at 60 %, but 4 candidates have no panel score");
  }

  @Test
  void bandsConvertVotesToPoints() {
    Round round =
        Fixtures.round(3, 1, VoteRules.of(5, 1))
            .scoring(
                ScoreRule.banded(
                    List.of(
                        new ScoreRule.Band(0, BigDecimal.TEN),
                        new ScoreRule.Band(60, BigDecimal.valueOf(25)),
                        new ScoreRule.Band(90, BigDecimal.valueOf(40))),
                    BigDecimal.valueOf(60)))
            .build();
    VoteResult r =
        VoteResult.of(
            round, count(round, 100, 50, 80), ResultInputs.none().withPanel(panel(50, 100, 70)));
    assertThat(r.standings())
        .extracting(
            s ->
                s.candidate().id()
                    + " "
                    + s.onlinePoints().toPlainString()
                    + " "
                    + s.score().toPlainString())
        .containsExactly("c01 10 70", "c00 40 70", "c02 25 67");
  }

  @Test
  void aTieNoStepCanSeparateStaysATieAndTheResultIsNotSettled() {
    Round round = Fixtures.round(3, 1, VoteRules.of(5, 1)).seats(SeatRules.of(1)).build();
    Count c = count(round, 10, 10, 3);
    VoteResult open = VoteResult.of(round, c, ResultInputs.none());
    assertThat(open.isSettled()).isFalse();
    assertThat(open.ties())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.settled()).isFalse();
              assertThat(t.decisive()).isTrue();
              assertThat(t.explanation()).contains("no tie-break step");
            });
    assertThat(open.standing("c00").orElseThrow().rank()).isEqualTo(1);
    assertThat(open.standing("c01").orElseThrow().rank()).isEqualTo(1);
    assertThat(open.advancing(1)).extracting(Candidate::id).containsExactly("c00", "c01");

    String seed = "2022-12-20 福彩3D 第2022341期 5 0 8";
    VoteResult drawn = VoteResult.of(round, c, ResultInputs.none().withDrawSeed(seed));
    // the draw, redone here from its definition: SHA-256(seed + "\n" + id), lower first
    String first = sha(seed + "\nc00").compareTo(sha(seed + "\nc01")) < 0 ? "c00" : "c01";
    assertThat(winners(drawn)).containsExactly(first);
    assertThat(drawn.drawSeed()).contains(seed);
    assertThat(drawn.ties().get(0).settledBy()).contains(TieBreak.SEEDED_DRAW);
    assertThat(drawn.isSettled()).isTrue();
    assertThat(drawn.advancing(1)).extracting(Candidate::id).containsExactly(first);

    VoteResult manual =
        VoteResult.of(round, c, ResultInputs.none().withManualOrder(List.of("c01", "c00")));
    assertThat(winners(manual)).containsExactly("c01");
    assertThat(manual.ties().get(0).explanation()).isEqualTo("committee order: c01 before c00");
  }

  @Test
  void anEarlierRoundComesFirstInTheDefaultChain() {
    Round round = Fixtures.round(2, 1, VoteRules.of(5, 1)).build();
    VoteResult r =
        VoteResult.of(
            round,
            count(round, 5, 5),
            ResultInputs.none()
                .withEarlierRound(Map.of("c00", BigDecimal.ONE, "c01", BigDecimal.TEN))
                .withDrawSeed("x"));
    assertThat(winners(r)).containsExactly("c01");
    assertThat(r.ties().get(0).steps()).containsExactly(TieBreak.EARLIER_ROUND);
  }

  @Test
  void aRegionalMinimumSeatsADistrictsBestEvenWithFewerVotes() {
    Round round =
        Fixtures.round(4, 1, VoteRules.of(5, 1))
            .seats(
                SeatRules.of(2)
                    .withRegion(RegionalSeats.of("210803", 1, 2))
                    .withRegion(RegionalSeats.of("210802", 0, 1)))
            .build();
    // c00 210802, c01 210803, c02 210804, c03 210811
    VoteResult r = VoteResult.of(round, count(round, 100, 10, 50, 40), ResultInputs.none());
    assertThat(winners(r)).containsExactly("c00", "c01");

    VoteResult withoutC01 =
        VoteResult.of(
            round,
            count(round, 100, 10, 50, 40),
            ResultInputs.none()
                .withSanctions(
                    Sanctions.none()
                        .apply("c01", Sanction.DISQUALIFY, LocalDate.of(2023, 1, 1), "刷票")));
    assertThat(winners(withoutC01)).containsExactly("c00", "c02");
    assertThat(withoutC01.notes())
        .containsExactly("district 210803 has a minimum of 1 seat but no eligible candidate");
    assertThat(withoutC01.standing("c01").orElseThrow().rank()).isZero();
  }

  @Test
  void sanctionsActOnTheResultAndAreReversible() {
    Round round = Fixtures.round(3, 1, VoteRules.of(5, 1)).seats(SeatRules.of(1)).build();
    Count c = count(round, 30, 20, 10);
    Sanctions zero =
        Sanctions.none().apply("c00", Sanction.ZERO_ONLINE_SCORE, LocalDate.of(2023, 1, 2), "刷票");
    VoteResult zeroed = VoteResult.of(round, c, ResultInputs.none().withSanctions(zero));
    assertThat(zeroed.standing("c00").orElseThrow().finalVotes()).isZero();
    assertThat(zeroed.standing("c00").orElseThrow().count().accepted()).isEqualTo(30);
    assertThat(winners(zeroed)).containsExactly("c01");
    Sanctions revoked =
        zero.revoke("c00", Sanction.ZERO_ONLINE_SCORE, LocalDate.of(2023, 1, 6), "申诉成立");
    assertThat(winners(VoteResult.of(round, c, ResultInputs.none().withSanctions(revoked))))
        .containsExactly("c00");
    assertThatThrownBy(
            () -> revoked.revoke("c00", Sanction.ZERO_ONLINE_SCORE, LocalDate.of(2023, 1, 7), "x"))
        .hasMessageContaining("not in force");
    assertThatThrownBy(
            () -> zero.apply("c00", Sanction.ZERO_ONLINE_SCORE, LocalDate.of(2023, 1, 7), "x"))
        .hasMessageContaining("already in force");
  }

  @Test
  void weightedScoresThatAreEqualAsFractionsAreATieWhateverTheDivisionRounds() {
    Round round =
        Fixtures.round(3, 1, VoteRules.of(5, 1))
            .seats(SeatRules.of(2))
            .scoring(ScoreRule.weighted(50, 50))
            .build();
    // c00: 50 × 4/6 + 0 = 33⅓; c01: 50 × 1/6 + 0.5 × 50 = 8⅓ + 25 = 33⅓; c02: 50 × 6/6 = 50.
    // Rounded part by part, c01's 8.333…(34 digits) + 25 has one digit more than c00's 33.333…
    VoteResult r =
        VoteResult.of(
            round,
            count(round, 4, 1, 6),
            ResultInputs.none().withPanel(panel(0, 50, 0)).withDrawSeed("公开抽签"));
    Standing c00 = r.standing("c00").orElseThrow();
    Standing c01 = r.standing("c01").orElseThrow();
    assertThat(c01.score()).isEqualTo(c00.score());
    assertThat(r.ties())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.candidates()).containsExactly("c00", "c01");
              assertThat(t.decisive()).isTrue();
              // the panel is the first step with data for both: c01 50 before c00 0
              assertThat(t.order()).containsExactly("c01", "c00");
              assertThat(t.settledBy()).contains(TieBreak.PANEL_SCORE);
            });
    assertThat(winners(r)).containsExactly("c02", "c01");
  }

  @Test
  void aTieTheChainCouldNotSeparateSaysWhichStepsFoundThemEqual() {
    Round round = Fixtures.round(3, 1, VoteRules.of(5, 1)).seats(SeatRules.of(1)).build();
    Count c = count(round, 5, 5, 1);
    VoteResult equalBefore =
        VoteResult.of(
            round,
            c,
            ResultInputs.none()
                .withEarlierRound(Map.of("c00", BigDecimal.ONE, "c01", BigDecimal.ONE)));
    // the earlier round had data for both and found them equal: it did not lack data
    assertThat(equalBefore.ties())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.settled()).isFalse();
              assertThat(t.explanation())
                  .doesNotContain("no tie-break step had data")
                  .contains("earlier round: c00 1, c01 1 (equal)");
            });
    Round bare =
        Fixtures.round(3, 1, VoteRules.of(5, 1))
            .seats(SeatRules.of(1))
            .tieBreaks(List.of())
            .build();
    assertThat(VoteResult.of(bare, count(bare, 5, 5, 1), ResultInputs.none()).ties())
        .singleElement()
        .satisfies(t -> assertThat(t.explanation()).isEqualTo("the round has no tie-break steps"));
  }

  @Test
  void aTieWhoseSeatTheRegionalMinimumDecidesLeavesTheResultSettled() {
    // c00 210802, c01 210803, c02 210804, c03 210811; 210803 must have a winner
    Round round =
        Fixtures.round(4, 1, VoteRules.of(5, 1))
            .seats(SeatRules.of(2).withRegion(RegionalSeats.of("210803", 1, 2)))
            .build();
    VoteResult r = VoteResult.of(round, count(round, 5, 5, 10, 1), ResultInputs.none());
    // c02 takes the first seat; c00 and c01 tie for the second, which only c01 may take
    // (210803 would otherwise have no winner): whatever order a draw gave them, c01 wins
    assertThat(winners(r)).containsExactly("c02", "c01");
    assertThat(r.ties())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.settled()).isFalse();
              assertThat(t.decisive()).isTrue();
            });
    assertThat(r.isSettled()).isTrue();
    // with one district limited to one winner, the same tie does decide the seat
    Round capped =
        Fixtures.round(5, 1, VoteRules.of(5, 1))
            .seats(SeatRules.of(2).withRegion(RegionalSeats.of("210802", 0, 1)))
            .build();
    // c00 and c04 are both in 210802: c00 10, c04 10, c02 20; the seat of 210802 is the tie's
    VoteResult open = VoteResult.of(capped, count(capped, 10, 0, 20, 0, 10), ResultInputs.none());
    assertThat(winners(open)).containsExactly("c02", "c00");
    assertThat(open.isSettled()).isFalse();
  }

  @Test
  void aCountOfAnotherRoundIsRefused() {
    Round round = Fixtures.round(3, 1, VoteRules.of(5, 1)).build();
    Round other = Fixtures.round(3, 1, VoteRules.of(4, 1)).build();
    assertThatThrownBy(() -> VoteResult.of(other, count(round, 1, 2, 3), ResultInputs.none()))
        .hasMessageContaining("other rules");
  }

  @Test
  void panelScoresOrACommitteeOrderNamingSomeoneNotInTheRoundAreRefusedNotDropped() {
    Round round =
        Fixtures.round(3, 1, VoteRules.of(5, 1))
            .seats(SeatRules.of(1))
            .scoring(ScoreRule.weighted(60, 40))
            .build();
    Count c = count(round, 5, 5, 1);
    Map<String, BigDecimal> typo =
        Map.of(
            "c00",
            BigDecimal.TEN,
            "c01",
            BigDecimal.ONE,
            "c02",
            BigDecimal.ONE,
            "c2",
            BigDecimal.TEN);
    assertThatThrownBy(() -> VoteResult.of(round, c, ResultInputs.none().withPanel(typo)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the panel scores name 1 candidate not in round")
        .hasMessageContaining("[c2]");
    assertThatThrownBy(
            () ->
                VoteResult.of(
                    round,
                    c,
                    ResultInputs.none()
                        .withPanel(panel(10, 10, 1))
                        .withManualOrder(List.of("c01", "c0"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the committee's order names 1 candidate not in round")
        .hasMessageContaining("[c0]");
    // an earlier round may have had more candidates than this narrowed one: theirs are not used
    VoteResult narrowed =
        VoteResult.of(
            round,
            c,
            ResultInputs.none()
                .withPanel(panel(10, 10, 1))
                .withEarlierRound(
                    Map.of("c00", BigDecimal.ONE, "c01", BigDecimal.TEN, "c09", BigDecimal.ONE)));
    assertThat(winners(narrowed)).containsExactly("c01");
  }

  private static BigInteger sha(String s) {
    try {
      return new BigInteger(
          1,
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
