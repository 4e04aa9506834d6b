package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * What it takes to reach a number of stars ("why not four stars"): the points needed, the gates and
 * vetoes in the way, and the fewest items whose deductions, mended, would bring the points.
 *
 * <p>Points needed are counted to the band that gives the target plus any demotions found (a
 * demoted organisation needs a higher band). A disqualification, a cap below the target or an
 * attested gate not met cannot be mended with points: {@code reachable} is then false, as it is
 * when even mending every item would not reach the band.
 *
 * @param stars the target
 * @param pointsNeeded the points the total lacks for the band, 0 if it already reaches it: the band
 *     that gives the target, or for a demoted organisation the band as many rungs higher (the top
 *     band when there is none that high); reachable or not, a veto or not
 * @param reachable whether mending items alone can reach the target
 * @param blockers the gates and vetoes that hold the stars below the target
 * @param fixes the items to mend, most points first, that reach the band and meet section gates
 */
public record Shortfall(
    int stars,
    Points pointsNeeded,
    boolean reachable,
    List<StarLimit> blockers,
    List<Reason> fixes) {
  /**
   * Checks and copies.
   *
   * @param stars 1 to 5
   * @param pointsNeeded at least 0
   * @param reachable whether reachable
   * @param blockers the blockers
   * @param fixes the fixes
   */
  public Shortfall {
    Checks.stars(stars, "stars");
    Checks.nonNegative(checkNotNull(pointsNeeded, "pointsNeeded"), "pointsNeeded");
    blockers = List.copyOf(blockers);
    fixes = List.copyOf(fixes);
  }
}
