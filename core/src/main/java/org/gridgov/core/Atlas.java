package org.gridgov.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, validated, indexed snapshot of the grid hierarchy as of one date: divisions from
 * province down to community and village, their grids, the grid workers' posts, grid party
 * organisations, sector liaisons and leaders' contact points.
 *
 * <p>An atlas is built from a {@link Builder}, from JSON or from CSV; building validates everything
 * and throws one {@link InvalidAtlasException} listing every problem. Lookups by code are O(1);
 * {@link #isAncestor} is O(1) by pre-order intervals; {@link #rollUp} is O(1) by prefix sums;
 * {@link #routeWhistle} is O(1) by a precomputed nearest-liaison table per sector. Changes ({@link
 * #apply(List)}) return a new atlas and leave this one as it was. An atlas is thread-safe.
 *
 * <pre>{@code
 * Atlas atlas = Atlas.builder()
 *     .asOf(LocalDate.of(2022, 12, 10))
 *     .addDivision(Division.of("21", "辽宁省"))
 *     .addDivision(Division.of("2108", "营口市"))
 *     .addDivision(Division.of("210802", "站前区"))
 *     .addDivision(Division.of("210802001", "八田地街道"))
 *     .addDivision(Division.of("210802001007", "三楼社区"))
 *     .addGrid(new Grid(GridCode.parse("210802001007001"), DivisionCode.parse("210802001007"),
 *         GridKind.BASE, "三楼社区第一网格", 296, 711))
 *     .addLiaison(new Liaison("李供暖", DivisionCode.parse("210802001"), Sector.HEATING))
 *     .build();
 * atlas.rollUp(DivisionCode.parse("210802")).households();               // 296
 * atlas.routeWhistle(GridCode.parse("210802001007001"), Sector.HEATING); // 李供暖, 1 level up
 * }</pre>
 *
 * <p>Why one file of over 1,000 lines: it is the façade hosts program against — every query, its
 * Javadoc with complexity and examples (over 40 % of the file) and the builder — while the work
 * lives in the package-private {@code AtlasData}, {@code AtlasValidation} and {@code AtlasChanges};
 * splitting the façade would split what a reader of the API looks up in one place.
 */
public final class Atlas {
  private final AtlasData d;

  private Atlas(AtlasData data) {
    this.d = data;
  }

  /**
   * A builder for a new atlas, with the standard grid code scheme, the default household targets
   * and the eight predefined sectors.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding everything in this atlas, to build a modified copy.
   *
   * @return a builder with this atlas's contents in canonical order
   */
  public Builder toBuilder() {
    return new Builder(contents());
  }

  /** This atlas's contents in canonical order, in fresh lists. O(n). */
  AtlasContents contents() {
    AtlasContents c = new AtlasContents();
    c.asOf = d.asOf;
    c.scheme = d.scheme;
    c.targets = d.targets;
    c.sectors.clear();
    c.sectors.addAll(sectors());
    c.requiredSectors.addAll(requiredSectors());
    c.divisions.addAll(Arrays.asList(d.divisions));
    c.grids.addAll(grids());
    c.workers.addAll(Arrays.asList(d.workers));
    c.assignments.addAll(assignments());
    c.partyOrganisations.addAll(Arrays.asList(d.orgs));
    c.liaisons.addAll(Arrays.asList(d.liaisons));
    c.contactPoints.addAll(Arrays.asList(d.contactPoints));
    d.retiredDivisions.forEach((k, v) -> c.retiredDivisions.add(Map.entry(k, v)));
    d.retiredGrids.forEach((k, v) -> c.retiredGrids.add(Map.entry(k, v)));
    return c;
  }

  // ---- configuration ---------------------------------------------------------------------------

  /**
   * The date the snapshot describes; roll-ups count the posts active on it.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return d.asOf;
  }

  /**
   * The scheme grid codes follow.
   *
   * @return the scheme
   */
  public GridCodeScheme gridCodeScheme() {
    return d.scheme;
  }

  /**
   * The household targets base grids are measured against.
   *
   * @return the targets
   */
  public HouseholdTargets householdTargets() {
    return d.targets;
  }

  /**
   * The sector catalogue, in the order given.
   *
   * @return the sectors
   */
  public List<Sector> sectors() {
    return List.of(d.sectors);
  }

  /**
   * The sectors every community and village must be able to whistle to.
   *
   * @return the required sectors, in catalogue order
   */
  public Set<Sector> requiredSectors() {
    Set<Sector> set = new LinkedHashSet<>();
    for (int s = 0; s < d.sectors.length; s++) {
      if (d.required[s]) {
        set.add(d.sectors[s]);
      }
    }
    return java.util.Collections.unmodifiableSet(set);
  }

  /**
   * The sector of the catalogue with a code, as a request carries it ({@code "heating"}). O(1).
   *
   * @param code the sector's code
   * @return the sector, or empty if the catalogue has none with that code
   */
  public Optional<Sector> sector(String code) {
    Integer i = d.sectorIndex.get(checkNotNull(code, "code"));
    return i == null ? Optional.empty() : Optional.of(d.sectors[i]);
  }

  // ---- contents --------------------------------------------------------------------------------

  /**
   * Every division, in code order (a pre-order of the hierarchy).
   *
   * @return the divisions
   */
  public List<Division> divisions() {
    return List.of(d.divisions);
  }

  /**
   * Every grid, ordered by unit (in code order), then by grid code. The list is a view; each {@code
   * get} is O(1).
   *
   * @return the grids
   */
  public List<Grid> grids() {
    return new IndexedView<>(d.gridCodes.length, this::gridAt);
  }

  /**
   * Every grid worker, by id.
   *
   * @return the workers
   */
  public List<GridWorker> workers() {
    return List.of(d.workers);
  }

  /**
   * Every post, ordered by grid, then start date, worker, role and end date. The list is a view.
   *
   * @return the assignments
   */
  public List<Assignment> assignments() {
    return new IndexedView<>(d.asgGrid.length, this::assignmentAt);
  }

  /**
   * Every grid party organisation, by id.
   *
   * @return the party organisations
   */
  public List<PartyOrganisation> partyOrganisations() {
    return List.of(d.orgs);
  }

  /**
   * Every liaison, by unit and then sector catalogue order.
   *
   * @return the liaisons
   */
  public List<Liaison> liaisons() {
    return List.of(d.liaisons);
  }

  /**
   * Every contact point, by unit, grid, rank and leader.
   *
   * @return the contact points
   */
  public List<ContactPoint> contactPoints() {
    return List.of(d.contactPoints);
  }

  /**
   * Division codes retired by merges, splits, moves and removals, each with its successors (empty
   * for a removal), in code order.
   *
   * @return retired division code → successor codes
   */
  public Map<DivisionCode, List<DivisionCode>> retiredDivisions() {
    return d.retiredDivisions;
  }

  /**
   * Grid codes retired by merges, splits, moves and removals, each with its successors (empty for a
   * removal), in code order.
   *
   * @return retired grid code → successor codes
   */
  public Map<GridCode, List<GridCode>> retiredGrids() {
    return d.retiredGrids;
  }

  /**
   * The live grids a grid code stands for today: itself if live, else the live successors reached
   * by following retirements (a split grid maps to its parts, merged grids to the merged grid).
   *
   * @param code a live or retired grid code
   * @return the live codes, in order; empty if unknown or removed without successor
   */
  public List<GridCode> currentGrids(GridCode code) {
    checkNotNull(code, "code");
    return current(code, d.retiredGrids, c -> d.gridIndex.get(c) >= 0);
  }

  /**
   * The live divisions a division code stands for today, following retirements.
   *
   * @param code a live or retired division code
   * @return the live codes, in order; empty if unknown or removed without successor
   */
  public List<DivisionCode> currentDivisions(DivisionCode code) {
    checkNotNull(code, "code");
    return current(code, d.retiredDivisions, c -> d.divisionIndex.get(c) >= 0);
  }

  private static <K> List<K> current(
      K code, Map<K, List<K>> retired, java.util.function.Predicate<K> live) {
    Set<K> result = new LinkedHashSet<>();
    Set<K> seen = new java.util.HashSet<>();
    java.util.ArrayDeque<K> todo = new java.util.ArrayDeque<>();
    todo.add(code);
    while (!todo.isEmpty()) {
      K c = todo.poll();
      if (!seen.add(c)) {
        continue;
      }
      if (live.test(c)) {
        result.add(c);
      } else {
        todo.addAll(retired.getOrDefault(c, List.of()));
      }
    }
    return List.copyOf(result);
  }

  // ---- lookups ---------------------------------------------------------------------------------

  /**
   * The division with a code. O(1).
   *
   * @param code the code
   * @return the division, if in the atlas
   */
  public Optional<Division> division(DivisionCode code) {
    int i = d.divisionIndex.get(code);
    return i < 0 ? Optional.empty() : Optional.of(d.divisions[i]);
  }

  /**
   * The grid with a code. O(1).
   *
   * @param code the code
   * @return the grid, if in the atlas
   */
  public Optional<Grid> grid(GridCode code) {
    int i = d.gridIndex.get(checkNotNull(code, "code"));
    return i < 0 ? Optional.empty() : Optional.of(gridAt(i));
  }

  /**
   * The worker with an id. O(1).
   *
   * @param id the id
   * @return the worker, if in the atlas
   */
  public Optional<GridWorker> worker(String id) {
    int i = d.workerIndex.get(checkNotNull(id, "id"));
    return i < 0 ? Optional.empty() : Optional.of(d.workers[i]);
  }

  /**
   * The party organisation with an id. O(1).
   *
   * @param id the id
   * @return the organisation, if in the atlas
   */
  public Optional<PartyOrganisation> partyOrganisation(String id) {
    int i = d.orgIndex.get(checkNotNull(id, "id"));
    return i < 0 ? Optional.empty() : Optional.of(d.orgs[i]);
  }

  // ---- hierarchy -------------------------------------------------------------------------------

  /**
   * The divisions without a parent in the atlas: its provinces.
   *
   * @return the roots, in code order
   */
  public List<Division> roots() {
    List<Division> roots = new ArrayList<>();
    for (int i = 0; i < d.divisions.length; i = d.end[i]) {
      roots.add(d.divisions[i]);
    }
    return List.copyOf(roots);
  }

  /**
   * The parent of a division.
   *
   * @param code a division in the atlas
   * @return the parent, empty for a province
   * @throws IllegalArgumentException if the division is not in the atlas
   */
  public Optional<Division> parent(DivisionCode code) {
    int p = d.parent[indexOf(code)];
    return p < 0 ? Optional.empty() : Optional.of(d.divisions[p]);
  }

  /**
   * The children of a division, in code order. O(children).
   *
   * @param code a division in the atlas
   * @return the children
   * @throws IllegalArgumentException if the division is not in the atlas
   */
  public List<Division> children(DivisionCode code) {
    int i = indexOf(code);
    List<Division> children = new ArrayList<>();
    for (int c = i + 1; c < d.end[i]; c = d.end[c]) {
      children.add(d.divisions[c]);
    }
    return List.copyOf(children);
  }

  /**
   * The ancestors of a division, from the province down to the parent.
   *
   * @param code a division in the atlas
   * @return the ancestors, top first
   * @throws IllegalArgumentException if the division is not in the atlas
   */
  public List<Division> ancestors(DivisionCode code) {
    List<Division> result = new ArrayList<>();
    for (int p = d.parent[indexOf(code)]; p >= 0; p = d.parent[p]) {
      result.add(d.divisions[p]);
    }
    java.util.Collections.reverse(result);
    return List.copyOf(result);
  }

  /**
   * The descendants of a division in pre-order, not including itself. The list is a view over the
   * contiguous subtree; O(1) to create.
   *
   * @param code a division in the atlas
   * @return the descendants
   * @throws IllegalArgumentException if the division is not in the atlas
   */
  public List<Division> descendants(DivisionCode code) {
    int i = indexOf(code);
    return List.of(d.divisions).subList(i + 1, d.end[i]);
  }

  /**
   * Whether {@code ancestor} is a proper ancestor of {@code descendant} in this atlas. O(1): the
   * descendant's pre-order position lies inside the ancestor's subtree interval.
   *
   * @param ancestor a division in the atlas
   * @param descendant a division in the atlas
   * @return true if the first lies strictly above the second
   * @throws IllegalArgumentException if either division is not in the atlas
   */
  public boolean isAncestor(DivisionCode ancestor, DivisionCode descendant) {
    int a = indexOf(checkNotNull(ancestor, "ancestor"));
    int b = indexOf(checkNotNull(descendant, "descendant"));
    return a < b && b < d.end[a];
  }

  /**
   * The grids of a division's subtree, in atlas order; for a community or village, its own grids.
   * The list is a view over a contiguous range; O(1) to create.
   *
   * @param code a division in the atlas
   * @return the grids below it
   * @throws IllegalArgumentException if the division is not in the atlas
   */
  public List<Grid> gridsBelow(DivisionCode code) {
    int i = indexOf(code);
    int from = d.gridFirst[i];
    int to = d.gridFirst[d.end[i]];
    return new IndexedView<>(to - from, k -> gridAt(from + k));
  }

  // ---- people ----------------------------------------------------------------------------------

  /**
   * All posts in a grid, past, present and future.
   *
   * @param grid a grid in the atlas
   * @return the posts, by start date
   * @throws IllegalArgumentException if the grid is not in the atlas
   */
  public List<Assignment> assignmentsIn(GridCode grid) {
    int g = gridIndexOf(grid);
    int from = d.gridAsgFirst[g];
    int to = d.gridAsgFirst[g + 1];
    return new IndexedView<>(to - from, k -> assignmentAt(from + k));
  }

  /**
   * All posts of a worker.
   *
   * @param workerId a worker in the atlas
   * @return the posts, by grid
   * @throws IllegalArgumentException if the worker is not in the atlas
   */
  public List<Assignment> assignmentsOf(String workerId) {
    int w = d.workerIndex.get(checkNotNull(workerId, "workerId"));
    checkArgument(w >= 0, "worker \"%s\" is not in the atlas", workerId);
    int from = d.workerAsgFirst[w];
    int to = d.workerAsgFirst[w + 1];
    return new IndexedView<>(to - from, k -> assignmentAt(d.workerAsg[from + k]));
  }

  /**
   * The grid leader (网格长) of a grid on a day.
   *
   * @param grid a grid in the atlas
   * @param day the day
   * @return the leader, empty if the post is vacant that day
   * @throws IllegalArgumentException if the grid is not in the atlas
   */
  public Optional<GridWorker> gridLeader(GridCode grid, LocalDate day) {
    int g = gridIndexOf(grid);
    long epochDay = day.toEpochDay();
    for (int k = d.gridAsgFirst[g]; k < d.gridAsgFirst[g + 1]; k++) {
      if (AtlasData.role(d.asgRole[k]) == WorkerRole.GRID_LEADER
          && d.asgStart[k] <= epochDay
          && epochDay <= d.asgEnd[k]) {
        return Optional.of(d.workers[d.asgWorker[k]]);
      }
    }
    return Optional.empty();
  }

  /**
   * The party organisations covering a grid.
   *
   * @param grid a grid in the atlas
   * @return the organisations, by id
   * @throws IllegalArgumentException if the grid is not in the atlas
   */
  public List<PartyOrganisation> partyOrganisationsCovering(GridCode grid) {
    int g = gridIndexOf(grid);
    List<PartyOrganisation> result = new ArrayList<>();
    for (int k = d.gridOrgFirst[g]; k < d.gridOrgFirst[g + 1]; k++) {
      result.add(d.orgs[d.gridOrgs[k]]);
    }
    return List.copyOf(result);
  }

  // ---- roll-ups and queries --------------------------------------------------------------------

  /**
   * Totals of the subtree of a division, in O(1) (a constant number of prefix-sum differences).
   *
   * @param code a division in the atlas
   * @return the roll-up
   * @throws IllegalArgumentException if the division is not in the atlas
   */
  public RollUp rollUp(DivisionCode code) {
    int i = indexOf(code);
    int e = d.end[i];
    // in declaration order and catalogue order, so that a roll-up always prints the same way
    Map<WorkerRole, Integer> posts = new EnumMap<>(WorkerRole.class);
    for (WorkerRole role : WorkerRole.values()) {
      int r = AtlasData.ordinal(role);
      posts.put(role, d.pfPosts[r][e] - d.pfPosts[r][i]);
    }
    Map<Sector, Integer> served = new LinkedHashMap<>();
    for (int s = 0; s < d.sectors.length; s++) {
      served.put(d.sectors[s], d.pfServed[s][e] - d.pfServed[s][i]);
    }
    return new RollUp(
        code,
        d.pfTowns[e] - d.pfTowns[i],
        d.pfCommunities[e] - d.pfCommunities[i],
        d.pfVillages[e] - d.pfVillages[i],
        d.gridFirst[e] - d.gridFirst[i],
        d.pfSpecial[e] - d.pfSpecial[i],
        d.pfHouseholds[e] - d.pfHouseholds[i],
        d.pfResidents[e] - d.pfResidents[i],
        posts,
        d.pfOrgs[e] - d.pfOrgs[i],
        d.pfCovered[e] - d.pfCovered[i],
        d.pfLiaisons[e] - d.pfLiaisons[i],
        served,
        d.pfOffTarget[e] - d.pfOffTarget[i]);
  }

  /**
   * Base grids below a division whose households lie outside the {@linkplain #householdTargets()
   * household target} (about 300 in a community, 60 in a village, within the tolerance). O(grids
   * below).
   *
   * @param code a division in the atlas
   * @return the grids off target, in atlas order
   * @throws IllegalArgumentException if the division is not in the atlas
   */
  public List<Grid> gridsOffTarget(DivisionCode code) {
    int i = indexOf(code);
    List<Grid> result = new ArrayList<>();
    for (int g = d.gridFirst[i]; g < d.gridFirst[d.end[i]]; g++) {
      if (!AtlasData.kind(d.gridKind[g]).isSpecial()
          && !d.targets.accepts(d.divisions[d.gridUnit[g]].kind(), d.households[g])) {
        result.add(gridAt(g));
      }
    }
    return List.copyOf(result);
  }

  /**
   * Grids below a division that no party organisation covers.
   *
   * @param code a division in the atlas
   * @return the uncovered grids, in atlas order
   * @throws IllegalArgumentException if the division is not in the atlas
   */
  public List<Grid> gridsWithoutPartyOrganisation(DivisionCode code) {
    int i = indexOf(code);
    List<Grid> result = new ArrayList<>();
    for (int g = d.gridFirst[i]; g < d.gridFirst[d.end[i]]; g++) {
      if (d.gridOrgFirst[g + 1] == d.gridOrgFirst[g]) {
        result.add(gridAt(g));
      }
    }
    return List.copyOf(result);
  }

  /**
   * Communities and villages below (or equal to) a division whose grids have nobody to whistle to
   * for a {@linkplain #requiredSectors() required sector}. O(units below × required sectors).
   *
   * @param code a division in the atlas
   * @return the gaps, by unit then sector catalogue order
   * @throws IllegalArgumentException if the division is not in the atlas
   */
  public List<LiaisonGap> liaisonGaps(DivisionCode code) {
    int i = indexOf(code);
    List<LiaisonGap> result = new ArrayList<>();
    for (int u = i; u < d.end[i]; u++) {
      if (d.divisions[u].level() != DivisionLevel.VILLAGE) {
        continue;
      }
      for (int s = 0; s < d.sectors.length; s++) {
        if (d.required[s] && d.nearestLiaison[s][u] < 0) {
          result.add(new LiaisonGap(d.divisions[u], d.sectors[s]));
        }
      }
    }
    return List.copyOf(result);
  }

  /**
   * Where a grid's whistle for a sector goes: the liaison of the nearest unit at or above the
   * grid's community or village that has one for the sector (网格吹哨，部门报到), or explicitly nobody.
   * O(1): one hash lookup and one table read.
   *
   * @param grid a grid in the atlas
   * @param sector a sector of the catalogue
   * @return the route
   * @throws IllegalArgumentException if the grid or the sector is not in the atlas
   */
  public WhistleRoute routeWhistle(GridCode grid, Sector sector) {
    checkNotNull(sector, "sector");
    int g = gridIndexOf(grid);
    int s = d.sectorOf(sector);
    checkArgument(s >= 0, "sector %s is not in the atlas's sector catalogue", sector);
    sector = d.sectors[s]; // the catalogue's own, with its display name
    int unit = d.gridUnit[g];
    int l = d.nearestLiaison[s][unit];
    if (l < 0) {
      return new WhistleRoute.Unanswered(grid, sector);
    }
    int levelsUp = 0;
    for (int u = unit; u != d.liaisonUnit[l]; u = d.parent[u]) {
      levelsUp++;
    }
    return new WhistleRoute.Answered(grid, sector, d.liaisons[l], levelsUp);
  }

  /**
   * Where a grid's whistle for a sector goes, the sector given by its code as a request carries it
   * ({@code "heating"}); see {@link #routeWhistle(GridCode, Sector)}.
   *
   * @param grid a grid in the atlas
   * @param sectorCode the code of a sector of the catalogue
   * @return the route
   * @throws IllegalArgumentException if the grid or the sector is not in the atlas
   */
  public WhistleRoute routeWhistle(GridCode grid, String sectorCode) {
    checkNotNull(grid, "grid");
    Sector sector =
        sector(checkNotNull(sectorCode, "sectorCode"))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "sector \"" + sectorCode + "\" is not in the atlas's sector catalogue"));
    return routeWhistle(grid, sector);
  }

  /**
   * The code the next grid of a unit gets: the sequence after the highest one the unit has ever
   * used, live or retired, so that a retired code is never reused; when the top of the range is
   * taken, the lowest sequence never used.
   *
   * @param unit a community or village in the atlas
   * @return the next free code
   * @throws IllegalArgumentException if the unit is not a community or village of the atlas
   * @throws AtlasChangeException if every sequence of the unit has been used
   */
  public GridCode nextGridCode(DivisionCode unit) {
    int u = indexOf(checkNotNull(unit, "unit"));
    checkArgument(
        unit.level() == DivisionLevel.VILLAGE,
        "grids belong to communities and villages, not to %s (%s)",
        unit,
        unit.kind());
    Set<GridCode> used = new java.util.HashSet<>();
    for (int g = d.gridFirst[u]; g < d.gridFirst[u + 1]; g++) {
      used.add(d.gridCodes[g]);
    }
    return GridCodes.allocate(
            d.scheme, unit, used, d.retiredGrids.keySet(), 1, Location.element("grids"))
        .get(0);
  }

  /**
   * Statistics of the atlas as a whole.
   *
   * @return counts of everything held
   */
  public AtlasSize size() {
    return new AtlasSize(
        d.divisions.length,
        d.gridCodes.length,
        d.workers.length,
        d.asgGrid.length,
        d.orgs.length,
        d.liaisons.length,
        d.contactPoints.length,
        d.retiredDivisions.size() + d.retiredGrids.size());
  }

  // ---- changes ---------------------------------------------------------------------------------

  /**
   * Applies changes in order and returns the resulting atlas; this atlas is unchanged. The batch is
   * atomic: if any change is refused, nothing is applied and an {@link AtlasChangeException} lists
   * why, located at the change ({@code changes[3].grid.unit}). Each change is checked against the
   * atlas as the changes before it left it.
   *
   * <p>Cost: O(n + Σ affected) per batch, whatever the number of changes — each change costs time
   * in proportion to what it touches (the grids of the units concerned, the posts, organisations
   * and contact points of the grids concerned), then the result is built once. A batch of only
   * changes that touch no structure ({@link AtlasChange.UpdateGrid}, {@link
   * AtlasChange.AddAssignment}, {@link AtlasChange.ReassignWorker}, adding and removing liaisons
   * and contact points) derives the result from this atlas, sharing its indexes and copying only
   * the columns it changes; any other batch validates and indexes the result in full, as {@link
   * Builder#build()} does.
   *
   * @param changes the changes
   * @return the new atlas, or this atlas for an empty batch
   * @throws AtlasChangeException if a change is refused
   */
  public Atlas apply(List<? extends AtlasChange> changes) {
    return applied(changes, false);
  }

  /**
   * Applies changes in order; see {@link #apply(List)}.
   *
   * @param changes the changes
   * @return the new atlas
   * @throws AtlasChangeException if a change is refused
   */
  public Atlas apply(AtlasChange... changes) {
    return apply(Arrays.asList(checkNotNull(changes, "changes")));
  }

  /** The same batch, built by a full rebuild even when it touches no structure (for tests). */
  Atlas applyByRebuild(List<? extends AtlasChange> changes) {
    return applied(changes, true);
  }

  private Atlas applied(List<? extends AtlasChange> changes, boolean rebuild) {
    checkNotNull(changes, "changes");
    List<AtlasChange> list = new ArrayList<>(changes.size());
    for (int i = 0; i < changes.size(); i++) {
      list.add(checkNotNull(changes.get(i), "changes[%s]", i));
    }
    AtlasData next = AtlasChanges.apply(d, list, rebuild);
    return next == d ? this : new Atlas(next);
  }

  /**
   * What changed from this atlas to a newer one: divisions, grids, posts, organisations, liaisons
   * and contact points added, removed, moved (re-coded), split, merged and changed, and the
   * retirements of codes the older atlas did not hold, as typed entries: the diff is empty exactly
   * when the atlases are equal. O(n).
   *
   * @param newer the later snapshot
   * @return the differences
   */
  public AtlasDiff diff(Atlas newer) {
    return AtlasDiff.between(this, checkNotNull(newer, "newer"));
  }

  // ---- object ----------------------------------------------------------------------------------

  /**
   * Whether another atlas holds exactly the same contents and configuration.
   *
   * @param o another object
   * @return true for an equal atlas
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Atlas other)) {
      return false;
    }
    AtlasData e = other.d;
    return d.asOf.equals(e.asOf)
        && d.scheme.equals(e.scheme)
        && d.targets.equals(e.targets)
        && Arrays.equals(d.sectors, e.sectors)
        && Arrays.equals(d.required, e.required)
        && Arrays.equals(d.divisions, e.divisions)
        && Arrays.equals(d.gridCodes, e.gridCodes)
        && Arrays.equals(d.gridUnit, e.gridUnit)
        && Arrays.equals(d.gridKind, e.gridKind)
        && Arrays.equals(d.gridName, e.gridName)
        && Arrays.equals(d.households, e.households)
        && Arrays.equals(d.residents, e.residents)
        && Arrays.equals(d.workers, e.workers)
        && Arrays.equals(d.asgWorker, e.asgWorker)
        && Arrays.equals(d.asgGrid, e.asgGrid)
        && Arrays.equals(d.asgRole, e.asgRole)
        && Arrays.equals(d.asgStart, e.asgStart)
        && Arrays.equals(d.asgEnd, e.asgEnd)
        && Arrays.equals(d.orgs, e.orgs)
        && Arrays.equals(d.liaisons, e.liaisons)
        && Arrays.equals(d.contactPoints, e.contactPoints)
        && d.retiredDivisions.equals(e.retiredDivisions)
        && d.retiredGrids.equals(e.retiredGrids);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        d.asOf,
        d.divisions.length,
        d.gridCodes.length,
        Arrays.hashCode(d.households),
        d.workers.length,
        d.asgGrid.length);
  }

  @Override
  public String toString() {
    return "Atlas[asOf=" + d.asOf + ", " + size() + "]";
  }

  // ---- internals -------------------------------------------------------------------------------

  AtlasData data() {
    return d;
  }

  private int indexOf(DivisionCode code) {
    int i = d.divisionIndex.get(checkNotNull(code, "code"));
    checkArgument(i >= 0, "division %s is not in the atlas", code);
    return i;
  }

  private int gridIndexOf(GridCode code) {
    int i = d.gridIndex.get(checkNotNull(code, "grid"));
    checkArgument(i >= 0, "grid %s is not in the atlas", code);
    return i;
  }

  private Grid gridAt(int g) {
    return new Grid(
        d.gridCodes[g],
        d.divisions[d.gridUnit[g]].code(),
        AtlasData.kind(d.gridKind[g]),
        d.gridName[g],
        d.households[g],
        d.residents[g]);
  }

  private Assignment assignmentAt(int k) {
    return new Assignment(
        d.workers[d.asgWorker[k]].id(),
        d.gridCodes[d.asgGrid[k]],
        AtlasData.role(d.asgRole[k]),
        LocalDate.ofEpochDay(d.asgStart[k]),
        d.asgEnd[k] == AtlasData.OPEN_END
            ? Optional.empty()
            : Optional.of(LocalDate.ofEpochDay(d.asgEnd[k])));
  }

  /** An immutable random-access list that materialises elements on demand. */
  private static final class IndexedView<T> extends AbstractList<T> implements RandomAccess {
    private final int size;
    private final java.util.function.IntFunction<T> at;

    IndexedView(int size, java.util.function.IntFunction<T> at) {
      this.size = size;
      this.at = at;
    }

    @Override
    public T get(int index) {
      checkElementIndex(index, size);
      return at.apply(index);
    }

    @Override
    public int size() {
      return size;
    }

    private static void checkElementIndex(int index, int size) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException("index " + index + " out of 0.." + (size - 1));
      }
    }
  }

  /**
   * Collects the contents of an atlas and builds it. Not thread-safe. {@link #build()} validates
   * the whole input and either returns an atlas or throws one {@link InvalidAtlasException} with
   * every problem, located by its {@link ElementLocator}: by default by section and position in the
   * order things were added ({@code grids[17].unit}).
   */
  public static final class Builder {
    final AtlasContents contents;

    Builder() {
      this.contents = new AtlasContents();
    }

    Builder(AtlasContents contents) {
      this.contents = contents;
    }

    /**
     * Sets the date the snapshot describes (required).
     *
     * @param date the as-of date
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder asOf(LocalDate date) {
      contents.asOf = checkNotNull(date, "date");
      return this;
    }

    /**
     * Sets the grid code scheme; the default is {@link GridCodeScheme#standard()}.
     *
     * @param value the scheme
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder gridCodeScheme(GridCodeScheme value) {
      contents.scheme = checkNotNull(value, "value");
      return this;
    }

    /**
     * Sets the household targets; the default is {@link HouseholdTargets#DEFAULT}.
     *
     * @param value the targets
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder householdTargets(HouseholdTargets value) {
      contents.targets = checkNotNull(value, "value");
      return this;
    }

    /**
     * Replaces the sector catalogue; the default is {@link Sector#predefined()}.
     *
     * @param values the sectors
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder sectors(Collection<Sector> values) {
      return replace(contents.sectors, checkNotNull(values, "values"));
    }

    /**
     * Adds a sector to the catalogue.
     *
     * @param value the sector
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addSector(Sector value) {
      contents.sectors.add(checkNotNull(value, "value"));
      return this;
    }

    /**
     * Sets the sectors every community and village must be able to whistle to. Sectors are matched
     * to the catalogue by code.
     *
     * @param values sectors of the catalogue
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder requiredSectors(Collection<Sector> values) {
      return replace(contents.requiredSectors, checkNotNull(values, "values"));
    }

    /**
     * Adds a division.
     *
     * @param value the division
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addDivision(Division value) {
      contents.divisions.add(checkNotNull(value, "value"));
      return this;
    }

    /**
     * Adds divisions.
     *
     * @param values the divisions
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addDivisions(Collection<Division> values) {
      contents.divisions.addAll(List.copyOf(checkNotNull(values, "values")));
      return this;
    }

    /**
     * Adds a grid.
     *
     * @param value the grid
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addGrid(Grid value) {
      contents.grids.add(checkNotNull(value, "value"));
      return this;
    }

    /**
     * Adds a grid worker.
     *
     * @param value the worker
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addWorker(GridWorker value) {
      contents.workers.add(checkNotNull(value, "value"));
      return this;
    }

    /**
     * Adds a post.
     *
     * @param value the assignment
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAssignment(Assignment value) {
      contents.assignments.add(checkNotNull(value, "value"));
      return this;
    }

    /**
     * Adds a grid party organisation.
     *
     * @param value the organisation
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addPartyOrganisation(PartyOrganisation value) {
      contents.partyOrganisations.add(checkNotNull(value, "value"));
      return this;
    }

    /**
     * Adds a liaison. Its sector is matched to the catalogue by code.
     *
     * @param value the liaison
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addLiaison(Liaison value) {
      contents.liaisons.add(checkNotNull(value, "value"));
      return this;
    }

    /**
     * Adds a contact point.
     *
     * @param value the contact point
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addContactPoint(ContactPoint value) {
      contents.contactPoints.add(checkNotNull(value, "value"));
      return this;
    }

    /**
     * Records a retired division code and what replaced it.
     *
     * @param code the retired code
     * @param successors the codes that replaced it; empty if it was removed outright
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder retireDivision(DivisionCode code, List<DivisionCode> successors) {
      contents.retiredDivisions.add(
          Map.entry(
              checkNotNull(code, "code"), List.copyOf(checkNotNull(successors, "successors"))));
      return this;
    }

    /**
     * Records a retired grid code and what replaced it.
     *
     * @param code the retired code
     * @param successors the codes that replaced it; empty if it was removed outright
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder retireGrid(GridCode code, List<GridCode> successors) {
      contents.retiredGrids.add(
          Map.entry(
              checkNotNull(code, "code"), List.copyOf(checkNotNull(successors, "successors"))));
      return this;
    }

    /**
     * Locates the problems {@link #build()} finds through a locator, such as a reader's that knows
     * where in its input each element came from; the default locates by position in the order added
     * ({@code grids[17]}).
     *
     * @param locator the locator
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder locatedBy(ElementLocator locator) {
      contents.locator = checkNotNull(locator, "locator");
      return this;
    }

    /**
     * Sets how many problems {@link #build()} collects before it only counts the rest; the default
     * is {@value org.gridgov.core.io.ReadLimits#DEFAULT_MAX_PROBLEMS}.
     *
     * @param limit problems kept, at least 1
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder maxProblems(int limit) {
      checkArgument(limit >= 1, "the problem limit must be >= 1, got %s", limit);
      contents.maxProblems = limit;
      return this;
    }

    private Builder replace(List<Sector> list, Collection<Sector> values) {
      List<Sector> copy = List.copyOf(values);
      list.clear();
      list.addAll(copy);
      return this;
    }

    /**
     * Validates everything without building: the problems {@link #build()} would report, in
     * canonical order and up to the cap, without those its locator {@linkplain
     * ElementLocator#isExcused excuses}.
     *
     * @return the problems; empty if the contents are valid
     */
    public List<Problem> check() {
      return AtlasValidation.check(contents);
    }

    /**
     * Validates everything and builds the atlas. O(n) apart from sorting input that is out of
     * order. The builder can be built again, and changed between builds.
     *
     * @return the atlas
     * @throws InvalidAtlasException listing every problem (sorted in {@linkplain
     *     AtlasSection#locationOrder() canonical order}), if the input is invalid
     */
    public Atlas build() {
      return new Atlas(AtlasData.assemble(contents));
    }
  }
}
