package org.gridgov.sla.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * 日期范围 — a range of dates, both ends included, such as the years a holiday table covers.
 *
 * <pre>{@code
 * DateRange range = DateRange.parse("2007-01-01..2026-12-31");
 * range.contains(LocalDate.of(2024, 2, 10)); // true
 * }</pre>
 *
 * @param first the first date in the range
 * @param last the last date in the range, not before {@code first}
 */
public record DateRange(LocalDate first, LocalDate last) {
  /**
   * Validates the order of the ends.
   *
   * @param first the first date
   * @param last the last date, not before {@code first}
   */
  public DateRange {
    checkNotNull(first, "first");
    checkNotNull(last, "last");
    checkArgument(!last.isBefore(first), "last %s must not be before first %s", last, first);
  }

  /**
   * The range from {@code first} to {@code last}, both included.
   *
   * @param first the first date
   * @param last the last date
   * @return the range
   */
  public static DateRange of(LocalDate first, LocalDate last) {
    return new DateRange(first, last);
  }

  /**
   * The whole years from {@code firstYear} to {@code lastYear}.
   *
   * @param firstYear the first year
   * @param lastYear the last year
   * @return January 1 of the first year to December 31 of the last
   */
  public static DateRange ofYears(int firstYear, int lastYear) {
    return new DateRange(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
  }

  /**
   * Parses {@code first..last}, such as {@code "2007-01-01..2026-12-31"}.
   *
   * @param text the range
   * @return the range
   * @throws IllegalArgumentException if the text is not a range
   */
  public static DateRange parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString().trim();
    int dots = s.indexOf("..");
    checkArgument(
        dots > 0, "expected a date range such as \"2007-01-01..2026-12-31\", got \"%s\"", text);
    try {
      return new DateRange(
          LocalDate.parse(s.substring(0, dots).trim()),
          LocalDate.parse(s.substring(dots + 2).trim()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "expected a date range such as \"2007-01-01..2026-12-31\", got \"" + text + "\"", e);
    }
  }

  /**
   * Whether the date lies in the range.
   *
   * @param date the date
   * @return true if {@code first <= date <= last}
   */
  public boolean contains(LocalDate date) {
    checkNotNull(date, "date");
    return !date.isBefore(first) && !date.isAfter(last);
  }

  /**
   * Whether the other range lies entirely in this one.
   *
   * @param other the other range
   * @return true if both its ends lie in this range
   */
  public boolean encloses(DateRange other) {
    checkNotNull(other, "other");
    return contains(other.first) && contains(other.last);
  }

  /**
   * The dates in both ranges.
   *
   * @param other the other range
   * @return the common dates, or empty if the ranges do not meet
   */
  public Optional<DateRange> intersection(DateRange other) {
    checkNotNull(other, "other");
    LocalDate from = first.isAfter(other.first) ? first : other.first;
    LocalDate to = last.isBefore(other.last) ? last : other.last;
    return to.isBefore(from) ? Optional.empty() : Optional.of(new DateRange(from, to));
  }

  /**
   * The number of dates in the range.
   *
   * @return at least 1
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(first, last) + 1;
  }

  /** The range as {@link #parse(CharSequence)} reads it: {@code first..last}. */
  @Override
  public String toString() {
    return first + ".." + last;
  }
}
