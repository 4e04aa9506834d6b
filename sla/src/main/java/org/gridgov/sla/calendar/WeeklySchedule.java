package org.gridgov.sla.calendar;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * 作息时间表 — the weekly rule of a calendar: the hours of each day of the week, and the hours of a
 * make-up working day (调休上班) that does not bring its own.
 *
 * <pre>{@code
 * WeeklySchedule office = WeeklySchedule.chinaOffice(); // Mon–Fri 08:30-12:00,13:30-17:30
 * WeeklySchedule shops = office.withHours(DayOfWeek.SATURDAY, DailyHours.parse("09:00-12:00"));
 * }</pre>
 *
 * @param days the hours of every day of the week; a missing day is closed
 * @param makeUpDayHours the hours of a make-up working day that names none
 */
public record WeeklySchedule(Map<DayOfWeek, DailyHours> days, DailyHours makeUpDayHours) {
  /**
   * Copies the map and fills missing days with {@link DailyHours#closed()}.
   *
   * @param days the hours per day of the week; a missing day is closed
   * @param makeUpDayHours the hours of a make-up working day that names none
   */
  public WeeklySchedule {
    checkNotNull(days, "days");
    checkNotNull(makeUpDayHours, "makeUpDayHours");
    EnumMap<DayOfWeek, DailyHours> complete = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      complete.put(day, DailyHours.closed());
    }
    for (Map.Entry<DayOfWeek, DailyHours> e : days.entrySet()) {
      complete.put(checkNotNull(e.getKey(), "day"), checkNotNull(e.getValue(), "hours"));
    }
    days = Map.copyOf(complete);
  }

  /**
   * The schedule with the given hours per day; a make-up working day gets the hours of the first
   * open day from Monday on (closed if no day is open).
   *
   * @param days hours per day of the week; a missing day is closed
   * @return the schedule
   */
  public static WeeklySchedule of(Map<DayOfWeek, DailyHours> days) {
    checkNotNull(days, "days");
    DailyHours makeUp = DailyHours.closed();
    for (DayOfWeek day : DayOfWeek.values()) {
      DailyHours hours = days.get(day);
      if (hours != null && !hours.isClosed()) {
        makeUp = hours;
        break;
      }
    }
    return new WeeklySchedule(days, makeUp);
  }

  /**
   * Monday to Friday with the given hours, weekends closed.
   *
   * @param hours the hours of each weekday
   * @return the schedule
   */
  public static WeeklySchedule mondayToFriday(DailyHours hours) {
    checkNotNull(hours, "hours");
    EnumMap<DayOfWeek, DailyHours> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      days.put(day, day.getValue() <= 5 ? hours : DailyHours.closed());
    }
    return new WeeklySchedule(days, hours);
  }

  /**
   * Every day of the week with the same hours.
   *
   * @param hours the hours of each day
   * @return the schedule
   */
  public static WeeklySchedule everyDay(DailyHours hours) {
    checkNotNull(hours, "hours");
    EnumMap<DayOfWeek, DailyHours> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      days.put(day, hours);
    }
    return new WeeklySchedule(days, hours);
  }

  /**
   * Monday to Friday 08:30–12:00 and 13:30–17:30, the common office hours of Chinese government
   * units.
   *
   * @return the schedule
   */
  public static WeeklySchedule chinaOffice() {
    return mondayToFriday(DailyHours.chinaOffice());
  }

  /**
   * The hours of a day of the week.
   *
   * @param day the day of the week
   * @return its hours, {@link DailyHours#closed()} if closed
   */
  public DailyHours hours(DayOfWeek day) {
    return checkNotNull(days.get(checkNotNull(day, "day")));
  }

  /**
   * This schedule with other hours on one day of the week.
   *
   * @param day the day to change
   * @param hours its new hours
   * @return the changed schedule; the make-up day hours stay as they are
   */
  public WeeklySchedule withHours(DayOfWeek day, DailyHours hours) {
    EnumMap<DayOfWeek, DailyHours> changed = new EnumMap<>(days);
    changed.put(checkNotNull(day, "day"), checkNotNull(hours, "hours"));
    return new WeeklySchedule(changed, makeUpDayHours);
  }

  /**
   * This schedule with other hours for make-up working days that name none.
   *
   * @param hours the hours
   * @return the changed schedule
   */
  public WeeklySchedule withMakeUpDayHours(DailyHours hours) {
    return new WeeklySchedule(days, checkNotNull(hours, "hours"));
  }

  /** The schedule as {@code MONDAY=08:30-12:00,13:30-17:30; ...; makeUp=...}. */
  @Override
  public String toString() {
    StringJoiner joiner = new StringJoiner("; ", "WeeklySchedule[", "]");
    for (DayOfWeek day : DayOfWeek.values()) {
      joiner.add(day + "=" + hours(day));
    }
    joiner.add("makeUp=" + makeUpDayHours);
    return joiner.toString();
  }
}
