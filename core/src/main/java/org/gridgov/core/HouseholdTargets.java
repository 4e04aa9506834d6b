package org.gridgov.core;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The households a base grid should cover: about 300 in a community (按每个网格覆盖300户左右) and about 60 in
 * a village, each within a tolerance. Special grids (专属网格) have no target.
 *
 * @param urban households per grid under communities and community-like units
 * @param rural households per grid under villages and village-like units
 * @param tolerancePercent how far from the target a grid may lie, in percent of the target
 */
public record HouseholdTargets(int urban, int rural, int tolerancePercent) {
  /** 营口's targets: 300 urban, 60 rural, within 50 %. */
  public static final HouseholdTargets DEFAULT = new HouseholdTargets(300, 60, 50);

  /**
   * Validates the fields.
   *
   * @param urban households per grid under communities and community-like units
   * @param rural households per grid under villages and village-like units
   * @param tolerancePercent how far from the target a grid may lie, in percent of the target
   */
  public HouseholdTargets {
    checkArgument(urban > 0, "urban household target must be > 0, got %s", urban);
    checkArgument(rural > 0, "rural household target must be > 0, got %s", rural);
    checkArgument(
        tolerancePercent >= 0 && tolerancePercent <= 100,
        "tolerance must be 0–100 %, got %s",
        tolerancePercent);
  }

  /**
   * The target for grids under a unit of the given kind.
   *
   * @param unitKind the kind of the grid's community or village
   * @return {@link #urban()} for communities, {@link #rural()} otherwise
   */
  public int targetFor(DivisionKind unitKind) {
    return unitKind.isUrbanCommittee() ? urban : rural;
  }

  /**
   * Whether a count of households lies within the tolerance of the target.
   *
   * @param unitKind the kind of the grid's community or village
   * @param households the grid's households
   * @return true if {@code |households - target| <= target * tolerance / 100}
   */
  public boolean accepts(DivisionKind unitKind, int households) {
    long target = targetFor(unitKind);
    return Math.abs(households - target) * 100 <= target * tolerancePercent;
  }
}
