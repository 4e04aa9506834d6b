package org.gridgov.benchmarks.sla;

import java.util.Locale;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.calendar.OutOfRangePolicy;
import org.gridgov.sla.calendar.WeeklySchedule;
import org.gridgov.sla.calendar.WorkingCalendar;

/**
 * Estimates the bytes one built China office calendar retains: builds 200 of them, keeps them, and
 * divides the growth of the used heap (after repeated {@code System.gc()}) by 200. JOL is not
 * available; the estimate includes the calendar's own index but not the shared bundled table. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar org.gridgov.benchmarks.sla.CalendarFootprint}.
 */
public final class CalendarFootprint {
  private CalendarFootprint() {}

  private static long used() {
    Runtime rt = Runtime.getRuntime();
    for (int k = 0; k < 5; k++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /**
   * Prints the estimate.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    WorkingCalendar warm = ChinaHolidays.calendar();
    int n = 200;
    WorkingCalendar[] kept = new WorkingCalendar[n];
    long before = used();
    for (int k = 0; k < n; k++) {
      kept[k] = ChinaHolidays.calendar(WeeklySchedule.chinaOffice(), OutOfRangePolicy.REFUSE);
    }
    long after = used();
    System.out.println(
        String.format(
            Locale.ROOT,
            "retained per China office calendar: %,d bytes (%d calendars, %s)",
            (after - before) / n,
            kept.length,
            warm.validity().orElseThrow()));
  }
}
