package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.Atlas;
import org.gridgov.core.GridCode;
import org.gridgov.samples.SyntheticCases;
import org.gridgov.samples.YingkouSample;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.clock.CaseFacts;
import org.gridgov.sla.clock.CaseLog;
import org.gridgov.sla.clock.CaseStatus;
import org.gridgov.sla.clock.EventKind;
import org.gridgov.sla.clock.Explanation;
import org.gridgov.sla.clock.MilestoneStatus;
import org.gridgov.sla.clock.PolicyPresets;
import org.gridgov.sla.clock.PolicyTable;
import org.gridgov.sla.clock.Priority;
import org.gridgov.sla.metrics.CaseMetrics;
import org.gridgov.sla.metrics.MetricsReport;
import org.gridgov.sla.metrics.UnitMetrics;

/**
 * The case-clock part of {@code gridgov demo}: the article's Saturday drain case under the 数字站前
 * promise in clock hours and in working hours, then a synthetic month of cases over the 营口 sample
 * atlas measured under the 数字城管 example table.
 */
public final class CaseDemo {
  /** Cases in the synthetic month. */
  static final int MONTH_CASES = 20_000;

  /**
   * The synthetic month: May 2024, with the 劳动节 holiday (1–5 May) and a make-up workday (11 May).
   */
  static final YearMonth MONTH = YearMonth.of(2024, 5);

  /** The synthetic month's seed. */
  static final long MONTH_SEED = 20240501L;

  private CaseDemo() {}

  private static Instant cst(String local) {
    return LocalDateTime.parse(local).atZone(ChinaHolidays.ZONE).toInstant();
  }

  private static String format(Instant i) {
    return OffsetDateTime.ofInstant(i, ChinaHolidays.ZONE).toString();
  }

  /**
   * The article's case: 12月10日上午 (a Saturday, the community office closed), a blocked drain in
   * 建丰街道, reported through the 数字站前 app, a grid worker on site soon after, cleared the same day.
   * The clock times, the feedback and the acceptance are assumed.
   */
  static List<CaseEvent> saturdayDrain() {
    String c = "ZQ-20221210-001";
    return List.of(
        CaseEvent.reported(
            "e1",
            c,
            cst("2022-12-10T09:00"),
            CaseFacts.of("下水井堵塞", Priority.NORMAL)
                .withGrid(GridCode.parse("210802002001001"))
                .withSector("water")),
        CaseEvent.of("e2", c, EventKind.VERIFIED, cst("2022-12-10T09:40")),
        CaseEvent.of("e3", c, EventKind.RESOLVED, cst("2022-12-10T15:30")),
        CaseEvent.of("e4", c, EventKind.FEEDBACK_GIVEN, cst("2022-12-10T16:00")),
        CaseEvent.of("e5", c, EventKind.ACCEPTED, cst("2022-12-11T10:00")));
  }

  /**
   * Prints the demo.
   *
   * @param out where to print
   */
  public static void print(PrintWriter out) {
    out.println("Case clocks: the article's drain, reported on Saturday 2022-12-10 at 09:00 in");
    out.println("建丰街道 (站前区), on site at 09:40, cleared at 15:30 (clock times assumed).");
    out.println();
    List<CaseEvent> drain = saturdayDrain();
    CaseLog natural = CaseLog.of("ZQ-20221210-001", PolicyPresets.zhanqian(), drain);
    CaseLog working = CaseLog.of("ZQ-20221210-001", PolicyPresets.zhanqianWorkingHours(), drain);
    Instant monday = cst("2022-12-12T12:00");
    CaseStatus a = natural.status(monday);
    CaseStatus b = working.status(monday);
    TextTable t =
        new TextTable("milestone", "数字站前 (clock hours)", "the same in working hours", "met");
    for (int i = 0; i < a.milestones().size(); i++) {
      MilestoneStatus m = a.milestones().get(i);
      MilestoneStatus w = b.milestones().get(i);
      t.row(
          m.name() + " " + m.budget().toHours() + " h",
          format(m.due().orElseThrow()),
          format(w.due().orElseThrow()),
          format(m.metAt().orElseThrow()) + " " + m.state());
    }
    t.print(out);
    Explanation why = working.explain(monday, "resolve");
    out.println();
    out.println("Why 解决 is due when it is in working hours:");
    for (Explanation.Fact f : why.facts()) {
      out.println("  " + f.describe(ChinaHolidays.ZONE));
    }
    out.println();

    Atlas yingkou = YingkouSample.atlas();
    YearMonth may = MONTH;
    Instant end = may.plusMonths(1).atDay(1).atStartOfDay(ChinaHolidays.ZONE).toInstant();
    PolicyTable table = PolicyPresets.chengguan();
    CaseMetrics metrics = CaseMetrics.empty();
    for (List<CaseEvent> c : SyntheticCases.month(yingkou, may, MONTH_CASES, MONTH_SEED)) {
      boolean unused = metrics.add(yingkou, CaseLog.of(c.get(0).caseId(), table, c).status(end));
    }
    MetricsReport report = metrics.report(yingkou, table.milestoneIds());
    out.println(
        "City metrics: a synthetic month (May 2024) of "
            + MONTH_CASES
            + " cases over the 营口 sample grids,");
    out.println("measured at " + format(end) + " under the 数字城管 example table:");
    out.println();
    List<UnitMetrics> rows = new ArrayList<>();
    rows.add(report.unit(YingkouSample.CITY).orElseThrow());
    rows.addAll(report.children(YingkouSample.CITY));
    CaseCommand.table(out, rows);
    out.println();
    out.println("按期结案率 = on time / (due − deferred), as 金华 defines it; 不出社区 and 不出街道 are the");
    out.println(
        "shares of closed cases that never went above the community (or a liaison) and the street.");
  }
}
