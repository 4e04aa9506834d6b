package org.gridgov.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Every array and index of an {@link AtlasData}, to replace some and keep the rest: the change
 * engine's fast path ({@link AtlasDerivation}) starts from an atlas's parts, shared, and replaces
 * the ones a batch changed.
 */
final class AtlasParts {
  LocalDate asOf;
  GridCodeScheme scheme;
  HouseholdTargets targets;
  Sector[] sectors;
  boolean[] required;
  Map<String, Integer> sectorIndex;
  Division[] divisions;
  int[] parent;
  int[] end;
  LongIndex divisionIndex;
  GridCode[] gridCodes;
  int[] gridUnit;
  byte[] gridKind;
  String[] gridName;
  int[] households;
  int[] residents;
  int[] gridFirst;
  IntIndex<GridCode> gridIndex;
  GridWorker[] workers;
  IntIndex<String> workerIndex;
  int[] asgWorker;
  int[] asgGrid;
  byte[] asgRole;
  int[] asgStart;
  int[] asgEnd;
  int[] gridAsgFirst;
  int[] workerAsgFirst;
  int[] workerAsg;
  PartyOrganisation[] orgs;
  IntIndex<String> orgIndex;
  int[] gridOrgFirst;
  int[] gridOrgs;
  Liaison[] liaisons;
  int[] liaisonUnit;
  int[][] nearestLiaison;
  ContactPoint[] contactPoints;
  Map<DivisionCode, List<DivisionCode>> retiredDivisions;
  Map<GridCode, List<GridCode>> retiredGrids;
  int[] pfTowns;
  int[] pfCommunities;
  int[] pfVillages;
  int[] pfSpecial;
  int[] pfOrgs;
  int[] pfCovered;
  int[] pfLiaisons;
  int[] pfOffTarget;
  long[] pfHouseholds;
  long[] pfResidents;
  int[][] pfPosts;
  int[][] pfServed;

  /** The parts of an atlas, shared. */
  AtlasParts(AtlasData d) {
    this.asOf = d.asOf;
    this.scheme = d.scheme;
    this.targets = d.targets;
    this.sectors = d.sectors;
    this.required = d.required;
    this.sectorIndex = d.sectorIndex;
    this.divisions = d.divisions;
    this.parent = d.parent;
    this.end = d.end;
    this.divisionIndex = d.divisionIndex;
    this.gridCodes = d.gridCodes;
    this.gridUnit = d.gridUnit;
    this.gridKind = d.gridKind;
    this.gridName = d.gridName;
    this.households = d.households;
    this.residents = d.residents;
    this.gridFirst = d.gridFirst;
    this.gridIndex = d.gridIndex;
    this.workers = d.workers;
    this.workerIndex = d.workerIndex;
    this.asgWorker = d.asgWorker;
    this.asgGrid = d.asgGrid;
    this.asgRole = d.asgRole;
    this.asgStart = d.asgStart;
    this.asgEnd = d.asgEnd;
    this.gridAsgFirst = d.gridAsgFirst;
    this.workerAsgFirst = d.workerAsgFirst;
    this.workerAsg = d.workerAsg;
    this.orgs = d.orgs;
    this.orgIndex = d.orgIndex;
    this.gridOrgFirst = d.gridOrgFirst;
    this.gridOrgs = d.gridOrgs;
    this.liaisons = d.liaisons;
    this.liaisonUnit = d.liaisonUnit;
    this.nearestLiaison = d.nearestLiaison;
    this.contactPoints = d.contactPoints;
    this.retiredDivisions = d.retiredDivisions;
    this.retiredGrids = d.retiredGrids;
    this.pfTowns = d.pfTowns;
    this.pfCommunities = d.pfCommunities;
    this.pfVillages = d.pfVillages;
    this.pfSpecial = d.pfSpecial;
    this.pfOrgs = d.pfOrgs;
    this.pfCovered = d.pfCovered;
    this.pfLiaisons = d.pfLiaisons;
    this.pfOffTarget = d.pfOffTarget;
    this.pfHouseholds = d.pfHouseholds;
    this.pfResidents = d.pfResidents;
    this.pfPosts = d.pfPosts;
    this.pfServed = d.pfServed;
  }
}
