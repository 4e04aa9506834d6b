package org.gridgov.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.AtlasDraft.Item;
import org.gridgov.core.io.ReadLimits;
import org.jspecify.annotations.Nullable;

/**
 * Applies a batch of {@link AtlasChange}s: each change is checked against the {@link AtlasDraft} as
 * the changes before it left it — everything it could make invalid, so that the draft is a valid
 * atlas after every change accepted — and written into the draft; a refused change stops the batch
 * with its problems located at the change. Then the result is built once: derived from the atlas's
 * arrays when no change touched structure ({@link AtlasDerivation}), else validated and laid out in
 * full, any problem of that validation located through a {@link ChangeLocator}. The atlas the batch
 * was applied to is never changed.
 *
 * <p>Cost: O(Σ affected) for the changes, then O(n) for the result — with small constants when only
 * non-structural changes were made.
 */
final class AtlasChanges extends ChangeRules {
  /** The kinds that add, remove or re-code divisions or grids, or add workers. */
  private static final Set<AtlasChange.Kind> STRUCTURAL =
      EnumSet.of(
          AtlasChange.Kind.ADD_DIVISION,
          AtlasChange.Kind.REMOVE_DIVISION,
          AtlasChange.Kind.MOVE_UNIT,
          AtlasChange.Kind.ADD_GRID,
          AtlasChange.Kind.REMOVE_GRID,
          AtlasChange.Kind.MOVE_GRID,
          AtlasChange.Kind.SPLIT_GRID,
          AtlasChange.Kind.MERGE_GRIDS,
          AtlasChange.Kind.ADD_WORKER);

  private final GridCodeScheme scheme;
  private final ValueChanges values;

  private AtlasChanges(AtlasDraft draft, List<Problem> problems) {
    super(draft, problems);
    this.scheme = draft.base.scheme;
    this.values = new ValueChanges(draft, problems);
  }

  /**
   * The atlas after a batch of changes.
   *
   * @param rebuild whether to validate and lay out the result in full even when no change touched
   *     structure (for tests that compare the two ways)
   * @throws AtlasChangeException if a change is refused
   */
  static AtlasData apply(AtlasData base, List<AtlasChange> changes, boolean rebuild) {
    if (changes.isEmpty()) {
      return base;
    }
    AtlasDraft draft = new AtlasDraft(base);
    List<Problem> problems = new ArrayList<>();
    AtlasChanges engine = new AtlasChanges(draft, problems);
    for (int i = 0; i < changes.size(); i++) {
      AtlasChange change = changes.get(i);
      draft.change = i;
      draft.structural |= STRUCTURAL.contains(change.kind());
      engine.applyOne(change);
      if (!problems.isEmpty()) {
        // one change can name more than any exception keeps (a merge of thousands of grids)
        int kept = Math.min(problems.size(), ReadLimits.DEFAULT_MAX_PROBLEMS);
        throw new AtlasChangeException(problems.subList(0, kept), problems.size() - kept);
      }
    }
    if (!draft.structural && !rebuild) {
      return AtlasDerivation.derive(draft);
    }
    try {
      return AtlasData.assemble(draft.contents());
    } catch (InvalidAtlasException e) {
      throw new AtlasChangeException(e.problems(), e.omittedProblems());
    }
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
      case UPDATE_GRID -> values.updateGrid(((AtlasChange.UpdateGrid) change).grid());
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
      case ADD_ASSIGNMENT ->
          values.addAssignment(((AtlasChange.AddAssignment) change).assignment());
      case REASSIGN_WORKER -> {
        AtlasChange.ReassignWorker r = (AtlasChange.ReassignWorker) change;
        values.reassign(r.workerId(), r.from(), r.to(), r.effective());
      }
      case ADD_LIAISON -> values.addLiaison(((AtlasChange.AddLiaison) change).liaison());
      case REMOVE_LIAISON -> {
        AtlasChange.RemoveLiaison r = (AtlasChange.RemoveLiaison) change;
        values.removeLiaison(r.unit(), r.sector());
      }
      case ADD_CONTACT_POINT ->
          values.addContactPoint(((AtlasChange.AddContactPoint) change).contactPoint());
      case REMOVE_CONTACT_POINT ->
          values.removeContactPoint(((AtlasChange.RemoveContactPoint) change).contactPoint());
    }
  }

  /** {@code count} fresh codes in a unit, or empty after refusing the change. */
  private List<GridCode> allocate(DivisionCode unit, int count, Location at) {
    List<GridCode> fresh = draft.codes.allocate(unit, count);
    if (fresh.isEmpty()) {
      refuse(ProblemKind.CODES_EXHAUSTED, at, GridCodes.exhaustedGrids(scheme, unit, count));
    }
    return fresh;
  }

  // ---- divisions -------------------------------------------------------------------------------

  private void addDivision(Division division) {
    DivisionCode code = division.code();
    Location at = at("division").field("code");
    Optional<DivisionCode> parent = code.parent();
    if (draft.hasDivision(code)) {
      refuse(ProblemKind.DUPLICATE_CODE, at, "division " + code + " is already in the atlas");
    } else if (draft.isRetiredDivision(code)) {
      refuse(
          ProblemKind.RETIRED_CODE_IN_USE,
          at,
          "division code " + code + " was retired and may not be used again");
    } else if (parent.isPresent() && !draft.hasDivision(parent.get())) {
      refuse(
          ProblemKind.UNKNOWN_PARENT,
          at,
          "the parent " + parent.get() + " of division " + code + " is not in the atlas");
    } else {
      draft.putDivision(division, "division");
    }
  }

  private void removeDivision(DivisionCode code) {
    Location at = at("code");
    if (!draft.hasDivision(code)) {
      refuse(ProblemKind.UNKNOWN_UNIT, at, "division " + code + " is not in the atlas");
      return;
    }
    List<String> refs = new ArrayList<>();
    DivisionCode child = draft.firstChild(code);
    if (child != null) {
      refs.add("child division " + child);
    }
    List<GridCode> grids = draft.gridsOf(code);
    if (!grids.isEmpty()) {
      refs.add("grid " + grids.get(0));
    }
    for (Liaison l : draft.liaisonsAt(code)) {
      refs.add("the " + l.sector().code() + " liaison \"" + l.name() + "\"");
    }
    for (Item<ContactPoint> c : draft.contactsAt(code)) {
      refs.add("the contact point of \"" + c.value().leaderName() + "\"");
    }
    if (!refs.isEmpty()) {
      refuse(
          ProblemKind.STILL_REFERENCED,
          at,
          "division " + code + " cannot be removed while it has " + String.join(", ", refs));
      return;
    }
    draft.removeDivision(code);
    draft.retireDivision(code, List.of());
  }

  /** The first county of a city in the draft, or null if it has none. O(1): 99 lookups. */
  private @Nullable DivisionCode firstCounty(DivisionCode city) {
    for (int s = 1; s <= 99; s++) {
      DivisionCode county = city.child(DivisionLevel.COUNTY, s);
      if (draft.hasDivision(county)) {
        return county;
      }
    }
    return null;
  }

  private void moveUnit(DivisionCode unit, DivisionCode newParent) {
    checkUnit(unit, at("unit"), "division");
    checkUnit(newParent, at("newParent"), "new parent");
    if (!problems.isEmpty()) {
      return;
    }
    if (unit.equals(newParent) || unit.isAncestorOf(newParent)) {
      refuse(
          ProblemKind.CYCLE,
          at("newParent"),
          "cannot move "
              + unit
              + " under "
              + newParent
              + (unit.equals(newParent) ? ", itself" : ", one of its own descendants"));
      return;
    }
    DivisionLevel level = unit.level();
    if (level != DivisionLevel.VILLAGE && level != DivisionLevel.TOWN) {
      refuse(
          ProblemKind.NOT_APPLICABLE,
          at("unit"),
          "only towns and village-level units move; "
              + unit
              + " is a "
              + unit.kind()
              + " (counties and cities are re-coded by decree: add the new unit and remove the old)");
      return;
    }
    boolean parentFits =
        level == DivisionLevel.VILLAGE
            ? newParent.level() == DivisionLevel.TOWN
            : newParent.level() == DivisionLevel.COUNTY || newParent.kind() == DivisionKind.CITY;
    if (!parentFits) {
      refuse(
          ProblemKind.WRONG_PARENT_LEVEL,
          at("newParent"),
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
    DivisionCode county =
        newParent.kind() == DivisionKind.CITY && level == DivisionLevel.TOWN
            ? firstCounty(newParent)
            : null;
    if (county != null) {
      refuse(
          ProblemKind.WRONG_PARENT_LEVEL,
          at("newParent"),
          "a "
              + unit.kind()
              + " belongs under a county or a city without counties, not under "
              + newParent
              + " ("
              + newParent.kind()
              + "), which has county "
              + county);
      return;
    }
    if (unit.parent().filter(newParent::equals).isPresent()) {
      return; // already there
    }
    DivisionCode moved =
        GridCodes.allocateDivision(
            newParent, unit.kind(), c -> draft.hasDivision(c) || draft.isRetiredDivision(c));
    if (moved == null) {
      refuse(
          ProblemKind.CODES_EXHAUSTED,
          at("newParent"),
          "no unused " + unit.kind() + " code left below " + newParent);
      return;
    }
    long delta = moved.toTwelveDigits() - unit.toTwelveDigits();
    for (Division d : draft.subtree(unit)) {
      DivisionCode old = d.code();
      DivisionCode now = DivisionCode.ofTwelveDigits(old.toTwelveDigits() + delta);
      draft.removeDivision(old);
      draft.putDivision(new Division(now, d.name(), d.urbanRuralClass()), "");
      draft.retireDivision(old, List.of(now));
      for (GridCode g : draft.gridsOf(old)) {
        Grid grid = present(draft.grid(g));
        recode(grid, grid.withCode(scheme.codeFor(now, scheme.sequenceOf(g, old).getAsInt()), now));
      }
      List<Liaison> liaisons = draft.liaisonsAt(old);
      for (Liaison l : liaisons) {
        int s = draft.base.sectorOf(l.sector());
        draft.removeLiaison(old, s);
        draft.putLiaison(new Liaison(l.name(), now, l.sector()), s, "");
      }
      for (Item<ContactPoint> c : draft.contactsAt(old)) {
        draft.removeContact(c);
        draft.addContact(c.value().withPlace(now, c.value().grid()), "");
      }
    }
  }

  // ---- grids -----------------------------------------------------------------------------------

  private void addGrid(Grid grid) {
    Location at = at("grid");
    GridCode code = grid.code();
    DivisionCode unit = grid.unit();
    if (draft.grid(code) != null) {
      refuse(
          ProblemKind.DUPLICATE_CODE,
          at.field("code"),
          "grid " + code + " is already in the atlas");
    } else if (draft.isRetiredGrid(code)) {
      refuse(
          ProblemKind.RETIRED_CODE_IN_USE,
          at.field("code"),
          "grid code " + code + " was retired and may not be used again");
    }
    if (unit.level() != DivisionLevel.VILLAGE) {
      refuse(
          ProblemKind.GRID_NOT_UNDER_VILLAGE_LEVEL,
          at.field("unit"),
          "grid "
              + code
              + " must belong to a community or village, not to "
              + unit
              + " ("
              + unit.kind()
              + ")");
    } else {
      checkUnit(unit, at.field("unit"), "grid " + code + " belongs to unit");
    }
    scheme
        .problemWith(code, unit)
        .ifPresent(m -> refuse(ProblemKind.GRID_CODE_MISMATCH, at.field("code"), m));
    if (problems.isEmpty()) {
      draft.putGrid(grid, "grid");
      draft.codes.noteLive(unit, code);
    }
  }

  private void removeGrid(GridCode code) {
    Grid old = knownGrid(code, at("grid"));
    if (old == null) {
      return;
    }
    List<String> refs = new ArrayList<>();
    int posts = draft.postCount(code);
    if (posts > 0) {
      refs.add(posts + " post(s)");
    }
    for (PartyOrganisation o : draft.orgsCovering(code)) {
      refs.add("party organisation \"" + o.id() + "\"");
    }
    for (Item<ContactPoint> c : contactsAtGrid(old)) {
      refs.add("the contact point of \"" + c.value().leaderName() + "\"");
    }
    if (!refs.isEmpty()) {
      refuse(
          ProblemKind.STILL_REFERENCED,
          at("grid"),
          "grid "
              + code
              + " cannot be removed while "
              + String.join(", ", refs)
              + " refer to it; reassign, merge or split instead");
      return;
    }
    draft.removeGrid(code);
    draft.retireGrid(code, List.of());
  }

  private void moveGrid(GridCode code, DivisionCode newUnit) {
    Grid old = knownGrid(code, at("grid"));
    if (newUnit.level() != DivisionLevel.VILLAGE) {
      refuse(
          ProblemKind.GRID_NOT_UNDER_VILLAGE_LEVEL,
          at("newUnit"),
          "grids move only to a community or village, not to "
              + newUnit
              + " ("
              + newUnit.kind()
              + ")");
    } else {
      checkUnit(newUnit, at("newUnit"), "new unit");
    }
    if (old == null || !problems.isEmpty() || old.unit().equals(newUnit)) {
      return;
    }
    List<GridCode> fresh = allocate(newUnit, 1, at("newUnit"));
    if (!fresh.isEmpty()) {
      recode(old, old.withCode(fresh.get(0), newUnit));
    }
  }

  /**
   * Puts a grid under a new code (and unit), retiring the old code with the new one as successor;
   * its posts, party organisations and contact points follow it.
   */
  private void recode(Grid old, Grid now) {
    GridCode from = old.code();
    GridCode to = now.code();
    draft.removeGrid(from);
    draft.putGrid(now, "");
    draft.retireGrid(from, List.of(to));
    List<Item<Assignment>> target = draft.posts(to);
    for (Item<Assignment> it : draft.takePosts(from)) {
      target.add(draft.written(it.value().withGrid(to), ""));
    }
    for (PartyOrganisation o : draft.orgsCovering(from)) {
      draft.putOrg(o.withGrids(replaced(o.grids(), Set.of(from), List.of(to))));
    }
    for (Item<ContactPoint> c : contactsAtGrid(old)) {
      draft.removeContact(c);
      draft.addContact(c.value().withPlace(now.unit(), Optional.of(to)), "");
    }
  }

  private void splitGrid(GridCode code, List<AtlasChange.GridPart> parts) {
    Grid old = knownGrid(code, at("grid"));
    if (old == null) {
      return;
    }
    long households = 0;
    long residents = 0;
    for (AtlasChange.GridPart p : parts) {
      households += p.households();
      residents += p.residents();
    }
    if (households != old.households() || residents != old.residents()) {
      refuse(
          ProblemKind.NOT_CONSERVED,
          at("parts"),
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
    List<GridCode> codes = allocate(old.unit(), parts.size(), at("parts"));
    if (codes.isEmpty()) {
      return;
    }
    draft.removeGrid(code);
    for (int i = 0; i < parts.size(); i++) {
      AtlasChange.GridPart p = parts.get(i);
      draft.putGrid(
          new Grid(codes.get(i), old.unit(), old.kind(), p.name(), p.households(), p.residents()),
          "");
    }
    draft.retireGrid(code, codes);
    GridCode first = codes.get(0);
    List<Item<Assignment>> target = draft.posts(first);
    for (Item<Assignment> it : draft.takePosts(code)) {
      target.add(draft.written(it.value().withGrid(first), ""));
    }
    for (Item<ContactPoint> c : contactsAtGrid(old)) {
      draft.removeContact(c);
      draft.addContact(c.value().withGrid(first), "");
    }
    for (PartyOrganisation o : draft.orgsCovering(code)) {
      draft.putOrg(o.withGrids(replaced(o.grids(), Set.of(code), codes)));
    }
  }

  private void mergeGrids(List<GridCode> codes, String name) {
    List<Grid> merged = new ArrayList<>();
    for (int k = 0; k < codes.size(); k++) {
      Grid g = knownGrid(codes.get(k), at("grids").index(k));
      if (g != null) {
        merged.add(g);
      }
    }
    if (!problems.isEmpty()) {
      return;
    }
    DivisionCode unit = merged.get(0).unit();
    long households = 0;
    long residents = 0;
    for (int k = 0; k < merged.size(); k++) {
      Grid g = merged.get(k);
      if (!g.unit().equals(unit)) {
        refuse(
            ProblemKind.NOT_APPLICABLE,
            at("grids").index(k),
            "grids merge within one unit; "
                + g.code()
                + " belongs to "
                + g.unit()
                + ", not "
                + unit);
        return;
      }
      households += g.households();
      residents += g.residents();
    }
    if (households > Integer.MAX_VALUE || residents > Integer.MAX_VALUE) {
      refuse(
          ProblemKind.INVALID_VALUE,
          at("grids"),
          "the merged grid would have "
              + households
              + " households and "
              + residents
              + " residents; a grid holds at most "
              + Integer.MAX_VALUE
              + " of each");
      return;
    }
    List<GridCode> fresh = allocate(unit, 1, at("grids"));
    if (fresh.isEmpty()) {
      return;
    }
    GridCode into = fresh.get(0);
    for (Grid g : merged) {
      draft.removeGrid(g.code());
      draft.retireGrid(g.code(), fresh);
    }
    draft.putGrid(
        new Grid(into, unit, merged.get(0).kind(), name, (int) households, (int) residents), "");
    // Leader posts are kept in the listed order of the grids; a later overlapping one is demoted.
    List<Assignment> leaders = new ArrayList<>();
    List<Item<Assignment>> target = draft.posts(into);
    Set<GridCode> gone = new LinkedHashSet<>(codes);
    for (Grid g : merged) {
      for (Item<Assignment> it : draft.takePosts(g.code())) {
        Assignment a = it.value().withGrid(into);
        if (a.role() == WorkerRole.GRID_LEADER) {
          if (leaders.stream().anyMatch(a::overlaps)) {
            a = a.withRole(WorkerRole.FULL_TIME);
          } else {
            leaders.add(a);
          }
        }
        target.add(draft.written(a, ""));
      }
      for (Item<ContactPoint> c : contactsAtGrid(g)) {
        draft.removeContact(c);
        draft.addContact(c.value().withGrid(into), "");
      }
      for (PartyOrganisation o : draft.orgsCovering(g.code())) {
        draft.putOrg(o.withGrids(replaced(o.grids(), gone, fresh)));
      }
    }
  }

  /** The contact points at a grid, found among those of its unit. */
  private List<Item<ContactPoint>> contactsAtGrid(Grid grid) {
    List<Item<ContactPoint>> result = new ArrayList<>();
    for (Item<ContactPoint> c : draft.contactsAt(grid.unit())) {
      if (c.value().grid().filter(grid.code()::equals).isPresent()) {
        result.add(c);
      }
    }
    return result;
  }

  /** A grid list with the codes of {@code old} replaced by {@code with}, without repeats. */
  private static List<GridCode> replaced(
      List<GridCode> grids, Set<GridCode> old, List<GridCode> with) {
    Set<GridCode> result = new LinkedHashSet<>();
    for (GridCode g : grids) {
      if (old.contains(g)) {
        result.addAll(with);
      } else {
        result.add(g);
      }
    }
    return List.copyOf(result);
  }

  // ---- people ----------------------------------------------------------------------------------

  private void addWorker(GridWorker worker) {
    if (draft.hasWorker(worker.id())) {
      refuse(
          ProblemKind.DUPLICATE_ID,
          at("worker").field("id"),
          "worker id \"" + worker.id() + "\" is already in the atlas");
    } else {
      draft.addWorker(worker, "worker");
    }
  }

  private static Grid present(@Nullable Grid grid) {
    return java.util.Objects.requireNonNull(grid, "a live grid of the draft");
  }
}
