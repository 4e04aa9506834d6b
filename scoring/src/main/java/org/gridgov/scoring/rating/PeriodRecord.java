package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One organisation's result in one round, as {@link History} keeps it.
 *
 * @param period the round's period, such as {@code 2023}
 * @param stars the stars held
 * @param tier the tier
 * @param total the total
 */
public record PeriodRecord(String period, int stars, Tier tier, Points total) {
  /**
   * Checks the fields.
   *
   * @param period not blank
   * @param stars 0 to 5
   * @param tier the tier
   * @param total the total
   */
  public PeriodRecord {
    Checks.id(period, "period");
    Checks.stars(stars, "stars");
    checkNotNull(tier, "tier");
    checkNotNull(total, "total");
  }

  /**
   * Whether the organisation was rated that round (not new).
   *
   * @return true unless {@link Tier#UNRATED}
   */
  public boolean rated() {
    return tier != Tier.UNRATED;
  }
}
