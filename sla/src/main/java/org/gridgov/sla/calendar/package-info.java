/**
 * Working-time calendars (工作日历): weekly office hours with several intervals a day, date overrides
 * such as statutory holidays (法定节假日) and make-up working days (调休上班), composition of a national
 * table with a unit's own hours and closures, and exact arithmetic on the {@link java.time.Instant}
 * timeline: is-working, next working instant, add and subtract working time, working time between
 * two instants, and working-day deadlines such as the 12345 hotline's "13 working days counted from
 * the day after receipt".
 *
 * <p>Entry points: {@link org.gridgov.sla.calendar.WorkingCalendar} and {@link
 * org.gridgov.sla.calendar.ChinaHolidays}.
 */
@CheckReturnValue
@NullMarked
package org.gridgov.sla.calendar;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
