package org.gridgov.sla.clock;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import org.gridgov.sla.calendar.WorkingDayRule;

/**
 * 时限 — how much time a milestone has, in its calendar's own clock: hours of that clock (clock hours
 * on the natural calendar, 工作时 on a working calendar) or days (calendar days on the natural
 * calendar, 工作日 on a working calendar, counted from the day after the start). Java 17 has no
 * pattern {@code switch}: branch on {@link #kind()}.
 *
 * <pre>{@code
 * Budget.time(Duration.ofHours(24));                 // 24 hours (24 工作时 on a working calendar)
 * Budget.days(13, WorkingDayRule.END_OF_DAY);        // 13 工作日, due at the close of the 13th
 * Budget.parse("PT4H");  Budget.parse("P7D");        // the JSON form; days due at END_OF_DAY
 * }</pre>
 */
public sealed interface Budget permits Budget.Time, Budget.Days {
  /** The longest budget accepted: about ten years, so that arithmetic never overflows. */
  Duration MAX_TIME = Duration.ofDays(3660);

  /** The most days accepted. */
  int MAX_DAYS = 3660;

  /** The cases of a budget. */
  enum Kind {
    /** {@link Time}. */
    TIME,
    /** {@link Days}. */
    DAYS
  }

  /**
   * Which case this is.
   *
   * @return the kind
   */
  Kind kind();

  /**
   * A budget of time in the calendar's clock.
   *
   * @param duration positive, at most {@link #MAX_TIME}
   * @return the budget
   */
  static Time time(Duration duration) {
    return new Time(duration);
  }

  /**
   * A budget of days counted from the day after the start.
   *
   * @param days at least 1, at most {@link #MAX_DAYS}
   * @param rule when on the last day the budget runs out
   * @return the budget
   */
  static Days days(int days, WorkingDayRule rule) {
    return new Days(days, rule);
  }

  /**
   * Parses the JSON form: an ISO duration with a time part ({@code PT4H}, {@code PT90M}) for time,
   * {@code P<n>D} for days due at the close of the last day.
   *
   * @param text the text
   * @return the budget
   * @throws IllegalArgumentException if the text is neither form or out of range
   */
  static Budget parse(String text) {
    checkNotNull(text, "text");
    if (text.matches("P[0-9]{1,9}D")) {
      return days(
          Integer.parseInt(text.substring(1, text.length() - 1)), WorkingDayRule.END_OF_DAY);
    }
    try {
      return time(Duration.parse(text));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "expected PT<n>H or PT<n>M for time or P<n>D for days, got " + text, e);
    }
  }

  /**
   * The JSON form: {@code PT4H} or {@code P7D} (the rule of days is written apart).
   *
   * @return the text
   */
  String toText();

  /**
   * Time in the calendar's clock: clock hours on the natural calendar, working hours (工作时) on a
   * working calendar.
   *
   * @param duration positive, at most {@link #MAX_TIME}
   */
  record Time(Duration duration) implements Budget {
    /**
     * Checks the range.
     *
     * @param duration positive, at most {@link #MAX_TIME}
     */
    public Time {
      checkNotNull(duration, "duration");
      checkArgument(
          !duration.isNegative() && !duration.isZero() && duration.compareTo(MAX_TIME) <= 0,
          "a time budget is positive and at most %s, got %s",
          MAX_TIME,
          duration);
    }

    @Override
    public Kind kind() {
      return Kind.TIME;
    }

    @Override
    public String toText() {
      return duration.toString();
    }
  }

  /**
   * Days counted from the day after the start (working days on a working calendar).
   *
   * @param days at least 1, at most {@link #MAX_DAYS}
   * @param rule when on the last day the budget runs out
   */
  record Days(int days, WorkingDayRule rule) implements Budget {
    /**
     * Checks the range.
     *
     * @param days at least 1, at most {@link #MAX_DAYS}
     * @param rule when on the last day the budget runs out
     */
    public Days {
      checkNotNull(rule, "rule");
      checkArgument(
          days >= 1 && days <= MAX_DAYS, "a day budget is 1 to %s days, got %s", MAX_DAYS, days);
    }

    @Override
    public Kind kind() {
      return Kind.DAYS;
    }

    @Override
    public String toText() {
      return "P" + days + "D";
    }
  }
}
