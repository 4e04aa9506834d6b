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
   * @return the results as ISO-8601 text
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
    // due: Tue 2024-02-20 16:30 (+08:00); fiveDays: Thu 2024-02-22 17:30, the make-up Sunday
    // 2024-02-18 being day 1; used: PT11H30M; threeHours: Fri 18:00 in clock hours.
    // README:sla-end
    return List.of(
        due.instant().toString(),
        fiveDays.instant().toString(),
        used.toString(),
        threeHours.instant().toString());
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
