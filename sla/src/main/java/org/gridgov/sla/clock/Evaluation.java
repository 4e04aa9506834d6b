package org.gridgov.sla.clock;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.GridCode;
import org.jspecify.annotations.Nullable;

/**
 * A finished replay read at an instant at or after its last event, through its frozen row (a
 * replay's own, or a copy of it in a {@link CaseRegister}). What does not depend on the instant was
 * fixed when the replay finished; a running milestone's state compares its frozen warning and due
 * instants with the instant, and its time used takes one calendar call. Holds no arrays of its own:
 * O(1) per accessor. The replay itself is read only for the facts.
 */
final class Evaluation implements StatusView {
  final Replay r;
  final String caseId;
  final Instant t;
  final int level;
  private final long[] a;
  private final int base;
  private final CompiledPolicy p;
  private final @Nullable GridCode grid;

  Evaluation(String caseId, Replay r, Instant t) {
    this(caseId, r, r.fz, 0, r.p, r.grid, t);
  }

  /** A case's row at {@code base} of {@code a}, under policy {@code p}. */
  Evaluation(
      String caseId,
      Replay r,
      long[] a,
      int base,
      CompiledPolicy p,
      @Nullable GridCode grid,
      Instant t) {
    this.r = r;
    this.caseId = caseId;
    this.t = t;
    this.a = a;
    this.base = base;
    this.p = p;
    this.grid = grid;
    this.level = Replay.transitions(a, base) == 0 ? 0 : Replay.levelAt(a, base, p.count, t);
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
    return Optional.ofNullable(grid);
  }

  @Override
  public CasePhase phase() {
    return Replay.phase(a, base);
  }

  @Override
  public CaseOutcome outcome() {
    return Replay.outcome(a, base);
  }

  @Override
  public Tier tier() {
    return level == 0 ? Tier.COMMUNITY : p.escTier[level - 1];
  }

  @Override
  public int reworks() {
    return Replay.reworks(a, base);
  }

  @Override
  public int extensions() {
    return Replay.extensions(a, base);
  }

  @Override
  public boolean resolved() {
    return Replay.resolved(a, base);
  }

  @Override
  public int milestoneCount() {
    return p.count;
  }

  @Override
  public int closingMilestone() {
    return p.closing;
  }

  @Override
  public String milestoneId(int m) {
    return p.ids[m];
  }

  @Override
  public MilestoneState milestoneState(int m) {
    MilestoneState fixed = Replay.fixedState(a, base, m);
    if (fixed != null) {
      return fixed;
    }
    if (Replay.has(a, base, m, Replay.HAS_DUE) && Replay.atOrBefore(a, base, m, Replay.DUE, t)) {
      return MilestoneState.BREACHED;
    }
    if (Replay.has(a, base, m, Replay.HAS_RED) && Replay.atOrBefore(a, base, m, Replay.RED, t)) {
      return MilestoneState.RED;
    }
    if (Replay.has(a, base, m, Replay.HAS_YELLOW)
        && Replay.atOrBefore(a, base, m, Replay.YELLOW, t)) {
      return MilestoneState.YELLOW;
    }
    return MilestoneState.RUNNING;
  }

  @Override
  public boolean breached(int m) {
    if (Replay.fixedState(a, base, m) != null) {
      return Replay.has(a, base, m, Replay.BREACHED);
    }
    return Replay.has(a, base, m, Replay.HAS_DUE) && Replay.atOrBefore(a, base, m, Replay.DUE, t);
  }

  @Override
  public long elapsedNanos(int m) {
    return Replay.usedAt(a, base, p, m, t);
  }

  @Override
  public long remainingNanos(int m) {
    return Replay.budget(a, base, m) - Replay.usedAt(a, base, p, m, t);
  }

  @Override
  public boolean hasDue(int m) {
    return Replay.has(a, base, m, Replay.HAS_DUE);
  }

  @Override
  public Instant due(int m) {
    Instant due = Replay.instant(a, base, m, Replay.DUE, Replay.HAS_DUE);
    if (due == null) {
      throw new IllegalStateException("milestone " + p.ids[m] + " has no due instant");
    }
    return due;
  }
}
