package org.gridgov.scoring.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.scoring.rating.TestRubrics.p;

import java.math.BigDecimal;
import java.util.List;
import org.gridgov.core.Problem;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed ratings under {@link TestRubrics#small()}, one rule at a time: sections org (a1 20,
 * a2 20) and act (b1 30, b2 30); bands 90 / 80 / 70 on the ladder none, 3, 4, 5.
 */
class RubricTest {
  private final Rubric rubric = TestRubrics.small();

  private static Assessment.Builder org() {
    return Assessment.builder("o").name("某公司党支部");
  }

  @Test
  void fullMarksWithoutTheInnovationProjectIsFourStars() {
    Rating r = rubric.rate(org().build());
    assertThat(r.total()).isEqualTo(p("100"));
    assertThat(r.starsByScore()).isEqualTo(5);
    assertThat(r.stars()).isEqualTo(4);
    assertThat(r.limits()).extracting(StarLimit::rule).containsExactly("innovation");
    assertThat(r.whyNot(5).orElseThrow().reachable()).isFalse();
    Rating with = rubric.rate(org().gate("innovation", "“党建+安全”项目").build());
    assertThat(with.stars()).isEqualTo(5);
    assertThat(with.shortfalls()).isEmpty();
    assertThat(with.reward()).contains(new Reward(5, 5000, 110, "五星"));
  }

  @Test
  void aTotalExactlyOnABandBoundGetsTheHigherStar() {
    // b2: 0.5 per missed 主题党日; 20 missed = 10 lost = 90.00, 21 missed = 89.5
    Rating on = rubric.rate(org().deduct("b2", "x", 20, "缺20次").gate("innovation", "项目").build());
    assertThat(on.total()).isEqualTo(p("90"));
    assertThat(on.starsByScore()).isEqualTo(5);
    assertThat(on.stars()).isEqualTo(5);
    Rating below =
        rubric.rate(org().deduct("b2", "x", 21, "缺21次").gate("innovation", "项目").build());
    assertThat(below.total()).isEqualTo(p("89.5"));
    assertThat(below.stars()).isEqualTo(4);
    Shortfall five = below.whyNot(5).orElseThrow();
    assertThat(five.pointsNeeded()).isEqualTo(p("0.5"));
    assertThat(five.reachable()).isTrue();
    assertThat(five.fixes()).extracting(Reason::item).containsExactly("b2");
  }

  @Test
  void theWorstClauseFoundCountsAndAnItemNeverDropsBelowZero() {
    Rating worst =
        rubric.rate(org().deduct("b1", "late", "迟").deduct("b1", "missing", "缺").build());
    assertThat(worst.total()).isEqualTo(p("84.5"));
    ItemScore b1 = worst.items().get(2);
    assertThat(b1.score()).isEqualTo(p("14.5"));
    assertThat(b1.applied().orElseThrow().clause()).isEqualTo("missing");
    assertThat(b1.clauseText()).isEqualTo("记录缺失");

    // 10 missed meetings at 2.5 = 25, more than a2's 20: the item scores 0 (扣完为止)
    Rating floor = rubric.rate(org().deduct("a2", "missed", 10, "缺10次").build());
    assertThat(floor.items().get(1).score()).isEqualTo(Points.ZERO);
    assertThat(floor.total()).isEqualTo(p("80"));
    assertThat(floor.trace().get(1).points()).isEqualTo(p("-20"));
    assertThat(floor.trace().get(1).note()).contains("10 × 2.5").contains("25 capped");
  }

  @Test
  void theBonusIsCappedPerItemThenInTotalThenOffsetsOnlyThePointsLost() {
    // lost 3 (b2 6 × 0.5); honour 3 × 2 = 6 capped at 4, project 3; 7 capped at 5; offsets 3
    Rating r =
        rubric.rate(
            org()
                .deduct("b2", "x", 6, "缺6次")
                .bonus("honour", 3, "三次表彰")
                .bonus("project", "品牌")
                .build());
    BonusOutcome b = r.bonus();
    assertThat(b.claimed()).isEqualTo(p("9"));
    assertThat(b.afterItemCaps()).isEqualTo(p("7"));
    assertThat(b.afterTotalCap()).isEqualTo(p("5"));
    assertThat(b.applied()).isEqualTo(p("3"));
    assertThat(b.cut()).isEqualTo(p("6"));
    assertThat(r.total()).isEqualTo(p("100"));
    assertThat(r.trace())
        .extracting(TraceStep::kind, TraceStep::points)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(TraceStep.Kind.MAXIMUM, p("100")),
            org.assertj.core.groups.Tuple.tuple(TraceStep.Kind.DEDUCTION, p("-3")),
            org.assertj.core.groups.Tuple.tuple(TraceStep.Kind.BONUS, p("4")),
            org.assertj.core.groups.Tuple.tuple(TraceStep.Kind.BONUS, p("3")),
            org.assertj.core.groups.Tuple.tuple(TraceStep.Kind.BONUS_CAP, p("-2")),
            org.assertj.core.groups.Tuple.tuple(TraceStep.Kind.BONUS_OFFSET, p("-2")),
            org.assertj.core.groups.Tuple.tuple(TraceStep.Kind.BAND, p("0")),
            org.assertj.core.groups.Tuple.tuple(TraceStep.Kind.GATE, p("0")));
  }

  @Test
  void aSectionGateHoldsTheStarsBelowItsLevel() {
    // a1 incomplete -10: org 30, total 90; innovation missing: 4 stars; org 30 >= 30: gate met
    assertThat(rubric.rate(org().deduct("a1", "incomplete", "不健全").build()).stars()).isEqualTo(4);
    // and a2 serious -5: org 25 < 30, total 85 (band 4): three stars
    Rating r =
        rubric.rate(org().deduct("a1", "incomplete", "不健全").deduct("a2", "serious", "超期").build());
    assertThat(r.total()).isEqualTo(p("85"));
    assertThat(r.starsByScore()).isEqualTo(4);
    assertThat(r.stars()).isEqualTo(3);
    assertThat(r.limits()).extracting(StarLimit::rule).containsExactly("strong-org");
    assertThat(((StarLimit.GateNotMet) r.limits().get(0)).detail())
        .isEqualTo("section org scored 25, below 30");
    Shortfall four = r.whyNot(4).orElseThrow();
    assertThat(four.pointsNeeded()).isEqualTo(Points.ZERO);
    assertThat(four.reachable()).isTrue();
    assertThat(four.fixes()).extracting(Reason::item).containsExactly("a1");
  }

  @Test
  void mayNotBeFourStarCapsAtThreeWhateverTheScore() {
    Rating r = rubric.rate(org().gate("innovation", "项目").veto("safety", "2023-05 安全事故通报").build());
    assertThat(r.total()).isEqualTo(p("100"));
    assertThat(r.starsByScore()).isEqualTo(5);
    assertThat(r.stars()).isEqualTo(3);
    Shortfall four = r.whyNot(4).orElseThrow();
    assertThat(four.pointsNeeded()).isEqualTo(Points.ZERO);
    assertThat(four.reachable()).isFalse();
    assertThat(four.blockers()).extracting(StarLimit::rule).containsExactly("safety");
    assertThat(((StarLimit.VetoFound) four.blockers().get(0)).evidence())
        .isEqualTo("2023-05 安全事故通报");
  }

  @Test
  void aDemotionGoesOneRungDownTheLadder() {
    // 84.5: band 4, demoted to 3
    Rating four =
        rubric.rate(org().deduct("b1", "missing", "缺").veto("unrectified", "3项未销号").build());
    assertThat(four.starsByScore()).isEqualTo(4);
    assertThat(four.stars()).isEqualTo(3);
    // 79.5: band 3, one rung down the ladder none/3/4/5 is none
    Rating three =
        rubric.rate(
            org()
                .deduct("b1", "missing", "缺")
                .deduct("b2", "x", 10, "缺10次")
                .veto("unrectified", "3项未销号")
                .build());
    assertThat(three.total()).isEqualTo(p("79.5"));
    assertThat(three.starsByScore()).isEqualTo(3);
    assertThat(three.stars()).isEqualTo(0);
    // to hold three stars again it needs band 4 (80): 0.5 points, mended by b1
    Shortfall s = three.whyNot(3).orElseThrow();
    assertThat(s.pointsNeeded()).isEqualTo(p("0.5"));
    assertThat(s.reachable()).isTrue();
    assertThat(s.fixes()).extracting(Reason::item).containsExactly("b1");
    assertThat(s.blockers()).extracting(StarLimit::rule).containsExactly("unrectified");
  }

  @Test
  void demotionsComeBeforeCapsAndDisqualificationBeatsEverything() {
    // 5 by score and gates; demote to 4; cap at 3: 3 (a cap first would give 3, then none)
    Rating r =
        rubric.rate(
            org().gate("innovation", "项目").veto("unrectified", "未销号").veto("safety", "事故").build());
    assertThat(r.stars()).isEqualTo(3);
    assertThat(r.trace().subList(r.trace().size() - 2, r.trace().size()))
        .extracting(TraceStep::rule, t -> t.stars().getAsInt())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("unrectified", 4),
            org.assertj.core.groups.Tuple.tuple("safety", 3));
    Rating out = rubric.rate(org().gate("innovation", "项目").veto("fraud", "材料造假").build());
    assertThat(out.total()).isEqualTo(p("100"));
    assertThat(out.stars()).isEqualTo(0);
    assertThat(out.reward()).contains(new Reward(0, 0, 90, "未定星扣减10%"));
  }

  @Test
  void weakTriggersMakeAnOrganisationLaggingWhateverItsStars() {
    Rating fine = rubric.rate(org().gate("innovation", "项目").build());
    assertThat(fine.tier()).isEqualTo(Tier.ADVANCED);
    Rating unhappy =
        rubric.rate(
            org().gate("innovation", "项目").measure("satisfaction", new BigDecimal("0.55")).build());
    assertThat(unhappy.stars()).isEqualTo(5);
    assertThat(unhappy.tier()).isEqualTo(Tier.LAGGING);
    assertThat(unhappy.weakTriggers()).containsExactly("satisfaction");
    Rating vacant = rubric.rate(org().weak("secretary", "书记空缺5个月").build());
    assertThat(vacant.weakTriggers()).containsExactly("secretary");
    // exactly 60 is not below 60
    Rating low =
        rubric.rate(org().deduct("a1", "none", "无").deduct("a2", "missed", 8, "缺").build());
    assertThat(low.total()).isEqualTo(p("60"));
    assertThat(low.weakTriggers()).isEmpty();
    assertThat(low.tier()).isEqualTo(Tier.LAGGING);
    assertThat(
            rubric
                .rate(
                    org()
                        .deduct("a1", "none", "无")
                        .deduct("a2", "missed", 8, "缺")
                        .deduct("b2", "q", "形式")
                        .build())
                .weakTriggers())
        .containsExactly("low");
  }

  @Test
  void oneRectificationItemPerItemLostAndPerVetoWithReasonsRanked() {
    Rating r =
        rubric.rate(
            org()
                .deduct("b1", "late", "会议记录不全")
                .deduct("a2", "missed", 2, "缺2次")
                .deduct("b2", "q", "流于形式")
                .veto("safety", "事故")
                .build());
    assertThat(r.rectifications())
        .extracting(Rectification::id, Rectification::points)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("o/a2", p("5")),
            org.assertj.core.groups.Tuple.tuple("o/b1", p("5")),
            org.assertj.core.groups.Tuple.tuple("o/b2", p("0.25")),
            org.assertj.core.groups.Tuple.tuple("o/veto/safety", Points.ZERO));
    assertThat(r.rectifications().get(1).description()).isEqualTo("三会一课: 不按时");
    assertThat(r.rectifications().get(1).evidence()).isEqualTo("会议记录不全");
    // equal losses keep the rubric's order
    assertThat(r.reasons()).extracting(Reason::item).containsExactly("a2", "b1", "b2");
    assertThat(r.lost()).isEqualTo(p("10.25"));
  }

  @Test
  void referencesTheRubricLacksAreAllReportedWithTheirPlace() {
    Assessment bad =
        org()
            .deduct("zz", "c", "x")
            .deduct("a1", "nope", "x")
            .deduct("a1", "none", 2, "x")
            .bonus("nope", "x")
            .veto("nope", "x")
            .gate("strong-org", "x")
            .honour("nope", "x")
            .weak("last", "x")
            .build();
    assertThatThrownBy(() -> rubric.rate(bad))
        .isInstanceOfSatisfying(
            InvalidAssessmentException.class,
            e ->
                assertThat(e.problems())
                    .extracting(q -> q.location().toString())
                    .containsExactly(
                        "assessment.deductions[0].item",
                        "assessment.deductions[1].clause",
                        "assessment.deductions[2].count",
                        "assessment.bonuses[0].bonus",
                        "assessment.vetoes[0].id",
                        "assessment.gates[0].id",
                        "assessment.honours[0].id",
                        "assessment.weakTriggers[0].id"));
    List<Problem> problems = rubric.check(bad, org.gridgov.core.Location.element("x"));
    assertThat(problems.get(1).message())
        .isEqualTo("unknown clause \"nope\" of item a1, expected one of none, incomplete");
  }

  @Test
  void theFastPathGivesTheSameStars() {
    Assessment a = org().deduct("b1", "missing", "缺").veto("unrectified", "未销号").build();
    assertThat(rubric.score(a)).isEqualTo(new Score("o", p("84.5"), 4, 3));
    assertThat(rubric.rate(a).score()).isEqualTo(rubric.score(a));
  }

  @Test
  void aRubricAppliesBetweenItsEffectiveDates() {
    Rubric bounded =
        TestRubrics.smallBuilder().effectiveTo(java.time.LocalDate.of(2023, 12, 31)).build();
    assertThat(bounded.isEffectiveOn(java.time.LocalDate.of(2023, 1, 1))).isTrue();
    assertThat(bounded.isEffectiveOn(java.time.LocalDate.of(2024, 1, 1))).isFalse();
    assertThat(rubric.isEffectiveOn(java.time.LocalDate.of(2099, 1, 1))).isTrue();
    assertThat(rubric.item("b2").orElseThrow().name()).isEqualTo("主题党日");
    assertThat(rubric.item("zz")).isEmpty();
    assertThat(rubric.toString()).isEqualTo("small@1 (测试, 4 items)");
  }

  @Test
  void pointsNeededAreTheBandsLowerBoundMinusTheTotalVetoOrNot() {
    // a2 serious 5 + b1 missing 15.5 = 20.5 lost: 79.5, 3★ by score; demoted one rung to none
    Rating r =
        rubric.rate(
            org()
                .deduct("a2", "serious", "严重超期")
                .deduct("b1", "missing", "缺")
                .gate("innovation", "项目")
                .veto("unrectified", "上轮整改未完成")
                .build());
    assertThat(r.total()).isEqualTo(p("79.5"));
    assertThat(r.starsByScore()).isEqualTo(3);
    assertThat(r.stars()).isZero();
    // demoted, 3★ needs the 4★ band (80): 0.5; 4★ needs the 5★ band (90): 10.5; 5★ needs a band
    // above the top, so it can't be had, and lacks the top band's 90 - 79.5 = 10.5 all the same
    assertThat(r.shortfalls())
        .extracting(Shortfall::stars, Shortfall::pointsNeeded, Shortfall::reachable)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, p("0.5"), true),
            org.assertj.core.groups.Tuple.tuple(4, p("10.5"), true),
            org.assertj.core.groups.Tuple.tuple(5, p("10.5"), false));
    // without the veto: 4★ needs 80 (0.5) and 5★ needs 90 (10.5)
    Rating plain =
        rubric.rate(
            org()
                .deduct("a2", "serious", "严重超期")
                .deduct("b1", "missing", "缺")
                .gate("innovation", "项目")
                .build());
    assertThat(plain.whyNot(4).orElseThrow().pointsNeeded()).isEqualTo(p("0.5"));
    assertThat(plain.whyNot(5).orElseThrow().pointsNeeded()).isEqualTo(p("10.5"));
    // disqualified: the points are still those of the target's band
    Rating fraud =
        rubric.rate(
            org()
                .deduct("a2", "serious", "严重超期")
                .deduct("b1", "missing", "缺")
                .veto("fraud", "弄虚作假")
                .build());
    assertThat(fraud.whyNot(5).orElseThrow().pointsNeeded()).isEqualTo(p("10.5"));
    assertThat(fraud.whyNot(5).orElseThrow().reachable()).isFalse();
  }
}
