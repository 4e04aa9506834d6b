package org.gridgov.benchmarks.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.calendar.DateOverride;

/**
 * The two baselines every SLA engine starts with, on the same data as {@link
 * ChinaHolidays#calendar()}: office hours 08:30–12:00 and 13:30–17:30 in Asia/Shanghai, the bundled
 * holidays and make-up days. Written plainly, as a platform would.
 */
final class NaiveCalendars {
  static final ZoneId ZONE = ChinaHolidays.ZONE;
  private static final LocalTime[][] HOURS = {
    {LocalTime.of(8, 30), LocalTime.of(12, 0)}, {LocalTime.of(13, 30), LocalTime.of(17, 30)}
  };

  final Set<LocalDate> offDays = new HashSet<>();
  final Set<LocalDate> makeUpDays = new HashSet<>();

  NaiveCalendars() {
    for (DateOverride o : ChinaHolidays.table().overrides()) {
      (o.kind() == DateOverride.Kind.DAY_OFF ? offDays : makeUpDays).add(o.date());
    }
  }

  boolean isWorkingDay(LocalDate d) {
    if (offDays.contains(d)) {
      return false;
    }
    return makeUpDays.contains(d)
        || (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY);
  }

  // ---- day loop ----

  /** Working seconds between two instants, one date at a time. */
  long dayLoopBetween(Instant a, Instant b) {
    long sum = 0;
    LocalDate last = LocalDate.ofInstant(b, ZONE);
    for (LocalDate d = LocalDate.ofInstant(a, ZONE); !d.isAfter(last); d = d.plusDays(1)) {
      if (!isWorkingDay(d)) {
        continue;
      }
      for (LocalTime[] h : HOURS) {
        Instant s = d.atTime(h[0]).atZone(ZONE).toInstant();
        Instant e = d.atTime(h[1]).atZone(ZONE).toInstant();
        Instant from = s.isAfter(a) ? s : a;
        Instant to = e.isBefore(b) ? e : b;
        if (from.isBefore(to)) {
          sum += Duration.between(from, to).toSeconds();
        }
      }
    }
    return sum;
  }

  /** Adds working seconds, one date at a time. */
  Instant dayLoopPlus(Instant a, long seconds) {
    long left = seconds;
    for (LocalDate d = LocalDate.ofInstant(a, ZONE); ; d = d.plusDays(1)) {
      if (!isWorkingDay(d)) {
        continue;
      }
      for (LocalTime[] h : HOURS) {
        Instant s = d.atTime(h[0]).atZone(ZONE).toInstant();
        Instant e = d.atTime(h[1]).atZone(ZONE).toInstant();
        Instant from = s.isAfter(a) ? s : a;
        if (!from.isBefore(e)) {
          continue;
        }
        long available = Duration.between(from, e).toSeconds();
        if (left <= available) {
          return from.plusSeconds(left);
        }
        left -= available;
      }
    }
  }

  /** Working days after {@code from} up to {@code to}, one date at a time. */
  int dayLoopWorkingDays(LocalDate from, LocalDate to) {
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      n += isWorkingDay(d) ? 1 : 0;
    }
    return n;
  }

  /** The n-th working day after a date, one date at a time. */
  LocalDate dayLoopPlusWorkingDays(LocalDate from, int n) {
    LocalDate d = from;
    for (int left = n; left > 0; ) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  // ---- minute stepper ----

  boolean isWorking(Instant t) {
    LocalDateTime local = LocalDateTime.ofInstant(t, ZONE);
    if (!isWorkingDay(local.toLocalDate())) {
      return false;
    }
    LocalTime time = local.toLocalTime();
    for (LocalTime[] h : HOURS) {
      if (!time.isBefore(h[0]) && time.isBefore(h[1])) {
        return true;
      }
    }
    return false;
  }

  /** Working seconds between two minute-aligned instants, one minute at a time. */
  long minuteBetween(Instant a, Instant b) {
    long sum = 0;
    for (Instant t = a; t.isBefore(b); t = t.plusSeconds(60)) {
      sum += isWorking(t) ? 60 : 0;
    }
    return sum;
  }

  /** Adds whole working minutes from a minute-aligned instant, one minute at a time. */
  Instant minutePlus(Instant a, long seconds) {
    Instant t = a;
    for (long left = seconds; left > 0; t = t.plusSeconds(60)) {
      if (isWorking(t)) {
        left -= 60;
      }
    }
    return t;
  }
}
