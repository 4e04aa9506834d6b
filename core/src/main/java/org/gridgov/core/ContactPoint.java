package org.gridgov.core;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A leader's contact point (联系点): a city, district or street leader who keeps contact with a
 * community or one of its grids.
 *
 * <pre>{@code
 * ContactPoint city = ContactPoint.ofUnit("周市领导", LeaderRank.CITY, DivisionCode.parse("210802001007"));
 * ContactPoint grid = city.withGrid(GridCode.parse("210802001007001"));
 * }</pre>
 *
 * @param leaderName the leader's name
 * @param rank the leader's rank
 * @param unit the community or village kept in contact
 * @param grid one grid of that unit, empty when the contact point is the unit as a whole
 */
public record ContactPoint(
    String leaderName, LeaderRank rank, DivisionCode unit, Optional<GridCode> grid) {

  /**
   * Validates the fields.
   *
   * @param leaderName the leader's name
   * @param rank the leader's rank
   * @param unit the community or village kept in contact
   * @param grid one grid of that unit, empty when the contact point is the unit as a whole
   */
  public ContactPoint {
    checkNotNull(leaderName, "leaderName");
    checkNotNull(rank, "rank");
    checkNotNull(unit, "unit");
    checkNotNull(grid, "grid");
    Texts.checkName(leaderName, "contact point at %s: leader name", unit);
  }

  /**
   * A contact point with a unit as a whole.
   *
   * @param leaderName the leader's name
   * @param rank the leader's rank
   * @param unit the community or village
   * @return the contact point
   */
  public static ContactPoint ofUnit(String leaderName, LeaderRank rank, DivisionCode unit) {
    return new ContactPoint(leaderName, rank, unit, Optional.empty());
  }

  /**
   * A contact point with one grid of a unit.
   *
   * @param leaderName the leader's name
   * @param rank the leader's rank
   * @param unit the community or village
   * @param grid the grid
   * @return the contact point
   */
  public static ContactPoint ofGrid(
      String leaderName, LeaderRank rank, DivisionCode unit, GridCode grid) {
    return new ContactPoint(leaderName, rank, unit, Optional.of(checkNotNull(grid, "grid")));
  }

  /**
   * A copy at one grid of the same unit.
   *
   * @param newGrid the grid
   * @return the copy
   */
  public ContactPoint withGrid(GridCode newGrid) {
    return new ContactPoint(leaderName, rank, unit, Optional.of(checkNotNull(newGrid, "newGrid")));
  }

  /**
   * A copy at another place, as after a unit or grid is re-coded.
   *
   * @param newUnit the unit
   * @param newGrid the grid of that unit, empty for the unit as a whole
   * @return the copy
   */
  public ContactPoint withPlace(DivisionCode newUnit, Optional<GridCode> newGrid) {
    return new ContactPoint(
        leaderName, rank, checkNotNull(newUnit, "newUnit"), checkNotNull(newGrid, "newGrid"));
  }
}
