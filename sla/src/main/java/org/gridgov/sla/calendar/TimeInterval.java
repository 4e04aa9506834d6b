package org.gridgov.sla.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * 工作时段 — one interval of working time within a day, in local wall-clock time, half-open: the start
 * counts, the end does not (a day closing at 17:30 is not working at 17:30).
 *
 * <p>The end is after the start on the same day, or {@code 24:00}, the midnight that ends the day
 * ({@code 13:30-24:00}, and {@code 00:00-24:00} for the whole day). An interval that runs past
 * midnight into the next day, a night shift, says so explicitly with {@code +1} after its end:
 * {@code 22:00-06:00+1}. A reversed interval without it, such as {@code 14:00-12:00}, is a typo and
 * is refused rather than read as a 22-hour night shift. An interval lasts more than zero and at
 * most 24 hours ({@code 08:00-08:00+1}). Times have whole seconds.
 *
 * <pre>{@code
 * TimeInterval morning = TimeInterval.parse("08:30-12:00");
 * morning.duration();                                // PT3H30M
 * TimeInterval night = TimeInterval.parse("22:00-06:00+1");
 * night.overnight();                                 // true
 * night.equals(TimeInterval.overnight(LocalTime.of(22, 0), LocalTime.of(6, 0))); // true
 * TimeInterval.parse("14:00-12:00");                 // IllegalArgumentException
 * }</pre>
 *
 * @param start the first working moment, local time
 * @param end the first moment after the interval, local time: on the same day (00:00 meaning 24:00,
 *     the end of the day) or, if {@code overnight}, on the next day
 * @param overnight true if the interval runs past midnight and {@code end} is on the next day;
 *     normalised to false when {@code end} is 00:00, since {@code 22:00-00:00+1} is {@code
 *     22:00-24:00}
 */
public record TimeInterval(LocalTime start, LocalTime end, boolean overnight) {
  private static final String EXAMPLES =
      "such as \"08:30-12:00\" or, across midnight, \"22:00-06:00+1\"";

  /**
   * Validates the interval.
   *
   * @param start the first working moment
   * @param end the end, exclusive: on the same day (00:00 meaning 24:00) or, if {@code overnight},
   *     on the next day
   * @param overnight whether the end is on the next day
   * @throws IllegalArgumentException if a time has a fraction of a second, a same-day end is not
   *     after the start, or an overnight interval would last more than 24 hours
   */
  public TimeInterval {
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    checkArgument(
        start.truncatedTo(ChronoUnit.SECONDS).equals(start),
        "start must have whole seconds, got %s",
        start);
    checkArgument(
        end.truncatedTo(ChronoUnit.SECONDS).equals(end),
        "end must have whole seconds, got %s",
        end);
    if (end.equals(LocalTime.MIDNIGHT)) {
      overnight = false; // 00+1 is X-24:00
    }
    if (overnight) {
      checkArgument(
          !end.isAfter(start),
          "interval %s-%s+1 lasts more than 24 hours: an interval lasts at most a day",
          format(start),
          format(end));
    } else {
      checkArgument(
          end.isAfter(start) || end.equals(LocalTime.MIDNIGHT),
          "interval %s-%s does not end after it starts: the end must be after the start on the same"
              + " day (24:00 for midnight); a night shift across midnight is written with +1 after"
              + " its end, such as %s-%s+1",
          format(start),
          format(end),
          format(start),
          format(end));
    }
  }

  /**
   * The interval from {@code start} to {@code end} on the same day.
   *
   * @param start the first working moment
   * @param end the end, exclusive, after {@code start}; {@link LocalTime#MIDNIGHT} for 24:00
   * @return the interval
   * @throws IllegalArgumentException if {@code end} is not after {@code start} (and not midnight):
   *     use {@link #overnight(LocalTime, LocalTime)} for a night shift
   */
  public static TimeInterval of(LocalTime start, LocalTime end) {
    return new TimeInterval(start, end, false);
  }

  /**
   * The interval from {@code start} to {@code end} on the next day, a night shift such as {@code
   * 22:00-06:00+1}; {@code overnight(t, t)} is the 24 hours from {@code t}.
   *
   * @param start the first working moment
   * @param endNextDay the end, exclusive, on the next day, not after {@code start}
   * @return the interval
   * @throws IllegalArgumentException if the interval would last more than 24 hours
   */
  public static TimeInterval overnight(LocalTime start, LocalTime endNextDay) {
    checkNotNull(endNextDay, "endNextDay");
    return new TimeInterval(start, endNextDay, true);
  }

  /**
   * Parses {@code HH:mm-HH:mm} (seconds optional, {@code 24:00} allowed as the end), with {@code
   * +1} after the end when it is on the next day: {@code "08:30-12:00"}, {@code "13:30-24:00"},
   * {@code "22:00-06:00+1"}.
   *
   * @param text the interval
   * @return the interval
   * @throws IllegalArgumentException if the text is not an interval, or is reversed without {@code
   *     +1} (the message says how to write a night shift)
   */
  public static TimeInterval parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString().trim();
    int dash = s.indexOf('-');
    checkArgument(
        dash > 0 && dash == s.lastIndexOf('-'),
        "expected an interval %s, got \"%s\"",
        EXAMPLES,
        text);
    String endText = s.substring(dash + 1).trim();
    boolean nextDay = endText.endsWith("+1");
    if (nextDay) {
      endText = endText.substring(0, endText.length() - 2).trim();
    }
    LocalTime start;
    LocalTime end;
    try {
      start = LocalTime.parse(s.substring(0, dash).trim());
      end =
          endText.equals("24:00") || endText.equals("24:00:00")
              ? LocalTime.MIDNIGHT
              : LocalTime.parse(endText);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "expected an interval " + EXAMPLES + ", got \"" + text + "\"", e);
    }
    checkArgument(
        !(nextDay && end.equals(LocalTime.MIDNIGHT) && !endText.startsWith("00")),
        "expected an interval %s, got \"%s\": 24:00+1 is not a time",
        EXAMPLES,
        text);
    return new TimeInterval(start, end, nextDay);
  }

  /**
   * The length of the interval in wall-clock time (a day with a clock change may hold more or
   * less).
   *
   * @return more than zero, at most 24 hours
   */
  public Duration duration() {
    return Duration.ofSeconds(lengthSeconds());
  }

  /** Seconds from the start of the day to the start. */
  int startSecond() {
    return start.toSecondOfDay();
  }

  /** Nominal length in seconds, 1 to 86 400. */
  int lengthSeconds() {
    if (overnight) {
      return end.toSecondOfDay() - start.toSecondOfDay() + 86_400;
    }
    return end.equals(LocalTime.MIDNIGHT)
        ? 86_400 - start.toSecondOfDay()
        : end.toSecondOfDay() - start.toSecondOfDay();
  }

  /** Seconds from the start of the day to the end, past 86 400 when the interval ends next day. */
  int endSecond() {
    return startSecond() + lengthSeconds();
  }

  /**
   * The interval as {@link #parse(CharSequence)} reads it, such as {@code "08:30-12:00"} or {@code
   * "22:00-06:00+1"}; a midnight end is written {@code 24:00}.
   */
  @Override
  public String toString() {
    String endText = end.equals(LocalTime.MIDNIGHT) ? "24:00" : format(end);
    return format(start) + "-" + endText + (overnight ? "+1" : "");
  }

  private static String format(LocalTime time) {
    return time.getSecond() == 0
        ? String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute())
        : String.format(
            Locale.ROOT, "%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
  }
}
