package org.gridgov.benchmarks.clock;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.Atlas;
import org.gridgov.core.Grid;
import org.gridgov.samples.SyntheticCases;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.clock.CaseLog;
import org.gridgov.sla.clock.CaseOutcome;
import org.gridgov.sla.clock.PolicyPresets;
import org.gridgov.sla.clock.PolicyTable;
import org.gridgov.sla.clock.StatusView;

/**
 * The benchmarks' cases: a synthetic month (May 2024) over the 营口 sample atlas, 2 to 12 events each
 * (6 to 12 for nearly all) with up to 5 suspensions, under the 数字站前 promise in working hours, as
 * the system holds them on 2024-06-01 00:00: events after that instant have not happened.
 */
final class ClockCases {
  static final YearMonth MONTH = YearMonth.of(2024, 5);
  static final Instant AT =
      MONTH.plusMonths(1).atDay(1).atStartOfDay(SyntheticCases.ZONE).toInstant();
  static final PolicyTable TABLE = PolicyPresets.zhanqianWorkingHours();

  private ClockCases() {}

  /** The events of {@code count} cases up to {@link #AT}. */
  static List<List<CaseEvent>> events(Atlas atlas, int count, long seed) {
    List<List<CaseEvent>> all = new ArrayList<>(count);
    SyntheticCases.forEach(
        atlas,
        MONTH,
        count,
        seed,
        5,
        12,
        c -> {
          List<CaseEvent> upTo = new ArrayList<>(c.size());
          for (CaseEvent e : c) {
            if (!e.at().isAfter(AT)) {
              upTo.add(e);
            }
          }
          all.add(List.copyOf(upTo));
        });
    return all;
  }

  static CaseLog log(List<CaseEvent> events) {
    return CaseLog.of(events.get(0).caseId(), TABLE, events);
  }

  /** The street (town) of a case's grid. */
  static String street(Atlas atlas, List<CaseEvent> events) {
    Grid grid = atlas.grid(events.get(0).facts().grid().orElseThrow()).orElseThrow();
    return grid.unit().parent().orElseThrow().toString();
  }

  /** Fails unless ours and the baseline agree on every case's outcome and overdue flag. */
  static void check(List<CaseLog> logs, NaiveCaseClock naive, int upTo) {
    int n = Math.min(upTo, logs.size());
    for (int i = 0; i < n; i++) {
      CaseLog log = logs.get(i);
      StatusView ours = log.view(AT);
      NaiveCaseClock.Result theirs = naive.evaluate(log.events(), AT);
      boolean oursOverdue = false;
      for (int m = 0; m < ours.milestoneCount(); m++) {
        oursOverdue |=
            ours.breached(m)
                && ours.milestoneState(m) == org.gridgov.sla.clock.MilestoneState.BREACHED;
      }
      CaseOutcome o = ours.outcome();
      if (o != theirs.outcome || oursOverdue != theirs.overdue) {
        throw new IllegalStateException(
            "the baseline disagrees on case "
                + log.caseId()
                + ": ours "
                + o
                + (oursOverdue ? " overdue" : "")
                + ", baseline "
                + theirs.outcome
                + (theirs.overdue ? " overdue" : "")
                + " for "
                + log.events());
      }
    }
  }
}
