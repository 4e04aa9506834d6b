package org.gridgov.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Random changes drawn from an atlas's current state: {@link #next} of every kind, most of them
 * valid; {@link #nextValue} of the kinds that touch no structure; {@link #invalid} one that must be
 * refused, with the kind of problem and where.
 */
final class RandomChanges {
  /** A province the random atlases never use: codes below it are unknown. */
  static final DivisionCode NOWHERE = DivisionCode.parse("650102001001");

  private RandomChanges() {}

  /** A change that must be refused, with its problem as {@code KIND} and path within the change. */
  record Invalid(AtlasChange change, ProblemKind kind, String path) {
    /** The expected problem of the change at a position, as {@link Where#of(Problem)} gives. */
    String expectedAt(int index) {
      return kind + " at changes[" + index + "]" + path;
    }
  }

  /** A change of any kind, most of them valid. */
  static AtlasChange next(Atlas a, Random r) {
    List<Division> all = a.divisions();
    if (all.isEmpty()) {
      return AtlasChange.addDivision(Division.of("21", "辽宁省"));
    }
    AtlasChange c =
        switch (r.nextInt(12)) {
          case 0 -> moveUnit(a, r);
          case 1 -> moveGrid(a, r);
          case 2 -> split(a, r);
          case 3 -> merge(a, r);
          case 4 -> a.grids().isEmpty() ? null : AtlasChange.removeGrid(anyGrid(a, r).code());
          case 5 -> addGrid(a, r);
          case 6 -> addDivision(a, r);
          case 7 -> AtlasChange.addWorker(new GridWorker("n" + r.nextInt(50), "新网格员"));
          case 8, 9, 10 -> nextValue(a, r);
          default -> null;
        };
    return c != null ? c : AtlasChange.removeDivision(all.get(r.nextInt(all.size())).code());
  }

  /** A change that touches no structure, most of them valid. */
  static AtlasChange nextValue(Atlas a, Random r) {
    if (a.grids().isEmpty()) {
      return AtlasChange.addLiaison(
          new Liaison("联络员", anyDivision(a, r).code(), oneOf(r, a.sectors())));
    }
    Grid g = anyGrid(a, r);
    AtlasChange c =
        switch (r.nextInt(8)) {
          case 0 ->
              AtlasChange.updateGrid(
                  switch (r.nextInt(3)) {
                    case 0 -> g.withCounts(r.nextInt(600), r.nextInt(1800));
                    case 1 ->
                        new Grid(
                            g.code(),
                            g.unit(),
                            oneOf(r, List.of(GridKind.values())),
                            g.name(),
                            g.households(),
                            g.residents());
                    default ->
                        new Grid(
                            g.code(), g.unit(), g.kind(), "改名" + r.nextInt(9), r.nextInt(400), 7);
                  });
          case 1 -> reassign(a, r);
          case 2 -> addAssignment(a, r);
          case 3 -> addLiaison(a, r);
          case 4 -> removeLiaison(a, r);
          case 5 -> addContactPoint(a, r);
          case 6 -> removeContactPoint(a, r);
          default -> null;
        };
    return c != null ? c : AtlasChange.updateGrid(g.withCounts(g.households() + 1, 1));
  }

  private static Grid anyGrid(Atlas a, Random r) {
    return a.grids().get(r.nextInt(a.grids().size()));
  }

  private static Division anyDivision(Atlas a, Random r) {
    return a.divisions().get(r.nextInt(a.divisions().size()));
  }

  static <T> T oneOf(Random r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  private static List<Division> at(Atlas a, DivisionLevel level) {
    return a.divisions().stream().filter(d -> d.level() == level).toList();
  }

  private static LocalDate someDay(Random r) {
    return LocalDate.of(2019, 1, 1).plusDays(r.nextInt(2000));
  }

  private static @Nullable AtlasChange moveUnit(Atlas a, Random r) {
    List<Division> movable =
        a.divisions().stream()
            .filter(d -> d.level() == DivisionLevel.VILLAGE || d.level() == DivisionLevel.TOWN)
            .toList();
    if (movable.isEmpty()) {
      return null;
    }
    Division unit = oneOf(r, movable);
    DivisionLevel wanted =
        unit.level() == DivisionLevel.VILLAGE ? DivisionLevel.TOWN : DivisionLevel.COUNTY;
    List<Division> parents = r.nextInt(4) == 0 ? a.divisions() : at(a, wanted);
    return parents.isEmpty() ? null : AtlasChange.moveUnit(unit.code(), oneOf(r, parents).code());
  }

  private static @Nullable AtlasChange moveGrid(Atlas a, Random r) {
    List<Division> villages = at(a, DivisionLevel.VILLAGE);
    if (a.grids().isEmpty() || villages.isEmpty()) {
      return null;
    }
    return AtlasChange.moveGrid(anyGrid(a, r).code(), oneOf(r, villages).code());
  }

  private static @Nullable AtlasChange split(Atlas a, Random r) {
    if (a.grids().isEmpty()) {
      return null;
    }
    Grid g = anyGrid(a, r);
    List<AtlasChange.GridPart> parts = new ArrayList<>(parts(g, r));
    if (r.nextInt(5) == 0) {
      AtlasChange.GridPart p = parts.get(0);
      parts.set(0, new AtlasChange.GridPart("错", p.households() + 1, p.residents()));
    }
    return AtlasChange.splitGrid(g.code(), parts);
  }

  private static @Nullable AtlasChange merge(Atlas a, Random r) {
    if (a.grids().size() < 2) {
      return null;
    }
    Grid g = anyGrid(a, r);
    boolean anywhere = r.nextInt(6) == 0;
    List<GridCode> others =
        a.grids().stream()
            .filter(x -> anywhere || x.unit().equals(g.unit()))
            .map(Grid::code)
            .filter(c -> !c.equals(g.code()))
            .limit(1 + r.nextInt(2))
            .toList();
    if (others.isEmpty()) {
      return null;
    }
    List<GridCode> codes = new ArrayList<>();
    codes.add(g.code());
    codes.addAll(others);
    return AtlasChange.mergeGrids(codes, "合并网格");
  }

  private static @Nullable AtlasChange addGrid(Atlas a, Random r) {
    List<Division> villages = at(a, DivisionLevel.VILLAGE);
    if (villages.isEmpty()) {
      return null;
    }
    DivisionCode unit = oneOf(r, villages).code();
    return AtlasChange.addGrid(
        new Grid(
            a.nextGridCode(unit), unit, GridKind.BASE, "新网格", r.nextInt(500), r.nextInt(1500)));
  }

  private static @Nullable AtlasChange addDivision(Atlas a, Random r) {
    List<Division> towns = at(a, DivisionLevel.TOWN);
    if (towns.isEmpty()) {
      return null;
    }
    DivisionCode town = oneOf(r, towns).code();
    return AtlasChange.addDivision(
        Division.of(town.child(DivisionLevel.VILLAGE, 1 + r.nextInt(599)), "新单位"));
  }

  private static @Nullable AtlasChange reassign(Atlas a, Random r) {
    List<Assignment> posts = a.assignments();
    if (posts.isEmpty() || a.grids().size() < 2) {
      return null;
    }
    Assignment p = oneOf(r, posts);
    GridCode to = anyGrid(a, r).code();
    return to.equals(p.grid())
        ? null
        : AtlasChange.reassignWorker(p.workerId(), p.grid(), to, someDay(r));
  }

  private static @Nullable AtlasChange addAssignment(Atlas a, Random r) {
    if (a.workers().isEmpty()) {
      return null;
    }
    WorkerRole role = oneOf(r, List.of(WorkerRole.values()));
    LocalDate start = someDay(r);
    Optional<LocalDate> end =
        role == WorkerRole.SECONDED_CADRE || r.nextBoolean()
            ? Optional.of(start.plusDays(r.nextInt(400)))
            : Optional.empty();
    return AtlasChange.addAssignment(
        new Assignment(oneOf(r, a.workers()).id(), anyGrid(a, r).code(), role, start, end));
  }

  private static AtlasChange addLiaison(Atlas a, Random r) {
    return AtlasChange.addLiaison(
        new Liaison("联络员" + r.nextInt(9), anyDivision(a, r).code(), oneOf(r, a.sectors())));
  }

  private static AtlasChange removeLiaison(Atlas a, Random r) {
    if (!a.liaisons().isEmpty() && r.nextInt(4) > 0) {
      Liaison l = oneOf(r, a.liaisons());
      return AtlasChange.removeLiaison(l.unit(), l.sector());
    }
    return AtlasChange.removeLiaison(anyDivision(a, r).code(), oneOf(r, a.sectors()));
  }

  private static AtlasChange addContactPoint(Atlas a, Random r) {
    Grid g = anyGrid(a, r);
    LeaderRank rank = oneOf(r, List.of(LeaderRank.values()));
    return AtlasChange.addContactPoint(
        r.nextBoolean()
            ? ContactPoint.ofUnit("领导" + r.nextInt(5), rank, g.unit())
            : ContactPoint.ofGrid("领导" + r.nextInt(5), rank, g.unit(), g.code()));
  }

  private static AtlasChange removeContactPoint(Atlas a, Random r) {
    if (!a.contactPoints().isEmpty() && r.nextInt(4) > 0) {
      return AtlasChange.removeContactPoint(oneOf(r, a.contactPoints()));
    }
    Grid g = anyGrid(a, r);
    return AtlasChange.removeContactPoint(ContactPoint.ofUnit("无此人", LeaderRank.CITY, g.unit()));
  }

  static List<AtlasChange.GridPart> parts(Grid g, Random r) {
    int n = 2 + r.nextInt(2);
    List<AtlasChange.GridPart> parts = new ArrayList<>();
    int hhLeft = g.households();
    int resLeft = g.residents();
    for (int i = 0; i < n - 1; i++) {
      int hh = hhLeft == 0 ? 0 : r.nextInt(hhLeft + 1);
      int res = resLeft == 0 ? 0 : r.nextInt(resLeft + 1);
      parts.add(new AtlasChange.GridPart(g.name() + "-" + i, hh, res));
      hhLeft -= hh;
      resLeft -= res;
    }
    parts.add(new AtlasChange.GridPart(g.name() + "-last", hhLeft, resLeft));
    return parts;
  }

  /** How a change, if accepted, changes the atlas's total households. */
  static long householdDelta(Atlas a, AtlasChange change) {
    return switch (change.kind()) {
      case ADD_GRID -> ((AtlasChange.AddGrid) change).grid().households();
      case REMOVE_GRID ->
          -a.grid(((AtlasChange.RemoveGrid) change).grid()).map(Grid::households).orElse(0);
      case UPDATE_GRID -> {
        Grid g = ((AtlasChange.UpdateGrid) change).grid();
        yield g.households() - a.grid(g.code()).map(Grid::households).orElse(0);
      }
      default -> 0;
    };
  }

  // ---- changes that must be refused ------------------------------------------------------------

  /** A change that must be refused, of a random kind that applies to the atlas. */
  static Invalid invalid(Atlas a, Random r) {
    while (true) {
      Invalid i = invalidOfKind(a, r, r.nextInt(24));
      if (i != null) {
        return i;
      }
    }
  }

  private static GridCode unknownGrid(Random r) {
    return GridCodeScheme.standard().codeFor(NOWHERE, 1 + r.nextInt(999));
  }

  private static @Nullable Invalid invalidOfKind(Atlas a, Random r, int kind) {
    Optional<Grid> grid = a.grids().isEmpty() ? Optional.empty() : Optional.of(anyGrid(a, r));
    List<Division> villages = at(a, DivisionLevel.VILLAGE);
    GridCode unknown = unknownGrid(r);
    return switch (kind) {
      case 0 ->
          new Invalid(
              AtlasChange.updateGrid(new Grid(unknown, NOWHERE, GridKind.BASE, "无", 1, 1)),
              ProblemKind.UNKNOWN_GRID,
              ".grid.code");
      case 1 -> new Invalid(AtlasChange.removeGrid(unknown), ProblemKind.UNKNOWN_GRID, ".grid");
      case 2 ->
          villages.isEmpty()
              ? null
              : new Invalid(
                  AtlasChange.moveGrid(unknown, oneOf(r, villages).code()),
                  ProblemKind.UNKNOWN_GRID,
                  ".grid");
      case 3 ->
          new Invalid(
              AtlasChange.splitGrid(
                  unknown,
                  List.of(
                      new AtlasChange.GridPart("甲", 1, 1), new AtlasChange.GridPart("乙", 1, 1))),
              ProblemKind.UNKNOWN_GRID,
              ".grid");
      case 4 -> {
        if (grid.isEmpty()) {
          yield null;
        }
        List<GridCode> codes = new ArrayList<>(List.of(grid.get().code()));
        int at = r.nextInt(2);
        codes.add(at, unknown);
        yield new Invalid(
            AtlasChange.mergeGrids(codes, "合并"), ProblemKind.UNKNOWN_GRID, ".grids[" + at + "]");
      }
      case 5 ->
          new Invalid(
              AtlasChange.addDivision(anyDivision(a, r)),
              ProblemKind.DUPLICATE_CODE,
              ".division.code");
      case 6 ->
          a.retiredDivisions().isEmpty()
              ? null
              : new Invalid(
                  AtlasChange.addDivision(
                      Division.of(oneOf(r, List.copyOf(a.retiredDivisions().keySet())), "旧")),
                  ProblemKind.RETIRED_CODE_IN_USE,
                  ".division.code");
      case 7 ->
          a.workers().isEmpty()
              ? null
              : new Invalid(
                  AtlasChange.addWorker(new GridWorker(oneOf(r, a.workers()).id(), "重名")),
                  ProblemKind.DUPLICATE_ID,
                  ".worker.id");
      case 8 ->
          grid.isEmpty()
              ? null
              : new Invalid(
                  AtlasChange.addGrid(grid.get()), ProblemKind.DUPLICATE_CODE, ".grid.code");
      case 9 -> retiredGrid(a, r);
      case 10 ->
          new Invalid(
              AtlasChange.addGrid(new Grid(unknown, NOWHERE, GridKind.BASE, "无主", 1, 1)),
              ProblemKind.UNKNOWN_UNIT,
              ".grid.unit");
      case 11 ->
          grid.isEmpty()
              ? null
              : new Invalid(
                  AtlasChange.addAssignment(
                      Assignment.open(
                          "nobody", grid.get().code(), WorkerRole.ASSISTANT, someDay(r))),
                  ProblemKind.UNKNOWN_WORKER,
                  ".assignment.worker");
      case 12 -> overlappingLeader(a, r);
      case 13 -> {
        Division d = anyDivision(a, r);
        yield new Invalid(
            AtlasChange.moveUnit(d.code(), d.code()), ProblemKind.CYCLE, ".newParent");
      }
      case 14 ->
          grid.isEmpty()
              ? null
              : new Invalid(
                  AtlasChange.splitGrid(
                      grid.get().code(),
                      List.of(
                          new AtlasChange.GridPart("甲", grid.get().households() + 1, 0),
                          new AtlasChange.GridPart("乙", 0, grid.get().residents()))),
                  ProblemKind.NOT_CONSERVED,
                  ".parts");
      case 15 ->
          new Invalid(AtlasChange.removeDivision(NOWHERE), ProblemKind.UNKNOWN_UNIT, ".code");
      case 16 ->
          a.liaisons().isEmpty()
              ? null
              : new Invalid(
                  AtlasChange.addLiaison(oneOf(r, a.liaisons())),
                  ProblemKind.DUPLICATE_LIAISON,
                  ".liaison");
      case 17 ->
          new Invalid(
              AtlasChange.addLiaison(
                  new Liaison("通信", anyDivision(a, r).code(), Sector.of("telecom", "通信"))),
              ProblemKind.UNKNOWN_SECTOR,
              ".liaison.sector");
      case 18 -> {
        Division d = anyDivision(a, r);
        Sector s = oneOf(r, a.sectors());
        boolean has =
            a.liaisons().stream().anyMatch(l -> l.unit().equals(d.code()) && l.sector().equals(s));
        if (has) {
          yield null;
        }
        yield new Invalid(AtlasChange.removeLiaison(d.code(), s), ProblemKind.NOT_APPLICABLE, "");
      }
      case 19 ->
          new Invalid(
              AtlasChange.removeContactPoint(
                  ContactPoint.ofUnit("无此人", LeaderRank.CITY, anyDivision(a, r).code())),
              ProblemKind.NOT_APPLICABLE,
              ".contactPoint");
      case 20 ->
          new Invalid(
              AtlasChange.addContactPoint(ContactPoint.ofUnit("某领导", LeaderRank.CITY, NOWHERE)),
              ProblemKind.UNKNOWN_UNIT,
              ".contactPoint.unit");
      case 21 ->
          a.assignments().isEmpty()
              ? null
              : new Invalid(
                  AtlasChange.reassignWorker(
                      oneOf(r, a.assignments()).workerId(),
                      oneOf(r, a.assignments()).grid(),
                      unknown,
                      someDay(r)),
                  ProblemKind.UNKNOWN_GRID,
                  ".to");
      case 22 ->
          new Invalid(
              AtlasChange.addDivision(
                  Division.of(NOWHERE.parent().orElseThrow().child(DivisionLevel.VILLAGE, 7), "孤")),
              ProblemKind.UNKNOWN_PARENT,
              ".division.code");
      default -> {
        List<Assignment> posts = a.assignments();
        if (posts.isEmpty()) {
          yield null;
        }
        yield new Invalid(
            AtlasChange.removeGrid(oneOf(r, posts).grid()), ProblemKind.STILL_REFERENCED, ".grid");
      }
    };
  }

  private static @Nullable Invalid retiredGrid(Atlas a, Random r) {
    List<GridCode> retired = List.copyOf(a.retiredGrids().keySet());
    if (retired.isEmpty()) {
      return null;
    }
    GridCode code = oneOf(r, retired);
    DivisionCode unit = DivisionCode.parse(code.toString().substring(0, 12));
    return new Invalid(
        AtlasChange.addGrid(new Grid(code, unit, GridKind.BASE, "旧", 1, 1)),
        ProblemKind.RETIRED_CODE_IN_USE,
        ".grid.code");
  }

  private static @Nullable Invalid overlappingLeader(Atlas a, Random r) {
    List<Assignment> leaders =
        a.assignments().stream().filter(p -> p.role() == WorkerRole.GRID_LEADER).toList();
    if (leaders.isEmpty() || a.workers().isEmpty()) {
      return null;
    }
    Assignment l = oneOf(r, leaders);
    // the same term's last day (or first, for an open term) is a day both would lead
    LocalDate day = l.end().orElse(l.start());
    return new Invalid(
        AtlasChange.addAssignment(
            Assignment.of(oneOf(r, a.workers()).id(), l.grid(), WorkerRole.GRID_LEADER, day, day)),
        ProblemKind.OVERLAPPING_GRID_LEADERS,
        ".assignment");
  }
}
