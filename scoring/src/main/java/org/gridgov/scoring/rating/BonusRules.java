package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * 加分标准 — the bonus standards of a rubric: items with per-item caps, a cap on the bonus as a whole,
 * and how the bonus counts ({@link BonusMode}).
 *
 * @param mode on top of the total, or offsetting deductions only
 * @param cap the most the bonus adds in all, at least 0
 * @param items the bonus items, in the rubric's order
 */
public record BonusRules(BonusMode mode, Points cap, List<BonusItem> items) {
  private static final BonusRules NONE = new BonusRules(BonusMode.ON_TOP, Points.ZERO, List.of());

  /**
   * Checks and copies.
   *
   * @param mode the mode
   * @param cap the cap, at least 0
   * @param items the items
   */
  public BonusRules {
    checkNotNull(mode, "mode");
    Checks.nonNegative(cap, "bonus cap");
    items = List.copyOf(items);
  }

  /**
   * No bonus at all.
   *
   * @return rules without items and a cap of 0
   */
  public static BonusRules none() {
    return NONE;
  }

  /**
   * Bonus rules.
   *
   * @param mode the mode
   * @param cap the total cap
   * @param items the items
   * @return the rules
   */
  public static BonusRules of(BonusMode mode, Points cap, BonusItem... items) {
    return new BonusRules(mode, cap, List.of(items));
  }
}
