package org.gridgov.scoring.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.scoring.rating.TestRubrics.p;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueTypesTest {
  @Test
  void valueTypesCompareByValue() {
    new EqualsTester()
        .addEqualityGroup(
            DeductionClause.of("a", "一", p("1")), new DeductionClause("a", "一", p("1.0"), false))
        .addEqualityGroup(DeductionClause.perOccurrence("a", "一", p("1")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(StarBand.below(4, p("80"), p("90")), StarBand.below(4, p("80"), p("90")))
        .addEqualityGroup(StarBand.through(4, p("80"), p("90")))
        .addEqualityGroup(StarBand.atLeast(4, p("80")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new Quota(5, new BigDecimal("0.10")), Quota.percent(5, "10"))
        .addEqualityGroup(Quota.percent(5, "20"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Assessment.builder("o").measure("s", new BigDecimal("0.60")).build(),
            Assessment.builder("o").measure("s", new BigDecimal("0.6")).build())
        .addEqualityGroup(Assessment.builder("o").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            TestRubrics.small(), TestRubrics.small(), TestRubrics.small().toBuilder().build())
        .addEqualityGroup(TestRubrics.smallBuilder().note("另一版").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            History.empty().plus("o", new PeriodRecord("2022", 3, Tier.AVERAGE, p("75"))),
            History.empty().plus("o", new PeriodRecord("2022", 3, Tier.AVERAGE, p("75"))))
        .addEqualityGroup(History.empty())
        .testEquals();
  }

  @Test
  void publicTypesRejectNulls() {
    NullPointerTester t =
        new NullPointerTester()
            .setDefault(Points.class, Points.of(1))
            .setDefault(String.class, "x")
            .setDefault(LocalDate.class, LocalDate.of(2023, 1, 1))
            .setDefault(BigDecimal.class, BigDecimal.ONE)
            .setDefault(Rubric.class, TestRubrics.small())
            .setDefault(Assessment.class, Assessment.builder("o").build())
            .setDefault(VetoEffect.class, VetoEffect.capAt(3))
            .setDefault(GateCondition.class, GateCondition.attested())
            .setDefault(WeakCondition.class, WeakCondition.attested())
            .setDefault(Optional.class, Optional.empty())
            .setDefault(Map.class, Map.of())
            .setDefault(List.class, List.of())
            .setDefault(org.gridgov.core.Location.class, org.gridgov.core.Location.element("a"))
            .setDefault(History.class, History.empty())
            .setDefault(PeriodRecord.class, new PeriodRecord("p", 3, Tier.AVERAGE, Points.of(75)));
    for (Class<?> c :
        List.of(
            Points.class,
            DeductionClause.class,
            Item.class,
            Section.class,
            BonusItem.class,
            BonusRules.class,
            StarBand.class,
            Gate.class,
            Veto.class,
            WeakTrigger.class,
            Reward.class,
            Quota.class,
            Honour.class,
            TransitionRules.class,
            Assessment.class,
            Rubric.class,
            History.class,
            RatingRound.class)) {
      t.testAllPublicStaticMethods(c);
      t.testAllPublicConstructors(c);
    }
    t.testAllPublicInstanceMethods(TestRubrics.small());
    t.testAllPublicInstanceMethods(Rubric.builder("r", "1"));
    t.testAllPublicInstanceMethods(Assessment.builder("o"));
    t.testAllPublicInstanceMethods(RatingRound.of(TestRubrics.small(), "2023"));
    t.testAllPublicInstanceMethods(History.empty());
    t.testAllPublicInstanceMethods(
        RatingRound.of(TestRubrics.small(), "2023").rate(List.of(Assessment.builder("o").build())));
  }

  @Test
  void constructorsRejectBadValuesNamingThem() {
    assertThatThrownBy(() -> DeductionClause.of(" ", "一", p("1")))
        .hasMessage("clause id must not be blank, got \" \"");
    assertThatThrownBy(() -> DeductionClause.of("a", "一", p("0")))
        .hasMessage("deduction must be > 0, got 0");
    assertThatThrownBy(() -> new StarBand(6, p("0"), Optional.empty(), Optional.empty()))
        .hasMessage("stars must be from 0 to 5, got 6");
    assertThatThrownBy(() -> StarBand.below(4, p("90"), p("80")))
        .hasMessage("below 80 must be above from 90");
    assertThatThrownBy(() -> new StarBand(4, p("80"), Optional.of(p("90")), Optional.of(p("89"))))
        .hasMessageContaining("one upper bound");
    assertThatThrownBy(() -> VetoEffect.capAt(5)).hasMessage("a cap is from 0 to 4 stars, got 5");
    assertThatThrownBy(() -> VetoEffect.demoteBy(0))
        .hasMessage("a demotion is by 1 to 5 stars, got 0");
    assertThatThrownBy(() -> new TierRules(3, 3))
        .hasMessage("averageFrom 3 must be below advancedFrom 3");
    assertThatThrownBy(() -> Quota.percent(5, "120"))
        .hasMessage("maxShare must be above 0 and at most 1, got 1.20");
    assertThatThrownBy(() -> Assessment.builder("o").deduct("a", "b", 0, "e"))
        .hasMessage("count must be from 1 to 1000000, got 0");
    assertThatThrownBy(() -> Assessment.builder("o").veto("v", " "))
        .hasMessage("evidence must not be blank, got \" \"");
    assertThatThrownBy(() -> new Honour("h", "荣誉", 1))
        .hasMessage("an honour allows a rise of 2 to 5 stars, got 1");
    assertThat(Quota.percent(5, "10").maxCount(25)).isEqualTo(2);
    assertThat(Quota.percent(4, "20").maxCount(4)).isZero();
  }
}
