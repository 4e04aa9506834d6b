package org.gridgov.sla.calendar;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One date as a calendar sees it: its hours, the override that set them (if any) and whether the
 * answer is provisional.
 *
 * @param date the date
 * @param hours the working hours of the date after all overrides
 * @param override the override that decided the date, or empty if the weekly rule did
 * @param provisional true if the date lies outside the calendar's validity range and the {@link
 *     OutOfRangePolicy#PROVISIONAL} policy applied
 */
public record CalendarDay(
    LocalDate date, DailyHours hours, Optional<DateOverride> override, boolean provisional) {
  /**
   * Checks for nulls.
   *
   * @param date the date
   * @param hours the hours after all overrides
   * @param override the deciding override, or empty
   * @param provisional whether the answer is provisional
   */
  public CalendarDay {
    checkNotNull(date, "date");
    checkNotNull(hours, "hours");
    checkNotNull(override, "override");
  }

  /**
   * Whether the date is a working day (工作日): it has working hours.
   *
   * @return true if the hours are not closed
   */
  public boolean isWorkingDay() {
    return !hours.isClosed();
  }
}
