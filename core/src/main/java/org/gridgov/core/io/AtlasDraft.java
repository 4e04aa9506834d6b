package org.gridgov.core.io;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.gridgov.core.Assignment;
import org.gridgov.core.Atlas;
import org.gridgov.core.ContactPoint;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridCodeScheme;
import org.gridgov.core.GridWorker;
import org.gridgov.core.HouseholdTargets;
import org.gridgov.core.Liaison;
import org.gridgov.core.PartyOrganisation;
import org.gridgov.core.Sector;
import org.jspecify.annotations.Nullable;

/**
 * What the writer writes. The components are the caller's collections, not copies: for an atlas
 * they are its views, so that writing a million grids materialises one grid at a time. Tests also
 * use this to write the contents of an unbuilt (invalid) builder, which may lack an as-of date.
 */
record AtlasDraft(
    @Nullable LocalDate asOf,
    GridCodeScheme scheme,
    HouseholdTargets targets,
    List<Sector> sectors,
    Collection<Sector> requiredSectors,
    List<Division> divisions,
    List<Grid> grids,
    List<GridWorker> workers,
    List<Assignment> assignments,
    List<PartyOrganisation> partyOrganisations,
    List<Liaison> liaisons,
    List<ContactPoint> contactPoints,
    Collection<Map.Entry<DivisionCode, List<DivisionCode>>> retiredDivisions,
    Collection<Map.Entry<GridCode, List<GridCode>>> retiredGrids) {

  /** The contents of an atlas, in its canonical order. */
  static AtlasDraft of(Atlas atlas) {
    return new AtlasDraft(
        atlas.asOf(),
        atlas.gridCodeScheme(),
        atlas.householdTargets(),
        atlas.sectors(),
        atlas.requiredSectors(),
        atlas.divisions(),
        atlas.grids(),
        atlas.workers(),
        atlas.assignments(),
        atlas.partyOrganisations(),
        atlas.liaisons(),
        atlas.contactPoints(),
        atlas.retiredDivisions().entrySet(),
        atlas.retiredGrids().entrySet());
  }
}
