package org.gridgov.sla.clock;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.GridCode;

/**
 * A finished replay read at an instant at or after its last event. What does not depend on the
 * instant was fixed when the replay finished; a running milestone's state compares its frozen
 * warning and due instants with the instant, and its time used takes one calendar call. Holds no
 * arrays of its own: O(1) per accessor.
 */
final class Evaluation implements StatusView {
  final Replay r;
  final String caseId;
  final Instant t;
  final int level;

  Evaluation(String caseId, Replay r, Instant t) {
    this.r = r;
    this.caseId = caseId;
    this.t = t;
    this.level = r.escalations.length == 0 ? 0 : r.levelAt(t);
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
  public Optional<GridCode> grid() {
    return r.grid;
  }

  @Override
  public CasePhase phase() {
    return r.phase;
  }

  @Override
  public CaseOutcome outcome() {
    return r.outcome;
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
    MilestoneState fixed = r.fixedState[m];
    if (fixed != null) {
      return fixed;
    }
    if (r.has(m, Replay.HAS_DUE) && r.atOrBefore(m, Replay.DUE, t)) {
      return MilestoneState.BREACHED;
    }
    if (r.has(m, Replay.HAS_RED) && r.atOrBefore(m, Replay.RED, t)) {
      return MilestoneState.RED;
    }
    if (r.has(m, Replay.HAS_YELLOW) && r.atOrBefore(m, Replay.YELLOW, t)) {
      return MilestoneState.YELLOW;
    }
    return MilestoneState.RUNNING;
  }

  @Override
  public boolean breached(int m) {
    if (r.fixedState[m] != null) {
      return r.has(m, Replay.BREACHED);
    }
    return r.has(m, Replay.HAS_DUE) && r.atOrBefore(m, Replay.DUE, t);
  }

  @Override
  public long elapsedNanos(int m) {
    return r.usedAt(m, t);
  }

  @Override
  public long remainingNanos(int m) {
    return r.budget(m) - r.usedAt(m, t);
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
