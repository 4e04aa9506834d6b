package org.gridgov.scoring.rating;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A small rubric with every kind of rule, small enough to compute by hand: two sections of two
 * items (40 + 60 = 100), half and quarter points, a per-occurrence clause, an offset-only bonus
 * capped at 5, bands 90 / 80 / 70 with no one- or two-star band (洪雅's shape), an innovation gate
 * for five stars and a section gate for four, three vetoes, four 软弱涣散 triggers, rewards, quotas and
 * one-level transitions with an honour.
 */
public final class TestRubrics {
  private TestRubrics() {}

  public static Points p(String points) {
    return Points.parse(points);
  }

  public static Rubric.Builder smallBuilder() {
    return Rubric.builder("small", "1")
        .name("测试标准")
        .region("测试")
        .effectiveFrom(LocalDate.of(2023, 1, 1))
        .total(p("100"))
        .section(
            Section.of(
                "org",
                "基本组织健全",
                p("40"),
                Item.of(
                    "a1",
                    "组织设置",
                    p("20"),
                    CheckMethod.DOCUMENTS,
                    DeductionClause.of("none", "未设立党组织", p("20")),
                    DeductionClause.of("incomplete", "组织不健全", p("10"))),
                Item.of(
                    "a2",
                    "按期换届",
                    p("20"),
                    CheckMethod.DOCUMENTS,
                    DeductionClause.perOccurrence("missed", "每缺一次会议", p("2.5")),
                    DeductionClause.of("serious", "严重超期", p("5")))))
        .section(
            Section.of(
                "act",
                "基本活动正常",
                p("60"),
                Item.of(
                    "b1",
                    "三会一课",
                    p("30"),
                    CheckMethod.DOCUMENTS,
                    DeductionClause.of("late", "不按时", p("5")),
                    DeductionClause.of("missing", "记录缺失", p("15.5"))),
                Item.of(
                    "b2",
                    "主题党日",
                    p("30"),
                    CheckMethod.SITE_VISIT,
                    DeductionClause.perOccurrence("x", "每缺一次", p("0.5")),
                    DeductionClause.of("q", "流于形式", p("0.25")))))
        .bonus(
            BonusRules.of(
                BonusMode.OFFSET_ONLY,
                p("5"),
                new BonusItem("honour", "获表彰", p("2"), p("4")),
                new BonusItem("project", "品牌项目", p("3"), p("3"))))
        .band(StarBand.atLeast(5, p("90")))
        .band(StarBand.below(4, p("80"), p("90")))
        .band(StarBand.below(3, p("70"), p("80")))
        .band(StarBand.below(0, p("0"), p("70")))
        .gate(new Gate("innovation", "党建创新项目", 5, GateCondition.attested()))
        .gate(new Gate("strong-org", "组织健全不低于30分", 4, GateCondition.sectionAtLeast("org", p("30"))))
        .veto(new Veto("safety", "重大安全事故", VetoEffect.capAt(3)))
        .veto(new Veto("fraud", "弄虚作假", VetoEffect.disqualify()))
        .veto(new Veto("unrectified", "上轮整改未完成", VetoEffect.demoteBy(1)))
        .weakTrigger(new WeakTrigger("secretary", "书记空缺超过3个月", WeakCondition.attested()))
        .weakTrigger(new WeakTrigger("low", "总分低于60分", WeakCondition.totalBelow(p("60"))))
        .weakTrigger(
            new WeakTrigger(
                "satisfaction",
                "满意度低于60%",
                WeakCondition.measureBelow("satisfaction", new BigDecimal("0.6"))))
        .weakTrigger(new WeakTrigger("last", "考核排名末位", WeakCondition.lastInRound()))
        .reward(new Reward(5, 5000, 110, "五星"))
        .reward(new Reward(4, 3000, 100, "四星"))
        .reward(new Reward(3, 2000, 100, "三星"))
        .reward(new Reward(0, 0, 90, "未定星扣减10%"))
        .quota(Quota.percent(5, "10"))
        .quota(Quota.percent(4, "20"))
        .transitions(TransitionRules.oneLevelAtATime(new Honour("city", "市级表彰", 2)));
  }

  public static Rubric small() {
    return smallBuilder().build();
  }
}
