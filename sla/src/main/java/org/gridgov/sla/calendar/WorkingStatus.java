package org.gridgov.sla.calendar;

/**
 * Whether an instant is working time (工作时间), with whether the answer depends on a date outside the
 * calendar's data.
 *
 * @param working true if the instant lies in a working interval
 * @param provisional true if the calendar's {@link OutOfRangePolicy#PROVISIONAL} policy applied the
 *     weekly rule to a date outside its validity range
 */
public record WorkingStatus(boolean working, boolean provisional) {}
