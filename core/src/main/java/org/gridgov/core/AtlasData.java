package org.gridgov.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validated, indexed arrays behind an {@link Atlas}. Assembly validates the builder's input in
 * full (collecting every problem), then lays everything out in primitive arrays ordered by the
 * pre-order of the hierarchy, so that subtrees are contiguous and roll-ups are prefix-sum
 * differences.
 */
final class AtlasData {
  static final int OPEN_END = Integer.MAX_VALUE;
  private static final WorkerRole[] ROLES = WorkerRole.values();

  // configuration
  final LocalDate asOf;
  final GridCodeScheme scheme;
  final HouseholdTargets targets;
  final Sector[] sectors;
  final boolean[] required;
  final Map<String, Integer> sectorIndex;

  // divisions, sorted by code = pre-order
  final Division[] divisions;
  final int[] parent;
  final int[] end;
  final IntIndex<DivisionCode> divisionIndex;

  // grids, sorted by (unit, code)
  final GridCode[] gridCodes;
  final int[] gridUnit;
  final GridKind[] gridKind;
  final String[] gridName;
  final int[] households;
  final int[] residents;
  final int[] gridFirst; // per division, first grid of units at or after it in pre-order
  final IntIndex<GridCode> gridIndex;

  // workers, sorted by id
  final GridWorker[] workers;
  final IntIndex<String> workerIndex;

  // assignments, sorted by (grid, start, worker, role, end)
  final int[] asgWorker;
  final int[] asgGrid;
  final WorkerRole[] asgRole;
  final int[] asgStart;
  final int[] asgEnd;
  final int[] gridAsgFirst;
  final int[] workerAsgFirst;
  final int[] workerAsg;

  // party organisations, sorted by id
  final PartyOrganisation[] orgs;
  final IntIndex<String> orgIndex;
  final int[] gridOrgFirst;
  final int[] gridOrgs;

  // liaisons, sorted by (unit, sector), and per sector the nearest liaison at or above a division
  final Liaison[] liaisons;
  final int[] liaisonUnit;
  final int[][] nearestLiaison;

  final ContactPoint[] contactPoints;

  final Map<DivisionCode, List<DivisionCode>> retiredDivisions;
  final Map<GridCode, List<GridCode>> retiredGrids;

  // prefix sums over divisions in pre-order: value for the subtree of d is p[end[d]] - p[d]
  final int[] pfTowns;
  final int[] pfCommunities;
  final int[] pfVillages;
  final int[] pfSpecial;
  final int[] pfOrgs;
  final int[] pfCovered;
  final int[] pfLiaisons;
  final int[] pfOffTarget;
  final long[] pfHouseholds;
  final long[] pfResidents;
  final int[][] pfPosts;
  final int[][] pfServed;

  private AtlasData(Atlas.Builder b, Problems problems) {
    // ---- configuration -------------------------------------------------------------------
    LocalDate givenAsOf = b.asOf;
    if (givenAsOf == null) {
      problems.add(
          ProblemKind.MISSING_FIELD, "$.asOf", "the as-of date of the snapshot is required");
    }
    this.scheme = b.scheme;
    this.targets = b.targets;
    List<Sector> sectorList = new ArrayList<>();
    Map<String, Integer> sectorIdx = new HashMap<>();
    for (int i = 0; i < b.sectors.size(); i++) {
      Sector s = b.sectors.get(i);
      Integer first = sectorIdx.get(s.code());
      if (first != null) {
        problems.add(
            ProblemKind.DUPLICATE_CODE,
            "$.sectors[" + i + "].code",
            "sector code \"" + s.code() + "\" appears again (first at $.sectors[" + first + "])");
      } else {
        sectorIdx.put(s.code(), sectorList.size());
        sectorList.add(s);
      }
    }
    this.sectors = sectorList.toArray(new Sector[0]);
    this.sectorIndex = Map.copyOf(sectorIdx);
    this.required = new boolean[sectors.length];
    for (int i = 0; i < b.requiredSectors.size(); i++) {
      Sector s = b.requiredSectors.get(i);
      int si = sectorOf(s);
      if (si < 0) {
        problems.add(
            ProblemKind.UNKNOWN_SECTOR,
            "$.requiredSectors[" + i + "]",
            "required sector " + describe(s) + " is not in the sector catalogue");
      } else {
        required[si] = true;
      }
    }

    // ---- lineage ---------------------------------------------------------------------------
    Map<DivisionCode, List<DivisionCode>> retiredDiv = new LinkedHashMap<>();
    for (int i = 0; i < b.retiredDivisions.size(); i++) {
      Map.Entry<DivisionCode, List<DivisionCode>> e = b.retiredDivisions.get(i);
      if (retiredDiv.putIfAbsent(e.getKey(), List.copyOf(e.getValue())) != null) {
        problems.add(
            ProblemKind.DUPLICATE_CODE,
            "$.retiredDivisions[" + i + "].code",
            "division code " + e.getKey() + " is retired twice");
      }
    }
    Map<GridCode, List<GridCode>> retiredGrid = new LinkedHashMap<>();
    for (int i = 0; i < b.retiredGrids.size(); i++) {
      Map.Entry<GridCode, List<GridCode>> e = b.retiredGrids.get(i);
      if (retiredGrid.putIfAbsent(e.getKey(), List.copyOf(e.getValue())) != null) {
        problems.add(
            ProblemKind.DUPLICATE_CODE,
            "$.retiredGrids[" + i + "].code",
            "grid code " + e.getKey() + " is retired twice");
      }
    }

    // ---- divisions -------------------------------------------------------------------------
    List<Division> inDivs = b.divisions;
    int nd = inDivs.size();
    DivisionCode[] inDivCodes = new DivisionCode[nd];
    for (int i = 0; i < nd; i++) {
      inDivCodes[i] = inDivs.get(i).code();
    }
    IntIndex<DivisionCode> inDivIndex = new IntIndex<>(inDivCodes);
    for (int i = 0; i < nd; i++) {
      DivisionCode code = inDivCodes[i];
      int first = inDivIndex.get(code);
      if (first != i) {
        problems.add(
            ProblemKind.DUPLICATE_CODE,
            "$.divisions[" + i + "].code",
            "division code " + code + " appears again (first at $.divisions[" + first + "])");
        continue;
      }
      if (retiredDiv.containsKey(code)) {
        problems.add(
            ProblemKind.RETIRED_CODE_IN_USE,
            "$.divisions[" + i + "].code",
            "division code " + code + " was retired and may not be used again");
      }
      code.parent()
          .ifPresent(
              p -> {
                if (inDivIndex.get(p) < 0) {
                  problems.add(
                      ProblemKind.UNKNOWN_PARENT,
                      "$.divisions[" + inDivIndex.get(code) + "].code",
                      "the parent " + p + " of division " + code + " is not in the atlas");
                }
              });
    }
    checkLineageTargets(retiredDiv, "retiredDivisions", c -> inDivIndex.get(c) >= 0, problems);

    // ---- grids -----------------------------------------------------------------------------
    List<Grid> inGrids = b.grids;
    int ng = inGrids.size();
    GridCode[] inGridCodes = new GridCode[ng];
    for (int i = 0; i < ng; i++) {
      inGridCodes[i] = inGrids.get(i).code();
    }
    IntIndex<GridCode> inGridIndex = new IntIndex<>(inGridCodes);
    int[] inGridUnitPos = new int[ng];
    for (int i = 0; i < ng; i++) {
      Grid g = inGrids.get(i);
      String path = "$.grids[" + i + "]";
      int first = inGridIndex.get(g.code());
      if (first != i) {
        problems.add(
            ProblemKind.DUPLICATE_CODE,
            path + ".code",
            "grid code " + g.code() + " appears again (first at $.grids[" + first + "])");
      }
      if (retiredGrid.containsKey(g.code())) {
        problems.add(
            ProblemKind.RETIRED_CODE_IN_USE,
            path + ".code",
            "grid code " + g.code() + " was retired and may not be used again");
      }
      inGridUnitPos[i] = inDivIndex.get(g.unit());
      if (g.unit().level() != DivisionLevel.VILLAGE) {
        problems.add(
            ProblemKind.GRID_NOT_UNDER_VILLAGE_LEVEL,
            path + ".unit",
            "grid "
                + g.code()
                + " must belong to a community or village, not to "
                + g.unit()
                + " ("
                + g.unit().kind()
                + ")");
      } else if (inGridUnitPos[i] < 0) {
        problems.add(
            ProblemKind.UNKNOWN_UNIT,
            path + ".unit",
            "grid " + g.code() + " belongs to unit " + g.unit() + ", which is not in the atlas");
      }
      scheme
          .problemWith(g.code(), g.unit())
          .ifPresent(m -> problems.add(ProblemKind.GRID_CODE_MISMATCH, path + ".code", m));
    }
    checkLineageTargets(retiredGrid, "retiredGrids", c -> inGridIndex.get(c) >= 0, problems);

    // ---- workers ---------------------------------------------------------------------------
    List<GridWorker> inWorkers = b.workers;
    String[] inWorkerIds = new String[inWorkers.size()];
    for (int i = 0; i < inWorkerIds.length; i++) {
      inWorkerIds[i] = inWorkers.get(i).id();
    }
    IntIndex<String> inWorkerIndex = new IntIndex<>(inWorkerIds);
    for (int i = 0; i < inWorkerIds.length; i++) {
      int first = inWorkerIndex.get(inWorkerIds[i]);
      if (first != i) {
        problems.add(
            ProblemKind.DUPLICATE_ID,
            "$.workers[" + i + "].id",
            "worker id \""
                + inWorkerIds[i]
                + "\" appears again (first at $.workers["
                + first
                + "])");
      }
    }

    // ---- assignments -----------------------------------------------------------------------
    List<Assignment> inAsg = b.assignments;
    Map<GridCode, List<Integer>> leadersByGrid = new HashMap<>();
    for (int i = 0; i < inAsg.size(); i++) {
      Assignment a = inAsg.get(i);
      String path = "$.assignments[" + i + "]";
      if (inWorkerIndex.get(a.workerId()) < 0) {
        problems.add(
            ProblemKind.UNKNOWN_WORKER,
            path + ".worker",
            "assignment names worker \"" + a.workerId() + "\", who is not in the atlas");
      }
      if (inGridIndex.get(a.grid()) < 0) {
        problems.add(
            ProblemKind.UNKNOWN_GRID,
            path + ".grid",
            "assignment of \""
                + a.workerId()
                + "\" names grid "
                + a.grid()
                + ", which is not in the atlas");
      }
      if (a.role() == WorkerRole.GRID_LEADER) {
        leadersByGrid.computeIfAbsent(a.grid(), k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> leaders : leadersByGrid.values()) {
      if (leaders.size() < 2) {
        continue;
      }
      List<Integer> byStart = new ArrayList<>(leaders);
      byStart.sort(Comparator.comparing((Integer i) -> inAsg.get(i).start()).thenComparing(i -> i));
      // Sweep in start order, remembering the open post that ends last.
      int open = byStart.get(0);
      for (int k = 1; k < byStart.size(); k++) {
        int next = byStart.get(k);
        Assignment a = inAsg.get(next);
        Assignment o = inAsg.get(open);
        if (a.overlaps(o)) {
          problems.add(
              ProblemKind.OVERLAPPING_GRID_LEADERS,
              "$.assignments[" + next + "]",
              "grid "
                  + a.grid()
                  + " would have two grid leaders: \""
                  + a.workerId()
                  + "\" from "
                  + a.start()
                  + " overlaps \""
                  + o.workerId()
                  + "\" ("
                  + o.start()
                  + " to "
                  + (o.end() == null ? "open" : o.end())
                  + ") at $.assignments["
                  + open
                  + "]");
        }
        if (endDay(a.end()) > endDay(o.end())) {
          open = next;
        }
      }
    }

    // ---- party organisations ---------------------------------------------------------------
    List<PartyOrganisation> inOrgs = b.partyOrganisations;
    String[] inOrgIds = new String[inOrgs.size()];
    for (int i = 0; i < inOrgIds.length; i++) {
      inOrgIds[i] = inOrgs.get(i).id();
    }
    IntIndex<String> inOrgIndex = new IntIndex<>(inOrgIds);
    for (int i = 0; i < inOrgIds.length; i++) {
      int first = inOrgIndex.get(inOrgIds[i]);
      if (first != i) {
        problems.add(
            ProblemKind.DUPLICATE_ID,
            "$.partyOrganisations[" + i + "].id",
            "party organisation id \""
                + inOrgIds[i]
                + "\" appears again (first at $.partyOrganisations["
                + first
                + "])");
      }
      List<GridCode> covered = inOrgs.get(i).grids();
      for (int g = 0; g < covered.size(); g++) {
        if (inGridIndex.get(covered.get(g)) < 0) {
          problems.add(
              ProblemKind.UNKNOWN_GRID,
              "$.partyOrganisations[" + i + "].grids[" + g + "]",
              "party organisation \""
                  + inOrgIds[i]
                  + "\" covers grid "
                  + covered.get(g)
                  + ", which is not in the atlas");
        }
      }
    }

    // ---- liaisons --------------------------------------------------------------------------
    List<Liaison> inLiaisons = b.liaisons;
    Map<String, Integer> liaisonKeys = new HashMap<>();
    for (int i = 0; i < inLiaisons.size(); i++) {
      Liaison l = inLiaisons.get(i);
      String path = "$.liaisons[" + i + "]";
      if (inDivIndex.get(l.unit()) < 0) {
        problems.add(
            ProblemKind.UNKNOWN_UNIT,
            path + ".unit",
            "liaison \""
                + l.name()
                + "\" is posted at "
                + l.unit()
                + ", which is not in the atlas");
      }
      if (sectorOf(l.sector()) < 0) {
        problems.add(
            ProblemKind.UNKNOWN_SECTOR,
            path + ".sector",
            "liaison \""
                + l.name()
                + "\" represents "
                + describe(l.sector())
                + ", not in the sector catalogue");
      }
      String key = l.unit() + "/" + l.sector().code();
      Integer first = liaisonKeys.putIfAbsent(key, i);
      if (first != null) {
        problems.add(
            ProblemKind.DUPLICATE_LIAISON,
            path,
            "unit "
                + l.unit()
                + " already has a "
                + l.sector().code()
                + " liaison at $.liaisons["
                + first
                + "]");
      }
    }

    // ---- contact points --------------------------------------------------------------------
    List<ContactPoint> inContacts = b.contactPoints;
    for (int i = 0; i < inContacts.size(); i++) {
      ContactPoint c = inContacts.get(i);
      String path = "$.contactPoints[" + i + "]";
      if (inDivIndex.get(c.unit()) < 0) {
        problems.add(
            ProblemKind.UNKNOWN_UNIT,
            path + ".unit",
            "contact point of \""
                + c.leaderName()
                + "\" names unit "
                + c.unit()
                + ", which is not in the atlas");
      }
      GridCode g = c.grid();
      if (g != null) {
        int gi = inGridIndex.get(g);
        if (gi < 0) {
          problems.add(
              ProblemKind.UNKNOWN_GRID,
              path + ".grid",
              "contact point of \""
                  + c.leaderName()
                  + "\" names grid "
                  + g
                  + ", which is not in the atlas");
        } else if (!inGrids.get(gi).unit().equals(c.unit())) {
          problems.add(
              ProblemKind.INVALID_VALUE,
              path + ".grid",
              "contact point of \""
                  + c.leaderName()
                  + "\" names grid "
                  + g
                  + " of unit "
                  + inGrids.get(gi).unit()
                  + ", not of "
                  + c.unit());
        }
      }
    }

    problems.throwIfAny();
    this.asOf = java.util.Objects.requireNonNull(givenAsOf);
    this.retiredDivisions = sortedCopy(retiredDiv);
    this.retiredGrids = sortedCopy(retiredGrid);

    // ---- layout: divisions in pre-order --------------------------------------------------------
    this.divisions = sortedArray(inDivs, new Division[0], Comparator.comparing(Division::code));
    this.divisionIndex = new IntIndex<>(codesOf(divisions));
    this.parent = new int[nd];
    this.end = new int[nd];
    int[] stack = new int[8];
    int depth = 0;
    for (int i = 0; i < nd; i++) {
      DivisionCode code = divisions[i].code();
      while (depth > 0 && !divisions[stack[depth - 1]].code().isAncestorOf(code)) {
        end[stack[--depth]] = i;
      }
      parent[i] = depth > 0 ? stack[depth - 1] : -1;
      stack[depth++] = i;
    }
    while (depth > 0) {
      end[stack[--depth]] = nd;
    }

    // ---- layout: grids bucketed by unit pre-order, then by code --------------------------------
    int[] unitOfInput = new int[ng];
    for (int i = 0; i < ng; i++) {
      unitOfInput[i] = divisionIndex.get(inGrids.get(i).unit());
    }
    this.gridFirst = new int[nd + 1];
    int[] order =
        bucketSort(
            ng, gridFirst, i -> unitOfInput[i], (x, y) -> inGridCodes[x].compareTo(inGridCodes[y]));
    this.gridCodes = new GridCode[ng];
    this.gridUnit = new int[ng];
    this.gridKind = new GridKind[ng];
    this.gridName = new String[ng];
    this.households = new int[ng];
    this.residents = new int[ng];
    int[] finalPos = new int[ng];
    for (int k = 0; k < ng; k++) {
      Grid g = inGrids.get(order[k]);
      finalPos[order[k]] = k;
      gridCodes[k] = g.code();
      gridUnit[k] = unitOfInput[order[k]];
      gridKind[k] = g.kind();
      gridName[k] = g.name();
      households[k] = g.households();
      residents[k] = g.residents();
    }
    this.gridIndex = new IntIndex<>(gridCodes);

    // ---- workers and assignments -----------------------------------------------------------
    this.workers = sortedArray(inWorkers, new GridWorker[0], Comparator.comparing(GridWorker::id));
    String[] workerIds = new String[workers.length];
    for (int i = 0; i < workers.length; i++) {
      workerIds[i] = workers[i].id();
    }
    this.workerIndex = new IntIndex<>(workerIds);
    int na = inAsg.size();
    Assignment[] asg = inAsg.toArray(new Assignment[0]);
    int[] asgGridPos = new int[na];
    for (int i = 0; i < na; i++) {
      asgGridPos[i] = finalPos[inGridIndex.get(asg[i].grid())];
    }
    int[] asgOrder =
        bucketSort(
            na,
            new int[ng + 1],
            i -> asgGridPos[i],
            (x, y) -> {
              int c = asg[x].start().compareTo(asg[y].start());
              if (c == 0) {
                c = asg[x].workerId().compareTo(asg[y].workerId());
              }
              if (c == 0) {
                c = asg[x].role().compareTo(asg[y].role());
              }
              return c != 0 ? c : Integer.compare(endDay(asg[x].end()), endDay(asg[y].end()));
            });
    this.asgWorker = new int[na];
    this.asgGrid = new int[na];
    this.asgRole = new WorkerRole[na];
    this.asgStart = new int[na];
    this.asgEnd = new int[na];
    this.gridAsgFirst = new int[ng + 1];
    int[] workerCount = new int[workers.length + 1];
    for (int k = 0; k < na; k++) {
      Assignment a = asg[asgOrder[k]];
      asgWorker[k] = workerIndex.get(a.workerId());
      asgGrid[k] = asgGridPos[asgOrder[k]];
      asgRole[k] = a.role();
      asgStart[k] = Math.toIntExact(a.start().toEpochDay());
      asgEnd[k] = endDay(a.end());
      gridAsgFirst[asgGrid[k] + 1]++;
      workerCount[asgWorker[k] + 1]++;
    }
    for (int g = 0; g < ng; g++) {
      gridAsgFirst[g + 1] += gridAsgFirst[g];
    }
    for (int w = 0; w < workers.length; w++) {
      workerCount[w + 1] += workerCount[w];
    }
    this.workerAsgFirst = workerCount.clone();
    this.workerAsg = new int[na];
    int[] wfill = Arrays.copyOf(workerCount, workers.length);
    for (int k = 0; k < na; k++) {
      workerAsg[wfill[asgWorker[k]]++] = k;
    }

    // ---- party organisations ---------------------------------------------------------------
    this.orgs =
        sortedArray(inOrgs, new PartyOrganisation[0], Comparator.comparing(PartyOrganisation::id));
    String[] orgIds = new String[orgs.length];
    for (int i = 0; i < orgs.length; i++) {
      orgIds[i] = orgs[i].id();
    }
    this.orgIndex = new IntIndex<>(orgIds);
    this.gridOrgFirst = new int[ng + 1];
    int links = 0;
    for (PartyOrganisation o : orgs) {
      for (GridCode g : o.grids()) {
        gridOrgFirst[gridIndex.get(g) + 1]++;
        links++;
      }
    }
    for (int g = 0; g < ng; g++) {
      gridOrgFirst[g + 1] += gridOrgFirst[g];
    }
    this.gridOrgs = new int[links];
    int[] ofill = Arrays.copyOf(gridOrgFirst, ng);
    for (int o = 0; o < orgs.length; o++) {
      for (GridCode g : orgs[o].grids()) {
        gridOrgs[ofill[gridIndex.get(g)]++] = o;
      }
    }

    // ---- liaisons and routing --------------------------------------------------------------
    this.liaisons = inLiaisons.toArray(new Liaison[0]);
    Arrays.sort(
        liaisons,
        Comparator.comparing(Liaison::unit).thenComparing(l -> sectorIndex.get(l.sector().code())));
    this.liaisonUnit = new int[liaisons.length];
    this.nearestLiaison = new int[sectors.length][];
    for (int s = 0; s < sectors.length; s++) {
      int[] own = new int[nd];
      Arrays.fill(own, -1);
      nearestLiaison[s] = own;
    }
    for (int l = 0; l < liaisons.length; l++) {
      liaisonUnit[l] = divisionIndex.get(liaisons[l].unit());
      nearestLiaison[sectorOf(liaisons[l].sector())][liaisonUnit[l]] = l;
    }
    for (int s = 0; s < sectors.length; s++) {
      int[] near = nearestLiaison[s];
      for (int d = 0; d < nd; d++) {
        if (near[d] < 0 && parent[d] >= 0) {
          near[d] = near[parent[d]];
        }
      }
    }

    this.contactPoints = inContacts.toArray(new ContactPoint[0]);
    Arrays.sort(
        contactPoints,
        Comparator.comparing(ContactPoint::unit)
            .thenComparing(c -> c.grid() == null ? "" : c.grid().toString())
            .thenComparing(ContactPoint::rank)
            .thenComparing(ContactPoint::leaderName));

    // ---- roll-up prefix sums ---------------------------------------------------------------
    int[] towns = new int[nd + 1];
    int[] communities = new int[nd + 1];
    int[] villages = new int[nd + 1];
    for (int d = 0; d < nd; d++) {
      DivisionKind kind = divisions[d].kind();
      towns[d + 1] = towns[d] + (kind.level() == DivisionLevel.TOWN ? 1 : 0);
      boolean village = kind.level() == DivisionLevel.VILLAGE;
      communities[d + 1] = communities[d] + (village && kind.isUrbanCommittee() ? 1 : 0);
      villages[d + 1] = villages[d] + (village && !kind.isUrbanCommittee() ? 1 : 0);
    }
    this.pfTowns = towns;
    this.pfCommunities = communities;
    this.pfVillages = villages;
    int[] special = new int[nd + 1];
    int[] covered = new int[nd + 1];
    int[] offTarget = new int[nd + 1];
    long[] hh = new long[nd + 1];
    long[] res = new long[nd + 1];
    int[][] posts = new int[ROLES.length][nd + 1];
    int[][] served = new int[sectors.length][nd + 1];
    int asOfDay = Math.toIntExact(asOf.toEpochDay());
    for (int g = 0; g < ng; g++) {
      int u = gridUnit[g] + 1;
      special[u] += gridKind[g].isSpecial() ? 1 : 0;
      covered[u] += gridOrgFirst[g + 1] > gridOrgFirst[g] ? 1 : 0;
      hh[u] += households[g];
      res[u] += residents[g];
      if (!gridKind[g].isSpecial()
          && !targets.accepts(divisions[gridUnit[g]].kind(), households[g])) {
        offTarget[u]++;
      }
      for (int s = 0; s < sectors.length; s++) {
        served[s][u] += nearestLiaison[s][gridUnit[g]] >= 0 ? 1 : 0;
      }
    }
    for (int k = 0; k < na; k++) {
      if (asgStart[k] <= asOfDay && asOfDay <= asgEnd[k]) {
        posts[roleIndex(asgRole[k])][gridUnit[asgGrid[k]] + 1]++;
      }
    }
    int[] orgCount = new int[nd + 1];
    for (PartyOrganisation o : orgs) {
      int home = homeOf(o);
      if (home >= 0) { // an organisation spanning two provinces counts for neither
        orgCount[home + 1]++;
      }
    }
    int[] liaisonCount = new int[nd + 1];
    for (int l = 0; l < liaisons.length; l++) {
      liaisonCount[liaisonUnit[l] + 1]++;
    }
    prefix(special);
    prefix(covered);
    prefix(offTarget);
    prefix(hh);
    prefix(res);
    prefix(orgCount);
    prefix(liaisonCount);
    for (int[] p : posts) {
      prefix(p);
    }
    for (int[] p : served) {
      prefix(p);
    }
    this.pfSpecial = special;
    this.pfCovered = covered;
    this.pfOffTarget = offTarget;
    this.pfHouseholds = hh;
    this.pfResidents = res;
    this.pfOrgs = orgCount;
    this.pfLiaisons = liaisonCount;
    this.pfPosts = posts;
    this.pfServed = served;
  }

  static AtlasData assemble(Atlas.Builder builder) {
    Problems problems = new Problems();
    return new AtlasData(builder, problems);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /** The lowest division that holds every grid of the organisation, or -1 if no one does. */
  private int homeOf(PartyOrganisation o) {
    int home = gridUnit[gridIndex.get(o.grids().get(0))];
    for (GridCode g : o.grids()) {
      int u = gridUnit[gridIndex.get(g)];
      while (home >= 0 && !(home <= u && u < end[home])) {
        home = parent[home];
      }
    }
    return home;
  }

  int sectorOf(Sector s) {
    Integer i = sectorIndex.get(s.code());
    return i != null && sectors[i].equals(s) ? i : -1;
  }

  private static String describe(Sector s) {
    return s.code() + " (" + s.name() + ")";
  }

  static int endDay(@org.jspecify.annotations.Nullable LocalDate end) {
    return end == null ? OPEN_END : Math.toIntExact(end.toEpochDay());
  }

  /**
   * The list as an array in order; input that is already in order (as written) is not re-sorted.
   */
  private static <T> T[] sortedArray(List<T> list, T[] type, Comparator<? super T> order) {
    T[] array = list.toArray(type);
    for (int i = 1; i < array.length; i++) {
      if (order.compare(array[i - 1], array[i]) > 0) {
        Arrays.sort(array, order);
        break;
      }
    }
    return array;
  }

  private static DivisionCode[] codesOf(Division[] divisions) {
    DivisionCode[] codes = new DivisionCode[divisions.length];
    for (int i = 0; i < divisions.length; i++) {
      codes[i] = divisions[i].code();
    }
    return codes;
  }

  private static <K extends Comparable<K>> Map<K, List<K>> sortedCopy(Map<K, List<K>> map) {
    List<K> keys = new ArrayList<>(map.keySet());
    keys.sort(Comparator.naturalOrder());
    Map<K, List<K>> sorted = new LinkedHashMap<>();
    for (K k : keys) {
      sorted.put(k, map.get(k));
    }
    return java.util.Collections.unmodifiableMap(sorted);
  }

  private static <K> void checkLineageTargets(
      Map<K, List<K>> retired,
      String field,
      java.util.function.Predicate<K> live,
      Problems problems) {
    int i = 0;
    Set<K> retiredKeys = new HashSet<>(retired.keySet());
    for (Map.Entry<K, List<K>> e : retired.entrySet()) {
      List<K> successors = e.getValue();
      for (int s = 0; s < successors.size(); s++) {
        K succ = successors.get(s);
        if (succ.equals(e.getKey())) {
          problems.add(
              ProblemKind.INVALID_VALUE,
              "$." + field + "[" + i + "].successors[" + s + "]",
              "code " + succ + " cannot succeed itself");
        } else if (!live.test(succ) && !retiredKeys.contains(succ)) {
          problems.add(
              field.equals("retiredGrids") ? ProblemKind.UNKNOWN_GRID : ProblemKind.UNKNOWN_UNIT,
              "$." + field + "[" + i + "].successors[" + s + "]",
              "successor "
                  + succ
                  + " of retired code "
                  + e.getKey()
                  + " is neither in the atlas nor retired");
        }
      }
      i++;
    }
  }

  /** Orders two positions. */
  @FunctionalInterface
  interface IntOrder {
    int compare(int x, int y);
  }

  /**
   * Orders positions 0..n-1 by bucket, then within each bucket by {@code within}: a counting sort
   * followed by insertion sorts of the (small) buckets, with a merge sort fallback for large ones.
   * Fills {@code first[b]} with the start of bucket b ({@code first.length} = buckets + 1).
   */
  static int[] bucketSort(
      int n, int[] first, java.util.function.IntUnaryOperator bucketOf, IntOrder within) {
    int buckets = first.length - 1;
    Arrays.fill(first, 0);
    int[] bucketOfPos = new int[n];
    for (int i = 0; i < n; i++) {
      bucketOfPos[i] = bucketOf.applyAsInt(i);
      first[bucketOfPos[i] + 1]++;
    }
    for (int b = 0; b < buckets; b++) {
      first[b + 1] += first[b];
    }
    int[] order = new int[n];
    int[] fill = Arrays.copyOf(first, buckets);
    for (int i = 0; i < n; i++) {
      order[fill[bucketOfPos[i]]++] = i;
    }
    for (int b = 0; b < buckets; b++) {
      int from = first[b];
      int to = first[b + 1];
      if (to - from > 32) {
        Integer[] boxed = new Integer[to - from];
        for (int i = from; i < to; i++) {
          boxed[i - from] = order[i];
        }
        Arrays.sort(boxed, (x, y) -> within.compare(x, y));
        for (int i = from; i < to; i++) {
          order[i] = boxed[i - from];
        }
        continue;
      }
      for (int i = from + 1; i < to; i++) {
        int v = order[i];
        int j = i - 1;
        while (j >= from && within.compare(order[j], v) > 0) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = v;
      }
    }
    return order;
  }

  private static void prefix(int[] a) {
    for (int i = 1; i < a.length; i++) {
      a[i] += a[i - 1];
    }
  }

  private static void prefix(long[] a) {
    for (int i = 1; i < a.length; i++) {
      a[i] += a[i - 1];
    }
  }

  @SuppressWarnings("EnumOrdinal") // a dense index into per-role arrays
  static int roleIndex(WorkerRole role) {
    return role.ordinal();
  }

  /** Collects problems in input order and throws them together. */
  static final class Problems {
    private final List<AtlasProblem> list = new ArrayList<>();

    void add(ProblemKind kind, String path, String message) {
      list.add(new AtlasProblem(kind, path, message));
    }

    void throwIfAny() {
      if (!list.isEmpty()) {
        throw new InvalidAtlasException(list);
      }
    }
  }
}
