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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.io.internal.ProblemList;
import org.jspecify.annotations.Nullable;

/**
 * Validation of an atlas's contents, in full: every problem is collected (up to the contents' cap)
 * and located through the contents' {@link ElementLocator}, then thrown together, sorted in the
 * {@linkplain AtlasSection#locationOrder() canonical order}. A problem is not reported when its
 * place, or a value it follows from, is {@linkplain ElementLocator#isExcused excused}. What
 * validation computes (indexes by input position) is kept for the layout.
 *
 * <p>Why one file of about 700 lines: one pass per section in the canonical order, each using the
 * indexes the earlier ones built; split by section, the order they depend on would be implicit.
 */
final class AtlasValidation {
  static final LocalDate MIN_DATE = LocalDate.of(1, 1, 1);
  static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

  final AtlasContents c;
  private final ProblemList problems;
  private @Nullable Location firstExcused;

  // results, by input position
  @Nullable LocalDate asOf;
  Sector[] sectors = new Sector[0];
  Map<String, Integer> sectorIndex = Map.of();
  boolean[] required = new boolean[0];
  Map<DivisionCode, List<DivisionCode>> retiredDivisions = Map.of();
  Map<GridCode, List<GridCode>> retiredGrids = Map.of();
  LongIndex divisionIndex;
  IntIndex<GridCode> gridIndex;
  int[] gridUnit = new int[0];
  IntIndex<String> workerIndex;
  int[] asgWorker = new int[0];
  int[] asgGrid = new int[0];
  IntIndex<String> orgIndex;
  int[] orgGridStart = new int[1];
  int[] orgGridIn = new int[0];
  int[] liaisonSector = new int[0];

  /** A place a problem is at or follows from: a field of an element, or a section as a whole. */
  private record Ref(AtlasSection section, int index, String field) {}

  private AtlasValidation(AtlasContents contents) {
    this.c = contents;
    this.problems = new ProblemList(contents.maxProblems);
    this.divisionIndex = new LongIndex(0, i -> 0L, null);
    this.gridIndex = IntIndex.empty();
    this.workerIndex = IntIndex.empty();
    this.orgIndex = IntIndex.empty();
  }

  /**
   * Validates the contents.
   *
   * @throws InvalidAtlasException listing every problem
   */
  static AtlasValidation validate(AtlasContents contents) {
    AtlasValidation v = new AtlasValidation(contents);
    v.run();
    if (!v.problems.isEmpty()) {
      throw new InvalidAtlasException(v.sorted(), v.problems.omitted());
    }
    Location excused = v.firstExcused;
    if (excused != null) {
      // Problems were found but excused: the locator's owner reported them. Never build from
      // stand-ins, though.
      throw new InvalidAtlasException(
          List.of(
              Problem.of(
                  ProblemKind.INVALID_VALUE,
                  excused,
                  "a stand-in for a value reported as unusable; the atlas cannot be built")));
    }
    return v;
  }

  /**
   * The problems of the contents that are not excused, in canonical order, up to the cap; empty if
   * the contents are valid or all their problems are excused.
   */
  static List<Problem> check(AtlasContents contents) {
    AtlasValidation v = new AtlasValidation(contents);
    v.run();
    return v.sorted();
  }

  private List<Problem> sorted() {
    List<Problem> sorted = new ArrayList<>(problems.kept());
    sorted.sort(Comparator.comparing(Problem::location, AtlasSection.locationOrder()));
    return sorted;
  }

  private void run() {
    settings();
    lineage();
    divisions();
    grids();
    workers();
    assignments();
    partyOrganisations();
    liaisons();
    contactPoints();
  }

  // ---- reporting -------------------------------------------------------------------------------

  private static Ref ref(AtlasSection section, int index, String field) {
    return new Ref(section, index, field);
  }

  /** The section as a whole: a reference into it is unreliable if the section is excused. */
  private static Ref whole(AtlasSection section) {
    return new Ref(section, -1, "");
  }

  private boolean excused(Ref r) {
    ElementLocator l = c.locator;
    if (l.isExcused(r.section, r.index, r.field)) {
      return true;
    }
    if (r.index < 0 || r.field.isEmpty()) {
      return false;
    }
    int open = r.field.indexOf('[');
    // an entry of a list is excused with the list; a field with its element
    return (open > 0 && l.isExcused(r.section, r.index, r.field.substring(0, open)))
        || l.isExcused(r.section, r.index, "");
  }

  private void report(ProblemKind kind, Ref at, String message, Ref... dependsOn) {
    boolean excused = excused(at);
    for (int i = 0; i < dependsOn.length && !excused; i++) {
      excused = excused(dependsOn[i]);
    }
    if (!excused) {
      problems.add(kind, locate(at), message);
    } else if (firstExcused == null) {
      firstExcused = locate(at);
    }
  }

  private Location locate(Ref r) {
    int index = Math.max(0, r.index);
    Location at = c.locator.locate(r.section, index);
    // an element a change only rewrote is at the change: the field is not one of the change's
    if (r.field.isEmpty()
        || (c.locator instanceof ChangeLocator l && l.isRewritten(r.section, index))) {
      return at;
    }
    int open = r.field.indexOf('[');
    if (open < 0) {
      return at.field(r.field);
    }
    return at.field(r.field.substring(0, open))
        .index(Integer.parseInt(r.field.substring(open + 1, r.field.length() - 1)));
  }

  /** The location of another element, for messages. */
  private String where(AtlasSection section, int index) {
    return c.locator.locate(section, index).toString();
  }

  private static String entry(String field, int k) {
    return field + "[" + k + "]";
  }

  // ---- settings --------------------------------------------------------------------------------

  private void settings() {
    asOf = c.asOf;
    if (asOf == null) {
      report(
          ProblemKind.MISSING_FIELD,
          ref(AtlasSection.AS_OF, 0, ""),
          "the as-of date of the snapshot is required");
    } else if (asOf.isBefore(MIN_DATE) || asOf.isAfter(MAX_DATE)) {
      report(
          ProblemKind.INVALID_VALUE,
          ref(AtlasSection.AS_OF, 0, ""),
          "date " + asOf + " is outside the supported dates " + MIN_DATE + ".." + MAX_DATE);
    }
    List<Sector> list = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < c.sectors.size(); i++) {
      Sector s = c.sectors.get(i);
      Integer first = index.get(s.code());
      if (first != null) {
        report(
            ProblemKind.DUPLICATE_CODE,
            ref(AtlasSection.SECTORS, i, "code"),
            "sector code \""
                + s.code()
                + "\" appears again (first at "
                + where(AtlasSection.SECTORS, firstPosition(s.code()))
                + ")");
      } else {
        index.put(s.code(), list.size());
        list.add(s);
      }
    }
    sectors = list.toArray(new Sector[0]);
    sectorIndex = Map.copyOf(index);
    required = new boolean[sectors.length];
    for (int i = 0; i < c.requiredSectors.size(); i++) {
      Sector s = c.requiredSectors.get(i);
      Integer si = sectorIndex.get(s.code());
      if (si == null) {
        report(
            ProblemKind.UNKNOWN_SECTOR,
            ref(AtlasSection.REQUIRED_SECTORS, i, ""),
            "required sector \"" + s.code() + "\" is not in the sector catalogue" + catalogue(),
            whole(AtlasSection.SECTORS));
      } else {
        required[si] = true;
      }
    }
  }

  /** The catalogue's codes for messages: the first 20, then an ellipsis. */
  private String catalogue() {
    if (sectors.length == 0) {
      return ", which is empty";
    }
    StringBuilder sb = new StringBuilder(" (");
    for (int i = 0; i < sectors.length && i < 20; i++) {
      sb.append(i == 0 ? "" : ", ").append(sectors[i].code());
    }
    return sb.append(sectors.length > 20 ? ", …)" : ")").toString();
  }

  private int firstPosition(String sectorCode) {
    for (int i = 0; i < c.sectors.size(); i++) {
      if (c.sectors.get(i).code().equals(sectorCode)) {
        return i;
      }
    }
    return 0;
  }

  // ---- lineage ---------------------------------------------------------------------------------

  private void lineage() {
    retiredDivisions = retired(c.retiredDivisions, AtlasSection.RETIRED_DIVISIONS, "division");
    retiredGrids = retired(c.retiredGrids, AtlasSection.RETIRED_GRIDS, "grid");
  }

  private <K> Map<K, List<K>> retired(
      List<Map.Entry<K, List<K>>> input, AtlasSection section, String what) {
    Map<K, List<K>> map = new LinkedHashMap<>();
    for (int i = 0; i < input.size(); i++) {
      Map.Entry<K, List<K>> e = input.get(i);
      if (map.putIfAbsent(e.getKey(), List.copyOf(e.getValue())) != null) {
        report(
            ProblemKind.DUPLICATE_CODE,
            ref(section, i, "code"),
            what + " code " + e.getKey() + " is retired twice");
      }
    }
    return map;
  }

  /** The most codes of a circle quoted in a message. */
  private static final int CIRCLE_SHOWN = 20;

  /**
   * Reports every circle of retired codes that succeed each other, once per strongly connected
   * group of retirements, at the group's first retirement in the input. Codes are never used again
   * once retired, so a circle is always wrong; the message says whether a current code can still be
   * reached from it. Iterative (Tarjan's algorithm), O(retirements + successors), so that a chain
   * of any length is checked without deep recursion.
   */
  private <K> void cycles(
      List<Map.Entry<K, List<K>>> input,
      Map<K, List<K>> map,
      AtlasSection section,
      java.util.function.Predicate<K> live) {
    int n = map.size();
    if (n == 0) {
      return;
    }
    List<K> keys = new ArrayList<>(map.keySet());
    Map<K, Integer> id = new HashMap<>(2 * n);
    for (int u = 0; u < n; u++) {
      id.put(keys.get(u), u);
    }
    int[] position = new int[n];
    Arrays.fill(position, -1);
    for (int i = 0; i < input.size(); i++) {
      int u = id.getOrDefault(input.get(i).getKey(), -1);
      if (u >= 0 && position[u] < 0) {
        position[u] = i;
      }
    }
    List<List<K>> successors = new ArrayList<>(n);
    for (K k : keys) {
      successors.add(Objects.requireNonNull(map.get(k)));
    }
    int[] order = new int[n]; // discovery order + 1; 0 while unvisited
    int[] low = new int[n];
    int[] group = new int[n];
    Arrays.fill(group, -1);
    List<Boolean> groupReachesLive = new ArrayList<>();
    int[] stack = new int[n];
    int stackSize = 0;
    int[] calls = new int[n];
    int[] next = new int[n];
    int visited = 0;
    for (int root = 0; root < n; root++) {
      if (order[root] != 0) {
        continue;
      }
      int depth = 0;
      calls[depth++] = root;
      order[root] = low[root] = ++visited;
      stack[stackSize++] = root;
      while (depth > 0) {
        int u = calls[depth - 1];
        List<K> out = successors.get(u);
        if (next[u] < out.size()) {
          int v = id.getOrDefault(out.get(next[u]++), -1);
          if (v < 0 || v == u) {
            continue; // not retired (live or unknown), or a self-succession reported elsewhere
          }
          if (order[v] == 0) {
            order[v] = low[v] = ++visited;
            stack[stackSize++] = v;
            calls[depth++] = v;
          } else if (group[v] < 0) {
            low[u] = Math.min(low[u], order[v]);
          }
          continue;
        }
        depth--;
        if (depth > 0) {
          int parent = calls[depth - 1];
          low[parent] = Math.min(low[parent], low[u]);
        }
        if (low[u] != order[u]) {
          continue;
        }
        // u roots a group: its members are on the stack above it, and every group it leads to
        // outside itself is complete, so whether it reaches a current code is known
        int g = groupReachesLive.size();
        int from = stackSize;
        do {
          group[stack[--from]] = g;
        } while (stack[from] != u);
        boolean reachesLive = false;
        for (int k = from; k < stackSize && !reachesLive; k++) {
          for (K s : successors.get(stack[k])) {
            int v = id.getOrDefault(s, -1);
            if (v < 0 ? live.test(s) : group[v] != g && groupReachesLive.get(group[v])) {
              reachesLive = true;
              break;
            }
          }
        }
        groupReachesLive.add(reachesLive);
        if (stackSize - from > 1) {
          reportCircle(
              keys, successors, id, group, position, stack, from, stackSize, section, reachesLive);
        }
        stackSize = from;
      }
    }
  }

  /** Reports one circle of the group {@code stack[from..to)}, from its first retirement. */
  private <K> void reportCircle(
      List<K> keys,
      List<List<K>> successors,
      Map<K, Integer> id,
      int[] group,
      int[] position,
      int[] stack,
      int from,
      int to,
      AtlasSection section,
      boolean reachesLive) {
    int first = stack[from];
    for (int k = from + 1; k < to; k++) {
      if (position[stack[k]] < position[first]) {
        first = stack[k];
      }
    }
    // the shortest way round from the first retirement back to it, inside the group
    int g = group[first];
    Map<Integer, Integer> previous = new HashMap<>();
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
    todo.add(first);
    int last = -1;
    while (last < 0 && !todo.isEmpty()) {
      int u = todo.poll();
      for (K s : successors.get(u)) {
        int v = id.getOrDefault(s, -1);
        if (v < 0 || v == u || group[v] != g) {
          continue;
        }
        if (v == first) {
          last = u;
          break;
        }
        if (!previous.containsKey(v)) {
          previous.put(v, u);
          todo.add(v);
        }
      }
    }
    List<K> loop = new ArrayList<>();
    for (int u = last; u != first; u = Objects.requireNonNull(previous.get(u))) {
      loop.add(keys.get(u));
    }
    loop.add(keys.get(first));
    java.util.Collections.reverse(loop);
    StringBuilder text = new StringBuilder().append(loop.get(0));
    for (int k = 1; k < loop.size() && k < CIRCLE_SHOWN; k++) {
      text.append(" -> ").append(loop.get(k));
    }
    if (loop.size() > CIRCLE_SHOWN) {
      text.append(" -> … (").append(loop.size() - CIRCLE_SHOWN).append(" more)");
    }
    text.append(" -> ").append(loop.get(0));
    report(
        ProblemKind.CYCLE,
        ref(section, position[first], "successors"),
        "retired codes succeed each other in a circle, "
            + text
            + (reachesLive
                ? ": each of them would come back after its own retirement, and a retired code is"
                    + " never used again"
                : ": none of them would lead to a current code"));
  }

  /** Checks the successors of every retirement, located by its position in the input list. */
  private <K> void checkSuccessors(
      List<Map.Entry<K, List<K>>> input,
      Map<K, List<K>> retired,
      AtlasSection section,
      java.util.function.Predicate<K> live,
      ProblemKind unknown,
      AtlasSection target) {
    Set<K> seen = new HashSet<>();
    for (int i = 0; i < input.size(); i++) {
      Map.Entry<K, List<K>> e = input.get(i);
      if (!seen.add(e.getKey())) {
        continue; // a repeated retirement, reported as a duplicate
      }
      List<K> successors = e.getValue();
      for (int s = 0; s < successors.size(); s++) {
        K succ = successors.get(s);
        if (succ.equals(e.getKey())) {
          report(
              ProblemKind.INVALID_VALUE,
              ref(section, i, entry("successors", s)),
              "code " + succ + " cannot succeed itself");
        } else if (!live.test(succ) && !retired.containsKey(succ)) {
          report(
              unknown,
              ref(section, i, entry("successors", s)),
              "successor "
                  + succ
                  + " of retired code "
                  + e.getKey()
                  + " is neither in the atlas nor retired",
              whole(target));
        }
      }
    }
  }

  // ---- divisions -------------------------------------------------------------------------------

  private void divisions() {
    List<Division> in = c.divisions;
    int n = in.size();
    int[] first = new int[n];
    divisionIndex = new LongIndex(n, i -> in.get(i).code().toTwelveDigits(), first);
    for (int i = 0; i < n; i++) {
      DivisionCode code = in.get(i).code();
      if (first[i] != i) {
        report(
            ProblemKind.DUPLICATE_CODE,
            ref(AtlasSection.DIVISIONS, i, "code"),
            "division code "
                + code
                + " appears again (first at "
                + where(AtlasSection.DIVISIONS, first[i])
                + ")");
        continue;
      }
      if (retiredDivisions.containsKey(code)) {
        report(
            ProblemKind.RETIRED_CODE_IN_USE,
            ref(AtlasSection.DIVISIONS, i, "code"),
            "division code " + code + " was retired and may not be used again");
      }
      Optional<DivisionCode> p = code.parent();
      if (p.isPresent() && divisionIndex.get(p.get()) < 0) {
        report(
            ProblemKind.UNKNOWN_PARENT,
            ref(AtlasSection.DIVISIONS, i, "code"),
            "the parent " + p.get() + " of division " + code + " is not in the atlas");
      }
    }
    checkSuccessors(
        c.retiredDivisions,
        retiredDivisions,
        AtlasSection.RETIRED_DIVISIONS,
        code -> divisionIndex.get(code) >= 0,
        ProblemKind.UNKNOWN_UNIT,
        AtlasSection.DIVISIONS);
    cycles(
        c.retiredDivisions,
        retiredDivisions,
        AtlasSection.RETIRED_DIVISIONS,
        code -> divisionIndex.get(code) >= 0);
  }

  // ---- grids -----------------------------------------------------------------------------------

  private void grids() {
    List<Grid> in = c.grids;
    int n = in.size();
    int[] first = new int[n];
    gridIndex = new IntIndex<>(n, i -> in.get(i).code(), first);
    gridUnit = new int[n];
    GridCodeScheme scheme = c.scheme;
    for (int i = 0; i < n; i++) {
      Grid g = in.get(i);
      if (first[i] != i) {
        report(
            ProblemKind.DUPLICATE_CODE,
            ref(AtlasSection.GRIDS, i, "code"),
            "grid code "
                + g.code()
                + " appears again (first at "
                + where(AtlasSection.GRIDS, first[i])
                + ")");
      }
      if (!retiredGrids.isEmpty() && retiredGrids.containsKey(g.code())) {
        report(
            ProblemKind.RETIRED_CODE_IN_USE,
            ref(AtlasSection.GRIDS, i, "code"),
            "grid code " + g.code() + " was retired and may not be used again");
      }
      gridUnit[i] = divisionIndex.get(g.unit());
      if (g.unit().level() != DivisionLevel.VILLAGE) {
        report(
            ProblemKind.GRID_NOT_UNDER_VILLAGE_LEVEL,
            ref(AtlasSection.GRIDS, i, "unit"),
            "grid "
                + g.code()
                + " must belong to a community or village, not to "
                + g.unit()
                + " ("
                + g.unit().kind()
                + ")");
      } else if (gridUnit[i] < 0) {
        report(
            ProblemKind.UNKNOWN_UNIT,
            ref(AtlasSection.GRIDS, i, "unit"),
            "grid " + g.code() + " belongs to unit " + g.unit() + ", which is not in the atlas",
            whole(AtlasSection.DIVISIONS));
      }
      if (scheme.sequenceOf(g.code(), g.unit()).isEmpty()) {
        int at = i;
        scheme
            .problemWith(g.code(), g.unit())
            .ifPresent(
                m ->
                    report(
                        ProblemKind.GRID_CODE_MISMATCH,
                        ref(AtlasSection.GRIDS, at, "code"),
                        m,
                        ref(AtlasSection.GRIDS, at, "unit"),
                        ref(AtlasSection.GRID_CODE_SCHEME, 0, "")));
      }
    }
    checkSuccessors(
        c.retiredGrids,
        retiredGrids,
        AtlasSection.RETIRED_GRIDS,
        code -> gridIndex.get(code) >= 0,
        ProblemKind.UNKNOWN_GRID,
        AtlasSection.GRIDS);
    cycles(
        c.retiredGrids, retiredGrids, AtlasSection.RETIRED_GRIDS, code -> gridIndex.get(code) >= 0);
  }

  // ---- workers and posts -----------------------------------------------------------------------

  private void workers() {
    List<GridWorker> in = c.workers;
    int n = in.size();
    int[] first = new int[n];
    workerIndex = new IntIndex<>(n, i -> in.get(i).id(), first);
    for (int i = 0; i < n; i++) {
      if (first[i] != i) {
        report(
            ProblemKind.DUPLICATE_ID,
            ref(AtlasSection.WORKERS, i, "id"),
            "worker id \""
                + in.get(i).id()
                + "\" appears again (first at "
                + where(AtlasSection.WORKERS, first[i])
                + ")");
      }
    }
  }

  private void assignments() {
    List<Assignment> in = c.assignments;
    int n = in.size();
    asgWorker = new int[n];
    asgGrid = new int[n];
    Map<Integer, List<Integer>> leadersByGrid = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Assignment a = in.get(i);
      checkDate(a.start(), ref(AtlasSection.ASSIGNMENTS, i, "start"));
      if (a.end().isPresent()) {
        checkDate(a.end().get(), ref(AtlasSection.ASSIGNMENTS, i, "end"));
      }
      asgWorker[i] = workerIndex.get(a.workerId());
      asgGrid[i] = gridIndex.get(a.grid());
      if (asgWorker[i] < 0) {
        report(
            ProblemKind.UNKNOWN_WORKER,
            ref(AtlasSection.ASSIGNMENTS, i, "worker"),
            "assignment names worker \"" + a.workerId() + "\", who is not in the atlas",
            whole(AtlasSection.WORKERS));
      }
      if (asgGrid[i] < 0) {
        report(
            ProblemKind.UNKNOWN_GRID,
            ref(AtlasSection.ASSIGNMENTS, i, "grid"),
            "assignment of \""
                + a.workerId()
                + "\" names grid "
                + a.grid()
                + ", which is not in the atlas",
            whole(AtlasSection.GRIDS));
      } else if (a.role() == WorkerRole.GRID_LEADER) {
        leadersByGrid.computeIfAbsent(asgGrid[i], k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> leaders : leadersByGrid.values()) {
      checkLeaders(leaders);
    }
  }

  /** Reports grid leaders of one grid whose terms overlap, sweeping in start order. */
  private void checkLeaders(List<Integer> leaders) {
    if (leaders.size() < 2) {
      return;
    }
    List<Assignment> in = c.assignments;
    List<Integer> byStart = new ArrayList<>(leaders);
    byStart.sort(Comparator.comparing((Integer i) -> in.get(i).start()).thenComparing(i -> i));
    int open = byStart.get(0);
    for (int k = 1; k < byStart.size(); k++) {
      int next = byStart.get(k);
      Assignment a = in.get(next);
      Assignment o = in.get(open);
      if (a.overlaps(o)) {
        report(
            ProblemKind.OVERLAPPING_GRID_LEADERS,
            ref(AtlasSection.ASSIGNMENTS, next, ""),
            twoLeaders(a, o) + " at " + where(AtlasSection.ASSIGNMENTS, open),
            ref(AtlasSection.ASSIGNMENTS, next, "role"),
            ref(AtlasSection.ASSIGNMENTS, next, "start"),
            ref(AtlasSection.ASSIGNMENTS, next, "end"),
            ref(AtlasSection.ASSIGNMENTS, open, ""),
            ref(AtlasSection.ASSIGNMENTS, open, "role"),
            ref(AtlasSection.ASSIGNMENTS, open, "start"),
            ref(AtlasSection.ASSIGNMENTS, open, "end"));
      }
      if (AtlasData.endDay(a.end()) > AtlasData.endDay(o.end())) {
        open = next;
      }
    }
  }

  /** Posts are stored as epoch days in an int; the supported years keep far inside that. */
  private void checkDate(LocalDate date, Ref at) {
    if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
      report(
          ProblemKind.INVALID_VALUE,
          at,
          "date " + date + " is outside the supported dates " + MIN_DATE + ".." + MAX_DATE);
    }
  }

  // ---- party organisations, liaisons, contact points -------------------------------------------

  private void partyOrganisations() {
    List<PartyOrganisation> in = c.partyOrganisations;
    int n = in.size();
    orgGridStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      orgGridStart[i + 1] = orgGridStart[i] + in.get(i).grids().size();
    }
    orgGridIn = new int[orgGridStart[n]];
    int[] first = new int[n];
    orgIndex = new IntIndex<>(n, i -> in.get(i).id(), first);
    for (int i = 0; i < n; i++) {
      if (first[i] != i) {
        report(
            ProblemKind.DUPLICATE_ID,
            ref(AtlasSection.PARTY_ORGANISATIONS, i, "id"),
            "party organisation id \""
                + in.get(i).id()
                + "\" appears again (first at "
                + where(AtlasSection.PARTY_ORGANISATIONS, first[i])
                + ")");
      }
      List<GridCode> covered = in.get(i).grids();
      for (int g = 0; g < covered.size(); g++) {
        int gi = gridIndex.get(covered.get(g));
        orgGridIn[orgGridStart[i] + g] = gi;
        if (gi < 0) {
          report(
              ProblemKind.UNKNOWN_GRID,
              ref(AtlasSection.PARTY_ORGANISATIONS, i, entry("grids", g)),
              "party organisation \""
                  + in.get(i).id()
                  + "\" covers grid "
                  + covered.get(g)
                  + ", which is not in the atlas",
              whole(AtlasSection.GRIDS));
        }
      }
    }
  }

  private void liaisons() {
    List<Liaison> in = c.liaisons;
    liaisonSector = new int[in.size()];
    Map<String, Integer> keys = new HashMap<>();
    for (int i = 0; i < in.size(); i++) {
      Liaison l = in.get(i);
      if (divisionIndex.get(l.unit()) < 0) {
        report(
            ProblemKind.UNKNOWN_UNIT,
            ref(AtlasSection.LIAISONS, i, "unit"),
            "liaison \"" + l.name() + "\" is posted at " + l.unit() + ", which is not in the atlas",
            whole(AtlasSection.DIVISIONS));
      }
      Integer si = sectorIndex.get(l.sector().code());
      liaisonSector[i] = si == null ? -1 : si;
      if (si == null) {
        report(
            ProblemKind.UNKNOWN_SECTOR,
            ref(AtlasSection.LIAISONS, i, "sector"),
            "liaison \""
                + l.name()
                + "\" represents sector \""
                + l.sector().code()
                + "\", which is not in the sector catalogue"
                + catalogue(),
            whole(AtlasSection.SECTORS));
      }
      Integer first = keys.putIfAbsent(l.unit() + "/" + l.sector().code(), i);
      if (first != null) {
        report(
            ProblemKind.DUPLICATE_LIAISON,
            ref(AtlasSection.LIAISONS, i, ""),
            "unit "
                + l.unit()
                + " already has a "
                + l.sector().code()
                + " liaison at "
                + where(AtlasSection.LIAISONS, first),
            ref(AtlasSection.LIAISONS, i, "unit"),
            ref(AtlasSection.LIAISONS, i, "sector"),
            ref(AtlasSection.LIAISONS, first, ""),
            ref(AtlasSection.LIAISONS, first, "unit"),
            ref(AtlasSection.LIAISONS, first, "sector"));
      }
    }
  }

  private void contactPoints() {
    List<ContactPoint> in = c.contactPoints;
    for (int i = 0; i < in.size(); i++) {
      ContactPoint cp = in.get(i);
      if (divisionIndex.get(cp.unit()) < 0) {
        report(
            ProblemKind.UNKNOWN_UNIT,
            ref(AtlasSection.CONTACT_POINTS, i, "unit"),
            "contact point of \""
                + cp.leaderName()
                + "\" names unit "
                + cp.unit()
                + ", which is not in the atlas",
            whole(AtlasSection.DIVISIONS));
      }
      if (cp.grid().isEmpty()) {
        continue;
      }
      GridCode g = cp.grid().get();
      int gi = gridIndex.get(g);
      if (gi < 0) {
        report(
            ProblemKind.UNKNOWN_GRID,
            ref(AtlasSection.CONTACT_POINTS, i, "grid"),
            "contact point of \""
                + cp.leaderName()
                + "\" names grid "
                + g
                + ", which is not in the atlas",
            whole(AtlasSection.GRIDS));
      } else if (!c.grids.get(gi).unit().equals(cp.unit())) {
        report(
            ProblemKind.INVALID_VALUE,
            ref(AtlasSection.CONTACT_POINTS, i, "grid"),
            "contact point of \""
                + cp.leaderName()
                + "\" names grid "
                + g
                + " of unit "
                + c.grids.get(gi).unit()
                + ", not of "
                + cp.unit(),
            ref(AtlasSection.CONTACT_POINTS, i, "unit"),
            ref(AtlasSection.GRIDS, gi, "unit"),
            ref(AtlasSection.GRIDS, gi, "code"));
      }
    }
  }

  /** Why a grid leader post {@code a} may not overlap the leader post {@code o} of its grid. */
  static String twoLeaders(Assignment a, Assignment o) {
    return "grid "
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
        + o.end().map(LocalDate::toString).orElse("open")
        + ")";
  }
}
