package org.gridgov.sla.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 办公时间 — the working hours of one day: zero or more {@link TimeInterval intervals} in order, such
 * as 08:30–12:00 and 13:30–17:30 with the lunch break (午休) between them.
 *
 * <p>Intervals are sorted by start and do not overlap; only the last may run past midnight into the
 * next day, written with {@code +1} ({@code 08:00-12:00,22:00-02:00+1}). Intervals may touch
 * (12:00-13:00 and 13:00-14:00 work as 12:00-14:00). No intervals means the day is closed.
 *
 * <pre>{@code
 * DailyHours office = DailyHours.parse("08:30-12:00,13:30-17:30");
 * office.workingTime(); // PT7H30M
 * DailyHours.parse("18:00-22:00,23:00-07:00+1").workingTime(); // PT12H, a night shift
 * DailyHours.parse("09:00-12:00,14:00-13:00"); // IllegalArgumentException: reversed interval
 * DailyHours.closed().isClosed(); // true
 * }</pre>
 *
 * @param intervals the intervals, sorted and not overlapping
 */
public record DailyHours(List<TimeInterval> intervals) {
  private static final Splitter COMMA = Splitter.on(',').trimResults().omitEmptyStrings();
  private static final DailyHours CLOSED = new DailyHours(List.of());
  private static final DailyHours CHINA_OFFICE =
      new DailyHours(
          List.of(
              TimeInterval.of(LocalTime.of(8, 30), LocalTime.of(12, 0)),
              TimeInterval.of(LocalTime.of(13, 30), LocalTime.of(17, 30))));
  private static final DailyHours ALL_DAY =
      new DailyHours(List.of(TimeInterval.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)));

  /**
   * Copies and validates the intervals.
   *
   * @param intervals sorted, non-overlapping intervals
   */
  public DailyHours {
    intervals = List.copyOf(checkNotNull(intervals, "intervals"));
    for (int i = 1; i < intervals.size(); i++) {
      TimeInterval previous = intervals.get(i - 1);
      TimeInterval current = intervals.get(i);
      checkArgument(
          current.startSecond() >= previous.endSecond(),
          "intervals must be sorted and must not overlap, got %s before %s",
          previous,
          current);
    }
  }

  /**
   * A closed day: no working time.
   *
   * @return the closed day
   */
  public static DailyHours closed() {
    return CLOSED;
  }

  /**
   * The whole day, 00:00–24:00, for natural (24×7) calendars.
   *
   * @return the whole day
   */
  public static DailyHours allDay() {
    return ALL_DAY;
  }

  /**
   * The common office hours of Chinese government units, 08:30–12:00 and 13:30–17:30.
   *
   * @return the office hours
   */
  public static DailyHours chinaOffice() {
    return CHINA_OFFICE;
  }

  /**
   * The day with the given intervals.
   *
   * @param intervals sorted, non-overlapping intervals
   * @return the hours
   * @throws IllegalArgumentException if the intervals are out of order or overlap
   */
  public static DailyHours of(TimeInterval... intervals) {
    return new DailyHours(List.of(checkNotNull(intervals, "intervals")));
  }

  /**
   * Parses comma-separated intervals such as {@code "08:30-12:00,13:30-17:30"} or {@code
   * "18:00-22:00,23:00-07:00+1"} (see {@link TimeInterval#parse(CharSequence)}); an empty text or
   * {@code "closed"} is a closed day.
   *
   * @param text the intervals
   * @return the hours
   * @throws IllegalArgumentException if an interval is malformed, out of order or overlapping
   */
  public static DailyHours parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString().trim();
    if (s.isEmpty() || s.equals("closed")) {
      return CLOSED;
    }
    List<TimeInterval> parsed = new ArrayList<>();
    for (String part : COMMA.split(s)) {
      parsed.add(TimeInterval.parse(part));
    }
    return new DailyHours(parsed);
  }

  /**
   * Whether the day has no working time.
   *
   * @return true if there are no intervals
   */
  public boolean isClosed() {
    return intervals.isEmpty();
  }

  /**
   * The nominal working time of the day in wall-clock time, the sum of the intervals.
   *
   * @return the total, zero for a closed day
   */
  public Duration workingTime() {
    long seconds = 0;
    for (TimeInterval interval : intervals) {
      seconds += interval.lengthSeconds();
    }
    return Duration.ofSeconds(seconds);
  }

  /**
   * The hours as {@link #parse(CharSequence)} reads them, such as {@code
   * "08:30-12:00,13:30-17:30"}, or {@code "closed"}.
   */
  @Override
  public String toString() {
    return intervals.isEmpty()
        ? "closed"
        : intervals.stream().map(TimeInterval::toString).collect(Collectors.joining(","));
  }
}
