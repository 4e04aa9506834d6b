package org.gridgov.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The change semantics written the slow, obvious way, for the change engine to agree with: the
 * atlas's contents in plain lists, every question answered by a full scan, and a full build after
 * every change. A change is accepted when its own conditions hold (the grid it names exists, a
 * split adds up, nothing refers to what it removes) and the atlas it leaves builds.
 */
final class ChangeOracle {
  private Atlas atlas;

  ChangeOracle(Atlas atlas) {
    this.atlas = atlas;
  }

  Atlas atlas() {
    return atlas;
  }

  /** Applies a change if accepted; whether it was. */
  boolean apply(AtlasChange change) {
    State s = new State(atlas.toBuilder());
    try {
      if (!s.apply(change)) {
        return false;
      }
      atlas = s.b.build();
      return true;
    } catch (InvalidAtlasException | ArithmeticException e) {
      return false;
    }
  }

  /** One change on the builder's lists. */
  private static final class State {
    final Atlas.Builder b;
    final AtlasContents c;

    State(Atlas.Builder b) {
      this.b = b;
      this.c = b.contents;
    }

    boolean apply(AtlasChange change) {
      return switch (change.kind()) {
        case ADD_DIVISION -> {
          Division d = ((AtlasChange.AddDivision) change).division();
          if (division(d.code()).isPresent() || retiredDivision(d.code())) {
            yield false;
          }
          c.divisions.add(d);
          yield true;
        }
        case REMOVE_DIVISION -> removeDivision(((AtlasChange.RemoveDivision) change).code());
        case MOVE_UNIT -> {
          AtlasChange.MoveUnit m = (AtlasChange.MoveUnit) change;
          yield moveUnit(m.unit(), m.newParent());
        }
        case ADD_GRID -> {
          Grid g = ((AtlasChange.AddGrid) change).grid();
          if (grid(g.code()).isPresent() || retiredGrid(g.code())) {
            yield false;
          }
          c.grids.add(g);
          yield true;
        }
        case UPDATE_GRID -> {
          Grid g = ((AtlasChange.UpdateGrid) change).grid();
          Optional<Grid> old = grid(g.code());
          if (old.isEmpty() || !old.get().unit().equals(g.unit())) {
            yield false;
          }
          c.grids.set(c.grids.indexOf(old.get()), g);
          yield true;
        }
        case REMOVE_GRID -> removeGrid(((AtlasChange.RemoveGrid) change).grid());
        case MOVE_GRID -> {
          AtlasChange.MoveGrid m = (AtlasChange.MoveGrid) change;
          yield moveGrid(m.grid(), m.newUnit());
        }
        case SPLIT_GRID -> {
          AtlasChange.SplitGrid sp = (AtlasChange.SplitGrid) change;
          yield split(sp.grid(), sp.parts());
        }
        case MERGE_GRIDS -> {
          AtlasChange.MergeGrids m = (AtlasChange.MergeGrids) change;
          yield merge(m.grids(), m.name());
        }
        case ADD_WORKER -> {
          GridWorker w = ((AtlasChange.AddWorker) change).worker();
          if (c.workers.stream().anyMatch(x -> x.id().equals(w.id()))) {
            yield false;
          }
          c.workers.add(w);
          yield true;
        }
        case ADD_ASSIGNMENT -> c.assignments.add(((AtlasChange.AddAssignment) change).assignment());
        case REASSIGN_WORKER -> {
          AtlasChange.ReassignWorker r = (AtlasChange.ReassignWorker) change;
          yield reassign(r.workerId(), r.from(), r.to(), r.effective());
        }
        case ADD_LIAISON -> c.liaisons.add(((AtlasChange.AddLiaison) change).liaison());
        case REMOVE_LIAISON -> {
          AtlasChange.RemoveLiaison r = (AtlasChange.RemoveLiaison) change;
          yield c.liaisons.removeIf(
              l -> l.unit().equals(r.unit()) && l.sector().code().equals(r.sector().code()));
        }
        case ADD_CONTACT_POINT ->
            c.contactPoints.add(((AtlasChange.AddContactPoint) change).contactPoint());
        case REMOVE_CONTACT_POINT ->
            c.contactPoints.remove(((AtlasChange.RemoveContactPoint) change).contactPoint());
      };
    }

    // ---- lookups by full scan
    // --------------------------------------------------------------------

    Optional<Division> division(DivisionCode code) {
      return c.divisions.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    Optional<Grid> grid(GridCode code) {
      return c.grids.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    boolean retiredDivision(DivisionCode code) {
      return c.retiredDivisions.stream().anyMatch(e -> e.getKey().equals(code));
    }

    boolean retiredGrid(GridCode code) {
      return c.retiredGrids.stream().anyMatch(e -> e.getKey().equals(code));
    }

    // ---- divisions
    // -------------------------------------------------------------------------------

    boolean removeDivision(DivisionCode code) {
      if (division(code).isEmpty()
          || c.divisions.stream().anyMatch(d -> code.isAncestorOf(d.code()))
          || c.grids.stream().anyMatch(g -> g.unit().equals(code))
          || c.liaisons.stream().anyMatch(l -> l.unit().equals(code))
          || c.contactPoints.stream().anyMatch(p -> p.unit().equals(code))) {
        return false;
      }
      c.divisions.removeIf(d -> d.code().equals(code));
      c.retiredDivisions.add(Map.entry(code, List.of()));
      return true;
    }

    boolean moveUnit(DivisionCode unit, DivisionCode newParent) {
      if (division(unit).isEmpty()
          || division(newParent).isEmpty()
          || unit.equals(newParent)
          || unit.isAncestorOf(newParent)) {
        return false;
      }
      DivisionLevel level = unit.level();
      boolean fits =
          (level == DivisionLevel.VILLAGE && newParent.level() == DivisionLevel.TOWN)
              || (level == DivisionLevel.TOWN
                  && (newParent.level() == DivisionLevel.COUNTY
                      || newParent.kind() == DivisionKind.CITY));
      if (!fits) {
        return false;
      }
      if (unit.parent().orElseThrow().equals(newParent)) {
        return true;
      }
      // the next free segment below the new parent, after the highest ever used
      int first = DivisionCode.firstSegmentOf(unit.kind());
      int last = DivisionCode.lastSegmentOf(unit.kind());
      Set<Integer> used = new LinkedHashSet<>();
      List<DivisionCode> everUsed = new ArrayList<>();
      c.divisions.forEach(d -> everUsed.add(d.code()));
      c.retiredDivisions.forEach(e -> everUsed.add(e.getKey()));
      for (DivisionCode d : everUsed) {
        if (d.level() == level && d.parent().orElseThrow().equals(newParent)) {
          used.add(d.segment(level));
        }
      }
      Integer segment = next(used, first, last);
      if (segment == null) {
        return false;
      }
      DivisionCode moved = newParent.child(level, segment);
      long delta = moved.toTwelveDigits() - unit.toTwelveDigits();
      for (int i = 0; i < c.divisions.size(); i++) {
        Division d = c.divisions.get(i);
        if (d.code().equals(unit) || unit.isAncestorOf(d.code())) {
          DivisionCode now = DivisionCode.ofTwelveDigits(d.code().toTwelveDigits() + delta);
          c.divisions.set(i, new Division(now, d.name(), d.urbanRuralClass()));
          c.retiredDivisions.add(Map.entry(d.code(), List.of(now)));
          recodeUnit(d.code(), now);
        }
      }
      return true;
    }

    /** Moves everything at a unit to its new code, grids re-coded by sequence. */
    private void recodeUnit(DivisionCode old, DivisionCode now) {
      GridCodeScheme scheme = c.scheme;
      for (Grid g : List.copyOf(c.grids)) {
        if (g.unit().equals(old)) {
          int seq = scheme.sequenceOf(g.code(), old).orElseThrow();
          recodeGrid(g, g.withCode(scheme.codeFor(now, seq), now));
        }
      }
      c.liaisons.replaceAll(l -> l.unit().equals(old) ? new Liaison(l.name(), now, l.sector()) : l);
      c.contactPoints.replaceAll(p -> p.unit().equals(old) ? p.withPlace(now, p.grid()) : p);
    }

    // ---- grids
    // -----------------------------------------------------------------------------------

    boolean removeGrid(GridCode code) {
      if (grid(code).isEmpty()
          || c.assignments.stream().anyMatch(a -> a.grid().equals(code))
          || c.partyOrganisations.stream().anyMatch(o -> o.grids().contains(code))
          || c.contactPoints.stream().anyMatch(p -> p.grid().equals(Optional.of(code)))) {
        return false;
      }
      c.grids.removeIf(g -> g.code().equals(code));
      c.retiredGrids.add(Map.entry(code, List.of()));
      return true;
    }

    boolean moveGrid(GridCode code, DivisionCode newUnit) {
      Optional<Grid> old = grid(code);
      if (old.isEmpty()
          || newUnit.level() != DivisionLevel.VILLAGE
          || division(newUnit).isEmpty()) {
        return false;
      }
      if (old.get().unit().equals(newUnit)) {
        return true;
      }
      List<GridCode> fresh = allocate(newUnit, 1);
      if (fresh.isEmpty()) {
        return false;
      }
      recodeGrid(old.get(), old.get().withCode(fresh.get(0), newUnit));
      return true;
    }

    /** A grid under a new code and unit; everything referring to it follows. */
    private void recodeGrid(Grid old, Grid now) {
      GridCode from = old.code();
      GridCode to = now.code();
      c.grids.set(c.grids.indexOf(old), now);
      c.retiredGrids.add(Map.entry(from, List.of(to)));
      c.assignments.replaceAll(a -> a.grid().equals(from) ? a.withGrid(to) : a);
      c.partyOrganisations.replaceAll(
          o ->
              o.grids().contains(from)
                  ? o.withGrids(o.grids().stream().map(g -> g.equals(from) ? to : g).toList())
                  : o);
      c.contactPoints.replaceAll(
          p -> p.grid().equals(Optional.of(from)) ? p.withPlace(now.unit(), Optional.of(to)) : p);
    }

    boolean split(GridCode code, List<AtlasChange.GridPart> parts) {
      Optional<Grid> found = grid(code);
      if (found.isEmpty()) {
        return false;
      }
      Grid old = found.get();
      long hh = parts.stream().mapToLong(AtlasChange.GridPart::households).sum();
      long res = parts.stream().mapToLong(AtlasChange.GridPart::residents).sum();
      if (hh != old.households() || res != old.residents()) {
        return false;
      }
      List<GridCode> codes = allocate(old.unit(), parts.size());
      if (codes.isEmpty()) {
        return false;
      }
      c.grids.remove(old);
      for (int i = 0; i < parts.size(); i++) {
        AtlasChange.GridPart p = parts.get(i);
        c.grids.add(
            new Grid(
                codes.get(i), old.unit(), old.kind(), p.name(), p.households(), p.residents()));
      }
      c.retiredGrids.add(Map.entry(code, codes));
      c.assignments.replaceAll(a -> a.grid().equals(code) ? a.withGrid(codes.get(0)) : a);
      c.contactPoints.replaceAll(
          p -> p.grid().equals(Optional.of(code)) ? p.withGrid(codes.get(0)) : p);
      c.partyOrganisations.replaceAll(
          o -> o.grids().contains(code) ? o.withGrids(replace(o.grids(), code, codes)) : o);
      return true;
    }

    private static List<GridCode> replace(List<GridCode> list, GridCode old, List<GridCode> with) {
      List<GridCode> result = new ArrayList<>();
      for (GridCode g : list) {
        if (g.equals(old)) {
          result.addAll(with);
        } else {
          result.add(g);
        }
      }
      return result;
    }

    boolean merge(List<GridCode> codes, String name) {
      List<Grid> merged = new ArrayList<>();
      for (GridCode code : codes) {
        Optional<Grid> g = grid(code);
        if (g.isEmpty()) {
          return false;
        }
        merged.add(g.get());
      }
      DivisionCode unit = merged.get(0).unit();
      if (merged.stream().anyMatch(g -> !g.unit().equals(unit))) {
        return false;
      }
      int households = 0;
      int residents = 0;
      for (Grid g : merged) {
        households = Math.addExact(households, g.households());
        residents = Math.addExact(residents, g.residents());
      }
      List<GridCode> fresh = allocate(unit, 1);
      if (fresh.isEmpty()) {
        return false;
      }
      GridCode into = fresh.get(0);
      c.grids.removeAll(merged);
      c.grids.add(new Grid(into, unit, merged.get(0).kind(), name, households, residents));
      codes.forEach(code -> c.retiredGrids.add(Map.entry(code, fresh)));
      // leaders kept in the listed order of the grids; a later overlapping leader is demoted
      List<Assignment> leaders = new ArrayList<>();
      for (GridCode code : codes) {
        for (int i = 0; i < c.assignments.size(); i++) {
          Assignment a = c.assignments.get(i);
          if (!a.grid().equals(code)) {
            continue;
          }
          Assignment moved = a.withGrid(into);
          if (moved.role() == WorkerRole.GRID_LEADER) {
            if (leaders.stream().anyMatch(moved::overlaps)) {
              moved = moved.withRole(WorkerRole.FULL_TIME);
            } else {
              leaders.add(moved);
            }
          }
          c.assignments.set(i, moved);
        }
      }
      c.contactPoints.replaceAll(
          p -> p.grid().filter(codes::contains).isPresent() ? p.withGrid(into) : p);
      c.partyOrganisations.replaceAll(
          o -> {
            if (o.grids().stream().noneMatch(codes::contains)) {
              return o;
            }
            Set<GridCode> covered = new LinkedHashSet<>();
            o.grids().forEach(g -> covered.add(codes.contains(g) ? into : g));
            return o.withGrids(List.copyOf(covered));
          });
      return true;
    }

    /** Fresh codes: after the highest sequence the unit ever used, then the lowest never used. */
    private List<GridCode> allocate(DivisionCode unit, int count) {
      Set<Integer> used = new LinkedHashSet<>();
      List<GridCode> everUsed = new ArrayList<>();
      c.grids.forEach(g -> everUsed.add(g.code()));
      c.retiredGrids.forEach(e -> everUsed.add(e.getKey()));
      for (GridCode g : everUsed) {
        c.scheme.sequenceOf(g, unit).ifPresent(used::add);
      }
      List<GridCode> result = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        Integer s = next(used, 1, c.scheme.maxSequence());
        if (s == null) {
          return List.of();
        }
        used.add(s);
        result.add(c.scheme.codeFor(unit, s));
      }
      return result;
    }

    /** After the highest used in [first, last], else the lowest unused; null if none is left. */
    private static @Nullable Integer next(Set<Integer> used, int first, int last) {
      int highest = first - 1;
      for (int u : used) {
        if (u >= first && u <= last) {
          highest = Math.max(highest, u);
        }
      }
      if (highest < last) {
        return highest + 1;
      }
      for (int s = first; s <= last; s++) {
        if (!used.contains(s)) {
          return s;
        }
      }
      return null;
    }

    // ---- people
    // ----------------------------------------------------------------------------------

    boolean reassign(String workerId, GridCode from, GridCode to, LocalDate effective) {
      if (c.workers.stream().noneMatch(w -> w.id().equals(workerId))
          || grid(from).isEmpty()
          || grid(to).isEmpty()
          || effective.isBefore(AtlasValidation.MIN_DATE)
          || effective.isAfter(AtlasValidation.MAX_DATE)) {
        return false;
      }
      List<Assignment> result = new ArrayList<>();
      boolean any = false;
      for (Assignment a : c.assignments) {
        boolean concerned =
            a.workerId().equals(workerId)
                && a.grid().equals(from)
                && (a.end().isEmpty() || !a.end().get().isBefore(effective));
        if (!concerned) {
          result.add(a);
        } else if (!a.start().isBefore(effective)) {
          any = true;
          result.add(a.withGrid(to));
        } else {
          any = true;
          result.add(a.withDates(a.start(), Optional.of(effective.minusDays(1))));
          result.add(new Assignment(workerId, to, a.role(), effective, a.end()));
        }
      }
      c.assignments.clear();
      c.assignments.addAll(result);
      return any;
    }
  }
}
