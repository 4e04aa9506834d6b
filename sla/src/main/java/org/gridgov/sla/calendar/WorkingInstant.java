package org.gridgov.sla.calendar;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * An instant computed by a calendar, such as a deadline (期限), with whether it depends on dates
 * outside the calendar's data.
 *
 * @param instant the instant
 * @param provisional true if the calendar's {@link OutOfRangePolicy#PROVISIONAL} policy applied the
 *     weekly rule to dates outside its validity range: the answer may change once that data exists
 */
public record WorkingInstant(Instant instant, boolean provisional) {
  /**
   * Checks for null.
   *
   * @param instant the instant
   * @param provisional whether the answer is provisional
   */
  public WorkingInstant {
    checkNotNull(instant, "instant");
  }
}
