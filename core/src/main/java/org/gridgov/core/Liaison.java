package org.gridgov.core;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A sector liaison (联络员): the person a sector posts to a unit to answer its grids' whistles. A
 * liaison at a street serves every grid below the street unless a lower unit has its own liaison
 * for the same sector; see {@link Atlas#routeWhistle(GridCode, Sector)}. At most one per (unit,
 * sector).
 *
 * @param name the liaison's name
 * @param unit the unit served
 * @param sector the sector represented
 */
public record Liaison(String name, DivisionCode unit, Sector sector) {

  /**
   * Validates the fields.
   *
   * @param name the liaison's name
   * @param unit the unit served
   * @param sector the sector represented
   */
  public Liaison {
    checkNotNull(name, "name");
    checkNotNull(unit, "unit");
    checkNotNull(sector, "sector");
    Texts.checkName(name, "liaison for %s at %s: name", sector.code(), unit);
  }
}
