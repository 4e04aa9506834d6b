package org.gridgov.sla.clock;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.gridgov.sla.calendar.WorkingDayRule;
import org.junit.jupiter.api.Test;

class ClockValueTypesTest {
  private static final Instant T = Instant.parse("2022-12-10T01:00:00Z");

  @Test
  void aNegativeCountOfDaysLeftOutIsNamedAsSuch() {
    assertThatThrownBy(() -> new Explanation.DaysSkipped(java.util.List.of(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("days left out is at least 0, got -1");
  }

  @Test
  void aPauseOrBudgetCannotHoldBackNegativeTimeNorEndBeforeItBegins() {
    assertThatThrownBy(
            () -> new Explanation.Paused(T, java.util.Optional.empty(), Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clock time held back is at least 0, got PT-1M");
    assertThatThrownBy(
            () ->
                new Explanation.Paused(T, java.util.Optional.of(T.minusSeconds(1)), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a pause ends at or after it begins");
    assertThatThrownBy(
            () ->
                new Explanation.BudgetOf(
                    Budget.time(Duration.ofHours(3)), "natural", Duration.ofHours(-3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("budget's clock time is at least 0, got PT-3H");
  }

  @Test
  void valueTypesCompareByValue() {
    new EqualsTester()
        .addEqualityGroup(Budget.time(Duration.ofHours(3)), Budget.parse("PT3H"))
        .addEqualityGroup(Budget.days(3, WorkingDayRule.END_OF_DAY), Budget.parse("P3D"))
        .addEqualityGroup(Budget.days(3, WorkingDayRule.SAME_TIME))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Threshold.percent(75), Threshold.parse("75%"))
        .addEqualityGroup(Threshold.beforeBreach(Duration.ofHours(1)), Threshold.parse("PT1H"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            CaseEvent.of("e", "C", EventKind.VERIFIED, T),
            CaseEvent.of("e", "C", EventKind.VERIFIED, T))
        .addEqualityGroup(CaseEvent.of("e", "C", EventKind.VERIFIED, T).withNote("n"))
        .addEqualityGroup(CaseEvent.of("e", "C", EventKind.RESOLVED, T))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PolicyRow.any("p"), new PolicyRow(Set.of(), Set.of(), "p"))
        .addEqualityGroup(PolicyRow.categories("p", "暴露垃圾"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PolicyPresets.zhanqian(), PolicyPresets.zhanqian().toBuilder().build())
        .addEqualityGroup(PolicyPresets.hotline12345())
        .testEquals();
  }

  @Test
  void constructorsRejectWhatTheKindDoesNotAllowNamingIt() {
    assertThatThrownBy(() -> Budget.time(Duration.ZERO))
        .hasMessageContaining("a time budget is positive");
    assertThatThrownBy(() -> Budget.parse("PT")).hasMessageContaining("expected PT<n>H");
    assertThatThrownBy(() -> Threshold.percent(100)).hasMessageContaining("1% to 99%, got 100%");
    assertThatThrownBy(
            () ->
                new CaseEvent(
                    "e",
                    "C",
                    EventKind.VERIFIED,
                    T,
                    CaseFacts.of("x", Priority.NORMAL),
                    java.util.Optional.empty(),
                    java.util.Optional.empty(),
                    ""))
        .hasMessageContaining("only REPORTED and REGISTERED carry facts, not VERIFIED");
    assertThatThrownBy(
            () ->
                Milestone.builder("m", Budget.time(Duration.ofHours(1)))
                    .stopOn(EventKind.RESOLVED)
                    .pauseWhile(Set.of(EventKind.VERIFIED))
                    .build())
        .hasMessageContaining("pauses only while SUSPENDED, DEFERRED or RETURNED");
    assertThatThrownBy(
            () ->
                CasePolicy.builder("p")
                    .milestone(
                        Milestone.builder("m", Budget.time(Duration.ofHours(1)))
                            .anchor(Anchor.PREVIOUS)
                            .stopOn(EventKind.RESOLVED)
                            .build())
                    .closing("x")
                    .build())
        .isInstanceOfSatisfying(
            InvalidPolicyException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.problems())
                    .extracting(p -> p.location().toString())
                    .containsExactly("milestones[0].anchor", "closing"));
  }

  @Test
  void publicMethodsRejectNulls() {
    NullPointerTester tester = new NullPointerTester();
    // the tester's default string is blank, which ids refuse before their null checks are reached
    tester.setDefault(String.class, "x");
    tester.setDefault(Budget.class, Budget.time(Duration.ofHours(1)));
    tester.setDefault(PolicyTable.class, PolicyPresets.zhanqian());
    tester.setDefault(Instant.class, T);
    tester.setDefault(CaseFacts.class, CaseFacts.of("x", Priority.NORMAL));
    tester.setDefault(CaseEvent.class, CaseEvent.of("e", "C", EventKind.VERIFIED, T));
    tester.setDefault(org.gridgov.core.Atlas.class, HolderTest.atlas());
    tester.setDefault(java.time.LocalDate.class, java.time.LocalDate.of(2022, 12, 10));
    tester.testAllPublicStaticMethods(CaseEvent.class);
    tester.testAllPublicStaticMethods(Budget.class);
    tester.testAllPublicStaticMethods(CaseLog.class);
    tester.testAllPublicStaticMethods(Holder.class);
    tester.testAllPublicInstanceMethods(CaseLog.empty("C", PolicyPresets.zhanqian()));
    tester.testAllPublicInstanceMethods(PolicyPresets.zhanqian());
    tester.testAllPublicConstructors(Milestone.class);
    tester.testAllPublicConstructors(CaseFacts.class);
    tester.testAllPublicConstructors(Rework.class);
  }
}
