package org.gridgov.sla.clock;

import java.time.Instant;
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
      if (!r.has(m, Replay.STARTED)) {
        state[m] = terminal != null ? MilestoneState.CANCELLED : MilestoneState.NOT_STARTED;
        continue;
      }
      Instant met = r.metAt[m];
      boolean hasDue = r.has(m, Replay.HAS_DUE);
      used[m] = r.usedAt(m, t);
      if (met != null) {
        breached[m] = hasDue && r.after(m, Replay.DUE, met);
        state[m] = breached[m] ? MilestoneState.MET_LATE : MilestoneState.MET_ON_TIME;
      } else if (terminal != null) {
        breached[m] = hasDue && r.after(m, Replay.DUE, terminal);
        state[m] = MilestoneState.CANCELLED;
      } else {
        breached[m] = hasDue && r.atOrBefore(m, Replay.DUE, t);
        if (r.has(m, Replay.PAUSED)) {
          state[m] = MilestoneState.PAUSED;
        } else if (breached[m]) {
          state[m] = MilestoneState.BREACHED;
        } else if (r.has(m, Replay.HAS_RED) && r.atOrBefore(m, Replay.RED, t)) {
          state[m] = MilestoneState.RED;
        } else if (r.has(m, Replay.HAS_YELLOW) && r.atOrBefore(m, Replay.YELLOW, t)) {
          state[m] = MilestoneState.YELLOW;
        } else {
          state[m] = MilestoneState.RUNNING;
        }
      }
    }
    level = r.levelAt(t);
    Instant closingMet = r.metAt[p.closing];
    closedAt = closingMet != null ? closingMet : r.accepted;
    if (r.cancelled != null) {
      outcome = CaseOutcome.CANCELLED;
    } else if (r.firstDeferred != null) {
      outcome = CaseOutcome.DEFERRED;
    } else if (closedAt != null) {
      outcome =
          !r.has(p.closing, Replay.HAS_DUE) || !r.after(p.closing, Replay.DUE, closedAt)
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
    return r.budget(m) - used[m];
  }

  @Override
  public boolean hasDue(int m) {
    return r.has(m, Replay.HAS_DUE);
  }

  @Override
  public Instant due(int m) {
    Instant due = r.instant(m, Replay.DUE, Replay.HAS_DUE);
    if (due == null) {
      throw new IllegalStateException("milestone " + r.p.ids[m] + " has no due instant");
    }
    return due;
  }
}
