package org.gridgov.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A grid (网格): the smallest unit of grid governance, about 300 households in a community or 60 in a
 * village. Every grid belongs to exactly one village-level unit (community or village), never
 * directly to a town or county (DB6101/T 3185-2024).
 *
 * <pre>{@code
 * Grid grid = new Grid(GridCode.parse("210802001007001"), DivisionCode.parse("210802001007"),
 *     GridKind.BASE, "三楼社区第一网格", 296, 711);
 * }</pre>
 *
 * @param code the grid code
 * @param unit the community or village the grid belongs to
 * @param kind base grid or a kind of special grid
 * @param name the grid's name; not blank
 * @param households households (户) in the grid, at least 0
 * @param residents residents (人) in the grid, at least 0
 */
public record Grid(
    GridCode code, DivisionCode unit, GridKind kind, String name, int households, int residents) {

  /**
   * Validates the fields.
   *
   * @param code the grid code
   * @param unit the community or village the grid belongs to
   * @param kind base grid or a kind of special grid
   * @param name the grid's name; not blank
   * @param households households (户) in the grid, at least 0
   * @param residents residents (人) in the grid, at least 0
   */
  public Grid {
    checkNotNull(code, "code");
    checkNotNull(unit, "unit");
    checkNotNull(kind, "kind");
    checkNotNull(name, "name");
    Texts.checkName(name, "grid %s: name", code);
    checkArgument(households >= 0, "grid %s: households must be >= 0, got %s", code, households);
    checkArgument(residents >= 0, "grid %s: residents must be >= 0, got %s", code, residents);
  }

  /**
   * A copy under another code and unit, as after a move.
   *
   * @param newCode the new code
   * @param newUnit the new unit
   * @return the copy
   */
  public Grid withCode(GridCode newCode, DivisionCode newUnit) {
    return new Grid(newCode, newUnit, kind, name, households, residents);
  }

  /**
   * A copy with other counts.
   *
   * @param newHouseholds households
   * @param newResidents residents
   * @return the copy
   */
  public Grid withCounts(int newHouseholds, int newResidents) {
    return new Grid(code, unit, kind, name, newHouseholds, newResidents);
  }
}
