package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * 准入条件 — a condition beyond the score for a number of stars and every number above it: five stars
 * also need a party-building innovation project. An organisation whose score earns {@code stars} or
 * more but fails the gate gets {@code stars - 1} at most.
 *
 * @param id the gate's id, unique among the rubric's gates
 * @param name what the gate asks, in the rubric's words
 * @param stars the least number of stars the gate guards, 1 to 5
 * @param condition what it requires
 */
public record Gate(String id, String name, int stars, GateCondition condition) {
  /**
   * Checks the fields.
   *
   * @param id the id, not blank
   * @param name the name, not blank
   * @param stars 1 to 5
   * @param condition the condition
   */
  public Gate {
    checkNotNull(condition, "condition");
    Checks.id(id, "gate id");
    Checks.text(name, "gate name");
    Checks.stars(stars, "gate stars");
    checkArgument(stars >= 1, "a gate guards 1 star or more, got %s", stars);
  }
}
