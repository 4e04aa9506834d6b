package org.gridgov.sla.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.jspecify.annotations.Nullable;

/** Builds a {@link CaseStatus} from an evaluation, and the escalation schedule of a replay. */
final class Statuses {
  /** Where the escalation schedule stops looking: escalation is done by then. */
  private static final int MAX_TRANSITIONS = 64;

  private Statuses() {}

  static CaseStatus status(String caseId, Replay r, Instant t) {
    Evaluation e = new Evaluation(caseId, r, t);
    CompiledPolicy p = r.p;
    List<MilestoneStatus> milestones = new ArrayList<>(p.count);
    Alert nextAlert = null;
    Alert nextWarning = null;
    Alert nextBreach = null;
    for (int m = 0; m < p.count; m++) {
      MilestoneState state = e.milestoneState(m);
      boolean breached = e.breached(m);
      boolean started = r.has(m, Replay.STARTED);
      Instant due = r.instant(m, Replay.DUE, Replay.HAS_DUE);
      Instant yellowAt = r.instant(m, Replay.YELLOW, Replay.HAS_YELLOW);
      Instant redAt = r.instant(m, Replay.RED, Replay.HAS_RED);
      Instant reminderAt = breached ? r.instant(m, Replay.REMINDER, Replay.HAS_REMINDER) : null;
      boolean reminded = breached && r.has(m, Replay.REMINDED);
      String id = p.ids[m];
      if (state.isRunning()) {
        Instant y = yellowAt;
        Instant red = redAt;
        if (y != null && y.isAfter(t)) {
          nextWarning = earlier(nextWarning, new Alert(y, Alert.Kind.YELLOW, Optional.of(id)));
        } else if (red != null && red.isAfter(t)) {
          nextWarning = earlier(nextWarning, new Alert(red, Alert.Kind.RED, Optional.of(id)));
        }
        if (due != null && due.isAfter(t)) {
          nextBreach = earlier(nextBreach, new Alert(due, Alert.Kind.BREACH, Optional.of(id)));
        }
        if (reminderAt != null && !reminded && reminderAt.isAfter(t)) {
          nextAlert =
              earlier(nextAlert, new Alert(reminderAt, Alert.Kind.REMINDER, Optional.of(id)));
        }
      }
      long budget = r.budget(m);
      long elapsed = e.elapsedNanos(m);
      double share = budget > 0 && elapsed > 0 ? (double) elapsed / budget : 0.0;
      boolean warn = started && r.metAt[m] == null && r.terminal() == null;
      milestones.add(
          new MilestoneStatus(
              id,
              p.policy.milestones().get(m).name(),
              state,
              p.calName[m],
              Duration.ofNanos(budget),
              started ? Optional.of(r.anchorAt[m]) : Optional.empty(),
              Optional.ofNullable(due),
              Duration.ofNanos(elapsed),
              Duration.ofNanos(budget - elapsed),
              share,
              warn ? Optional.ofNullable(yellowAt) : Optional.empty(),
              warn ? Optional.ofNullable(redAt) : Optional.empty(),
              Optional.ofNullable(r.metAt[m]),
              breached,
              Optional.ofNullable(reminderAt),
              reminded,
              r.mExtensions[m],
              r.resets[m]));
    }
    Instant next = r.transition(e.level);
    EscalationStatus escalation =
        e.level == 0 && next == null
            ? EscalationStatus.NONE
            : new EscalationStatus(
                e.level,
                e.tier(),
                Optional.ofNullable(e.level == 0 ? null : r.transition(e.level - 1)),
                Optional.ofNullable(next));
    if (next != null) {
      nextAlert = earlier(nextAlert, new Alert(next, Alert.Kind.ESCALATION, Optional.empty()));
    }
    nextAlert = earlier(nextAlert, nextWarning);
    nextAlert = earlier(nextAlert, nextBreach);
    return new CaseStatus(
        caseId,
        t,
        p.cal[0].zone(),
        p.policy.name(),
        r.facts,
        r.phase,
        r.outcome,
        Optional.ofNullable(r.clockStart),
        Optional.ofNullable(r.closedAt),
        Optional.ofNullable(r.firstResolved),
        p.ids[p.closing],
        milestones,
        escalation,
        new CaseCounts(
            r.returns,
            r.redispatches,
            r.reworks,
            r.extensions,
            r.suspensions,
            r.reminders.size(),
            r.manualEscalations.size()),
        Optional.ofNullable(nextAlert),
        Optional.ofNullable(nextWarning),
        Optional.ofNullable(nextBreach),
        r.rejections());
  }

  private static @Nullable Alert earlier(@Nullable Alert a, @Nullable Alert b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return b.at().isBefore(a.at()) ? b : a;
  }

  /**
   * The escalation schedule of a finished replay, assuming no further events: level 1 at the first
   * breach (a due instant passed with the milestone unmet) or 督办, then one level up at each 督办 or
   * when a level's budget runs out while the case is unresolved and not suspended. The instants of
   * the transitions, in order; empty if the case never escalates.
   */
  static List<Instant> schedule(Replay r, Replay.Measure[] ms) {
    CompiledPolicy p = r.p;
    int levels = p.escTier.length;
    WorkingCalendar cal = p.escCal;
    if (levels == 0 || cal == null) {
      return List.of();
    }
    Instant breach = null;
    for (int m = 0; m < p.count; m++) {
      Instant due = ms[m].due;
      Instant end = ms[m].end;
      if (due != null && (end == null || end.isAfter(due))) {
        breach = breach == null || due.isBefore(breach) ? due : breach;
      }
    }
    List<Instant> manual = r.manualEscalations;
    if (breach == null && manual.isEmpty()) {
      return List.of();
    }
    Intervals inactive =
        Intervals.union(r.pausesOf(CompiledPolicy.SUSPENDED | CompiledPolicy.DEFERRED), r.resolved);
    Instant terminal = r.terminal();
    if (terminal != null) {
      inactive.add(terminal, null);
    }
    List<Instant> transitions = new ArrayList<>(levels);
    Instant entered = null;
    int next = 0;
    long[] paused = new long[1];
    while (transitions.size() < MAX_TRANSITIONS) {
      int level = transitions.size();
      Instant auto;
      if (level == 0) {
        auto = breach;
      } else if (level < levels && entered != null) {
        auto = reach(r.memo, cal, entered, p.escBudget[level - 1], inactive, paused);
      } else {
        auto = null;
      }
      Instant man = next < manual.size() ? manual.get(next) : null;
      boolean byHand = man != null && (auto == null || man.isBefore(auto));
      Instant at = byHand ? man : auto;
      if (at == null) {
        break;
      }
      if (byHand) {
        next++;
        if (level >= levels) {
          continue;
        }
      }
      transitions.add(at);
      entered = at;
    }
    return List.copyOf(transitions);
  }

  private static @Nullable Instant reach(
      Memo memo, WorkingCalendar cal, Instant from, Budget b, Intervals inactive, long[] paused) {
    Instant origin = Clocks.countsFrom(cal, from, b);
    Instant base = Clocks.dayDue(cal, from, b, 0);
    long budget = Clocks.budgetNanos(memo, cal, origin, b, 0, base);
    Instant at = Clocks.reach(memo, cal, origin, budget, inactive, null, paused);
    return at != null && base != null && paused[0] == 0 ? base : at;
  }
}
