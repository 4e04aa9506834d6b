package org.gridgov.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridgov.core.io.ReadLimits;
import org.jspecify.annotations.Nullable;

/**
 * The contents of an atlas as given, section by section ({@link AtlasSection}): what a builder
 * collects, what validation checks and layout arranges, what the change engine edits. Mutable;
 * owned by one builder or one batch of changes at a time. {@link #list(AtlasSection)} is the one
 * place that maps a section to its list.
 */
final class AtlasContents {
  @Nullable LocalDate asOf;
  GridCodeScheme scheme = GridCodeScheme.standard();
  HouseholdTargets targets = HouseholdTargets.DEFAULT;
  final List<Sector> sectors;
  final List<Sector> requiredSectors;
  final List<Division> divisions;
  final List<Grid> grids;
  final List<GridWorker> workers;
  final List<Assignment> assignments;
  final List<PartyOrganisation> partyOrganisations;
  final List<Liaison> liaisons;
  final List<ContactPoint> contactPoints;
  final List<Map.Entry<DivisionCode, List<DivisionCode>>> retiredDivisions;
  final List<Map.Entry<GridCode, List<GridCode>>> retiredGrids;
  ElementLocator locator = ElementLocator.inCode();
  int maxProblems = ReadLimits.DEFAULT_MAX_PROBLEMS;

  /** Empty contents with the predefined sectors. */
  AtlasContents() {
    this.sectors = new ArrayList<>(Sector.predefined());
    this.requiredSectors = new ArrayList<>();
    this.divisions = new ArrayList<>();
    this.grids = new ArrayList<>();
    this.workers = new ArrayList<>();
    this.assignments = new ArrayList<>();
    this.partyOrganisations = new ArrayList<>();
    this.liaisons = new ArrayList<>();
    this.contactPoints = new ArrayList<>();
    this.retiredDivisions = new ArrayList<>();
    this.retiredGrids = new ArrayList<>();
  }

  /** A copy whose lists can be changed without touching these; elements are immutable. */
  AtlasContents(AtlasContents other) {
    this.asOf = other.asOf;
    this.scheme = other.scheme;
    this.targets = other.targets;
    this.sectors = new ArrayList<>(other.sectors);
    this.requiredSectors = new ArrayList<>(other.requiredSectors);
    this.divisions = new ArrayList<>(other.divisions);
    this.grids = new ArrayList<>(other.grids);
    this.workers = new ArrayList<>(other.workers);
    this.assignments = new ArrayList<>(other.assignments);
    this.partyOrganisations = new ArrayList<>(other.partyOrganisations);
    this.liaisons = new ArrayList<>(other.liaisons);
    this.contactPoints = new ArrayList<>(other.contactPoints);
    this.retiredDivisions = new ArrayList<>(other.retiredDivisions);
    this.retiredGrids = new ArrayList<>(other.retiredGrids);
    this.locator = other.locator;
    this.maxProblems = other.maxProblems;
  }

  /**
   * The list of a list section.
   *
   * @throws IllegalArgumentException for a setting
   */
  List<?> list(AtlasSection section) {
    return switch (section) {
      case SECTORS -> sectors;
      case REQUIRED_SECTORS -> requiredSectors;
      case DIVISIONS -> divisions;
      case GRIDS -> grids;
      case WORKERS -> workers;
      case ASSIGNMENTS -> assignments;
      case PARTY_ORGANISATIONS -> partyOrganisations;
      case LIAISONS -> liaisons;
      case CONTACT_POINTS -> contactPoints;
      case RETIRED_DIVISIONS -> retiredDivisions;
      case RETIRED_GRIDS -> retiredGrids;
      case AS_OF, GRID_CODE_SCHEME, HOUSEHOLD_TARGETS ->
          throw new IllegalArgumentException(section + " is a setting, not a list");
    };
  }

  /** The location of an element's field, through the locator. */
  Location at(AtlasSection section, int index, String field) {
    Location at = locator.locate(section, index);
    return field.isEmpty() ? at : at.field(field);
  }
}
