package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What one section scored: the sum of its items.
 *
 * @param section the section's id
 * @param name the section's name
 * @param maximum the section's maximum
 * @param score the score, from 0 to the maximum
 */
public record SectionScore(String section, String name, Points maximum, Points score) {
  /**
   * Checks the fields.
   *
   * @param section the id
   * @param name the name
   * @param maximum the maximum
   * @param score from 0 to the maximum
   */
  public SectionScore {
    checkNotNull(section, "section");
    checkNotNull(name, "name");
    checkNotNull(maximum, "maximum");
    checkNotNull(score, "score");
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
