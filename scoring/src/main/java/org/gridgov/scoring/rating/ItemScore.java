package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * What one item scored: its maximum less the worst deduction found, never below 0.
 *
 * @param item the item's id
 * @param name the item's name
 * @param section the section's id
 * @param maximum the item's maximum
 * @param score the score, from 0 to the maximum
 * @param applied the deduction that counted, if any (the worst of those found)
 * @param clauseText the text of the clause that counted, empty if none
 */
public record ItemScore(
    String item,
    String name,
    String section,
    Points maximum,
    Points score,
    Optional<Assessment.Deduction> applied,
    String clauseText) {
  /**
   * Checks the fields.
   *
   * @param item the item's id
   * @param name the name
   * @param section the section's id
   * @param maximum the maximum
   * @param score from 0 to the maximum
   * @param applied the deduction
   * @param clauseText the clause's text
   */
  public ItemScore {
    checkNotNull(item, "item");
    checkNotNull(name, "name");
    checkNotNull(section, "section");
    checkNotNull(maximum, "maximum");
    checkNotNull(score, "score");
    checkNotNull(applied, "applied");
    checkNotNull(clauseText, "clauseText");
    checkArgument(
        !score.isNegative() && score.compareTo(maximum) <= 0,
        "score %s must lie in [0, %s]",
        score,
        maximum);
  }

  /**
   * The points lost.
   *
   * @return maximum minus score
   */
  public Points lost() {
    return maximum.minus(score);
  }
}
