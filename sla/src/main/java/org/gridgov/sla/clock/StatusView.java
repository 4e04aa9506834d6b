package org.gridgov.sla.clock;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.GridCode;

/**
 * A case's status at an instant read through accessors instead of built as values: what {@link
 * CaseStatus} holds, for aggregating millions of cases without allocating a status per case. {@link
 * CaseLog#view(Instant)} gives one (a few small arrays), {@link CaseStatus} is one. Milestones are
 * addressed by index, in the policy's order.
 *
 * <pre>{@code
 * StatusView v = log.view(at);
 * for (int m = 0; m < v.milestoneCount(); m++) {
 *   if (v.milestoneState(m) == MilestoneState.BREACHED) { ... v.due(m) ... }
 * }
 * }</pre>
 */
public interface StatusView {
  /**
   * The case's id.
   *
   * @return the id
   */
  String caseId();

  /**
   * The instant.
   *
   * @return the instant
   */
  Instant at();

  /**
   * What the case is about.
   *
   * @return the facts
   */
  CaseFacts facts();

  /**
   * The case's grid, for grouping: {@code facts().grid()}.
   *
   * @return the grid, if the case names one
   */
  default Optional<GridCode> grid() {
    return facts().grid();
  }

  /**
   * Where it stands.
   *
   * @return the phase
   */
  CasePhase phase();

  /**
   * How it counts in the on-time figures.
   *
   * @return the outcome
   */
  CaseOutcome outcome();

  /**
   * Who holds it.
   *
   * @return the tier
   */
  Tier tier();

  /**
   * Failed acceptances.
   *
   * @return the count
   */
  int reworks();

  /**
   * Extensions granted.
   *
   * @return the count
   */
  int extensions();

  /**
   * Whether it was resolved at least once.
   *
   * @return true if resolved
   */
  boolean resolved();

  /**
   * The number of milestones.
   *
   * @return the count
   */
  int milestoneCount();

  /**
   * The index of the closing milestone.
   *
   * @return the index
   */
  int closingMilestone();

  /**
   * A milestone's id.
   *
   * @param m the index
   * @return the id
   */
  String milestoneId(int m);

  /**
   * A milestone's state.
   *
   * @param m the index
   * @return the state
   */
  MilestoneState milestoneState(int m);

  /**
   * Whether a milestone passed its due instant unmet, or was met late.
   *
   * @param m the index
   * @return true if breached
   */
  boolean breached(int m);

  /**
   * A milestone's time used, in nanoseconds of its clock.
   *
   * @param m the index
   * @return the time used
   */
  long elapsedNanos(int m);

  /**
   * A milestone's time left, in nanoseconds of its clock; negative when overdue.
   *
   * @param m the index
   * @return the time left
   */
  long remainingNanos(int m);

  /**
   * Whether a milestone has a due instant (it has started and is not paused indefinitely).
   *
   * @param m the index
   * @return true if {@link #due(int)} may be called
   */
  boolean hasDue(int m);

  /**
   * A milestone's due instant.
   *
   * @param m the index
   * @return the due instant
   * @throws IllegalStateException if it has none
   */
  Instant due(int m);
}
