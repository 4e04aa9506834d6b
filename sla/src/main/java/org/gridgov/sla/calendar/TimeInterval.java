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
 * <p>An end that is not after the start means the interval ends on the next day: {@code
 * 22:00-06:00} is a night shift, {@code 13:30-24:00} ends at midnight and {@code 00:00-24:00} is
 * the whole day. An interval therefore lasts more than zero and at most 24 hours. Times have whole
 * seconds.
 *
 * <pre>{@code
 * TimeInterval morning = TimeInterval.parse("08:30-12:00");
 * morning.duration();              // PT3H30M
 * TimeInterval.parse("22:00-06:00").endsNextDay(); // true
 * }</pre>
 *
 * @param start the first working moment, local time
 * @param end the first moment after the interval, local time; on the next day if not after {@code
 *     start}
 */
public record TimeInterval(LocalTime start, LocalTime end) {
  /**
   * Validates the interval.
   *
   * @param start the first working moment
   * @param end the end, exclusive; on the next day if not after {@code start}
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
  }

  /**
   * The interval from {@code start} to {@code end}.
   *
   * @param start the first working moment
   * @param end the end, exclusive; on the next day if not after {@code start}
   * @return the interval
   */
  public static TimeInterval of(LocalTime start, LocalTime end) {
    return new TimeInterval(start, end);
  }

  /**
   * Parses {@code HH:mm-HH:mm} (seconds optional, {@code 24:00} allowed as the end), such as {@code
   * "08:30-12:00"} or {@code "22:00-06:00"}.
   *
   * @param text the interval
   * @return the interval
   * @throws IllegalArgumentException if the text is not an interval
   */
  public static TimeInterval parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString().trim();
    int dash = s.indexOf('-');
    checkArgument(
        dash > 0 && dash == s.lastIndexOf('-'),
        "expected an interval such as \"08:30-12:00\", got \"%s\"",
        text);
    try {
      LocalTime start = LocalTime.parse(s.substring(0, dash).trim());
      String endText = s.substring(dash + 1).trim();
      LocalTime end =
          endText.equals("24:00") || endText.equals("24:00:00")
              ? LocalTime.MIDNIGHT
              : LocalTime.parse(endText);
      return new TimeInterval(start, end);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "expected an interval such as \"08:30-12:00\", got \"" + text + "\"", e);
    }
  }

  /**
   * Whether the interval ends on the next day (its end is not after its start).
   *
   * @return true for {@code 22:00-06:00}, {@code 13:30-24:00} and {@code 00:00-24:00}
   */
  public boolean endsNextDay() {
    return !end.isAfter(start);
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
    int length = end.toSecondOfDay() - start.toSecondOfDay();
    return length > 0 ? length : length + 86_400;
  }

  /** Seconds from the start of the day to the end, past 86 400 when the interval ends next day. */
  int endSecond() {
    return startSecond() + lengthSeconds();
  }

  /**
   * The interval as {@link #parse(CharSequence)} reads it, such as {@code "08:30-12:00"}; a
   * midnight end is written {@code 24:00}.
   */
  @Override
  public String toString() {
    String endText = end.equals(LocalTime.MIDNIGHT) ? "24:00" : format(end);
    return format(start) + "-" + endText;
  }

  private static String format(LocalTime time) {
    return time.getSecond() == 0
        ? String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute())
        : String.format(
            Locale.ROOT, "%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
  }
}
