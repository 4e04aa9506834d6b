package org.gridgov.examples;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.gridgov.core.DivisionLevel;
import org.gridgov.core.GridCode;
import org.gridgov.samples.YingkouSample;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.clock.CaseFacts;
import org.gridgov.sla.clock.CaseLog;
import org.gridgov.sla.clock.CaseRegister;
import org.gridgov.sla.clock.CaseStatus;
import org.gridgov.sla.clock.EventKind;
import org.gridgov.sla.clock.MilestoneStatus;
import org.gridgov.sla.clock.PolicyPresets;
import org.gridgov.sla.clock.Priority;
import org.gridgov.sla.metrics.CaseMetrics;
import org.gridgov.sla.metrics.UnitMetrics;

/** The README's case-clock example: the article's Saturday drain, then city metrics. */
public final class ClockExample {
  private ClockExample() {}

  private static Instant cst(String local) {
    return LocalDateTime.parse(local).atZone(ChinaHolidays.ZONE).toInstant();
  }

  /**
   * Runs the example and returns what it computed, for the README test.
   *
   * @return the results as text
   */
  public static List<String> run() {
    // README:clock-begin
    // 站前区, Saturday 2022-12-10: a blocked drain reported through the 数字站前 app in the morning
    // (clock times assumed), cleared the same day.
    GridCode grid = GridCode.parse("210802002001001"); // a grid of 建丰街道 in the 营口 sample
    List<CaseEvent> events =
        List.of(
            CaseEvent.reported(
                "e1",
                "ZQ-1",
                cst("2022-12-10T09:00"),
                CaseFacts.of("下水井堵塞", Priority.NORMAL).withGrid(grid).withSector("water")),
            CaseEvent.of("e2", "ZQ-1", EventKind.VERIFIED, cst("2022-12-10T09:40")),
            CaseEvent.of("e3", "ZQ-1", EventKind.SUSPENDED, cst("2022-12-10T10:00")),
            CaseEvent.of("e4", "ZQ-1", EventKind.RESUMED, cst("2022-12-10T11:00")));
    CaseLog log = CaseLog.of("ZQ-1", PolicyPresets.zhanqian(), events); // any order
    CaseStatus status = log.status(cst("2022-12-10T12:00"));
    MilestoneStatus resolve = status.milestone("resolve").orElseThrow();
    // resolve: RUNNING, due Sunday 10:00 (24 h from the report, plus the 1 h suspension),
    // 2 h used of 24; the next timer: its yellow light at Saturday 22:00.

    CaseMetrics metrics = CaseMetrics.empty(); // mergeable; a stream job keeps it in keyed state
    boolean counted = metrics.add(YingkouSample.atlas(), status); // by the grid's community
    UnitMetrics city = metrics.report(YingkouSample.atlas()).unit(YingkouSample.CITY).orElseThrow();
    // city: 1 case, open, not yet due; 按期结案率 "-" (nothing due yet)

    CaseRegister desk = CaseRegister.create(); // the cases a desk keeps, read all at one instant
    desk.put(log); // again with log.plus(event) as events arrive
    CaseMetrics byStreet = CaseMetrics.empty(20, DivisionLevel.TOWN); // a cell per street
    long opened = byStreet.addAll(YingkouSample.atlas(), desk, cst("2022-12-11T12:00"));
    UnitMetrics street = byStreet.report(YingkouSample.atlas()).atLevel(DivisionLevel.TOWN).get(0);
    // 建丰街道: 1 case, resolve breached at Sunday 10:00, so overdue
    // README:clock-end
    return List.of(
        resolve.state() + " " + resolve.due().orElseThrow() + " " + resolve.elapsed(),
        status.nextAlert().orElseThrow().toString(),
        counted + " " + city.totals().total() + " " + city.onTimeRate().percent(),
        opened + " " + street.name() + " " + street.totals().overdue());
  }

  /**
   * Prints the example's results.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run().forEach(System.out::println);
  }
}
