package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * How the bonus claimed became the bonus applied: per-item caps, then the total cap, then (when the
 * bonus only offsets deductions) the points lost.
 *
 * @param mode the rubric's bonus mode
 * @param claimed the points claimed: awards times points, before any cap
 * @param afterItemCaps after each item's cap
 * @param afterTotalCap after the bonus's total cap
 * @param applied what the total gets: after the offset limit in {@link BonusMode#OFFSET_ONLY}
 * @param lines the bonus items claimed, in the rubric's order
 */
public record BonusOutcome(
    BonusMode mode,
    Points claimed,
    Points afterItemCaps,
    Points afterTotalCap,
    Points applied,
    List<BonusLine> lines) {
  /**
   * Checks the order of the amounts and copies.
   *
   * @param mode the mode
   * @param claimed the claimed points
   * @param afterItemCaps after item caps
   * @param afterTotalCap after the total cap
   * @param applied applied
   * @param lines the lines
   */
  public BonusOutcome {
    checkNotNull(mode, "mode");
    checkArgument(
        !applied.isNegative()
            && applied.compareTo(afterTotalCap) <= 0
            && afterTotalCap.compareTo(afterItemCaps) <= 0
            && afterItemCaps.compareTo(claimed) <= 0,
        "expected 0 <= applied <= afterTotalCap <= afterItemCaps <= claimed, got %s, %s, %s, %s",
        applied,
        afterTotalCap,
        afterItemCaps,
        claimed);
    lines = List.copyOf(lines);
  }

  /**
   * How much the caps and the offset limit cut.
   *
   * @return claimed minus applied
   */
  public Points cut() {
    return claimed.minus(applied);
  }

  /**
   * One bonus item claimed.
   *
   * @param bonus the bonus item's id
   * @param name its name
   * @param claimed the points claimed for it
   * @param granted after its cap
   */
  public record BonusLine(String bonus, String name, Points claimed, Points granted) {
    /**
     * Checks the fields.
     *
     * @param bonus the id
     * @param name the name
     * @param claimed claimed
     * @param granted at most claimed
     */
    public BonusLine {
      checkNotNull(bonus, "bonus");
      checkNotNull(name, "name");
      checkArgument(
          !granted.isNegative() && granted.compareTo(claimed) <= 0,
          "granted %s must lie in [0, %s]",
          granted,
          claimed);
    }
  }
}
