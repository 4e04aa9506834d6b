package org.gridgov.sla.calendar;

/**
 * How a deadline written in working days (工作日) falls due. Both count working days from the day
 * after the start's date, so a case received on a Friday with "1 working day" falls due on the next
 * working day, Monday or a make-up Sunday.
 */
public enum WorkingDayRule {
  /**
   * Due at the close of the n-th working day (the end of its last interval), as the 12345 hotline
   * counts: "enquiries 3 working days, complaints 13 working days, counted from the day after
   * receipt".
   */
  END_OF_DAY,
  /**
   * Due at the same local time of day as the start on the n-th working day, even when that time is
   * outside office hours (a case received on Friday at 19:00 with 1 working day is due on Monday at
   * 19:00). A time in a clock-change gap moves later by the gap's length; in an overlap the earlier
   * offset is used, as {@link java.time.ZonedDateTime#of} resolves them.
   */
  SAME_TIME
}
