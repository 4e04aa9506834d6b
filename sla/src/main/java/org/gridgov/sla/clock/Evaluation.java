package org.gridgov.sla.clock;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A finished replay read at an instant at or after its last event: per milestone the state, the
 * time used and whether it breached, and the case's outcome, phase and escalation level. O(m) with
 * one calendar call per running milestone; a few small arrays.
 */
final class Evaluation implements StatusView {
  final Replay r;
  final String caseId;
  final Instant t;
  final MilestoneState[] state;
  final long[] used;
  final boolean[] breached;
  final int level;
  final CaseOutcome outcome;
  final CasePhase phase;
  final @Nullable Instant closedAt;

  Evaluation(String caseId, Replay r, Instant t) {
    this.r = r;
    this.caseId = caseId;
    this.t = t;
    CompiledPolicy p = r.p;
    state = new MilestoneState[p.count];
    used = new long[p.count];
    breached = new boolean[p.count];
    Instant terminal = r.terminal();
    for (int m = 0; m < p.count; m++) {
      Replay.Measure x = r.frozen[m];
      Instant met = r.metAt[m];
      Instant due = x.due;
      if (!x.started) {
        state[m] = terminal != null ? MilestoneState.CANCELLED : MilestoneState.NOT_STARTED;
        continue;
      }
      used[m] = r.usedAt(m, t);
      if (met != null) {
        breached[m] = due != null && met.isAfter(due);
        state[m] = breached[m] ? MilestoneState.MET_LATE : MilestoneState.MET_ON_TIME;
      } else if (terminal != null) {
        breached[m] = due != null && terminal.isAfter(due);
        state[m] = MilestoneState.CANCELLED;
      } else {
        breached[m] = due != null && !t.isBefore(due);
        Instant red = x.redAt;
        Instant yellow = x.yellowAt;
        if (x.paused) {
          state[m] = MilestoneState.PAUSED;
        } else if (breached[m]) {
          state[m] = MilestoneState.BREACHED;
        } else if (red != null && !t.isBefore(red)) {
          state[m] = MilestoneState.RED;
        } else if (yellow != null && !t.isBefore(yellow)) {
          state[m] = MilestoneState.YELLOW;
        } else {
          state[m] = MilestoneState.RUNNING;
        }
      }
    }
    List<Instant> esc = r.escalations;
    int l = 0;
    while (l < esc.size() && !esc.get(l).isAfter(t)) {
      l++;
    }
    level = l;
    Instant closingMet = r.metAt[p.closing];
    closedAt = closingMet != null ? closingMet : r.accepted;
    Instant closingDue = r.frozen[p.closing].due;
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
  }

  @Override
  public String caseId() {
    return caseId;
  }

  @Override
  public Instant at() {
    return t;
  }

  @Override
  public CaseFacts facts() {
    return r.facts;
  }

  @Override
  public CasePhase phase() {
    return phase;
  }

  @Override
  public CaseOutcome outcome() {
    return outcome;
  }

  @Override
  public Tier tier() {
    return level == 0 ? Tier.COMMUNITY : r.p.escTier[level - 1];
  }

  @Override
  public int reworks() {
    return r.reworks;
  }

  @Override
  public int extensions() {
    return r.extensions;
  }

  @Override
  public boolean resolved() {
    return r.firstResolved != null;
  }

  @Override
  public int milestoneCount() {
    return r.p.count;
  }

  @Override
  public int closingMilestone() {
    return r.p.closing;
  }

  @Override
  public String milestoneId(int m) {
    return r.p.ids[m];
  }

  @Override
  public MilestoneState milestoneState(int m) {
    return state[m];
  }

  @Override
  public boolean breached(int m) {
    return breached[m];
  }

  @Override
  public long elapsedNanos(int m) {
    return used[m];
  }

  @Override
  public long remainingNanos(int m) {
    return r.frozen[m].budget - used[m];
  }

  @Override
  public boolean hasDue(int m) {
    return r.frozen[m].due != null;
  }

  @Override
  public Instant due(int m) {
    Instant due = r.frozen[m].due;
    if (due == null) {
      throw new IllegalStateException("milestone " + r.p.ids[m] + " has no due instant");
    }
    return due;
  }
}
