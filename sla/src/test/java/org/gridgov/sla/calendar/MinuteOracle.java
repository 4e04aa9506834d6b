package org.gridgov.sla.calendar;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * The slow, obviously correct model of a calendar: it reads only the calendar's definition (zone,
 * weekly rule, layers) and decides working time by converting each instant to local time and
 * looking at that date's hours and the previous date's. Arithmetic steps minute by minute, which is
 * exact as long as every boundary of working time is a whole minute (interval ends on whole
 * minutes, zone offsets of whole minutes: true for the zones and years the tests use).
 */
public final class MinuteOracle {
  private static final long MAX_STEPS = 4L * 366 * 24 * 60;
  private final ZoneId zone;
  private final WeeklySchedule weekly;
  private final Map<LocalDate, DateOverride> overrides = new HashMap<>();

  /**
   * The oracle for a calendar's definition.
   *
   * @param calendar the calendar whose definition to read
   */
  public MinuteOracle(WorkingCalendar calendar) {
    this.zone = calendar.zone();
    this.weekly = calendar.weekly();
    for (HolidayTable layer : calendar.layers()) {
      for (DateOverride o : layer.overrides()) {
        overrides.put(o.date(), o);
      }
    }
  }

  /**
   * The calendar's zone.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  DailyHours hours(LocalDate date) {
    DateOverride o = overrides.get(date);
    if (o == null) {
      return weekly.hours(date.getDayOfWeek());
    }
    return switch (o.kind()) {
      case DAY_OFF -> DailyHours.closed();
      case MAKE_UP_WORKDAY ->
          ((DateOverride.MakeUpWorkday) o).hours().orElse(weekly.makeUpDayHours());
      case CUSTOM_HOURS -> ((DateOverride.CustomHours) o).hours();
    };
  }

  boolean isWorkingDay(LocalDate date) {
    return !hours(date).isClosed();
  }

  private static long localSecond(LocalDateTime t) {
    return t.toEpochSecond(ZoneOffset.UTC);
  }

  private static long[] span(LocalDate date, TimeInterval iv) {
    long day = date.toEpochDay() * 86_400L;
    long start = day + iv.start().toSecondOfDay();
    long end = day + iv.end().toSecondOfDay();
    if (end <= start) {
      end += 86_400L;
    }
    return new long[] {start, end};
  }

  /** Whether the instant's local time lies in an interval of its date or the day before. */
  public boolean isWorking(Instant t) {
    LocalDateTime local = LocalDateTime.ofInstant(t, zone);
    long x = localSecond(local);
    for (LocalDate d : new LocalDate[] {local.toLocalDate().minusDays(1), local.toLocalDate()}) {
      for (TimeInterval iv : hours(d).intervals()) {
        long[] s = span(d, iv);
        if (s[0] <= x && x < s[1]) {
          return true;
        }
      }
    }
    return false;
  }

  private static long nanos(Instant t) {
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }

  private static Instant instant(long nanos) {
    return Instant.ofEpochSecond(
        Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }

  private static long minuteOf(long nanos) {
    return Math.floorDiv(nanos, 60_000_000_000L) * 60_000_000_000L;
  }

  /** Working time from a to b, summing working minutes; negative when reversed. */
  public Duration between(Instant a, Instant b) {
    if (b.isBefore(a)) {
      return between(b, a).negated();
    }
    long from = nanos(a);
    long to = nanos(b);
    long sum = 0;
    for (long m = minuteOf(from); m < to; m += 60_000_000_000L) {
      if (isWorking(instant(m))) {
        sum += Math.min(to, m + 60_000_000_000L) - Math.max(from, m);
      }
    }
    return Duration.ofNanos(sum);
  }

  /** Steps minute by minute until the working time is used up. */
  public Instant plus(Instant a, Duration d) {
    if (d.isZero()) {
      return a;
    }
    long cursor = nanos(a);
    long remaining = Math.abs(d.toNanos());
    boolean forward = !d.isNegative();
    for (long steps = 0; steps < MAX_STEPS; steps++) {
      if (forward) {
        long m = minuteOf(cursor);
        long end = m + 60_000_000_000L;
        if (isWorking(instant(m))) {
          long available = end - cursor;
          if (remaining <= available) {
            return instant(cursor + remaining);
          }
          remaining -= available;
        }
        cursor = end;
      } else {
        long m = minuteOf(cursor - 1);
        if (isWorking(instant(m))) {
          long available = cursor - m;
          if (remaining <= available) {
            return instant(cursor - remaining);
          }
          remaining -= available;
        }
        cursor = m;
      }
    }
    return fail("oracle ran out of steps adding %s to %s", d, a);
  }

  /** The instant itself if working, else the first working minute after it. */
  public Instant nextWorkingInstant(Instant t) {
    if (isWorking(t)) {
      return t;
    }
    long m = minuteOf(nanos(t)) + 60_000_000_000L;
    for (long steps = 0; steps < MAX_STEPS; steps++, m += 60_000_000_000L) {
      if (isWorking(instant(m))) {
        return instant(m);
      }
    }
    return fail("no working time after %s", t);
  }

  /** Working days in (from, to], counted day by day; negative when reversed. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      count += isWorkingDay(d) ? 1 : 0;
    }
    return count;
  }

  /** The n-th working day after (n &gt; 0) or before (n &lt; 0) the date, day by day. */
  public LocalDate nthWorkingDay(LocalDate date, int n) {
    LocalDate d = date;
    int step = n > 0 ? 1 : -1;
    for (int left = Math.abs(n); ; ) {
      d = d.plusDays(step);
      if (isWorkingDay(d)) {
        left--;
        if (left == 0) {
          return d;
        }
      }
    }
  }

  /**
   * The close of a working date: one minute after the last minute whose local time lies in its last
   * interval, found by scanning minutes around it; if every minute of it is skipped by a gap, the
   * first minute whose local time is at or after the interval's end.
   */
  public Instant closeOf(LocalDate date) {
    var intervals = hours(date).intervals();
    TimeInterval last = intervals.get(intervals.size() - 1);
    long[] s = span(date, last);
    long from = (s[0] - 20 * 3600) * 1_000_000_000L;
    long to = (s[1] + 20 * 3600) * 1_000_000_000L;
    long lastWorking = Long.MIN_VALUE;
    long firstAfter = Long.MIN_VALUE;
    for (long m = from; m < to; m += 60_000_000_000L) {
      long x = localSecond(LocalDateTime.ofInstant(instant(m), zone));
      if (s[0] <= x && x < s[1]) {
        lastWorking = m;
      }
      if (x >= s[1] && firstAfter == Long.MIN_VALUE) {
        firstAfter = m;
      }
    }
    return instant(lastWorking != Long.MIN_VALUE ? lastWorking + 60_000_000_000L : firstAfter);
  }

  /** Working-day deadline by the day loop. */
  public Instant plusWorkingDays(Instant start, int n, WorkingDayRule rule) {
    if (n == 0) {
      return start;
    }
    LocalDateTime local = LocalDateTime.ofInstant(start, zone);
    LocalDate due = nthWorkingDay(local.toLocalDate(), n);
    if (rule == WorkingDayRule.END_OF_DAY) {
      return closeOf(due);
    }
    LocalTime time = local.toLocalTime();
    return ZonedDateTime.of(due, time, zone).toInstant();
  }
}
