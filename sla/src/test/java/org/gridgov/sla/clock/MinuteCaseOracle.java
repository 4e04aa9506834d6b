package org.gridgov.sla.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridgov.sla.calendar.MinuteOracle;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.gridgov.sla.calendar.WorkingDayRule;
import org.jspecify.annotations.Nullable;

/**
 * The slow, obvious case clock: sorts the events, keeps those up to the instant, applies the
 * lifecycle rules one by one, and measures every clock by stepping minute by minute over the
 * calendar's {@link MinuteOracle}, skipping paused minutes. Exact when every instant, boundary and
 * budget is a whole minute (as {@link CaseGen} makes them).
 *
 * <p>Why one file of about 700 lines: an oracle is only useful if it can be read straight through
 * against the rules it restates, independent of the kernel's structure.
 */
final class MinuteCaseOracle {
  private static final long MINUTE = 60;
  private static final long MAX_MINUTES = 200L * 24 * 60;

  /** What the oracle says about a milestone. */
  record MilestoneView(
      String id,
      MilestoneState state,
      @Nullable Instant due,
      Duration elapsed,
      Duration remaining,
      @Nullable Instant met,
      boolean breached) {}

  /** What the oracle says about a case. */
  record View(
      String policy,
      CasePhase phase,
      CaseOutcome outcome,
      List<String> refused,
      List<MilestoneView> milestones,
      int level,
      Tier tier) {}

  static View of(CaseStatus s) {
    List<MilestoneView> ms = new ArrayList<>();
    for (MilestoneStatus m : s.milestones()) {
      ms.add(
          new MilestoneView(
              m.id(),
              m.state(),
              m.due().orElse(null),
              m.elapsed(),
              m.remaining(),
              m.metAt().orElse(null),
              m.breached()));
    }
    List<String> refused = new ArrayList<>();
    s.rejections().forEach(r -> refused.add(r.event().id()));
    return new View(
        s.policy(),
        s.phase(),
        s.outcome(),
        refused,
        ms,
        s.escalation().level(),
        s.escalation().tier());
  }

  private final PolicyTable table;
  private final Map<WorkingCalendar, MinuteOracle> oracles = new HashMap<>();

  MinuteCaseOracle(PolicyTable table) {
    this.table = table;
  }

  private MinuteOracle oracle(WorkingCalendar c) {
    return oracles.computeIfAbsent(c, MinuteOracle::new);
  }

  View status(List<CaseEvent> all, Instant t) {
    Map<String, CaseEvent> byId = new HashMap<>();
    for (CaseEvent e : all) {
      byId.putIfAbsent(e.id(), e);
    }
    List<CaseEvent> events = new ArrayList<>();
    for (CaseEvent e : byId.values()) {
      if (!e.at().isAfter(t)) {
        events.add(e);
      }
    }
    events.sort(
        Comparator.comparing(CaseEvent::at)
            .thenComparing(CaseEvent::kind)
            .thenComparing(CaseEvent::id));
    CasePolicy policy = table.select(CaseFacts.none());
    State s;
    while (true) {
      s = new State(policy);
      int i = 0;
      while (i < events.size()) {
        List<CaseEvent> sameInstant = new ArrayList<>();
        Instant at = events.get(i).at();
        while (i < events.size() && events.get(i).at().equals(at)) {
          sameInstant.add(events.get(i++));
        }
        s.takeAtOneInstant(sameInstant);
      }
      CasePolicy chosen = table.select(s.facts);
      if (chosen.equals(policy)) {
        break;
      }
      policy = chosen;
    }
    return s.view(t);
  }

  /** A pause or resolved period; {@code end} null while open. */
  static final class Span {
    final Instant start;
    @Nullable Instant end;

    Span(Instant start) {
      this.start = start;
    }
  }

  final class State {
    final CasePolicy policy;
    final int count;
    CaseFacts facts = CaseFacts.none();
    final List<String> refused = new ArrayList<>();
    final Set<EventKind> seen = new LinkedHashSet<>();
    @Nullable Instant reported;
    @Nullable Instant registered;
    @Nullable Instant clockStart;
    @Nullable Instant dispatched;
    boolean holding;
    boolean returned;
    boolean signed;
    boolean verified;
    boolean resolved;
    boolean feedback;
    @Nullable Instant accepted;
    @Nullable Instant cancelled;
    boolean suspended;
    boolean deferred;
    int extensions;
    final List<Instant> manual = new ArrayList<>();
    final List<Instant> reminders = new ArrayList<>();
    final List<Span> resolvedSpans = new ArrayList<>();
    final List<Span> caseSpans = new ArrayList<>();
    final List<Span> suspendedSpans = new ArrayList<>();
    final List<Span> deferredSpans = new ArrayList<>();
    final List<Span> returnedSpans = new ArrayList<>();
    final boolean[] started;
    final Instant[] anchor;
    final @Nullable Instant[] met;
    final long[] extMinutes;
    final int[] extDays;
    final Budget[] budget;

    State(CasePolicy policy) {
      this.policy = policy;
      this.count = policy.milestones().size();
      started = new boolean[count];
      anchor = new Instant[count];
      met = new Instant[count];
      extMinutes = new long[count];
      extDays = new int[count];
      budget = new Budget[count];
      for (int m = 0; m < count; m++) {
        budget[m] = ms(m).budget();
      }
    }

    Milestone ms(int m) {
      return policy.milestones().get(m);
    }

    WorkingCalendar cal(int m) {
      return java.util.Objects.requireNonNull(table.calendars().get(ms(m).calendar()));
    }

    /**
     * Events of one instant, in order: the first the case accepts is taken, again and again, until
     * none is accepted (each left is refused) or {@link Replay#MAX_CHOICES} were taken (the rest in
     * order).
     */
    void takeAtOneInstant(List<CaseEvent> sameInstant) {
      List<CaseEvent> left = new ArrayList<>(sameInstant);
      for (int choices = 0; choices < Replay.MAX_CHOICES && !left.isEmpty(); choices++) {
        CaseEvent next = null;
        for (CaseEvent e : left) {
          if (!refuse(e)) {
            next = e;
            break;
          }
        }
        if (next == null) {
          break;
        }
        left.remove(next);
        take(next);
      }
      for (CaseEvent e : left) {
        take(e);
      }
    }

    void take(CaseEvent e) {
      if (refuse(e)) {
        refused.add(e.id());
        return;
      }
      Instant t = e.at();
      switch (e.kind()) {
        case REPORTED -> {
          reported = t;
          facts = facts.updatedBy(e.facts());
        }
        case REGISTERED -> {
          registered = t;
          facts = facts.updatedBy(e.facts());
        }
        case DISPATCHED -> {
          dispatched = t;
          holding = true;
        }
        case REDISPATCHED -> {
          holding = true;
          returned = false;
          signed = false;
        }
        case SIGNED_FOR -> signed = true;
        case RETURNED -> {
          holding = false;
          returned = true;
          signed = false;
        }
        case VERIFIED -> verified = true;
        case RESOLVED -> {
          resolved = true;
          resolvedSpans.add(new Span(t));
        }
        case FEEDBACK_GIVEN -> feedback = true;
        case ACCEPTANCE_FAILED -> {
          resolved = false;
          feedback = false;
          resolvedSpans.get(resolvedSpans.size() - 1).end = t;
        }
        case ACCEPTED -> accepted = t;
        case SUSPENDED -> suspended = true;
        case RESUMED -> {
          suspended = false;
          deferred = false;
        }
        case DEFERRED -> {
          deferred = true;
        }
        case ESCALATED -> manual.add(t);
        case REMINDED -> reminders.add(t);
        case CANCELLED -> cancelled = t;
        case EXTENSION_GRANTED -> {
          int m = target(e);
          Budget a = e.amount().orElseThrow();
          if (a instanceof Budget.Time time) {
            extMinutes[m] += time.duration().toMinutes();
          } else {
            extDays[m] += ((Budget.Days) a).days();
          }
          extensions++;
        }
        case STAGE_COMPLETED -> {}
      }
      // case-level pause (for escalation): SUSPENDED or DEFERRED until RESUMED
      if (e.kind() == EventKind.SUSPENDED || e.kind() == EventKind.DEFERRED) {
        openSpan(caseSpans, t);
      }
      if (e.kind() == EventKind.RESUMED) {
        closeSpan(caseSpans, t);
      }
      clocks(e);
    }

    private void openSpan(List<Span> spans, Instant t) {
      if (spans.isEmpty() || spans.get(spans.size() - 1).end != null) {
        spans.add(new Span(t));
      }
    }

    private void closeSpan(List<Span> spans, Instant t) {
      if (!spans.isEmpty() && spans.get(spans.size() - 1).end == null) {
        spans.get(spans.size() - 1).end = t;
      }
    }

    private void clocks(CaseEvent e) {
      Instant t = e.at();
      EventKind k = e.kind();
      if (k == policy.clockStart() && clockStart == null) {
        clockStart = t;
        for (int m = 0; m < count; m++) {
          if (ms(m).anchor() == Anchor.CLOCK_START && ms(m).startOn().isEmpty() && !started[m]) {
            started[m] = true;
            anchor[m] = t;
          }
        }
      }
      for (int m = 0; m < count; m++) {
        boolean stage =
            k != EventKind.STAGE_COMPLETED || ms(m).id().equals(e.milestone().orElseThrow());
        if (ms(m).stopOn().contains(k) && started[m] && met[m] == null && stage) {
          met[m] = t;
          if (m + 1 < count && ms(m + 1).anchor() == Anchor.PREVIOUS && !started[m + 1]) {
            started[m + 1] = true;
            anchor[m + 1] = t;
            met[m + 1] = null;
          }
        }
      }
      for (int m = 0; m < count; m++) {
        if (ms(m).startOn().contains(k) && !started[m]) {
          started[m] = true;
          anchor[m] = ms(m).anchor() == Anchor.CLOCK_START && clockStart != null ? clockStart : t;
          met[m] = null;
        } else if (ms(m).resetOn().contains(k) && started[m]) {
          anchor[m] = t;
          met[m] = null;
        }
      }
      if (k == EventKind.ACCEPTANCE_FAILED && policy.rework().isPresent()) {
        Rework rw = policy.rework().get();
        int from = policy.indexOf(rw.from()).orElseThrow();
        for (int m = from; m < count; m++) {
          if (rw.mode() == Rework.Mode.CONTINUE) {
            if (started[m]) {
              met[m] = null;
            }
          } else if (m > from && ms(m).anchor() == Anchor.PREVIOUS) {
            started[m] = false;
            met[m] = null;
          } else if (started[m] || m == from) {
            started[m] = true;
            anchor[m] = t;
            met[m] = null;
          }
        }
        if (rw.mode() == Rework.Mode.NEW_BUDGET) {
          budget[from] = rw.budget().orElseThrow();
        }
      }
      switch (k) {
        case SUSPENDED -> openSpan(suspendedSpans, t);
        case DEFERRED -> openSpan(deferredSpans, t);
        case RETURNED -> openSpan(returnedSpans, t);
        case RESUMED -> {
          closeSpan(suspendedSpans, t);
          closeSpan(deferredSpans, t);
        }
        case REDISPATCHED -> closeSpan(returnedSpans, t);
        default -> {}
      }
    }

    int target(CaseEvent e) {
      if (e.milestone().isPresent()) {
        return policy.indexOf(e.milestone().orElseThrow()).orElse(-1);
      }
      for (int m = 0; m < count; m++) {
        if (started[m] && met[m] == null) {
          return m;
        }
      }
      return -1;
    }

    /** The rules, one by one. */
    boolean refuse(CaseEvent e) {
      if (accepted != null || cancelled != null) {
        return true;
      }
      boolean open = reported != null || registered != null;
      if (e.kind() == EventKind.REPORTED) {
        return reported != null || registered != null;
      }
      if (e.kind() == EventKind.REGISTERED) {
        return registered != null;
      }
      if (!open) {
        return true;
      }
      boolean paused = suspended || deferred;
      return switch (e.kind()) {
        case DISPATCHED -> dispatched != null || resolved;
        case REDISPATCHED -> dispatched == null || resolved;
        case SIGNED_FOR -> !holding || signed;
        case RETURNED -> !holding || resolved;
        case VERIFIED -> verified || resolved;
        case STAGE_COMPLETED -> {
          int m = policy.indexOf(e.milestone().orElseThrow()).orElse(-1);
          yield m < 0
              || !ms(m).stopOn().contains(EventKind.STAGE_COMPLETED)
              || !started[m]
              || met[m] != null;
        }
        case RESOLVED -> resolved || returned || paused;
        case FEEDBACK_GIVEN -> !resolved || feedback;
        case ACCEPTANCE_FAILED -> !resolved;
        case ACCEPTED -> !resolved || paused;
        case SUSPENDED -> suspended || deferred;
        case RESUMED -> !paused;
        case DEFERRED -> deferred || suspended || resolved;
        case ESCALATED -> resolved;
        case REMINDED, CANCELLED -> false;
        case EXTENSION_GRANTED -> {
          int m = target(e);
          if (m < 0 || !started[m] || met[m] != null) {
            yield true;
          }
          if (e.amount().orElseThrow().kind() != budget[m].kind()) {
            yield true;
          }
          if (extensions >= policy.extensions().max()) {
            yield true;
          }
          if (!policy.extensions().afterDeadline()) {
            Instant due = measure(m, e.at()).due;
            yield due != null && !e.at().isBefore(due);
          }
          yield false;
        }
        default -> throw new AssertionError(e.kind());
      };
    }

    @Nullable Instant terminal() {
      return accepted != null ? accepted : cancelled;
    }

    static final class Measure {
      @Nullable Instant due;
      long budgetMinutes;
      long elapsedMinutes;
      long yellowTarget;
      long redTarget;
      boolean pausedNow;
      @Nullable Instant end;
    }

    /** Whether the minute starting at {@code x} is paused, pauses cut at {@code end}. */
    boolean paused(List<Span> spans, Instant x, @Nullable Instant end) {
      for (Span s : spans) {
        Instant e = s.end;
        if (end != null && (e == null || e.isAfter(end))) {
          e = end;
        }
        if (!x.isBefore(s.start) && (e == null || x.isBefore(e))) {
          return true;
        }
      }
      return false;
    }

    /**
     * 12345's "counted from the day after receipt": a budget in working days due at the close of
     * the day is measured from midnight after its start's date; any other from its start.
     */
    Instant dayAfter(ZoneId zone, Instant start, Budget b) {
      if (b instanceof Budget.Days d && d.rule() == WorkingDayRule.END_OF_DAY) {
        return start.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
      }
      return start;
    }

    Measure measure(int m, Instant t) {
      Measure r = new Measure();
      WorkingCalendar cal = cal(m);
      MinuteOracle o = oracle(cal);
      Instant a = dayAfter(cal.zone(), anchor[m], budget[m]);
      Instant end = met[m] != null ? met[m] : terminal();
      r.end = end;
      Instant baseDue = null;
      long budgetMinutes;
      if (budget[m] instanceof Budget.Time time) {
        budgetMinutes = time.duration().toMinutes() + extMinutes[m];
      } else {
        Budget.Days d = (Budget.Days) budget[m];
        baseDue = o.plusWorkingDays(anchor[m], d.days() + extDays[m], d.rule());
        budgetMinutes = o.between(a, baseDue).toMinutes();
      }
      r.budgetMinutes = budgetMinutes;
      List<Span> spans = new ArrayList<>();
      if (ms(m).pauseWhile().contains(EventKind.SUSPENDED)) {
        spans.addAll(suspendedSpans);
      }
      if (ms(m).pauseWhile().contains(EventKind.DEFERRED)) {
        spans.addAll(deferredSpans);
      }
      if (ms(m).pauseWhile().contains(EventKind.RETURNED)) {
        spans.addAll(returnedSpans);
      }
      long used = 0;
      long pausedWork = 0;
      Instant x = a;
      for (long i = 0; i < MAX_MINUTES && used < budgetMinutes; i++, x = x.plusSeconds(MINUTE)) {
        if (end == null && isOpenPauseFrom(spans, x)) {
          x = null;
          break;
        }
        boolean working = o.isWorking(x);
        if (working && paused(spans, x, end)) {
          pausedWork++;
        } else if (working) {
          used++;
        }
      }
      r.due = x == null ? null : baseDue != null && pausedWork == 0 ? baseDue : x;
      Instant u = end != null && end.isBefore(t) ? end : t;
      long elapsed = 0;
      for (Instant y = a; y.isBefore(u); y = y.plusSeconds(MINUTE)) {
        if (o.isWorking(y) && !paused(spans, y, end)) {
          elapsed++;
        }
      }
      r.elapsedMinutes = elapsed;
      long budgetNanos = budgetMinutes * 60_000_000_000L;
      r.yellowTarget = ms(m).warnings().yellow().usedAt(budgetNanos);
      r.redTarget = Math.max(r.yellowTarget, ms(m).warnings().red().usedAt(budgetNanos));
      r.pausedNow = false;
      for (Span sp : spans) {
        r.pausedNow |= end == null && sp.end == null;
      }
      return r;
    }

    private boolean isOpenPauseFrom(List<Span> spans, Instant x) {
      for (Span sp : spans) {
        if (sp.end == null && !x.isBefore(sp.start)) {
          return true;
        }
      }
      return false;
    }

    View view(Instant t) {
      List<MilestoneView> views = new ArrayList<>();
      Measure[] measures = new Measure[count];
      Instant terminal = terminal();
      for (int m = 0; m < count; m++) {
        if (!started[m]) {
          views.add(
              new MilestoneView(
                  ms(m).id(),
                  terminal != null ? MilestoneState.CANCELLED : MilestoneState.NOT_STARTED,
                  null,
                  Duration.ZERO,
                  Duration.ZERO,
                  null,
                  false));
          continue;
        }
        Measure x = measure(m, t);
        measures[m] = x;
        Instant due = x.due;
        MilestoneState state;
        boolean breached;
        if (met[m] != null) {
          breached = due != null && met[m].isAfter(due);
          state = breached ? MilestoneState.MET_LATE : MilestoneState.MET_ON_TIME;
        } else if (terminal != null) {
          breached = due != null && terminal.isAfter(due);
          state = MilestoneState.CANCELLED;
        } else {
          breached = due != null && !t.isBefore(due);
          long usedNanos = x.elapsedMinutes * 60_000_000_000L;
          if (x.pausedNow) {
            state = MilestoneState.PAUSED;
          } else if (breached) {
            state = MilestoneState.BREACHED;
          } else if (usedNanos >= x.redTarget) {
            state = MilestoneState.RED;
          } else if (usedNanos >= x.yellowTarget) {
            state = MilestoneState.YELLOW;
          } else {
            state = MilestoneState.RUNNING;
          }
        }
        views.add(
            new MilestoneView(
                ms(m).id(),
                state,
                due,
                Duration.ofMinutes(x.elapsedMinutes),
                Duration.ofMinutes(x.budgetMinutes - x.elapsedMinutes),
                met[m],
                breached));
      }
      int closing = policy.indexOf(policy.closing()).orElseThrow();
      Instant closedAt = met[closing] != null ? met[closing] : accepted;
      Instant closingDue = measures[closing] == null ? null : measures[closing].due;
      CaseOutcome outcome;
      if (cancelled != null) {
        outcome = CaseOutcome.CANCELLED;
      } else if (closedAt != null) {
        outcome =
            closingDue == null || !closedAt.isAfter(closingDue)
                ? CaseOutcome.ON_TIME
                : CaseOutcome.LATE;
      } else if (deferred) {
        outcome = CaseOutcome.DEFERRED;
      } else {
        outcome = CaseOutcome.OPEN;
      }
      CasePhase phase;
      if (reported == null && registered == null) {
        phase = CasePhase.NOT_OPENED;
      } else if (cancelled != null) {
        phase = CasePhase.CANCELLED;
      } else if (closedAt != null) {
        phase = CasePhase.CLOSED;
      } else if (deferred) {
        phase = CasePhase.DEFERRED;
      } else if (suspended) {
        phase = CasePhase.SUSPENDED;
      } else if (resolved) {
        phase = CasePhase.RESOLVED;
      } else {
        phase = CasePhase.OPEN;
      }
      int[] level = escalation(t, measures);
      return new View(
          policy.name(),
          phase,
          outcome,
          refused,
          views,
          level[0],
          level[0] == 0
              ? Tier.COMMUNITY
              : policy.escalation().orElseThrow().levels().get(level[0] - 1).tier());
    }

    /** The level, by stepping minutes from each level's entry. */
    int[] escalation(Instant t, Measure[] measures) {
      if (policy.escalation().isEmpty()) {
        return new int[] {0};
      }
      Escalation esc = policy.escalation().get();
      WorkingCalendar cal = java.util.Objects.requireNonNull(table.calendars().get(esc.calendar()));
      MinuteOracle o = oracle(cal);
      Instant breach = null;
      for (Measure x : measures) {
        if (x != null
            && x.due != null
            && !x.due.isAfter(t)
            && (x.end == null || x.end.isAfter(x.due))) {
          breach = breach == null || x.due.isBefore(breach) ? x.due : breach;
        }
      }
      int level = 0;
      Instant entered = null;
      int next = 0;
      int levels = esc.levels().size();
      while (true) {
        Instant auto =
            level == 0
                ? breach
                : level < levels ? climb(o, entered, esc.levels().get(level - 1).budget()) : null;
        Instant man = next < manual.size() ? manual.get(next) : null;
        boolean byHand = man != null && (auto == null || man.isBefore(auto));
        Instant at = byHand ? man : auto;
        if (at == null || at.isAfter(t)) {
          return new int[] {level};
        }
        if (byHand) {
          next++;
          if (level >= levels) {
            continue;
          }
        }
        level++;
        entered = at;
      }
    }

    boolean inactive(Instant x) {
      Instant term = terminal();
      return paused(caseSpans, x, null)
          || paused(resolvedSpans, x, null)
          || (term != null && !x.isBefore(term));
    }

    boolean inactiveForGood(Instant x) {
      Instant term = terminal();
      return (term != null && !x.isBefore(term))
          || isOpenPauseFrom(caseSpans, x)
          || isOpenPauseFrom(resolvedSpans, x);
    }

    @Nullable Instant climb(MinuteOracle o, @Nullable Instant from, Budget b) {
      if (from == null) {
        return null;
      }
      Instant base = null;
      long minutes;
      Instant start = dayAfter(o.zone(), from, b);
      if (b instanceof Budget.Time time) {
        minutes = time.duration().toMinutes();
      } else {
        Budget.Days d = (Budget.Days) b;
        base = o.plusWorkingDays(from, d.days(), d.rule());
        minutes = o.between(start, base).toMinutes();
      }
      long used = 0;
      long skipped = 0;
      Instant x = start;
      for (long i = 0; used < minutes; i++, x = x.plusSeconds(MINUTE)) {
        if (i > MAX_MINUTES || inactiveForGood(x)) {
          return null;
        }
        boolean working = o.isWorking(x);
        if (working && inactive(x)) {
          skipped++;
        } else if (working) {
          used++;
        }
      }
      return base != null && skipped == 0 ? base : x;
    }
  }
}
