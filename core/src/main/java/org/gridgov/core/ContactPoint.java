package org.gridgov.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A leader's contact point (联系点): a city, district or street leader who keeps contact with a
 * community or one of its grids.
 *
 * @param leaderName the leader's name
 * @param rank the leader's rank
 * @param unit the community or village kept in contact
 * @param grid one grid of that unit, or null when the contact point is the unit as a whole
 */
public record ContactPoint(
    String leaderName, LeaderRank rank, DivisionCode unit, @Nullable GridCode grid) {

  /**
   * Validates the fields.
   *
   * @param leaderName the leader's name
   * @param rank the leader's rank
   * @param unit the community or village kept in contact
   * @param grid one grid of that unit, or null when the contact point is the unit as a whole
   */
  public ContactPoint {
    checkNotNull(leaderName, "leaderName");
    checkNotNull(rank, "rank");
    checkNotNull(unit, "unit");
    checkArgument(
        !leaderName.isBlank(), "contact point at %s: leader name must not be blank", unit);
  }

  /**
   * The grid, if the contact point is one grid rather than the whole unit.
   *
   * @return the grid, if any
   */
  public Optional<GridCode> gridIfAny() {
    return Optional.ofNullable(grid);
  }

  /**
   * A copy pointing at another unit and grid.
   *
   * @param newUnit the unit
   * @param newGrid the grid, or null
   * @return the copy
   */
  public ContactPoint withPlace(DivisionCode newUnit, @Nullable GridCode newGrid) {
    return new ContactPoint(leaderName, rank, newUnit, newGrid);
  }
}
