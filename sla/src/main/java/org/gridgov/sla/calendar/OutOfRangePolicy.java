package org.gridgov.sla.calendar;

/**
 * What a calendar does with dates outside the range its data covers, such as 2027 when next year's
 * holiday notice (放假安排通知) is not yet published.
 */
public enum OutOfRangePolicy {
  /** Throw a {@link CalendarRangeException} naming the date and the range. */
  REFUSE,
  /** Answer with the weekly rule (and any overrides given for such dates), unmarked. */
  ASSUME_WEEKLY,
  /**
   * Answer as {@link #ASSUME_WEEKLY} does, but mark the result {@code provisional()}: it may change
   * once the data for those dates is published.
   */
  PROVISIONAL
}
