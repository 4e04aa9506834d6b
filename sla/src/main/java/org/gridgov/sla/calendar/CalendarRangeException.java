package org.gridgov.sla.calendar;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.gridgov.sla.SlaException;

/**
 * Thrown when a calculation needs a date outside the range a calendar can answer for: outside its
 * validity range under {@link OutOfRangePolicy#REFUSE}, or outside the {@link
 * WorkingCalendar#SUPPORTED_DATES supported dates} under any policy. The message names the date and
 * the range.
 */
public final class CalendarRangeException extends SlaException {
  private static final long serialVersionUID = 1L;

  /** The date the calculation needed. */
  private final LocalDate date;

  /** The first date of the range. */
  private final LocalDate rangeFirst;

  /** The last date of the range. */
  private final LocalDate rangeLast;

  /**
   * Creates the exception.
   *
   * @param date the date the calculation needed
   * @param range the range it lies outside of
   * @param what what the calculation was, such as {@code "adding PT24H to 2026-12-31T07:00:00Z"}
   */
  public CalendarRangeException(LocalDate date, DateRange range, String what) {
    super(message(date, range, what));
    this.date = date;
    this.rangeFirst = range.first();
    this.rangeLast = range.last();
  }

  private static String message(LocalDate date, DateRange range, String what) {
    checkNotNull(date, "date");
    checkNotNull(range, "range");
    checkNotNull(what, "what");
    return "date "
        + date
        + " is outside the calendar's range "
        + range
        + (what.isEmpty() ? "" : " (needed for " + what + ")");
  }

  /**
   * The date the calculation needed.
   *
   * @return the date outside the range
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The range the date lies outside of.
   *
   * @return the validity range, or the supported dates
   */
  public DateRange range() {
    return DateRange.of(rangeFirst, rangeLast);
  }
}
