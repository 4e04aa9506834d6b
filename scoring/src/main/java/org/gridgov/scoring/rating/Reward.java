package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * 奖补 — what a number of stars brings: a yearly subsidy and a share of the party-work funds (five
 * stars 110 %, no star 90 %: 10 % deducted).
 *
 * @param stars the stars, 0 to 5
 * @param subsidyYuan the yearly subsidy in yuan, at least 0
 * @param fundsPercent the party-work funds as a percentage of the standard, 0 to 1000
 * @param note the rule in the rubric's words, may be empty
 */
public record Reward(int stars, long subsidyYuan, int fundsPercent, String note) {
  /**
   * Checks the fields.
   *
   * @param stars 0 to 5
   * @param subsidyYuan at least 0
   * @param fundsPercent 0 to 1000
   * @param note the note
   */
  public Reward {
    Checks.stars(stars, "stars");
    checkArgument(subsidyYuan >= 0, "subsidyYuan must be >= 0, got %s", subsidyYuan);
    checkArgument(
        fundsPercent >= 0 && fundsPercent <= 1000,
        "fundsPercent must be from 0 to 1000, got %s",
        fundsPercent);
    checkNotNull(note, "note");
  }
}
