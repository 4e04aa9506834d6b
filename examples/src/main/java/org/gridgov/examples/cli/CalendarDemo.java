package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.gridgov.sla.calendar.WorkingDayRule;

/**
 * The calendar part of {@code gridgov demo}: a case reported on the Friday afternoon before the
 * 2024 Spring Festival, with its deadlines under natural time and under the bundled calendar.
 */
public final class CalendarDemo {
  private CalendarDemo() {}

  /**
   * Prints the demo.
   *
   * @param out where to print
   */
  public static void print(PrintWriter out) {
    WorkingCalendar office = ChinaHolidays.calendar();
    WorkingCalendar natural = WorkingCalendar.natural(ChinaHolidays.ZONE);
    // 国务院办公厅关于2024年部分节假日安排的通知: 2024-02-10..17 off, Sunday 02-04 and 02-18 worked.
    Instant reported =
        LocalDateTime.parse("2024-02-09T15:00").atZone(ChinaHolidays.ZONE).toInstant();
    out.println(
        "Working-time calendars: a case reported on Friday 2024-02-09 15:00 (Asia/Shanghai),");
    out.println(
        "the afternoon before the 2024 Spring Festival (春节 2024-02-10..17 off, Sunday 02-18 worked).");
    out.println();
    row(out, "deadline", "natural time (24x7)", "bundled calendar, 08:30-12:00 13:30-17:30");
    row(
        out,
        "3 hours",
        format(natural.plus(reported, Duration.ofHours(3)).instant()),
        format(office.plus(reported, Duration.ofHours(3)).instant()));
    row(
        out,
        "24 hours",
        format(natural.plus(reported, Duration.ofHours(24)).instant()),
        format(office.plus(reported, Duration.ofHours(24)).instant()));
    row(
        out,
        "5 days",
        format(natural.plusWorkingDays(reported, 5, WorkingDayRule.END_OF_DAY).instant()),
        format(office.plusWorkingDays(reported, 5, WorkingDayRule.END_OF_DAY).instant()));
    out.println();
    out.println("Days count from the day after receipt and fall due at the close of the last day;");
    out.println("working hours skip nights, the lunch break and the eight days off, and use the");
    out.println("make-up Sunday 2024-02-18.");
  }

  private static String format(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ChinaHolidays.ZONE).toString();
  }

  private static void row(PrintWriter out, String what, String natural, String office) {
    out.println(String.format(Locale.ROOT, "  %-9s %-24s %s", what, natural, office));
  }
}
