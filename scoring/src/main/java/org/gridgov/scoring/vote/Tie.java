package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Candidates with equal scores (并列), reported whether or not it mattered, with how the round's
 * tie-break chain ordered them.
 *
 * @param candidates the tied candidates' ids, sorted
 * @param score their score
 * @param order the order the chain gave them; within an unsettled part, by id (provisional)
 * @param steps the steps that separated some of them, in order
 * @param settled whether the chain separated them all
 * @param decisive whether some but not all of them won seats (the order, or a regional limit,
 *     decided a seat)
 * @param explanation how they were ordered, for the published result: each step that had data for a
 *     group of them, with the values, "(equal)" after a step that found them equal
 * @see VoteResult#isSettled()
 */
public record Tie(
    List<String> candidates,
    BigDecimal score,
    List<String> order,
    List<TieBreak> steps,
    boolean settled,
    boolean decisive,
    String explanation) {
  /**
   * Checks and copies.
   *
   * @param candidates the ids
   * @param score the score
   * @param order the order
   * @param steps the steps
   * @param settled whether settled
   * @param decisive whether decisive
   * @param explanation the explanation
   */
  public Tie {
    candidates = List.copyOf(candidates);
    order = List.copyOf(order);
    steps = List.copyOf(steps);
    checkNotNull(score, "score");
    checkNotNull(explanation, "explanation");
    checkArgument(candidates.size() >= 2, "a tie has at least two candidates");
    checkArgument(
        order.size() == candidates.size() && order.containsAll(candidates),
        "the order has the tied candidates");
  }

  /**
   * The step that completed the separation, if the tie was settled.
   *
   * @return the last step applied
   */
  public Optional<TieBreak> settledBy() {
    return settled && !steps.isEmpty()
        ? Optional.of(steps.get(steps.size() - 1))
        : Optional.empty();
  }
}
