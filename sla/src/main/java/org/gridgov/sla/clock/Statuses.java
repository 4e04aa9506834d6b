package org.gridgov.sla.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.jspecify.annotations.Nullable;

/** Builds a {@link CaseStatus} from a replay: milestones, outcome, escalation, next alerts. */
final class Statuses {
  private Statuses() {}

  static CaseStatus status(String caseId, Replay r, Instant t) {
    CompiledPolicy p = r.p;
    Replay.Measure[] ms = new Replay.Measure[p.count];
    for (int m = 0; m < p.count; m++) {
      ms[m] = r.measure(m, t, true);
    }
    Instant terminal = r.terminal();
    List<MilestoneStatus> milestones = new ArrayList<>(p.count);
    Alert nextAlert = null;
    Alert nextWarning = null;
    Alert nextBreach = null;
    for (int m = 0; m < p.count; m++) {
      Replay.Measure x = ms[m];
      Instant met = r.metAt[m];
      Instant due = x.due;
      MilestoneState state;
      boolean breached;
      if (!x.started) {
        state = terminal != null ? MilestoneState.CANCELLED : MilestoneState.NOT_STARTED;
        breached = false;
      } else if (met != null) {
        breached = due != null && met.isAfter(due);
        state = breached ? MilestoneState.MET_LATE : MilestoneState.MET_ON_TIME;
      } else if (terminal != null) {
        state = MilestoneState.CANCELLED;
        breached = due != null && terminal.isAfter(due);
      } else {
        breached = due != null && !t.isBefore(due);
        Instant red = x.redAt;
        Instant yellow = x.yellowAt;
        if (x.paused) {
          state = MilestoneState.PAUSED;
        } else if (breached) {
          state = MilestoneState.BREACHED;
        } else if (red != null && !t.isBefore(red)) {
          state = MilestoneState.RED;
        } else if (yellow != null && !t.isBefore(yellow)) {
          state = MilestoneState.YELLOW;
        } else {
          state = MilestoneState.RUNNING;
        }
      }
      Instant reminderAt = null;
      boolean reminded = false;
      if (breached && due != null) {
        reminded = r.remindedSince(due);
        java.time.Duration delay = p.reminder[m];
        if (delay != null && met == null && terminal == null) {
          WorkingCalendar cal = p.cal[m];
          reminderAt = cal.nextWorkingInstant(due.plus(delay)).instant();
        }
      }
      String id = p.ids[m];
      if (state.isRunning()) {
        Instant y = x.yellowAt;
        Instant red = x.redAt;
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
      long budget = x.budget;
      long elapsed = x.elapsed;
      double share = budget > 0 && elapsed > 0 ? (double) elapsed / budget : 0.0;
      milestones.add(
          new MilestoneStatus(
              id,
              p.policy.milestones().get(m).name(),
              state,
              p.calName[m],
              Duration.ofNanos(budget),
              x.started ? Optional.of(r.anchorAt[m]) : Optional.empty(),
              Optional.ofNullable(due),
              Duration.ofNanos(elapsed),
              Duration.ofNanos(budget - elapsed),
              share,
              Optional.ofNullable(x.yellowAt),
              Optional.ofNullable(x.redAt),
              Optional.ofNullable(met),
              breached,
              Optional.ofNullable(reminderAt),
              reminded,
              r.mExtensions[m],
              r.resets[m]));
    }
    EscalationStatus escalation = escalation(r, t, ms);
    Instant nextEscalation = escalation.next().orElse(null);
    if (nextEscalation != null) {
      nextAlert =
          earlier(nextAlert, new Alert(nextEscalation, Alert.Kind.ESCALATION, Optional.empty()));
    }
    nextAlert = earlier(nextAlert, nextWarning);
    nextAlert = earlier(nextAlert, nextBreach);

    Instant closedAt = r.metAt[p.closing] != null ? r.metAt[p.closing] : r.accepted;
    Instant closingDue = ms[p.closing].due;
    CaseOutcome outcome;
    if (r.cancelled != null) {
      outcome = CaseOutcome.CANCELLED;
    } else if (r.firstDeferred != null) {
      outcome = CaseOutcome.DEFERRED;
    } else if (closedAt != null) {
      outcome =
          closingDue == null || !closedAt.isAfter(closingDue)
              ? CaseOutcome.ON_TIME
              : CaseOutcome.LATE;
    } else {
      outcome = CaseOutcome.OPEN;
    }
    CasePhase phase;
    if (!r.opened()) {
      phase = CasePhase.NOT_OPENED;
    } else if (r.cancelled != null) {
      phase = CasePhase.CANCELLED;
    } else if (closedAt != null) {
      phase = CasePhase.CLOSED;
    } else if (r.deferredSince != null) {
      phase = CasePhase.DEFERRED;
    } else if (r.suspendedSince != null) {
      phase = CasePhase.SUSPENDED;
    } else if (r.resolvedAt != null) {
      phase = CasePhase.RESOLVED;
    } else {
      phase = CasePhase.OPEN;
    }
    return new CaseStatus(
        caseId,
        t,
        p.cal[0].zone(),
        p.policy.name(),
        r.facts,
        phase,
        outcome,
        Optional.ofNullable(r.clockStart),
        Optional.ofNullable(closedAt),
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
   * The escalation at {@code t}: level 0 until the first breach or 督办, then one level up at each 督办
   * or when a level's budget runs out while the case is unresolved and not suspended.
   */
  static EscalationStatus escalation(Replay r, Instant t, Replay.Measure[] ms) {
    CompiledPolicy p = r.p;
    int levels = p.escTier.length;
    WorkingCalendar cal = p.escCal;
    if (levels == 0 || cal == null) {
      return EscalationStatus.NONE;
    }
    Instant breach = null;
    for (int m = 0; m < p.count; m++) {
      Instant due = ms[m].due;
      Instant end = ms[m].end;
      if (due != null && !due.isAfter(t) && (end == null || end.isAfter(due))) {
        breach = breach == null || due.isBefore(breach) ? due : breach;
      }
    }
    List<Instant> manual = r.manualEscalations;
    if (breach == null && manual.isEmpty()) {
      return EscalationStatus.NONE;
    }
    Intervals inactive =
        Intervals.union(r.pausesOf(CompiledPolicy.SUSPENDED | CompiledPolicy.DEFERRED), r.resolved);
    Instant terminal = r.terminal();
    if (terminal != null) {
      inactive.add(terminal, null);
    }
    int level = 0;
    Instant entered = null;
    Instant upcoming = null;
    int next = 0;
    long[] paused = new long[1];
    while (true) {
      Instant auto;
      if (level == 0) {
        auto = breach;
      } else if (level < levels && entered != null) {
        auto = reach(cal, entered, p.escBudget[level - 1], inactive, paused);
      } else {
        auto = null;
      }
      Instant man = next < manual.size() ? manual.get(next) : null;
      boolean byHand = man != null && (auto == null || man.isBefore(auto));
      Instant at = byHand ? man : auto;
      if (at == null || at.isAfter(t)) {
        upcoming = auto != null && auto.isAfter(t) && level < levels ? auto : null;
        break;
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
    return new EscalationStatus(
        level,
        level == 0 ? Tier.COMMUNITY : p.escTier[level - 1],
        Optional.ofNullable(entered),
        Optional.ofNullable(upcoming));
  }

  private static @Nullable Instant reach(
      WorkingCalendar cal, Instant from, Budget b, Intervals inactive, long[] paused) {
    long budget;
    Instant base = null;
    if (b.kind() == Budget.Kind.TIME) {
      budget = Clocks.nanos(((Budget.Time) b).duration());
    } else {
      Budget.Days d = (Budget.Days) b;
      base = cal.plusWorkingDays(from, d.days(), d.rule()).instant();
      budget = Clocks.work(cal, from, base);
    }
    Instant at = Clocks.reach(cal, from, budget, inactive, null, paused);
    return at != null && base != null && paused[0] == 0 ? base : at;
  }
}
