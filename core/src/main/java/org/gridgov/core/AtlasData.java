package org.gridgov.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

// Over 600 lines: the layout is one algorithm — the pre-order of the hierarchy, the per-entity
// arrays in that order and their prefix sums are filled in one pass and read by offsets defined
// together; splitting the arrays from the code that fills them would split one format.

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
  final LongIndex divisionIndex;

  // grids, sorted by (unit, code)
  final GridCode[] gridCodes;
  final int[] gridUnit;
  final byte[] gridKind; // GridKind ordinals: a primitive array takes no write barriers
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
  final byte[] asgRole; // WorkerRole ordinals
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

  /** Lays out validated contents. O(n) apart from sorting input that is out of order. */
  private AtlasData(AtlasValidation v) {
    AtlasContents b = v.c;
    this.asOf = Objects.requireNonNull(v.asOf);
    this.scheme = b.scheme;
    this.targets = b.targets;
    this.sectors = v.sectors;
    this.sectorIndex = v.sectorIndex;
    this.required = v.required;
    this.retiredDivisions = sortedCopy(v.retiredDivisions);
    this.retiredGrids = sortedCopy(v.retiredGrids);
    List<Division> inDivs = b.divisions;
    int nd = inDivs.size();
    LongIndex inDivIndex = v.divisionIndex;
    List<Grid> inGrids = b.grids;
    int ng = inGrids.size();
    IntIndex<GridCode> inGridIndex = v.gridIndex;
    int[] gridUnitIn = v.gridUnit;
    List<GridWorker> inWorkers = b.workers;
    int nw = inWorkers.size();
    IntIndex<String> inWorkerIndex = v.workerIndex;
    List<Assignment> inAsg = b.assignments;
    int na = inAsg.size();
    int[] asgWorkerIn = v.asgWorker;
    int[] asgGridIn = v.asgGrid;
    List<PartyOrganisation> inOrgs = b.partyOrganisations;
    int no = inOrgs.size();
    int[] orgGridStart = v.orgGridStart;
    int[] orgGridIn = v.orgGridIn;
    IntIndex<String> inOrgIndex = v.orgIndex;
    List<Liaison> inLiaisons = b.liaisons;
    List<ContactPoint> inContacts = b.contactPoints;

    // ---- layout: divisions in pre-order --------------------------------------------------------
    int[] divOrder = sortedOrder(inDivs, Comparator.comparing(Division::code));
    this.divisions = new Division[nd];
    int[] divFinal = new int[nd];
    for (int k = 0; k < nd; k++) {
      divisions[k] = inDivs.get(divOrder[k]);
      divFinal[divOrder[k]] = k;
    }
    this.divisionIndex = inDivIndex.remap(divFinal);
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
      unitOfInput[i] = divFinal[gridUnitIn[i]];
    }
    this.gridFirst = new int[nd + 1];
    int[] order =
        bucketSort(
            ng,
            gridFirst,
            i -> unitOfInput[i],
            (x, y) -> inGrids.get(x).code().compareTo(inGrids.get(y).code()));
    this.gridCodes = new GridCode[ng];
    this.gridUnit = new int[ng];
    this.gridKind = new byte[ng];
    this.gridName = new String[ng];
    this.households = new int[ng];
    this.residents = new int[ng];
    int[] finalPos = new int[ng];
    for (int k = 0; k < ng; k++) {
      Grid g = inGrids.get(order[k]);
      finalPos[order[k]] = k;
      gridCodes[k] = g.code();
      gridUnit[k] = unitOfInput[order[k]];
      gridKind[k] = ordinal(g.kind());
      gridName[k] = g.name();
      households[k] = g.households();
      residents[k] = g.residents();
    }
    GridCode[] codes = this.gridCodes;
    this.gridIndex = inGridIndex.remap(finalPos, k -> codes[k]);

    // ---- workers and assignments -----------------------------------------------------------
    int[] workerOrder = sortedOrder(inWorkers, Comparator.comparing(GridWorker::id));
    this.workers = new GridWorker[nw];
    int[] workerFinal = new int[nw];
    for (int k = 0; k < nw; k++) {
      workers[k] = inWorkers.get(workerOrder[k]);
      workerFinal[workerOrder[k]] = k;
    }
    GridWorker[] ws = this.workers;
    this.workerIndex = inWorkerIndex.remap(workerFinal, k -> ws[k].id());
    Assignment[] asg = inAsg.toArray(new Assignment[0]);
    this.gridAsgFirst = new int[ng + 1];
    int[] asgOrder =
        bucketSort(
            na,
            gridAsgFirst,
            i -> finalPos[asgGridIn[i]],
            (x, y) -> POST_ORDER.compare(asg[x], asg[y]));
    this.asgWorker = new int[na];
    this.asgGrid = new int[na];
    this.asgRole = new byte[na];
    this.asgStart = new int[na];
    this.asgEnd = new int[na];
    for (int k = 0; k < na; k++) {
      int in = asgOrder[k];
      Assignment a = asg[in];
      asgWorker[k] = workerFinal[asgWorkerIn[in]];
      asgGrid[k] = finalPos[asgGridIn[in]];
      asgRole[k] = ordinal(a.role());
      asgStart[k] = Math.toIntExact(a.start().toEpochDay());
      asgEnd[k] = endDay(a.end());
    }
    this.workerAsgFirst = new int[nw + 1];
    this.workerAsg =
        bucketSort(na, workerAsgFirst, k -> asgWorker[k], (x, y) -> Integer.compare(x, y));

    // ---- party organisations ---------------------------------------------------------------
    int[] orgOrder = sortedOrder(inOrgs, Comparator.comparing(PartyOrganisation::id));
    this.orgs = new PartyOrganisation[no];
    int[] orgFinal = new int[no];
    for (int k = 0; k < no; k++) {
      orgs[k] = inOrgs.get(orgOrder[k]);
      orgFinal[orgOrder[k]] = k;
    }
    PartyOrganisation[] os = this.orgs;
    this.orgIndex = inOrgIndex.remap(orgFinal, k -> os[k].id());
    int links = orgGridIn.length;
    int[] linkOrg = new int[links];
    int[] linkGrid = new int[links];
    for (int i = 0; i < no; i++) {
      for (int l = orgGridStart[i]; l < orgGridStart[i + 1]; l++) {
        linkOrg[l] = orgFinal[i];
        linkGrid[l] = finalPos[orgGridIn[l]];
      }
    }
    this.gridOrgFirst = new int[ng + 1];
    int[] byGrid =
        bucketSort(
            links,
            gridOrgFirst,
            l -> linkGrid[l],
            (x, y) -> Integer.compare(linkOrg[x], linkOrg[y]));
    this.gridOrgs = new int[links];
    for (int k = 0; k < links; k++) {
      gridOrgs[k] = linkOrg[byGrid[k]];
    }
    int[] orgHome = new int[no];
    for (int i = 0; i < no; i++) {
      orgHome[orgFinal[i]] = homeOf(linkGrid, orgGridStart[i], orgGridStart[i + 1]);
    }

    // ---- liaisons and routing --------------------------------------------------------------
    this.liaisons = new Liaison[inLiaisons.size()];
    for (int l = 0; l < liaisons.length; l++) {
      Liaison given = inLiaisons.get(l);
      Sector canonical = sectors[v.liaisonSector[l]];
      liaisons[l] =
          given.sector().name().equals(canonical.name())
              ? given
              : new Liaison(given.name(), given.unit(), canonical);
    }
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
    Arrays.sort(contactPoints, CONTACT_ORDER);

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
      special[u] += kind(gridKind[g]).isSpecial() ? 1 : 0;
      covered[u] += gridOrgFirst[g + 1] > gridOrgFirst[g] ? 1 : 0;
      hh[u] += households[g];
      res[u] += residents[g];
      if (!kind(gridKind[g]).isSpecial()
          && !targets.accepts(divisions[gridUnit[g]].kind(), households[g])) {
        offTarget[u]++;
      }
      for (int s = 0; s < sectors.length; s++) {
        served[s][u] += nearestLiaison[s][gridUnit[g]] >= 0 ? 1 : 0;
      }
    }
    for (int k = 0; k < na; k++) {
      if (asgStart[k] <= asOfDay && asOfDay <= asgEnd[k]) {
        posts[asgRole[k]][gridUnit[asgGrid[k]] + 1]++;
      }
    }
    int[] orgCount = new int[nd + 1];
    for (int home : orgHome) {
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

  /**
   * Validates and lays out contents.
   *
   * @throws InvalidAtlasException listing every problem
   */
  static AtlasData assemble(AtlasContents contents) {
    return new AtlasData(AtlasValidation.validate(contents));
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /** The lowest division that holds every grid of links [from, to), or -1 if no one does. */
  private int homeOf(int[] linkGrid, int from, int to) {
    int home = gridUnit[linkGrid[from]];
    for (int l = from; l < to; l++) {
      int u = gridUnit[linkGrid[l]];
      while (home >= 0 && !(home <= u && u < end[home])) {
        home = parent[home];
      }
    }
    return home;
  }

  /** The position of a sector in the catalogue, by its code, or -1. */
  int sectorOf(Sector s) {
    Integer i = sectorIndex.get(s.code());
    return i == null ? -1 : i;
  }

  static int endDay(Optional<LocalDate> end) {
    return end.isEmpty() ? OPEN_END : Math.toIntExact(end.get().toEpochDay());
  }

  /**
   * The positions of the list in sorted order; input already in order (as written by the JSON
   * writer or a generator) is not re-sorted.
   */
  private static <T> int[] sortedOrder(List<T> list, Comparator<? super T> order) {
    int n = list.size();
    int[] result = new int[n];
    for (int i = 0; i < n; i++) {
      result[i] = i;
    }
    for (int i = 1; i < n; i++) {
      if (order.compare(list.get(i - 1), list.get(i)) > 0) {
        Integer[] boxed = new Integer[n];
        for (int k = 0; k < n; k++) {
          boxed[k] = k;
        }
        Arrays.sort(boxed, (x, y) -> order.compare(list.get(x), list.get(y)));
        for (int k = 0; k < n; k++) {
          result[k] = boxed[k];
        }
        break;
      }
    }
    return result;
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

  private static final GridKind[] KINDS = GridKind.values();

  @SuppressWarnings("EnumOrdinal") // a dense index into per-role arrays and a byte column
  static byte ordinal(Enum<?> value) {
    return (byte) value.ordinal();
  }

  static GridKind kind(byte ordinal) {
    return KINDS[ordinal];
  }

  static WorkerRole role(byte ordinal) {
    return ROLES[ordinal];
  }

  // ==== Derivation, for the change engine's fast path (AtlasDerivation, AtlasDraft) =============
  // Kept apart from the layout above: a batch that touches no structure derives a new AtlasData
  // from an old one, sharing every array and index it does not change.

  /** The order of a grid's posts, by start date, worker, role and end date. */
  static final Comparator<Assignment> POST_ORDER =
      Comparator.comparing(Assignment::start)
          .thenComparing(Assignment::workerId)
          .thenComparing(Assignment::role)
          .thenComparingInt(a -> endDay(a.end()));

  /** The order of contact points, by unit, grid, rank and leader. */
  static final Comparator<ContactPoint> CONTACT_ORDER =
      Comparator.comparing(ContactPoint::unit)
          .thenComparing(c -> c.grid().map(GridCode::toString).orElse(""))
          .thenComparing(ContactPoint::rank)
          .thenComparing(ContactPoint::leaderName);

  /** An atlas from parts, taken as they are: the caller vouches for their consistency. */
  AtlasData(AtlasParts p) {
    this.asOf = p.asOf;
    this.scheme = p.scheme;
    this.targets = p.targets;
    this.sectors = p.sectors;
    this.required = p.required;
    this.sectorIndex = p.sectorIndex;
    this.divisions = p.divisions;
    this.parent = p.parent;
    this.end = p.end;
    this.divisionIndex = p.divisionIndex;
    this.gridCodes = p.gridCodes;
    this.gridUnit = p.gridUnit;
    this.gridKind = p.gridKind;
    this.gridName = p.gridName;
    this.households = p.households;
    this.residents = p.residents;
    this.gridFirst = p.gridFirst;
    this.gridIndex = p.gridIndex;
    this.workers = p.workers;
    this.workerIndex = p.workerIndex;
    this.asgWorker = p.asgWorker;
    this.asgGrid = p.asgGrid;
    this.asgRole = p.asgRole;
    this.asgStart = p.asgStart;
    this.asgEnd = p.asgEnd;
    this.gridAsgFirst = p.gridAsgFirst;
    this.workerAsgFirst = p.workerAsgFirst;
    this.workerAsg = p.workerAsg;
    this.orgs = p.orgs;
    this.orgIndex = p.orgIndex;
    this.gridOrgFirst = p.gridOrgFirst;
    this.gridOrgs = p.gridOrgs;
    this.liaisons = p.liaisons;
    this.liaisonUnit = p.liaisonUnit;
    this.nearestLiaison = p.nearestLiaison;
    this.contactPoints = p.contactPoints;
    this.retiredDivisions = p.retiredDivisions;
    this.retiredGrids = p.retiredGrids;
    this.pfTowns = p.pfTowns;
    this.pfCommunities = p.pfCommunities;
    this.pfVillages = p.pfVillages;
    this.pfSpecial = p.pfSpecial;
    this.pfOrgs = p.pfOrgs;
    this.pfCovered = p.pfCovered;
    this.pfLiaisons = p.pfLiaisons;
    this.pfOffTarget = p.pfOffTarget;
    this.pfHouseholds = p.pfHouseholds;
    this.pfResidents = p.pfResidents;
    this.pfPosts = p.pfPosts;
    this.pfServed = p.pfServed;
  }

  /** The grid at a position. */
  Grid gridAt(int g) {
    return new Grid(
        gridCodes[g],
        divisions[gridUnit[g]].code(),
        kind(gridKind[g]),
        gridName[g],
        households[g],
        residents[g]);
  }

  /** The post at a position. */
  Assignment assignmentAt(int k) {
    return new Assignment(
        workers[asgWorker[k]].id(),
        gridCodes[asgGrid[k]],
        role(asgRole[k]),
        LocalDate.ofEpochDay(asgStart[k]),
        asgEnd[k] == OPEN_END ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(asgEnd[k])));
  }
}
