package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 名额 — the most organisations of a round that may hold a number of stars, as a share of those
 * rated: five-star at most 10 %, four-star at most 20 % (first year); 通江 2/3/5 % for 5/4/3 stars.
 * The count is the share times the organisations rated, rounded down: 10 % of 25 is 2.
 *
 * @param stars the stars limited, 1 to 5
 * @param maxShare the share, above 0 and at most 1; normalised (no trailing zeros)
 */
public record Quota(int stars, BigDecimal maxShare) {
  /**
   * Checks and normalises.
   *
   * @param stars 1 to 5
   * @param maxShare in (0, 1]
   */
  public Quota {
    checkNotNull(maxShare, "maxShare");
    Checks.stars(stars, "stars");
    checkArgument(stars >= 1, "a quota limits 1 star or more, got %s", stars);
    checkArgument(
        maxShare.signum() > 0 && maxShare.compareTo(BigDecimal.ONE) <= 0,
        "maxShare must be above 0 and at most 1, got %s",
        maxShare.toPlainString());
    maxShare = Measures.normalise(maxShare);
  }

  /**
   * A quota in percent.
   *
   * @param stars the stars
   * @param percent the share in percent, such as {@code 10}
   * @return the quota
   */
  public static Quota percent(int stars, String percent) {
    return new Quota(stars, new BigDecimal(percent).movePointLeft(2));
  }

  /**
   * How many organisations may hold the stars.
   *
   * @param rated the organisations rated in the round
   * @return {@code floor(maxShare × rated)}
   */
  public int maxCount(int rated) {
    checkArgument(rated >= 0, "rated must be >= 0, got %s", rated);
    return maxShare.multiply(BigDecimal.valueOf(rated)).setScale(0, RoundingMode.FLOOR).intValue();
  }
}
