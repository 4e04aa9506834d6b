package org.gridgov.examples;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.gridgov.sla.calendar.WorkingDayRule;
import org.gridgov.sla.calendar.WorkingInstant;

/** The README's calendar example: deadlines over the 2024 Spring Festival. */
public final class CalendarExample {
  private CalendarExample() {}

  /**
   * Runs the example and returns what it computed, for the README test.
   *
   * @return the results as ISO-8601 text, instants in the calendar's zone
   */
  public static List<String> run() {
    // README:sla-begin
    WorkingCalendar office = ChinaHolidays.calendar(); // 08:30-12:00, 13:30-17:30, Asia/Shanghai
    Instant received = Instant.parse("2024-02-09T07:00:00Z"); // Friday 15:00 before 春节
    WorkingInstant due = office.plus(received, Duration.ofHours(24)); // 24 工作时
    WorkingInstant fiveDays = office.plusWorkingDays(received, 5, WorkingDayRule.END_OF_DAY);
    Duration used = office.between(received, Instant.parse("2024-02-19T02:00:00Z")).duration();
    WorkingInstant threeHours =
        WorkingCalendar.natural(ChinaHolidays.ZONE).plus(received, Duration.ofHours(3));
    // due: 2024-02-20T16:30:00+08:00[Asia/Shanghai], Tuesday; fiveDays: Thursday
    // 2024-02-22T17:30:00+08:00[Asia/Shanghai], the make-up Sunday 2024-02-18 being day 1;
    // used: PT11H30M; threeHours: 2024-02-09T18:00:00+08:00[Asia/Shanghai] in clock hours.
    // README:sla-end
    return List.of(due.toString(), fiveDays.toString(), used.toString(), threeHours.toString());
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
