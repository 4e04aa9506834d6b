package org.gridgov.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Applies {@link AtlasChange}s to a mutable draft of an atlas and builds the result. A refused
 * change throws before anything is built; the original atlas is immutable and so unchanged.
 */
final class AtlasChanges {
  private final Atlas.Builder config;
  private final TreeMap<DivisionCode, Division> divisions = new TreeMap<>();
  private final LinkedHashMap<GridCode, Grid> grids = new LinkedHashMap<>();
  private final LinkedHashMap<String, GridWorker> workers = new LinkedHashMap<>();
  private List<Assignment> assignments;
  private final LinkedHashMap<String, PartyOrganisation> orgs = new LinkedHashMap<>();
  private List<Liaison> liaisons;
  private List<ContactPoint> contacts;
  private final LinkedHashMap<DivisionCode, List<DivisionCode>> retiredDivisions =
      new LinkedHashMap<>();
  private final LinkedHashMap<GridCode, List<GridCode>> retiredGrids = new LinkedHashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private int current;

  private AtlasChanges(Atlas atlas) {
    this.config = atlas.toBuilder();
    AtlasContents in = config.contents;
    for (Division d : in.divisions) {
      divisions.put(d.code(), d);
    }
    for (Grid g : in.grids) {
      grids.put(g.code(), g);
    }
    for (GridWorker w : in.workers) {
      workers.put(w.id(), w);
    }
    for (PartyOrganisation o : in.partyOrganisations) {
      orgs.put(o.id(), o);
    }
    this.assignments = new ArrayList<>(in.assignments);
    this.liaisons = new ArrayList<>(in.liaisons);
    this.contacts = new ArrayList<>(in.contactPoints);
    in.retiredDivisions.forEach(e -> retiredDivisions.put(e.getKey(), e.getValue()));
    in.retiredGrids.forEach(e -> retiredGrids.put(e.getKey(), e.getValue()));
  }

  static Atlas apply(Atlas atlas, List<AtlasChange> changes) {
    if (changes.isEmpty()) {
      return atlas;
    }
    AtlasChanges draft = new AtlasChanges(atlas);
    for (int i = 0; i < changes.size(); i++) {
      draft.current = i;
      draft.applyOne(changes.get(i));
      if (!draft.problems.isEmpty()) {
        throw new AtlasChangeException(draft.problems);
      }
    }
    try {
      return draft.build();
    } catch (InvalidAtlasException e) {
      throw new AtlasChangeException(e.problems());
    }
  }

  private Atlas build() {
    AtlasContents in = config.contents;
    Atlas.Builder b =
        Atlas.builder()
            .gridCodeScheme(in.scheme)
            .householdTargets(in.targets)
            .sectors(in.sectors)
            .requiredSectors(in.requiredSectors);
    LocalDate asOf = in.asOf;
    if (asOf != null) {
      b.asOf(asOf);
    }
    AtlasContents out = b.contents;
    out.divisions.addAll(divisions.values());
    out.grids.addAll(grids.values());
    out.workers.addAll(workers.values());
    out.assignments.addAll(assignments);
    out.partyOrganisations.addAll(orgs.values());
    out.liaisons.addAll(liaisons);
    out.contactPoints.addAll(contacts);
    retiredDivisions.forEach(b::retireDivision);
    retiredGrids.forEach(b::retireGrid);
    return b.build();
  }

  private void applyOne(AtlasChange change) {
    switch (change.kind()) {
      case ADD_DIVISION -> addDivision(((AtlasChange.AddDivision) change).division());
      case REMOVE_DIVISION -> removeDivision(((AtlasChange.RemoveDivision) change).code());
      case MOVE_UNIT -> {
        AtlasChange.MoveUnit m = (AtlasChange.MoveUnit) change;
        moveUnit(m.unit(), m.newParent());
      }
      case ADD_GRID -> addGrid(((AtlasChange.AddGrid) change).grid());
      case UPDATE_GRID -> updateGrid(((AtlasChange.UpdateGrid) change).grid());
      case REMOVE_GRID -> removeGrid(((AtlasChange.RemoveGrid) change).grid());
      case MOVE_GRID -> {
        AtlasChange.MoveGrid m = (AtlasChange.MoveGrid) change;
        moveGrid(m.grid(), m.newUnit());
      }
      case SPLIT_GRID -> {
        AtlasChange.SplitGrid s = (AtlasChange.SplitGrid) change;
        splitGrid(s.grid(), s.parts());
      }
      case MERGE_GRIDS -> {
        AtlasChange.MergeGrids m = (AtlasChange.MergeGrids) change;
        mergeGrids(m.grids(), m.name());
      }
      case ADD_WORKER -> addWorker(((AtlasChange.AddWorker) change).worker());
      case ADD_ASSIGNMENT -> assignments.add(((AtlasChange.AddAssignment) change).assignment());
      case REASSIGN_WORKER -> {
        AtlasChange.ReassignWorker r = (AtlasChange.ReassignWorker) change;
        reassign(r.workerId(), r.from(), r.to(), r.effective());
      }
    }
  }

  private void refuse(ProblemKind kind, String message) {
    problems.add(Problem.of(kind, Location.change(current), message));
  }

  // ---- divisions -------------------------------------------------------------------------------

  private void addDivision(Division division) {
    DivisionCode code = division.code();
    if (divisions.containsKey(code)) {
      refuse(ProblemKind.DUPLICATE_CODE, "division " + code + " is already in the atlas");
    } else if (retiredDivisions.containsKey(code)) {
      refuse(ProblemKind.RETIRED_CODE_IN_USE, "division code " + code + " was retired");
    } else {
      divisions.put(code, division);
    }
  }

  private void removeDivision(DivisionCode code) {
    if (!divisions.containsKey(code)) {
      refuse(ProblemKind.UNKNOWN_UNIT, "division " + code + " is not in the atlas");
      return;
    }
    List<String> refs = new ArrayList<>();
    Map.Entry<DivisionCode, Division> next = divisions.higherEntry(code);
    if (next != null && code.isAncestorOf(next.getKey())) {
      refs.add("child division " + next.getKey());
    }
    grids.values().stream()
        .filter(g -> g.unit().equals(code))
        .findFirst()
        .ifPresent(g -> refs.add("grid " + g.code()));
    liaisons.stream()
        .filter(l -> l.unit().equals(code))
        .findFirst()
        .ifPresent(l -> refs.add("the " + l.sector().code() + " liaison \"" + l.name() + "\""));
    contacts.stream()
        .filter(c -> c.unit().equals(code))
        .findFirst()
        .ifPresent(c -> refs.add("the contact point of \"" + c.leaderName() + "\""));
    if (!refs.isEmpty()) {
      refuse(
          ProblemKind.STILL_REFERENCED,
          "division " + code + " cannot be removed while it has " + String.join(", ", refs));
      return;
    }
    divisions.remove(code);
    retiredDivisions.put(code, List.of());
  }

  private void moveUnit(DivisionCode unit, DivisionCode newParent) {
    if (!divisions.containsKey(unit)) {
      refuse(ProblemKind.UNKNOWN_UNIT, "division " + unit + " is not in the atlas");
      return;
    }
    if (!divisions.containsKey(newParent)) {
      refuse(ProblemKind.UNKNOWN_UNIT, "new parent " + newParent + " is not in the atlas");
      return;
    }
    if (unit.equals(newParent) || unit.isAncestorOf(newParent)) {
      refuse(
          ProblemKind.CYCLE,
          "cannot move "
              + unit
              + " under "
              + newParent
              + (unit.equals(newParent) ? ", itself" : ", one of its own descendants"));
      return;
    }
    DivisionLevel level = unit.level();
    boolean parentFits =
        switch (level) {
          case VILLAGE -> newParent.level() == DivisionLevel.TOWN;
          case TOWN ->
              newParent.level() == DivisionLevel.COUNTY
                  || (newParent.level() == DivisionLevel.CITY
                      && newParent.kind() == DivisionKind.CITY);
          default -> false;
        };
    if (level != DivisionLevel.VILLAGE && level != DivisionLevel.TOWN) {
      refuse(
          ProblemKind.NOT_APPLICABLE,
          "only towns and village-level units move; "
              + unit
              + " is a "
              + unit.kind()
              + " (counties and cities are re-coded by decree: add the new unit and remove the old)");
      return;
    }
    if (!parentFits) {
      refuse(
          ProblemKind.WRONG_PARENT_LEVEL,
          "a "
              + unit.kind()
              + " belongs under a "
              + (level == DivisionLevel.VILLAGE ? "town" : "county or a city without counties")
              + ", not under "
              + newParent
              + " ("
              + newParent.kind()
              + ")");
      return;
    }
    if (unit.parent().filter(newParent::equals).isPresent()) {
      return; // already there
    }
    DivisionCode moved =
        GridCodes.allocateDivision(
            newParent,
            unit.kind(),
            divisions.keySet(),
            retiredDivisions.keySet(),
            Location.change(current));
    long delta = moved.toTwelveDigits() - unit.toTwelveDigits();
    Map<DivisionCode, DivisionCode> recoded = new LinkedHashMap<>();
    for (DivisionCode c : List.copyOf(divisions.tailMap(unit, true).keySet())) {
      if (!c.equals(unit) && !unit.isAncestorOf(c)) {
        break;
      }
      recoded.put(c, DivisionCode.ofTwelveDigits(c.toTwelveDigits() + delta));
    }
    for (Map.Entry<DivisionCode, DivisionCode> e : recoded.entrySet()) {
      Division old = divisions.remove(e.getKey());
      if (old != null) {
        divisions.put(e.getValue(), new Division(e.getValue(), old.name(), old.urbanRuralClass()));
      }
      retiredDivisions.put(e.getKey(), List.of(e.getValue()));
    }
    Map<GridCode, Grid> movedGrids = new HashMap<>();
    for (Grid g : List.copyOf(grids.values())) {
      DivisionCode newUnit = recoded.get(g.unit());
      if (newUnit != null) {
        int seq = config.contents.scheme.sequenceOf(g.code(), g.unit()).orElseThrow();
        movedGrids.put(g.code(), g.withCode(config.contents.scheme.codeFor(newUnit, seq), newUnit));
      }
    }
    replaceGrids(movedGrids);
    liaisons =
        new ArrayList<>(
            liaisons.stream()
                .map(
                    l -> {
                      DivisionCode u = recoded.get(l.unit());
                      return u == null ? l : new Liaison(l.name(), u, l.sector());
                    })
                .toList());
    contacts =
        new ArrayList<>(
            contacts.stream()
                .map(
                    c -> {
                      DivisionCode u = recoded.get(c.unit());
                      return u == null ? c : c.withPlace(u, c.grid());
                    })
                .toList());
  }

  // ---- grids -----------------------------------------------------------------------------------

  private void addGrid(Grid grid) {
    if (grids.containsKey(grid.code())) {
      refuse(ProblemKind.DUPLICATE_CODE, "grid " + grid.code() + " is already in the atlas");
    } else if (retiredGrids.containsKey(grid.code())) {
      refuse(ProblemKind.RETIRED_CODE_IN_USE, "grid code " + grid.code() + " was retired");
    } else {
      grids.put(grid.code(), grid);
    }
  }

  private void updateGrid(Grid grid) {
    Grid old = grids.get(grid.code());
    if (old == null) {
      refuse(ProblemKind.UNKNOWN_GRID, "grid " + grid.code() + " is not in the atlas");
    } else if (!old.unit().equals(grid.unit())) {
      refuse(
          ProblemKind.NOT_APPLICABLE,
          "grid " + grid.code() + " belongs to " + old.unit() + "; use a move to change its unit");
    } else {
      grids.put(grid.code(), grid);
    }
  }

  private void removeGrid(GridCode code) {
    if (!grids.containsKey(code)) {
      refuse(ProblemKind.UNKNOWN_GRID, "grid " + code + " is not in the atlas");
      return;
    }
    List<String> refs = new ArrayList<>();
    long posts = assignments.stream().filter(a -> a.grid().equals(code)).count();
    if (posts > 0) {
      refs.add(posts + " post(s)");
    }
    orgs.values().stream()
        .filter(o -> o.grids().contains(code))
        .forEach(o -> refs.add("party organisation \"" + o.id() + "\""));
    contacts.stream()
        .filter(c -> c.grid().filter(code::equals).isPresent())
        .forEach(c -> refs.add("the contact point of \"" + c.leaderName() + "\""));
    if (!refs.isEmpty()) {
      refuse(
          ProblemKind.STILL_REFERENCED,
          "grid "
              + code
              + " cannot be removed while "
              + String.join(", ", refs)
              + " refer to it; reassign, merge or split instead");
      return;
    }
    grids.remove(code);
    retiredGrids.put(code, List.of());
  }

  private void moveGrid(GridCode code, DivisionCode newUnit) {
    Grid old = grids.get(code);
    if (old == null) {
      refuse(ProblemKind.UNKNOWN_GRID, "grid " + code + " is not in the atlas");
      return;
    }
    if (newUnit.level() != DivisionLevel.VILLAGE || !divisions.containsKey(newUnit)) {
      refuse(
          ProblemKind.UNKNOWN_UNIT,
          "grid " + code + " can move only to a community or village of the atlas, not " + newUnit);
      return;
    }
    if (old.unit().equals(newUnit)) {
      return;
    }
    GridCode fresh = allocate(newUnit, 1).get(0);
    replaceGrids(Map.of(code, old.withCode(fresh, newUnit)));
  }

  private void splitGrid(GridCode code, List<AtlasChange.GridPart> parts) {
    Grid old = grids.get(code);
    if (old == null) {
      refuse(ProblemKind.UNKNOWN_GRID, "grid " + code + " is not in the atlas");
      return;
    }
    long households = parts.stream().mapToLong(AtlasChange.GridPart::households).sum();
    long residents = parts.stream().mapToLong(AtlasChange.GridPart::residents).sum();
    if (households != old.households() || residents != old.residents()) {
      refuse(
          ProblemKind.NOT_CONSERVED,
          "the parts of grid "
              + code
              + " add up to "
              + households
              + " households and "
              + residents
              + " residents; the grid has "
              + old.households()
              + " and "
              + old.residents());
      return;
    }
    List<GridCode> codes = allocate(old.unit(), parts.size());
    grids.remove(code);
    for (int i = 0; i < parts.size(); i++) {
      AtlasChange.GridPart p = parts.get(i);
      grids.put(
          codes.get(i),
          new Grid(codes.get(i), old.unit(), old.kind(), p.name(), p.households(), p.residents()));
    }
    retiredGrids.put(code, codes);
    GridCode first = codes.get(0);
    assignments =
        new ArrayList<>(
            assignments.stream().map(a -> a.grid().equals(code) ? a.withGrid(first) : a).toList());
    contacts =
        new ArrayList<>(
            contacts.stream()
                .map(c -> c.grid().filter(code::equals).isPresent() ? c.withGrid(first) : c)
                .toList());
    orgs.replaceAll(
        (id, o) -> o.grids().contains(code) ? o.withGrids(replace(o.grids(), code, codes)) : o);
  }

  private void mergeGrids(List<GridCode> codes, String name) {
    List<Grid> merged = new ArrayList<>();
    for (GridCode c : codes) {
      Grid g = grids.get(c);
      if (g == null) {
        refuse(ProblemKind.UNKNOWN_GRID, "grid " + c + " is not in the atlas");
      } else {
        merged.add(g);
      }
    }
    if (!problems.isEmpty()) {
      return;
    }
    DivisionCode unit = merged.get(0).unit();
    for (Grid g : merged) {
      if (!g.unit().equals(unit)) {
        refuse(
            ProblemKind.NOT_APPLICABLE,
            "grids merge within one unit; "
                + g.code()
                + " belongs to "
                + g.unit()
                + ", not "
                + unit);
        return;
      }
    }
    GridCode fresh = allocate(unit, 1).get(0);
    int households = 0;
    int residents = 0;
    for (Grid g : merged) {
      households = Math.addExact(households, g.households());
      residents = Math.addExact(residents, g.residents());
      grids.remove(g.code());
      retiredGrids.put(g.code(), List.of(fresh));
    }
    grids.put(fresh, new Grid(fresh, unit, merged.get(0).kind(), name, households, residents));
    // Keep leader posts in the listed order of the grids; a later overlapping leader is demoted.
    List<Assignment> keptLeaders = new ArrayList<>();
    Map<Integer, Assignment> rewritten = new HashMap<>();
    for (GridCode c : codes) {
      for (int i = 0; i < assignments.size(); i++) {
        Assignment a = assignments.get(i);
        if (!a.grid().equals(c)) {
          continue;
        }
        Assignment moved = a.withGrid(fresh);
        if (a.role() == WorkerRole.GRID_LEADER) {
          if (keptLeaders.stream().anyMatch(moved::overlaps)) {
            moved = moved.withRole(WorkerRole.FULL_TIME);
          } else {
            keptLeaders.add(moved);
          }
        }
        rewritten.put(i, moved);
      }
    }
    rewritten.forEach(assignments::set);
    contacts =
        new ArrayList<>(
            contacts.stream()
                .map(
                    c ->
                        c.grid().filter(codes::contains).isPresent()
                            ? c.withPlace(unit, Optional.of(fresh))
                            : c)
                .toList());
    orgs.replaceAll(
        (id, o) -> {
          List<GridCode> covered = new ArrayList<>();
          boolean touched = false;
          for (GridCode g : o.grids()) {
            GridCode now = codes.contains(g) ? fresh : g;
            touched |= !now.equals(g);
            if (!covered.contains(now)) {
              covered.add(now);
            }
          }
          return touched ? o.withGrids(covered) : o;
        });
  }

  /** Replaces grids by re-coded copies and rewrites every reference; retires the old codes. */
  private void replaceGrids(Map<GridCode, Grid> moved) {
    if (moved.isEmpty()) {
      return;
    }
    for (Map.Entry<GridCode, Grid> e : moved.entrySet()) {
      grids.remove(e.getKey());
    }
    for (Map.Entry<GridCode, Grid> e : moved.entrySet()) {
      grids.put(e.getValue().code(), e.getValue());
      retiredGrids.put(e.getKey(), List.of(e.getValue().code()));
    }
    assignments =
        new ArrayList<>(
            assignments.stream()
                .map(
                    a -> {
                      Grid g = moved.get(a.grid());
                      return g == null ? a : a.withGrid(g.code());
                    })
                .toList());
    contacts =
        new ArrayList<>(
            contacts.stream()
                .map(
                    c -> {
                      Grid g = c.grid().map(moved::get).orElse(null);
                      return g == null ? c : c.withPlace(g.unit(), Optional.of(g.code()));
                    })
                .toList());
    orgs.replaceAll(
        (id, o) -> {
          if (o.grids().stream().noneMatch(moved::containsKey)) {
            return o;
          }
          return o.withGrids(
              o.grids().stream()
                  .map(
                      g -> {
                        Grid m = moved.get(g);
                        return m == null ? g : m.code();
                      })
                  .toList());
        });
  }

  private List<GridCode> allocate(DivisionCode unit, int count) {
    return GridCodes.allocate(
        config.contents.scheme,
        unit,
        grids.keySet(),
        retiredGrids.keySet(),
        count,
        Location.change(current));
  }

  private static List<GridCode> replace(List<GridCode> list, GridCode old, List<GridCode> with) {
    List<GridCode> result = new ArrayList<>();
    for (GridCode g : list) {
      if (g.equals(old)) {
        for (GridCode w : with) {
          if (!result.contains(w) && !list.contains(w)) {
            result.add(w);
          }
        }
      } else if (!result.contains(g)) {
        result.add(g);
      }
    }
    return result;
  }

  // ---- people ----------------------------------------------------------------------------------

  private void addWorker(GridWorker worker) {
    if (workers.putIfAbsent(worker.id(), worker) != null) {
      refuse(ProblemKind.DUPLICATE_ID, "worker id \"" + worker.id() + "\" is already in the atlas");
    }
  }

  private void reassign(String workerId, GridCode from, GridCode to, LocalDate effective) {
    if (!grids.containsKey(to)) {
      refuse(ProblemKind.UNKNOWN_GRID, "grid " + to + " is not in the atlas");
      return;
    }
    List<Assignment> result = new ArrayList<>(assignments.size() + 1);
    boolean any = false;
    for (Assignment a : assignments) {
      Optional<LocalDate> end = a.end();
      boolean concerned =
          a.workerId().equals(workerId)
              && a.grid().equals(from)
              && (end.isEmpty() || !end.get().isBefore(effective));
      if (!concerned) {
        result.add(a);
        continue;
      }
      any = true;
      if (!a.start().isBefore(effective)) {
        result.add(a.withGrid(to));
      } else {
        result.add(a.withDates(a.start(), Optional.of(effective.minusDays(1))));
        result.add(new Assignment(workerId, to, a.role(), effective, end));
      }
    }
    if (!any) {
      refuse(
          ProblemKind.NOT_APPLICABLE,
          "worker \""
              + workerId
              + "\" holds no post in grid "
              + from
              + " on or after "
              + effective);
      return;
    }
    assignments = result;
  }
}
