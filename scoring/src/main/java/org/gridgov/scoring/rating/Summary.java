package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * The summary of a round: organisations by stars and by tier, with their rectification items.
 *
 * @param organisations every organisation of the round
 * @param rated those rated (not new)
 * @param byStars per star count the ladder gives, most stars first
 * @param byTier per tier, in {@link Tier} order
 * @param weak the organisations a 软弱涣散 trigger fired for
 * @param rectifications all rectification items raised
 * @param quotaCuts the quota cuts made, each moving one organisation down one rung (an organisation
 *     cut twice counts twice; {@link RoundResult#quotaCuts()} lists them)
 * @param risesLimited the organisations the transition rule held down
 */
public record Summary(
    int organisations,
    int rated,
    List<StarCount> byStars,
    List<TierCount> byTier,
    int weak,
    long rectifications,
    int quotaCuts,
    int risesLimited) {
  /**
   * Copies.
   *
   * @param organisations the count
   * @param rated the count
   * @param byStars the rows
   * @param byTier the rows
   * @param weak the count
   * @param rectifications the count
   * @param quotaCuts the count
   * @param risesLimited the count
   */
  public Summary {
    byStars = List.copyOf(byStars);
    byTier = List.copyOf(byTier);
  }

  /**
   * One star count's row.
   *
   * @param stars the stars
   * @param organisations the organisations holding them (new organisations hold none)
   * @param rectifications their rectification items
   */
  public record StarCount(int stars, int organisations, long rectifications) {}

  /**
   * One tier's row.
   *
   * @param tier the tier
   * @param organisations the organisations in it
   * @param rectifications their rectification items
   */
  public record TierCount(Tier tier, int organisations, long rectifications) {
    /**
     * Checks the tier.
     *
     * @param tier the tier
     * @param organisations the count
     * @param rectifications the count
     */
    public TierCount {
      checkNotNull(tier, "tier");
    }
  }
}
