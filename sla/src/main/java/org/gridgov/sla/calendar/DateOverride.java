package org.gridgov.sla.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import org.gridgov.core.io.internal.TextInput;

/**
 * 日期例外 — a rule for one date that beats the weekly rule: a day off (休息, such as a statutory
 * holiday), a make-up working day (调休上班, such as Sunday 2024-02-04) or a day with its own hours
 * (such as a half day). Java 17 has no pattern {@code switch}: branch on {@link #kind()}.
 *
 * <pre>{@code
 * DateOverride springFestival = DateOverride.dayOff(LocalDate.of(2024, 2, 12), "春节");
 * DateOverride makeUp = DateOverride.makeUpWorkday(LocalDate.of(2024, 2, 4), "春节");
 * DateOverride halfDay =
 *     DateOverride.customHours(LocalDate.of(2024, 3, 8), "妇女节", DailyHours.parse("08:30-12:00"));
 * }</pre>
 */
public sealed interface DateOverride
    permits DateOverride.DayOff, DateOverride.MakeUpWorkday, DateOverride.CustomHours {

  /**
   * Checks a name: not null, and Unicode text (no lone surrogate, which no file could hold).
   *
   * @param name the name
   */
  private static void checkName(String name) {
    checkNotNull(name, "name");
    checkArgument(
        TextInput.isWellFormed(name), "name has a lone surrogate (not Unicode text): %s", name);
  }

  /** The kinds of override, one per record case. */
  enum Kind {
    /** 休息 — no working time on the date. */
    DAY_OFF,
    /** 调休上班 — a working day, usually on a weekend, with its own hours or the make-up hours. */
    MAKE_UP_WORKDAY,
    /** 特殊工作时间 — the date has its own hours, such as a half day. */
    CUSTOM_HOURS
  }

  /**
   * The date the override applies to.
   *
   * @return the date
   */
  LocalDate date();

  /**
   * What the override is for, such as {@code "春节"}; may be empty.
   *
   * @return the name
   */
  String name();

  /**
   * Which case this is.
   *
   * @return the kind
   */
  Kind kind();

  /**
   * The working hours of the date under this override.
   *
   * @param weekly the calendar's weekly rule, for make-up days that name no hours
   * @return the hours of the date
   */
  DailyHours hoursUnder(WeeklySchedule weekly);

  /**
   * A day off.
   *
   * @param date the date
   * @param name what for, such as {@code "春节"}
   * @return the override
   */
  static DayOff dayOff(LocalDate date, String name) {
    return new DayOff(date, name);
  }

  /**
   * A make-up working day with the weekly rule's {@link WeeklySchedule#makeUpDayHours() make-up
   * hours}.
   *
   * @param date the date
   * @param name what for, such as {@code "春节"}
   * @return the override
   */
  static MakeUpWorkday makeUpWorkday(LocalDate date, String name) {
    return new MakeUpWorkday(date, name, Optional.empty());
  }

  /**
   * A make-up working day with its own hours.
   *
   * @param date the date
   * @param name what for
   * @param hours the hours worked that day
   * @return the override
   */
  static MakeUpWorkday makeUpWorkday(LocalDate date, String name, DailyHours hours) {
    return new MakeUpWorkday(date, name, Optional.of(checkNotNull(hours, "hours")));
  }

  /**
   * A day with its own hours.
   *
   * @param date the date
   * @param name what for, such as {@code "半天"}
   * @param hours the hours worked that day
   * @return the override
   */
  static CustomHours customHours(LocalDate date, String name, DailyHours hours) {
    return new CustomHours(date, name, hours);
  }

  /**
   * 休息 — no working time on the date.
   *
   * @param date the date
   * @param name what for
   */
  record DayOff(LocalDate date, String name) implements DateOverride {
    /**
     * Checks for nulls.
     *
     * @param date the date
     * @param name what for
     */
    public DayOff {
      checkNotNull(date, "date");
      checkName(name);
    }

    @Override
    public Kind kind() {
      return Kind.DAY_OFF;
    }

    @Override
    public DailyHours hoursUnder(WeeklySchedule weekly) {
      checkNotNull(weekly, "weekly");
      return DailyHours.closed();
    }
  }

  /**
   * 调休上班 — a working day in exchange for a day off elsewhere.
   *
   * @param date the date
   * @param name what for
   * @param hours its own hours, or empty for the weekly rule's make-up hours
   */
  record MakeUpWorkday(LocalDate date, String name, Optional<DailyHours> hours)
      implements DateOverride {
    /**
     * Checks for nulls.
     *
     * @param date the date
     * @param name what for
     * @param hours its own hours, or empty for the make-up hours
     */
    public MakeUpWorkday {
      checkNotNull(date, "date");
      checkName(name);
      checkNotNull(hours, "hours");
    }

    @Override
    public Kind kind() {
      return Kind.MAKE_UP_WORKDAY;
    }

    @Override
    public DailyHours hoursUnder(WeeklySchedule weekly) {
      checkNotNull(weekly, "weekly");
      return hours.orElse(weekly.makeUpDayHours());
    }
  }

  /**
   * 特殊工作时间 — the date has its own hours.
   *
   * @param date the date
   * @param name what for
   * @param hours the hours worked that day; {@link DailyHours#closed()} works like a day off
   */
  record CustomHours(LocalDate date, String name, DailyHours hours) implements DateOverride {
    /**
     * Checks for nulls.
     *
     * @param date the date
     * @param name what for
     * @param hours the hours worked that day
     */
    public CustomHours {
      checkNotNull(date, "date");
      checkName(name);
      checkNotNull(hours, "hours");
    }

    @Override
    public Kind kind() {
      return Kind.CUSTOM_HOURS;
    }

    @Override
    public DailyHours hoursUnder(WeeklySchedule weekly) {
      checkNotNull(weekly, "weekly");
      return hours;
    }
  }
}
