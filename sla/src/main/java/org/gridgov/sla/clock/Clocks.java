package org.gridgov.sla.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.gridgov.sla.calendar.WorkingDayRule;
import org.jspecify.annotations.Nullable;

/**
 * Deadline arithmetic on a calendar with pauses, in nanoseconds of the calendar's clock. Every
 * method makes O(p) calendar calls for p pauses, each O(1) or O(log n) ({@link
 * WorkingCalendar#between} and {@link WorkingCalendar#plus}).
 */
final class Clocks {
  /** Nanoseconds beyond which durations saturate: about 146 years. */
  static final long CAP = Long.MAX_VALUE / 2;

  private Clocks() {}

  static long nanos(Duration d) {
    long s = d.getSeconds();
    if (s >= CAP / 1_000_000_000L) {
      return CAP;
    }
    if (s <= -CAP / 1_000_000_000L) {
      return -CAP;
    }
    return s * 1_000_000_000L + d.getNano();
  }

  /**
   * Where a budget's clock counts from when it starts at {@code start}: {@code start} itself, or,
   * for working days due at the close of the day ({@link WorkingDayRule#END_OF_DAY}, 12345's
   * "counted from the day after receipt"), the start of the day after the start's local date, so
   * that the day of the start, and a pause on it, count for nothing.
   */
  static Instant countsFrom(WorkingCalendar cal, Instant start, Budget b) {
    if (b instanceof Budget.Days d && d.rule() == WorkingDayRule.END_OF_DAY) {
      return LocalDate.ofInstant(start, cal.zone())
          .plusDays(1)
          .atStartOfDay(cal.zone())
          .toInstant();
    }
    return start;
  }

  /**
   * A day budget's due instant without pauses, with {@code extraDays} added: counted from {@code
   * start}'s date; null for a time budget.
   */
  static @Nullable Instant dayDue(WorkingCalendar cal, Instant start, Budget b, int extraDays) {
    if (b instanceof Budget.Days d) {
      return cal.plusWorkingDays(start, d.days() + extraDays, d.rule()).instant();
    }
    return null;
  }

  /**
   * A budget in working time from {@code from} (its {@link #countsFrom}): a time budget and {@code
   * extraNanos} as they are; a day budget as the working time from {@code from} to its {@link
   * #dayDue}.
   */
  static long budgetNanos(
      Memo memo,
      WorkingCalendar cal,
      Instant from,
      Budget b,
      long extraNanos,
      @Nullable Instant dayDue) {
    if (dayDue != null) {
      return memo.work(cal, from, dayDue);
    }
    return nanos(((Budget.Time) b).duration()) + extraNanos;
  }

  /** Working time in {@code [a, b)}; negative if {@code b} is before {@code a}. */
  static long work(WorkingCalendar cal, Instant a, Instant b) {
    return capped(cal.betweenNanos(a, b));
  }

  /** Nanoseconds (saturated at the long range) capped as {@link #nanos} caps a duration. */
  static long capped(long nanos) {
    long s = Math.floorDiv(nanos, 1_000_000_000L);
    if (s >= CAP / 1_000_000_000L) {
      return CAP;
    }
    if (s <= -CAP / 1_000_000_000L) {
      return -CAP;
    }
    return nanos;
  }

  /** The earliest instant at which {@code amount} of working time has passed since {@code a}. */
  static Instant plus(WorkingCalendar cal, Instant a, long amount) {
    return amount == 0 ? a : cal.plusNanos(a, amount);
  }

  /**
   * Working time used from {@code anchor} to {@code u}, less the working time of the pauses in
   * between.
   */
  static long used(Memo memo, WorkingCalendar cal, Instant anchor, Instant u, Intervals pauses) {
    if (!u.isAfter(anchor)) {
      return 0;
    }
    long used = memo.work(cal, anchor, u);
    for (int i = 0; i < pauses.size(); i++) {
      Instant s = pauses.start(i);
      if (!s.isBefore(u)) {
        break;
      }
      Instant e = pauses.end(i);
      Instant a = s.isBefore(anchor) ? anchor : s;
      Instant b = e == null || e.isAfter(u) ? u : e;
      if (a.isBefore(b)) {
        used -= memo.work(cal, a, b);
      }
    }
    return used;
  }

  /**
   * The least instant at which the working time used since {@code anchor}, pauses excluded, reaches
   * {@code target}; null if a pause without end (before {@code clipEnd}) comes first. Pauses are
   * cut at {@code clipEnd} (the milestone's completion), which closes an open one. Adds the working
   * time of the pauses passed over to {@code paused[0]}. The working time of each stretch comes
   * through {@code memo}.
   */
  static @Nullable Instant reach(
      Memo memo,
      WorkingCalendar cal,
      Instant anchor,
      long target,
      Intervals pauses,
      @Nullable Instant clipEnd,
      long[] paused) {
    paused[0] = 0;
    Instant cursor = anchor;
    long rem = target;
    if (rem <= 0) {
      return anchor;
    }
    for (int i = 0; i < pauses.size(); i++) {
      Instant s = pauses.start(i);
      if (clipEnd != null && !s.isBefore(clipEnd)) {
        break;
      }
      Instant e = pauses.end(i);
      if (clipEnd != null && (e == null || e.isAfter(clipEnd))) {
        e = clipEnd;
      }
      if (e != null && !e.isAfter(cursor)) {
        continue; // wholly before the cursor
      }
      if (s.isAfter(cursor)) {
        long avail = memo.work(cal, cursor, s);
        if (rem <= avail) {
          return plus(cal, cursor, rem);
        }
        rem -= avail;
        cursor = s;
      }
      if (e == null) {
        return null;
      }
      paused[0] += memo.work(cal, cursor, e);
      cursor = e;
    }
    return plus(cal, cursor, rem);
  }
}
