package org.gridgov.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.Atlas;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.clock.CaseLog;
import org.gridgov.sla.clock.EventKind;
import org.gridgov.sla.clock.PolicyPresets;
import org.gridgov.sla.clock.PolicyTable;
import org.gridgov.sla.metrics.CaseMetrics;
import org.gridgov.sla.metrics.UnitMetrics;
import org.junit.jupiter.api.Test;

class SyntheticCasesTest {
  private static final Atlas YINGKOU = YingkouSample.atlas();
  private static final YearMonth MAY = YearMonth.of(2024, 5);

  @Test
  void theSameSeedGivesTheSameCases() {
    assertThat(SyntheticCases.month(YINGKOU, MAY, 200, 7))
        .isEqualTo(SyntheticCases.month(YINGKOU, MAY, 200, 7))
        .isNotEqualTo(SyntheticCases.month(YINGKOU, MAY, 200, 8));
  }

  @Test
  void benchmarkCasesHaveSixToTwelveEventsAndUpToFivePauses() {
    List<List<CaseEvent>> cases = new ArrayList<>();
    SyntheticCases.forEach(YINGKOU, MAY, 10_000, 1, 5, 12, cases::add);
    int maxPauses = 0;
    for (List<CaseEvent> c : cases) {
      assertThat(c.size()).isBetween(2, 12);
      int pauses = (int) c.stream().filter(e -> e.kind() == EventKind.SUSPENDED).count();
      maxPauses = Math.max(maxPauses, pauses);
      assertThat(c).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));
    }
    assertThat(maxPauses).isEqualTo(5);
    long sixToTwelve = cases.stream().filter(c -> c.size() >= 6).count();
    assertThat(sixToTwelve).isGreaterThan(cases.size() * 95L / 100);
  }

  @Test
  void aMonthUnderEachBundledTableIsMostlyValidAndMostlyOnTime() {
    List<List<CaseEvent>> month = SyntheticCases.month(YINGKOU, MAY, 1_500, 20240501L);
    Instant end = MAY.plusMonths(1).atDay(1).atStartOfDay(SyntheticCases.ZONE).toInstant();
    for (String name : PolicyPresets.names()) {
      PolicyTable table = PolicyPresets.byName(name).orElseThrow();
      CaseMetrics metrics = CaseMetrics.empty();
      long events = 0;
      long refused = 0;
      for (List<CaseEvent> c : month) {
        CaseLog log = CaseLog.of(c.get(0).caseId(), table, c);
        events += c.size();
        refused += log.rejections().size();
        assertThat(metrics.add(YINGKOU, log.status(end))).isTrue();
      }
      UnitMetrics city = metrics.report(YINGKOU).unit(YingkouSample.CITY).orElseThrow();
      assertThat(city.totals().total()).isEqualTo(1_500);
      // extensions after the deadline and stages a table does not have are refused
      assertThat(refused).as(name).isLessThan(events / 20);
      assertThat(city.onTimeRate().value(4).orElseThrow().doubleValue())
          .as(name + " " + city.onTimeRate().percent())
          .isBetween(0.3, 1.0);
    }
  }
}
