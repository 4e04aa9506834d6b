package org.gridgov.core;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A community or village whose grids have nobody to whistle to for a required sector: neither the
 * unit nor any unit above it has a liaison for the sector.
 *
 * @param unit the unit without a liaison
 * @param sector the required sector
 */
public record LiaisonGap(Division unit, Sector sector) {
  /**
   * Validates the fields.
   *
   * @param unit the unit without a liaison
   * @param sector the required sector
   */
  public LiaisonGap {
    checkNotNull(unit, "unit");
    checkNotNull(sector, "sector");
  }
}
