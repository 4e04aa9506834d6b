package org.gridgov.sla.calendar;

/**
 * A number of working days (工作日) counted by a calendar, with whether it depends on dates outside
 * the calendar's data.
 *
 * @param days the count; negative when counted backwards
 * @param provisional true if the calendar's {@link OutOfRangePolicy#PROVISIONAL} policy applied the
 *     weekly rule to dates outside its validity range
 */
public record WorkingDayCount(int days, boolean provisional) {}
