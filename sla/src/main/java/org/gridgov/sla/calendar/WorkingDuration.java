package org.gridgov.sla.calendar;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * Working time (工作时长) measured by a calendar, with whether it depends on dates outside the
 * calendar's data.
 *
 * @param duration the working time; negative when measured backwards
 * @param provisional true if the calendar's {@link OutOfRangePolicy#PROVISIONAL} policy applied the
 *     weekly rule to dates outside its validity range
 */
public record WorkingDuration(Duration duration, boolean provisional) {
  /**
   * Checks for null.
   *
   * @param duration the working time
   * @param provisional whether the answer is provisional
   */
  public WorkingDuration {
    checkNotNull(duration, "duration");
  }
}
