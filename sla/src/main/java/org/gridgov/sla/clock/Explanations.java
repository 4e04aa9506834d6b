package org.gridgov.sla.clock;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.gridgov.sla.calendar.CalendarDay;
import org.gridgov.sla.calendar.DateOverride;
import org.gridgov.sla.calendar.WorkingCalendar;

/** Builds the {@link Explanation} of a milestone's due instant from a replay. */
final class Explanations {
  private Explanations() {}

  static Explanation explain(Replay r, Instant t, String milestone) {
    CompiledPolicy p = r.p;
    int m = p.indexOf(milestone);
    checkArgument(
        m >= 0,
        "policy %s has no milestone %s, only %s",
        p.policy.name(),
        milestone,
        List.of(p.ids));
    Replay.Measure x = r.measure(m, t, false);
    List<Explanation.Fact> facts = new ArrayList<>();
    if (!x.started) {
      facts.add(new Explanation.NotStarted(waitingFor(p, m)));
      return new Explanation(milestone, p.policy.name(), Optional.empty(), facts);
    }
    WorkingCalendar cal = p.cal[m];
    Instant anchor = r.anchorAt[m];
    CaseEvent by = r.events[r.anchorEvent[m]];
    facts.add(new Explanation.CountedFrom(anchor, why(p, m, by)));
    facts.add(new Explanation.BudgetOf(r.budgetNow[m], p.calName[m], Duration.ofNanos(x.budget)));
    for (int i = 0; i < r.n; i++) {
      if (r.extTarget[i] == m) {
        CaseEvent e = r.events[i];
        facts.add(new Explanation.Extended(e.id(), e.at(), e.amount().orElseThrow()));
      }
    }
    // only the pauses between where the clock counts from and the due instant (or, with none, the
    // end or t) held the due instant back; one after it moved nothing
    Instant end = x.end != null && x.end.isBefore(t) ? x.end : t;
    if (x.due != null && x.due.isBefore(end)) {
      end = x.due;
    }
    Instant from = r.origin(m);
    Intervals pz = r.pausesOf(p.pauseMask[m]);
    for (int i = 0; i < pz.size(); i++) {
      Instant s = pz.start(i);
      Instant e = pz.end(i);
      if (!s.isBefore(end) || (e != null && !e.isAfter(from))) {
        continue;
      }
      Instant a = s.isBefore(from) ? from : s;
      Instant b = e == null || e.isAfter(end) ? end : e;
      facts.add(
          new Explanation.Paused(
              a,
              e == null ? Optional.empty() : Optional.of(b),
              Duration.ofNanos(Clocks.work(cal, a, b))));
    }
    Instant until = x.due != null ? x.due : end;
    List<Explanation.SkippedDay> days = new ArrayList<>();
    int more = 0;
    LocalDate last = LocalDate.ofInstant(until, cal.zone());
    for (LocalDate d = LocalDate.ofInstant(anchor, cal.zone());
        !d.isAfter(last);
        d = d.plusDays(1)) {
      CalendarDay day = cal.day(d);
      if (day.isWorkingDay()) {
        continue;
      }
      if (days.size() == Explanation.DaysSkipped.MAX_DAYS) {
        more++;
        continue;
      }
      String name =
          day.override()
              .map(DateOverride::name)
              .filter(s -> !s.isBlank())
              .orElse(d.getDayOfWeek().toString());
      days.add(new Explanation.SkippedDay(d, name));
    }
    facts.add(new Explanation.DaysSkipped(days, more));
    return new Explanation(milestone, p.policy.name(), Optional.ofNullable(x.due), facts);
  }

  private static String waitingFor(CompiledPolicy p, int m) {
    if (p.anchor[m] == Anchor.PREVIOUS) {
      return "milestone " + p.ids[m - 1] + " to be met";
    }
    if (p.startMask[m] != 0) {
      return "one of " + kinds(p.startMask[m]);
    }
    return "the clock start, " + p.clockStart;
  }

  private static String why(CompiledPolicy p, int m, CaseEvent by) {
    String event = by.kind() + " " + by.id();
    if (by.kind() == EventKind.ACCEPTANCE_FAILED) {
      return "restarted by the rework " + event;
    }
    if ((p.resetMask[m] & by.kind().bit()) != 0) {
      return "restarted by " + event;
    }
    return switch (p.anchor[m]) {
      case CLOCK_START ->
          by.kind() == p.clockStart
              ? "the clock start, " + event
              : "the clock start (" + p.clockStart + "), counted back from " + event;
      case PREVIOUS -> "the completion of " + p.ids[m - 1] + ", " + event;
      case START_EVENT -> "its start, " + event;
    };
  }

  private static EnumSet<EventKind> kinds(int mask) {
    EnumSet<EventKind> set = EnumSet.noneOf(EventKind.class);
    for (EventKind k : EventKind.values()) {
      if ((mask & k.bit()) != 0) {
        set.add(k);
      }
    }
    return set;
  }
}
