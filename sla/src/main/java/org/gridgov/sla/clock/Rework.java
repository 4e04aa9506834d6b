package org.gridgov.sla.clock;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * 返工 — what a failed acceptance ({@link EventKind#ACCEPTANCE_FAILED}) does to the clocks: the
 * milestones from {@code from} on reopen, and each rework is counted.
 *
 * <pre>{@code
 * Rework.of(Rework.Mode.CONTINUE, "resolve");                               // the original clock runs on
 * Rework.newBudget("resolve", Budget.time(Duration.ofHours(12)));           // 12 more hours from the failure
 * }</pre>
 *
 * @param mode how the reopened milestones count
 * @param from the milestone the case goes back to; the milestones after it reopen too
 * @param budget the new budget of {@code from} for {@link Mode#NEW_BUDGET}, empty otherwise
 */
public record Rework(Mode mode, String from, Optional<Budget> budget) {
  /** How reopened milestones count. */
  public enum Mode {
    /**
     * The original clocks continue: the reopened milestones are measured from their old anchors.
     */
    CONTINUE,
    /** The reopened milestones restart at the failure with their budgets. */
    RESTART,
    /** As {@link #RESTART}, with a new budget for the milestone gone back to. */
    NEW_BUDGET
  }

  /**
   * Checks that a budget is given exactly for {@link Mode#NEW_BUDGET}.
   *
   * @param mode how the reopened milestones count
   * @param from the milestone gone back to
   * @param budget the new budget, for {@link Mode#NEW_BUDGET} only
   */
  public Rework {
    checkNotNull(mode, "mode");
    checkNotNull(from, "from");
    checkNotNull(budget, "budget");
    checkArgument(!from.isBlank(), "the milestone a rework goes back to must not be blank");
    checkArgument(
        budget.isPresent() == (mode == Mode.NEW_BUDGET),
        "a rework has a budget exactly when its mode is NEW_BUDGET, got %s with %s",
        mode,
        budget);
  }

  /**
   * Rework that continues or restarts the clocks.
   *
   * @param mode {@link Mode#CONTINUE} or {@link Mode#RESTART}
   * @param from the milestone gone back to
   * @return the rework rule
   */
  public static Rework of(Mode mode, String from) {
    return new Rework(mode, from, Optional.empty());
  }

  /**
   * Rework with a new budget for the milestone gone back to.
   *
   * @param from the milestone gone back to
   * @param budget its new budget, counted from the failure
   * @return the rework rule
   */
  public static Rework newBudget(String from, Budget budget) {
    return new Rework(Mode.NEW_BUDGET, from, Optional.of(budget));
  }
}
