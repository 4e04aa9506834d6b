package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Which stars make which {@link Tier}: advanced from {@code advancedFrom} stars, average from
 * {@code averageFrom}, lagging below (below three stars = rectification target, as in Zhejiang). A
 * 软弱涣散 trigger makes an organisation lagging whatever its stars.
 *
 * @param advancedFrom the least stars of an advanced organisation, 1 to 5
 * @param averageFrom the least stars of an average organisation, 0 to {@code advancedFrom - 1}
 */
public record TierRules(int advancedFrom, int averageFrom) {
  /** Advanced from four stars, average from three: the default. */
  public static final TierRules DEFAULT = new TierRules(4, 3);

  /**
   * Checks the thresholds.
   *
   * @param advancedFrom 1 to 5
   * @param averageFrom 0 to advancedFrom - 1
   */
  public TierRules {
    Checks.stars(advancedFrom, "advancedFrom");
    Checks.stars(averageFrom, "averageFrom");
    checkArgument(
        averageFrom < advancedFrom,
        "averageFrom %s must be below advancedFrom %s",
        averageFrom,
        advancedFrom);
  }

  /**
   * The tier of a number of stars, before 软弱涣散 triggers.
   *
   * @param stars the stars
   * @return the tier
   */
  public Tier tierOf(int stars) {
    return stars >= advancedFrom
        ? Tier.ADVANCED
        : stars >= averageFrom ? Tier.AVERAGE : Tier.LAGGING;
  }
}
