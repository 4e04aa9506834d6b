package org.gridgov.scoring.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.gridgov.scoring.rating.TestRubrics.p;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Rounds under {@link TestRubrics#small()} worked by hand: quotas, ties, transitions, summary. */
class RatingRoundTest {
  private final Rubric rubric = TestRubrics.small();

  private static Assessment.Builder org(String id) {
    return Assessment.builder(id);
  }

  /** Ten rated organisations and a new one; five-star and four-star quotas of 10 %: one each. */
  private List<Assessment> tenAndANewOne() {
    return List.of(
        org("a-five").gate("innovation", "项目").build(), // 100, 5★
        org("b-five").gate("innovation", "项目").deduct("b2", "q", "形式").build(), // 99.75, 5★
        org("org-07").build(), // 100 (sections 100), 4★: no innovation project
        org("org-03").build(), // the same: 100 / 100, 4★
        org("org-05") // 95 + a bonus of 5 offsetting the 5 lost: 100 (sections 95), 4★
            .deduct("b1", "late", "迟")
            .bonus("honour", 2, "表彰")
            .bonus("project", "品牌")
            .build(),
        org("c1").deduct("a1", "none", "无").build(), // 80, org 20 < 30: 3★
        org("c2").deduct("a1", "none", "无").build(),
        org("c3").deduct("a1", "none", "无").build(),
        org("low-1") // 59.5: 0★, below 60 and last of the round
            .deduct("a1", "none", "无")
            .deduct("a2", "serious", "超期")
            .deduct("b1", "missing", "缺")
            .build(),
        org("low-2").deduct("a1", "none", "无").deduct("b1", "missing", "缺").build(), // 64.5
        org("new-1").newOrganisation(true).gate("innovation", "项目").build());
  }

  @Test
  void quotasCutByTotalThenSectionsThenOrganisationId() {
    RoundResult round =
        RatingRound.of(rubric, "2023")
            .withQuotas(List.of(Quota.percent(5, "10"), Quota.percent(4, "10")))
            .rate(tenAndANewOne());
    assertThat(round.quotaCuts())
        .extracting(
            QuotaCut::organisationId, QuotaCut::fromStars, QuotaCut::toStars, QuotaCut::decidedBy)
        .containsExactly(
            tuple("b-five", 5, 4, QuotaCut.TieBreak.TOTAL), // 99.75 < a-five's 100
            tuple("b-five", 4, 3, QuotaCut.TieBreak.TOTAL), // 99.75 < org-03's 100
            tuple("org-07", 4, 3, QuotaCut.TieBreak.ORGANISATION_ID), // 100 / 100 like org-03
            tuple("org-05", 4, 3, QuotaCut.TieBreak.SECTIONS)); // 100, but sections 95
    assertThat(round.entries())
        .extracting(RoundEntry::organisationId, RoundEntry::starsByRules, RoundEntry::stars)
        .containsExactly(
            tuple("a-five", 5, 5),
            tuple("b-five", 5, 3),
            tuple("org-07", 4, 3),
            tuple("org-03", 4, 4),
            tuple("org-05", 4, 3),
            tuple("c1", 3, 3),
            tuple("c2", 3, 3),
            tuple("c3", 3, 3),
            tuple("low-1", 0, 0),
            tuple("low-2", 0, 0),
            tuple("new-1", 5, 0));
    RoundEntry b = round.entry("b-five").orElseThrow();
    assertThat(b.quotaCut().orElseThrow())
        .isEqualTo(new QuotaCut("b-five", 5, 3, p("99.75"), QuotaCut.TieBreak.TOTAL));
    assertThat(b.tier()).isEqualTo(Tier.AVERAGE);
    assertThat(b.reward()).contains(new Reward(3, 2000, 100, "三星"));
  }

  @Test
  void aQuotaThatLeavesNoPlaceSaysSoRatherThanNamingALowerTotal() {
    // four-star 20 % of 2 rated is 0.4: no four-star place at all, so nobody is kept, and neither
    // cut ranks below "the last organisation kept" by its total (as TOTAL would say)
    RoundResult round =
        RatingRound.of(rubric, "2023")
            .withQuotas(List.of(Quota.percent(4, "20")))
            .rate(List.of(org("org-07").build(), org("org-03").build()));
    assertThat(round.quotaCuts())
        .extracting(QuotaCut::organisationId, c -> c.decidedBy().name())
        .containsExactlyInAnyOrder(tuple("org-07", "NO_PLACE"), tuple("org-03", "NO_PLACE"));
    assertThat(round.entry("org-03").orElseThrow().quotaCut().orElseThrow().decidedBy().name())
        .isEqualTo("NO_PLACE");
  }

  @Test
  void theRubricsOwnQuotasAllowTwoFourStarsOfTen() {
    RoundResult round = RatingRound.of(rubric, "2023").rate(tenAndANewOne());
    // four-star 20 % of 10 = 2: org-03 and org-07 tie at 100 / 100 and are both kept
    assertThat(round.quotaCuts())
        .extracting(QuotaCut::organisationId, QuotaCut::toStars)
        .containsExactly(tuple("b-five", 4), tuple("b-five", 3), tuple("org-05", 3));
    assertThat(round.entry("org-07").orElseThrow().stars()).isEqualTo(4);
  }

  @Test
  void theSummaryCountsStarsTiersAndRectificationItems() {
    RoundResult round =
        RatingRound.of(rubric, "2023")
            .withQuotas(List.of(Quota.percent(5, "10"), Quota.percent(4, "10")))
            .rate(tenAndANewOne());
    Summary s = round.summary();
    assertThat(s.organisations()).isEqualTo(11);
    assertThat(s.rated()).isEqualTo(10);
    assertThat(s.byStars())
        .containsExactly(
            new Summary.StarCount(5, 1, 0),
            new Summary.StarCount(4, 1, 0),
            new Summary.StarCount(3, 6, 5),
            new Summary.StarCount(0, 3, 5));
    assertThat(s.byTier())
        .containsExactly(
            new Summary.TierCount(Tier.ADVANCED, 2, 0),
            new Summary.TierCount(Tier.AVERAGE, 6, 5),
            new Summary.TierCount(Tier.LAGGING, 2, 5),
            new Summary.TierCount(Tier.UNRATED, 1, 0));
    assertThat(s.weak()).isEqualTo(1);
    assertThat(s.rectifications()).isEqualTo(10);
    assertThat(s.quotaCuts()).isEqualTo(4);
    RoundEntry low = round.entry("low-1").orElseThrow();
    assertThat(low.weakTriggers()).containsExactly("low", "last");
    assertThat(low.rectifications()).isEqualTo(3);
    RoundEntry fresh = round.entry("new-1").orElseThrow();
    assertThat(fresh.movement()).isEqualTo(Movement.NEW);
    assertThat(fresh.tier()).isEqualTo(Tier.UNRATED);
    assertThat(fresh.reward()).isEmpty();
    assertThat(round.explain("org-05").orElseThrow().total()).isEqualTo(p("100"));
    assertThat(round.explain("nobody")).isEmpty();
  }

  @Test
  void starsRiseOneRungARoundUnlessAnHonourAllowsMoreAndFallAtOnce() {
    History history =
        History.empty()
            .plus("org-A", new PeriodRecord("2022", 3, Tier.AVERAGE, p("78")))
            .plus("org-B", new PeriodRecord("2022", 3, Tier.AVERAGE, p("79")))
            .plus("org-C", new PeriodRecord("2022", 5, Tier.ADVANCED, p("96")))
            .plus("org-D", new PeriodRecord("2022", 0, Tier.LAGGING, p("65")))
            .plus("org-E", new PeriodRecord("2022", 0, Tier.UNRATED, p("90")));
    RoundResult round =
        RatingRound.of(rubric, "2023")
            .withPrevious(history)
            .withQuotas(List.of())
            .rate(
                List.of(
                    org("org-A").gate("innovation", "项目").build(), // earns 5
                    org("org-B").gate("innovation", "项目").honour("city", "市级表彰").build(),
                    org("org-C").gate("innovation", "项目").veto("safety", "事故").build(), // 3
                    org("org-D").build(), // earns 4
                    org("org-E").build(), // new last round: no rated record, rated on merits
                    org("org-F").newOrganisation(true).build()));
    assertThat(round.entries())
        .extracting(
            RoundEntry::organisationId,
            RoundEntry::starsByRules,
            RoundEntry::stars,
            RoundEntry::previousStars,
            RoundEntry::movement,
            RoundEntry::riseLimited)
        .containsExactly(
            tuple("org-A", 5, 4, OptionalInt.of(3), Movement.UP, true),
            tuple("org-B", 5, 5, OptionalInt.of(3), Movement.UP, false),
            tuple("org-C", 3, 3, OptionalInt.of(5), Movement.DOWN, false),
            tuple("org-D", 4, 3, OptionalInt.of(0), Movement.UP, true),
            tuple("org-E", 4, 4, OptionalInt.empty(), Movement.FIRST, false),
            tuple("org-F", 4, 0, OptionalInt.empty(), Movement.NEW, false));
    assertThat(round.summary().risesLimited()).isEqualTo(2);
    History next = history.plus(round);
    assertThat(next.of("org-A"))
        .extracting(PeriodRecord::period, PeriodRecord::stars)
        .containsExactly(tuple("2022", 3), tuple("2023", 4));
    assertThat(next.lastRated("org-F")).isEmpty();
    assertThat(next.of("org-F")).hasSize(1);
    assertThatThrownBy(() -> next.plus(round))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already has a record for period 2023");
  }

  @Test
  void aRoundRefusesAHistoryThatAlreadyHoldsItsOwnPeriod() {
    // re-rating 2023 (after objections in the public notice) from a history that already holds
    // 2023's first result: org-A's transition would start from 2023's 4 stars, not 2022's 3, and
    // let it rise to 5 in one round
    History history =
        History.empty()
            .plus("org-A", new PeriodRecord("2022", 3, Tier.AVERAGE, p("78")))
            .plus("org-A", new PeriodRecord("2023", 4, Tier.ADVANCED, p("100")));
    RatingRound round = RatingRound.of(rubric, "2023");
    assertThatThrownBy(() -> round.withPrevious(history))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("organisation org-A already has a record for period 2023");
    // the history before 2023 is accepted and limits the rise to one rung
    History before =
        History.empty().plus("org-A", new PeriodRecord("2022", 3, Tier.AVERAGE, p("78")));
    RoundResult again =
        round
            .withPrevious(before)
            .withQuotas(List.of())
            .rate(List.of(org("org-A").gate("innovation", "项目").build()));
    assertThat(again.entry("org-A").orElseThrow().stars()).isEqualTo(4);
  }

  @Test
  void aRoundRefusesUnknownReferencesAndOrganisationsAssessedTwice() {
    assertThatThrownBy(
            () ->
                RatingRound.of(rubric, "2023")
                    .rate(
                        List.of(
                            org("x").build(),
                            org("y").veto("nope", "?").build(),
                            org("x").build())))
        .isInstanceOfSatisfying(
            InvalidAssessmentException.class,
            e ->
                assertThat(e.problems())
                    .extracting(q -> q.location().toString())
                    .containsExactly(
                        "assessments[1].vetoes[0].id", "assessments[2].organisationId"));
    assertThatThrownBy(
            () -> RatingRound.of(rubric, "2023").withQuotas(List.of(Quota.percent(2, "5"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a quota for 2 stars, which no band of small@1 (测试, 4 items) gives");
  }

  @Test
  void aRiseFromBelowTheLaddersFootIsToItsFirstRung() {
    // every band gives a star (1 to 5); an organisation disqualified last round held none
    Rubric ladder =
        Rubric.builder("ladder", "1")
            .name("每档有星")
            .region("测试")
            .effectiveFrom(java.time.LocalDate.of(2023, 1, 1))
            .total(p("100"))
            .section(
                Section.of(
                    "s", "方面", p("100"), Item.of("i", "要点", p("100"), CheckMethod.DOCUMENTS)))
            .band(StarBand.atLeast(5, p("90")))
            .band(StarBand.below(4, p("80"), p("90")))
            .band(StarBand.below(3, p("70"), p("80")))
            .band(StarBand.below(2, p("60"), p("70")))
            .band(StarBand.below(1, p("0"), p("60")))
            .transitions(TransitionRules.oneLevelAtATime())
            .build();
    History history =
        History.empty().plus("o", new PeriodRecord("2022", 0, Tier.LAGGING, p("100")));
    RoundResult round =
        RatingRound.of(ladder, "2023").withPrevious(history).rate(List.of(org("o").build()));
    assertThat(round.entry(0).starsByRules()).isEqualTo(5);
    assertThat(round.entry(0).stars()).isEqualTo(1);
    assertThat(round.entry(0).riseLimited()).isTrue();
  }

  @Test
  void aQuotaOfZeroPlacesMovesEveryoneDown() {
    // 5 % of 10 rated is 0 five-star places
    RoundResult round =
        RatingRound.of(rubric, "2023")
            .withQuotas(List.of(Quota.percent(5, "5")))
            .rate(tenAndANewOne());
    assertThat(round.entry("a-five").orElseThrow().stars()).isEqualTo(4);
    assertThat(round.quotaCuts())
        .extracting(QuotaCut::organisationId)
        .containsExactly("a-five", "b-five");
  }

  @Test
  void nobodyIsLastWhenNobodyIsBehind() {
    // three perfect organisations tie at 100 (5★ with the project): none is last of the round
    List<Assessment> tied =
        List.of(
            org("t1").gate("innovation", "项目").build(),
            org("t2").gate("innovation", "项目").build(),
            org("t3").gate("innovation", "项目").build());
    RoundResult round = RatingRound.of(rubric, "2023").withQuotas(List.of()).rate(tied);
    assertThat(round.entries()).hasSize(3);
    for (RoundEntry e : round.entries()) {
      assertThat(e.weakTriggers()).as(e.organisationId()).isEmpty();
      assertThat(e.tier()).as(e.organisationId()).isNotEqualTo(Tier.LAGGING);
    }
    // one organisation alone, beside a new one that is not rated
    RoundResult alone =
        RatingRound.of(rubric, "2023")
            .withQuotas(List.of())
            .rate(
                List.of(
                    org("only").deduct("a1", "incomplete", "不健全").build(), // 90
                    org("new").newOrganisation(true).build()));
    assertThat(alone.entries().get(0).weakTriggers()).isEmpty();
    assertThat(alone.entries().get(0).tier()).isNotEqualTo(Tier.LAGGING);
    // a normal round still finds its last: 90 and 100 tied at the top, 80 behind them
    RoundResult normal =
        RatingRound.of(rubric, "2023")
            .withQuotas(List.of())
            .rate(
                List.of(
                    org("top").gate("innovation", "项目").build(),
                    org("mid").deduct("a1", "incomplete", "不健全").build(),
                    org("last-a").deduct("a1", "none", "无").build(),
                    org("last-b").deduct("a1", "none", "无").build()));
    assertThat(normal.entries())
        .extracting(RoundEntry::organisationId, e -> e.weakTriggers().contains("last"))
        .containsExactly(
            tuple("top", false), tuple("mid", false), tuple("last-a", true), tuple("last-b", true));
  }
}
