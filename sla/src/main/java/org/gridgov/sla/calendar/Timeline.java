package org.gridgov.sla.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;

// Over 600 lines: W(s), its inverse and the working-day counts read the same window tables and
// offset segments; splitting the directions would split the tables from half their readers.

/**
 * The precomputed working-time index behind a {@link WorkingCalendar}, on the epoch-second
 * timeline.
 *
 * <p>Working time is the set of instants whose local date-time (in the calendar's zone) falls in a
 * working interval of its date, or of the day before for intervals that end next day. So local
 * times skipped by a clock change are never worked and local times repeated by one are worked on
 * both passes. Interval ends, zone offsets and hence all breakpoints are whole seconds; {@code
 * W(s)} below counts working seconds, and a second {@code [s, s+1)} is either wholly working or
 * not.
 *
 * <p>Three regions, one function {@code W(s)} (working seconds from an arbitrary origin):
 *
 * <ul>
 *   <li>A <em>window</em> of dates around every override (a week either side; the validity range is
 *       not part of it, since the weekly rule holds there between overrides), precomputed as merged
 *       working intervals (epoch seconds) with cumulative sums and one bucket per UTC day pointing
 *       at the first interval that may contain it: {@code W} in O(1), its inverse in O(log n) by
 *       binary search on the cumulative sums.
 *   <li>Before and after the window the weekly rule holds, so working time is periodic in local
 *       time with period one week. A table of the zone's offset segments over the supported range
 *       (a few hundred in zones with daylight saving time, one or a few elsewhere) carries {@code
 *       W} at each segment start; within a segment {@code W} is whole weeks times the weekly total
 *       plus a prefix of the week: O(log m) for {@code W} and its inverse, with no loop over days.
 * </ul>
 *
 * <p>Working days are counted the same way: a prefix count over the window's dates and whole weeks
 * outside it.
 */
final class Timeline {
  static final long DAY = 86_400L;
  static final long WEEK = 7 * DAY;

  /** First supported instant, 1900-01-01T00:00Z. */
  static final long HORIZON_START = LocalDate.of(1900, 1, 1).toEpochDay() * DAY;

  /** Last supported instant, 2300-01-01T00:00Z. */
  static final long HORIZON_END = LocalDate.of(2300, 1, 1).toEpochDay() * DAY;

  private static final long TABLE_START = HORIZON_START - 40 * DAY;
  private static final long TABLE_END = HORIZON_END + 40 * DAY;

  /** Offsets lie within ±18 hours. */
  private static final long MAX_OFFSET = 18 * 3600L;

  /** 1970-01-01 was a Thursday: shifting by three days puts Monday 00:00 at a week boundary. */
  private static final long MONDAY_SHIFT = 3 * DAY;

  /** Epoch day of Monday 1900-01-01, the origin of working-day counts. */
  private static final long DAY_ORIGIN = LocalDate.of(1900, 1, 1).toEpochDay();

  private final WeeklySchedule weekly;
  private final Map<LocalDate, DateOverride> overrides;

  // The weekly rule as merged local intervals in seconds from Monday 00:00.
  private final long[] patternStart;
  private final long[] patternEnd;
  private final long[] patternCumEnd;
  private final long weekTotal;
  private final int[] weekDayPrefix;
  private final int weekDays;

  // Offset segments: segment k is [segStart[k], segStart[k + 1]) with offset segOffset[k].
  private final long[] segStart;
  private final int[] segOffset;
  // W of the weekly rule alone at each segment start (length m + 1), and W(s) - LM(s + offset).
  private final long[] segW;
  private final long[] segBase;

  // The window: [windowStart, windowEnd) in epoch seconds, dates [firstDay, lastDay].
  private final long firstDay;
  private final long lastDay;
  private final long windowStart;
  private final long windowEnd;
  private final long[] starts;
  private final long[] ends;
  private final long[] cumEnd;
  private final long windowTotal;
  private final int[] bucketFirst;
  private final long wBase;
  private final long afterShift;
  private final int[] dayPrefix;
  private final long dayBase;

  private final long wMin;
  private final long wMax;

  Timeline(
      ZoneRules rules,
      WeeklySchedule weekly,
      Map<LocalDate, DateOverride> overrides,
      LocalDate firstDate,
      LocalDate lastDate) {
    this.weekly = weekly;
    this.overrides = overrides;

    // Weekly pattern.
    LongList ps = new LongList();
    LongList pe = new LongList();
    int[] prefix = new int[8];
    for (DayOfWeek dow : DayOfWeek.values()) {
      int d = dow.getValue() - 1;
      DailyHours hours = weekly.hours(dow);
      prefix[d + 1] = prefix[d] + (hours.isClosed() ? 0 : 1);
      for (TimeInterval iv : hours.intervals()) {
        long s = d * DAY + iv.startSecond();
        long e = d * DAY + iv.endSecond();
        if (e > WEEK) {
          ps.add(s);
          pe.add(WEEK);
          ps.add(0);
          pe.add(e - WEEK);
        } else {
          ps.add(s);
          pe.add(e);
        }
      }
    }
    long[][] merged = merge(ps, pe);
    this.patternStart = merged[0];
    this.patternEnd = merged[1];
    this.patternCumEnd = cumulative(patternStart, patternEnd);
    this.weekTotal = patternCumEnd.length == 0 ? 0 : patternCumEnd[patternCumEnd.length - 1];
    this.weekDayPrefix = prefix;
    this.weekDays = prefix[7];

    // Offset segments over the table range.
    LongList starts0 = new LongList();
    LongList offsets0 = new LongList();
    long cursor = TABLE_START;
    starts0.add(cursor);
    offsets0.add(rules.getOffset(Instant.ofEpochSecond(cursor)).getTotalSeconds());
    while (true) {
      ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(cursor));
      if (t == null || t.toEpochSecond() >= TABLE_END) {
        break;
      }
      cursor = t.toEpochSecond();
      starts0.add(cursor);
      offsets0.add(t.getOffsetAfter().getTotalSeconds());
    }
    int m = starts0.size();
    this.segStart = Arrays.copyOf(starts0.toArray(), m + 1);
    segStart[m] = TABLE_END;
    this.segOffset = new int[m];
    this.segW = new long[m + 1];
    this.segBase = new long[m];
    for (int k = 0; k < m; k++) {
      int offset = (int) offsets0.get(k);
      segOffset[k] = offset;
      segBase[k] = segW[k] - localMeasure(segStart[k] + offset);
      segW[k + 1] = segBase[k] + localMeasure(segStart[k + 1] + offset);
    }

    // The window.
    this.firstDay = firstDate.toEpochDay();
    this.lastDay = lastDate.toEpochDay();
    this.windowStart = firstDay * DAY;
    this.windowEnd = (lastDay + 1) * DAY;
    LongList ws = new LongList();
    LongList we = new LongList();
    for (long day = firstDay - 2; day <= lastDay + 1; day++) {
      LocalDate date = LocalDate.ofEpochDay(day);
      for (TimeInterval iv : hoursOf(date).intervals()) {
        emit(day * DAY + iv.startSecond(), day * DAY + iv.endSecond(), ws, we);
      }
    }
    long[][] window = merge(ws, we);
    this.starts = window[0];
    this.ends = window[1];
    this.cumEnd = cumulative(starts, ends);
    this.windowTotal = cumEnd.length == 0 ? 0 : cumEnd[cumEnd.length - 1];
    int buckets = (int) ((windowEnd - windowStart) / DAY);
    this.bucketFirst = new int[buckets + 1];
    int i = 0;
    for (int b = 0; b <= buckets; b++) {
      long bucketStart = windowStart + b * DAY;
      while (i < ends.length && ends[i] <= bucketStart) {
        i++;
      }
      bucketFirst[b] = i;
    }
    this.wBase = patternW(windowStart);
    this.afterShift = wBase + windowTotal - patternW(windowEnd);

    int days = (int) (lastDay - firstDay + 1);
    this.dayPrefix = new int[days + 1];
    for (int d = 0; d < days; d++) {
      boolean working = !hoursOf(LocalDate.ofEpochDay(firstDay + d)).isClosed();
      dayPrefix[d + 1] = dayPrefix[d] + (working ? 1 : 0);
    }
    this.dayBase = weeklyDayCount(firstDay - DAY_ORIGIN);

    this.wMin = w(HORIZON_START);
    this.wMax = w(HORIZON_END);
  }

  /**
   * The intervals that building a timeline for the dates {@code [firstDate, lastDate]} goes through
   * (the window and the two days before and one after that its intervals may spill from), without
   * building it: O(7 + overrides).
   */
  static long intervalsToPrecompute(
      WeeklySchedule weekly,
      Map<LocalDate, DateOverride> overrides,
      LocalDate firstDate,
      LocalDate lastDate) {
    long from = firstDate.toEpochDay() - 2;
    long to = lastDate.toEpochDay() + 1;
    long days = to - from + 1;
    long total = 0;
    for (DayOfWeek dow : DayOfWeek.values()) {
      // dates in [from, to] falling on this day of the week
      long offset = Math.floorMod(dow.getValue() - 1 - (from + 3), 7L); // epoch day 0 is Thursday
      long count = offset < days ? (days - offset + 6) / 7 : 0;
      total += count * weekly.hours(dow).intervals().size();
    }
    for (Map.Entry<LocalDate, DateOverride> e : overrides.entrySet()) {
      long day = e.getKey().toEpochDay();
      if (day >= from && day <= to) {
        total +=
            e.getValue().hoursUnder(weekly).intervals().size()
                - weekly.hours(e.getKey().getDayOfWeek()).intervals().size();
      }
    }
    return total;
  }

  /** The hours of a date: its override if any, else the weekly rule. */
  DailyHours hoursOf(LocalDate date) {
    DateOverride override = overrides.get(date);
    return override != null ? override.hoursUnder(weekly) : weekly.hours(date.getDayOfWeek());
  }

  /** The override of a date, or null. */
  @Nullable DateOverride overrideOf(LocalDate date) {
    return overrides.get(date);
  }

  boolean hasWeeklyWorkingTime() {
    return weekTotal > 0;
  }

  long wMin() {
    return wMin;
  }

  long wMax() {
    return wMax;
  }

  // ---- instants ---------------------------------------------------------------------------

  /** Working seconds before epoch second {@code s}, from a fixed origin. O(1) in the window. */
  long w(long s) {
    return wAndWorking(s) >> 1;
  }

  /**
   * {@code W(s)} and whether the second {@code [s, s+1)} is working, with one lookup, packed as
   * {@code 2 * W(s) + (working ? 1 : 0)}.
   */
  long wAndWorking(long s) {
    if (s >= windowStart && s < windowEnd) {
      int i = locate(s);
      if (i == starts.length) {
        return 2 * (wBase + windowTotal);
      }
      long start = starts[i];
      return s < start
          ? 2 * (wBase + cumEnd[i] - (ends[i] - start))
          : 2 * (wBase + cumEnd[i] - (ends[i] - s)) + 1;
    }
    int k = segment(s);
    long local = s + segOffset[k];
    long w = segBase[k] + localMeasure(local) + (s < windowStart ? 0 : afterShift);
    return 2 * w + (inPattern(Math.floorMod(local + MONDAY_SHIFT, WEEK)) ? 1 : 0);
  }

  /** Whether the second {@code [s, s+1)} is working time. */
  boolean working(long s) {
    if (s >= windowStart && s < windowEnd) {
      int i = locate(s);
      return i < starts.length && starts[i] <= s;
    }
    int k = segment(s);
    return inPattern(Math.floorMod(s + segOffset[k] + MONDAY_SHIFT, WEEK));
  }

  /**
   * The least epoch second {@code s} with {@code W(s) >= x}; the caller keeps {@code wMin < x <=
   * wMax}. O(log n).
   */
  long minSecond(long x) {
    if (x <= wBase) {
      return patternInverse(x);
    }
    if (x <= wBase + windowTotal) {
      long y = x - wBase;
      int i = lowerBound(cumEnd, 0, cumEnd.length, y);
      return ends[i] - (cumEnd[i] - y);
    }
    return patternInverse(x - afterShift);
  }

  /**
   * The first instant whose local time is at or after the local epoch second {@code local}: the
   * local time itself, or the end of the clock-change gap that skips it.
   */
  long firstInstantAtOrAfterLocal(long local) {
    int k = segment(Math.max(TABLE_START, local - MAX_OFFSET));
    while (k < segOffset.length - 1 && segStart[k + 1] + segOffset[k] <= local) {
      k++;
    }
    return Math.max(segStart[k], local - segOffset[k]);
  }

  /**
   * The close of a working date: the end of its last interval on the timeline.
   *
   * @throws IndexOutOfBoundsException if the date has no working hours
   */
  long closeOf(LocalDate date) {
    var intervals = hoursOf(date).intervals();
    TimeInterval last = intervals.get(intervals.size() - 1);
    long day = date.toEpochDay() * DAY;
    long localStart = day + last.startSecond();
    long localEnd = day + last.endSecond();
    long close = Long.MIN_VALUE;
    int k = segment(Math.max(TABLE_START, localStart - MAX_OFFSET));
    for (; k < segOffset.length && segStart[k] < localEnd + MAX_OFFSET; k++) {
      long offset = segOffset[k];
      long a = Math.max(segStart[k], localStart - offset);
      long b = Math.min(segStart[k + 1], localEnd - offset);
      if (a < b) {
        close = Math.max(close, b);
      }
    }
    return close != Long.MIN_VALUE ? close : firstInstantAtOrAfterLocal(localEnd);
  }

  // ---- working days -----------------------------------------------------------------------

  /** Working days among the dates from an origin up to and including epoch day {@code day}. */
  long f(long day) {
    if (day < firstDay) {
      return weeklyDayCount(day + 1 - DAY_ORIGIN);
    }
    if (day <= lastDay) {
      return dayBase + dayPrefix[(int) (day - firstDay) + 1];
    }
    return weeklyDayCount(day + 1 - DAY_ORIGIN)
        - weeklyDayCount(lastDay + 1 - DAY_ORIGIN)
        + dayBase
        + dayPrefix[dayPrefix.length - 1];
  }

  /**
   * The least epoch day with {@code f(day) >= y}, or {@link Long#MAX_VALUE} if there is none (no
   * working days in the weekly rule beyond the window). O(log n).
   */
  long inverseF(long y) {
    if (y <= dayBase) {
      return weeklyDays() ? weeklyDayInverse(y) + DAY_ORIGIN : Long.MIN_VALUE;
    }
    long windowCount = dayPrefix[dayPrefix.length - 1];
    if (y <= dayBase + windowCount) {
      int j = lowerBound(dayPrefix, y - dayBase);
      return firstDay + j - 1;
    }
    if (!weeklyDays()) {
      return Long.MAX_VALUE;
    }
    long shifted = y - dayBase - windowCount + weeklyDayCount(lastDay + 1 - DAY_ORIGIN);
    return weeklyDayInverse(shifted) + DAY_ORIGIN;
  }

  private boolean weeklyDays() {
    return weekDays > 0;
  }

  /** Weekly-rule working days among the first {@code n} days from Monday 1900-01-01. */
  private long weeklyDayCount(long n) {
    return Math.floorDiv(n, 7) * weekDays + weekDayPrefix[Math.floorMod(n, 7)];
  }

  /** The least day index {@code n} with {@code weeklyDayCount(n + 1) >= y}. */
  private long weeklyDayInverse(long y) {
    long weeks = Math.floorDiv(y - 1, weekDays);
    long r = y - weeks * weekDays;
    int j = 0;
    while (weekDayPrefix[j + 1] < r) {
      j++;
    }
    return weeks * 7 + j;
  }

  // ---- the weekly pattern -----------------------------------------------------------------

  /** Working seconds of the weekly pattern in local time before local epoch second {@code x}. */
  private long localMeasure(long x) {
    long shifted = x + MONDAY_SHIFT;
    long weeks = Math.floorDiv(shifted, WEEK);
    long p = Math.floorMod(shifted, WEEK);
    int j = upperBound(patternEnd, p);
    long inWeek;
    if (j == patternEnd.length) {
      inWeek = weekTotal;
    } else {
      long start = patternStart[j];
      inWeek = patternCumEnd[j] - (patternEnd[j] - Math.max(p, start));
    }
    return weeks * weekTotal + inWeek;
  }

  /** The least local second {@code x} with {@code localMeasure(x) >= y}; needs weekTotal > 0. */
  private long localInverse(long y) {
    long weeks = Math.floorDiv(y - 1, weekTotal);
    long r = y - weeks * weekTotal;
    int j = lowerBound(patternCumEnd, 0, patternCumEnd.length, r);
    long p = patternEnd[j] - (patternCumEnd[j] - r);
    return weeks * WEEK + p - MONDAY_SHIFT;
  }

  private boolean inPattern(long p) {
    int j = upperBound(patternEnd, p);
    return j < patternEnd.length && patternStart[j] <= p;
  }

  /** W under the weekly rule alone. */
  private long patternW(long s) {
    int k = segment(s);
    return segBase[k] + localMeasure(s + segOffset[k]);
  }

  /** The least second with {@code patternW(s) >= z}, for {@code segW[0] < z <= segW[m]}. */
  private long patternInverse(long z) {
    int j = lowerBound(segW, 1, segW.length, z);
    int k = j - 1;
    return localInverse(z - segBase[k]) - segOffset[k];
  }

  /** The offset segment holding epoch second {@code s}. */
  private int segment(long s) {
    int k = upperBound(segStart, 0, segOffset.length, s) - 1;
    return Math.max(0, k);
  }

  /** The first window interval whose end is after {@code s}; {@code s} lies in the window. */
  private int locate(long s) {
    int i = bucketFirst[(int) ((s - windowStart) / DAY)];
    while (i < ends.length && ends[i] <= s) {
      i++;
    }
    return i;
  }

  // ---- building ---------------------------------------------------------------------------

  /** Adds the instants whose local time lies in {@code [localStart, localEnd)}, clipped. */
  private void emit(long localStart, long localEnd, LongList s, LongList e) {
    int k = segment(Math.max(TABLE_START, localStart - MAX_OFFSET));
    for (; k < segOffset.length && segStart[k] < localEnd + MAX_OFFSET; k++) {
      long offset = segOffset[k];
      long a = Math.max(Math.max(segStart[k], localStart - offset), windowStart);
      long b = Math.min(Math.min(segStart[k + 1], localEnd - offset), windowEnd);
      if (a < b) {
        s.add(a);
        e.add(b);
      }
    }
  }

  /** Sorts intervals by start and merges those that overlap or touch. */
  private static long[][] merge(LongList s, LongList e) {
    int n = s.size();
    Integer[] order = new Integer[n];
    boolean sorted = true;
    for (int i = 0; i < n; i++) {
      order[i] = i;
      if (i > 0 && s.get(i) < s.get(i - 1)) {
        sorted = false;
      }
    }
    if (!sorted) {
      Arrays.sort(order, (x, y) -> Long.compare(s.get(x), s.get(y)));
    }
    LongList ms = new LongList();
    LongList me = new LongList();
    for (int i = 0; i < n; i++) {
      long a = s.get(order[i]);
      long b = e.get(order[i]);
      int last = ms.size() - 1;
      if (last >= 0 && a <= me.get(last)) {
        me.set(last, Math.max(me.get(last), b));
      } else {
        ms.add(a);
        me.add(b);
      }
    }
    return new long[][] {ms.toArray(), me.toArray()};
  }

  private static long[] cumulative(long[] s, long[] e) {
    long[] c = new long[s.length];
    long sum = 0;
    for (int i = 0; i < s.length; i++) {
      sum += e[i] - s[i];
      c[i] = sum;
    }
    return c;
  }

  /** The first index in {@code [from, to)} with {@code a[i] >= key}, or {@code to}. */
  private static int lowerBound(long[] a, int from, int to, long key) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int lowerBound(int[] a, long key) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int upperBound(long[] a, long key) {
    return upperBound(a, 0, a.length, key);
  }

  /** The first index in {@code [from, to)} with {@code a[i] > key}, or {@code to}. */
  private static int upperBound(long[] a, int from, int to, long key) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] <= key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Approximate retained size of the index arrays in bytes, for capacity planning. */
  long retainedBytes() {
    long longs =
        patternStart.length * 3L
            + segStart.length
            + segW.length
            + segBase.length
            + starts.length * 3L;
    long ints =
        (long) weekDayPrefix.length + segOffset.length + bucketFirst.length + dayPrefix.length;
    // 16 bytes of header per array (13 arrays).
    return longs * 8 + ints * 4 + 13 * 16;
  }

  /** A growable list of primitive longs, for building. */
  private static final class LongList {
    private long[] values = new long[16];
    private int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    long get(int i) {
      return values[i];
    }

    void set(int i, long v) {
      values[i] = v;
    }

    int size() {
      return size;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
