package org.gridgov.benchmarks.clock;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.calendar.DateOverride;
import org.gridgov.sla.clock.Budget;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.clock.CaseOutcome;
import org.gridgov.sla.clock.EventKind;
import org.jspecify.annotations.Nullable;

/**
 * The baseline an SLA platform hand-writes, for the 数字站前 promise in working hours (查验 3, 解决 24, 反馈
 * 36, 验收 48 working hours from the report, China office hours and holidays): every query re-derives
 * the case from its events — sort them, walk them, and find each due instant by adding working time
 * one date at a time, pushed later by each suspension that began before it. It keeps the rules the
 * synthetic cases exercise (an extension only before the deadline, once; nothing after acceptance
 * or cancellation; rework continuing the original clock).
 */
final class NaiveCaseClock {
  static final ZoneId ZONE = ChinaHolidays.ZONE;
  private static final LocalTime[][] HOURS = {
    {LocalTime.of(8, 30), LocalTime.of(12, 0)}, {LocalTime.of(13, 30), LocalTime.of(17, 30)}
  };
  private static final long[] BUDGET = {3 * 3600, 24 * 3600, 36 * 3600, 48 * 3600};

  private final Set<LocalDate> offDays = new HashSet<>();
  private final Set<LocalDate> makeUpDays = new HashSet<>();

  NaiveCaseClock() {
    for (DateOverride o : ChinaHolidays.table().overrides()) {
      (o.kind() == DateOverride.Kind.DAY_OFF ? offDays : makeUpDays).add(o.date());
    }
  }

  /** What the baseline finds about a case at an instant. */
  static final class Result {
    CaseOutcome outcome = CaseOutcome.OPEN;
    boolean opened;
    boolean overdue;
    final long[] metSeconds = {-1, -1, -1, -1};
    final boolean[] metOnTime = new boolean[4];
  }

  @SuppressWarnings("NullAway") // a plain hand-written baseline
  Result evaluate(List<CaseEvent> log, Instant at) {
    List<CaseEvent> events = new ArrayList<>();
    for (CaseEvent e : log) {
      if (!e.at().isAfter(at)) {
        events.add(e);
      }
    }
    events.sort(
        Comparator.comparing(CaseEvent::at)
            .thenComparing(CaseEvent::kind)
            .thenComparing(CaseEvent::id));
    Result r = new Result();
    Instant start = null;
    Instant[] met = new Instant[4];
    long[] extra = new long[4];
    List<Instant[]> pauses = new ArrayList<>();
    Instant open = null;
    boolean resolved = false;
    boolean feedback = false;
    boolean deferred = false;
    boolean cancelled = false;
    Instant end = null;
    int extensions = 0;
    for (CaseEvent e : events) {
      Instant t = e.at();
      if (end != null || (start == null && e.kind() != EventKind.REPORTED)) {
        continue;
      }
      switch (e.kind()) {
        case REPORTED -> start = start == null ? t : start;
        case VERIFIED -> {
          if (!resolved && met[0] == null) {
            met[0] = t;
          }
        }
        case RESOLVED -> {
          if (!resolved && open == null) {
            resolved = true;
            met[1] = met[1] == null ? t : met[1];
          }
        }
        case FEEDBACK_GIVEN -> {
          if (resolved && !feedback) {
            feedback = true;
            met[2] = met[2] == null ? t : met[2];
          }
        }
        case ACCEPTED -> {
          if (resolved && open == null) {
            met[3] = met[3] == null ? t : met[3];
            end = t;
          }
        }
        case ACCEPTANCE_FAILED -> {
          if (resolved) {
            resolved = false;
            feedback = false;
            met[1] = null;
            met[2] = null;
            met[3] = null;
          }
        }
        case SUSPENDED -> open = open == null ? t : open;
        case DEFERRED -> {
          if (open == null && !resolved) {
            open = t;
            deferred = true;
          }
        }
        case RESUMED -> {
          if (open != null) {
            pauses.add(new Instant[] {open, t});
            open = null;
          }
        }
        case EXTENSION_GRANTED -> {
          int m = firstUnmet(met);
          if (m >= 0
              && extensions < 1
              && e.amount().isPresent()
              && e.amount().get().kind() == Budget.Kind.TIME) {
            Instant due = due(start, BUDGET[m] + extra[m], pauses, open, null);
            if (due == null || t.isBefore(due)) {
              extra[m] += ((Budget.Time) e.amount().get()).duration().toSeconds();
              extensions++;
            }
          }
        }
        case CANCELLED -> {
          cancelled = true;
          end = t;
        }
        default -> {
          // other events do not touch these clocks
        }
      }
    }
    if (start == null) {
      return r;
    }
    r.opened = true;
    for (int m = 0; m < 4; m++) {
      Instant stop = met[m] != null ? met[m] : end;
      Instant due = due(start, BUDGET[m] + extra[m], pauses, open, stop);
      if (met[m] != null) {
        r.metOnTime[m] = due == null || !met[m].isAfter(due);
        r.metSeconds[m] = between(start, met[m]) - pausedBefore(start, met[m], pauses, met[m]);
      } else if (due != null && !at.isBefore(due) && open == null && end == null) {
        r.overdue = true;
      }
    }
    if (cancelled) {
      r.outcome = CaseOutcome.CANCELLED;
    } else if (deferred) {
      r.outcome = CaseOutcome.DEFERRED;
    } else if (met[3] != null) {
      r.outcome = r.metOnTime[3] ? CaseOutcome.ON_TIME : CaseOutcome.LATE;
    }
    return r;
  }

  private static int firstUnmet(@Nullable Instant[] met) {
    for (int m = 0; m < 4; m++) {
      if (met[m] == null) {
        return m;
      }
    }
    return -1;
  }

  /** The due instant: the budget added, then pushed later by the pauses that began before it. */
  private @Nullable Instant due(
      Instant start,
      long budget,
      List<Instant[]> pauses,
      @Nullable Instant openSince,
      @Nullable Instant end) {
    Instant due = plus(start, budget);
    for (int round = 0; round < 64; round++) {
      if (openSince != null
          && (end == null || openSince.isBefore(end))
          && openSince.isBefore(due)) {
        return null;
      }
      Instant next = plus(start, budget + pausedBefore(start, due, pauses, end));
      if (next.equals(due)) {
        return due;
      }
      due = next;
    }
    return due;
  }

  private long pausedBefore(
      Instant start, Instant until, List<Instant[]> pauses, @Nullable Instant end) {
    long held = 0;
    for (Instant[] p : pauses) {
      Instant a = p[0].isBefore(start) ? start : p[0];
      Instant b = end != null && p[1].isAfter(end) ? end : p[1];
      if (a.isBefore(until) && a.isBefore(b)) {
        held += between(a, b);
      }
    }
    return held;
  }

  boolean isWorkingDay(LocalDate d) {
    if (offDays.contains(d)) {
      return false;
    }
    return makeUpDays.contains(d)
        || (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY);
  }

  /** Working seconds between two instants, one date at a time. */
  long between(Instant a, Instant b) {
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
  Instant plus(Instant a, long seconds) {
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

  /** The per-street totals a host hand-writes: cases by outcome, overdue, time to meet each. */
  static final class StreetTotals {
    final Map<String, long[]> byStreet = new HashMap<>();

    @SuppressWarnings("EnumOrdinal") // a dense counter index
    void add(String street, Result r) {
      long[] c = byStreet.computeIfAbsent(street, k -> new long[15]);
      c[0]++;
      c[1 + r.outcome.ordinal()]++;
      c[6] += r.overdue ? 1 : 0;
      for (int m = 0; m < 4; m++) {
        if (r.metSeconds[m] >= 0) {
          c[7 + m]++;
          c[11 + m] += r.metSeconds[m];
        }
      }
    }

    void merge(StreetTotals o) {
      for (Map.Entry<String, long[]> e : o.byStreet.entrySet()) {
        long[] c = byStreet.computeIfAbsent(e.getKey(), k -> new long[15]);
        for (int i = 0; i < c.length; i++) {
          c[i] += e.getValue()[i];
        }
      }
    }
  }
}
