package org.gridgov.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Plants known problems into a valid atlas builder and says where each must be reported. */
final class Planting {
  private Planting() {}

  /** Plants one to four problems; returns each problem's kind and path (message left empty). */
  static List<Problem> plant(Atlas.Builder b, Random r) {
    List<Problem> planted = new ArrayList<>();
    int count = 1 + r.nextInt(4);
    for (int i = 0; i < count; i++) {
      int attempt = 0;
      while (attempt++ < 20 && !plantOne(b, r, planted)) {
        // try another kind of problem
      }
    }
    if (planted.isEmpty()) {
      // always possible: a division whose parent is missing (province 65 is never generated)
      planted.add(unknownParent(b));
    }
    return planted;
  }

  private static boolean plantOne(Atlas.Builder b, Random r, List<Problem> planted) {
    // 65 (新疆) is never used by the random atlases, so codes below it are unknown.
    DivisionCode unknownVillage =
        DivisionCode.parse(
            "650102001" + String.format(java.util.Locale.ROOT, "%03d", 1 + r.nextInt(199)));
    switch (r.nextInt(21)) {
      case 0 -> {
        Division d = b.contents.divisions.get(r.nextInt(b.contents.divisions.size()));
        planted.add(
            at(
                ProblemKind.DUPLICATE_CODE,
                "$.divisions[" + b.contents.divisions.size() + "].code"));
        b.addDivision(d);
      }
      case 1 -> planted.add(unknownParent(b));
      case 2 -> {
        if (b.contents.grids.isEmpty()) {
          return false;
        }
        planted.add(
            at(ProblemKind.DUPLICATE_CODE, "$.grids[" + b.contents.grids.size() + "].code"));
        b.addGrid(b.contents.grids.get(r.nextInt(b.contents.grids.size())));
      }
      case 3 -> {
        Division town =
            b.contents.divisions.stream()
                .filter(d -> d.level() == DivisionLevel.TOWN)
                .findFirst()
                .orElse(null);
        if (town == null) {
          return false;
        }
        planted.add(
            at(
                ProblemKind.GRID_NOT_UNDER_VILLAGE_LEVEL,
                "$.grids[" + b.contents.grids.size() + "].unit"));
        b.addGrid(
            new Grid(
                GridCode.parse(town.code().toPaddedString() + "901"),
                town.code(),
                GridKind.BASE,
                "镇直属网格",
                10,
                20));
      }
      case 4 -> {
        planted.add(at(ProblemKind.UNKNOWN_UNIT, "$.grids[" + b.contents.grids.size() + "].unit"));
        b.addGrid(
            new Grid(
                GridScheme.code(unknownVillage, 900),
                unknownVillage,
                GridKind.BASE,
                "无主网格",
                10,
                20));
      }
      case 5 -> {
        Division village =
            b.contents.divisions.stream()
                .filter(d -> d.level() == DivisionLevel.VILLAGE)
                .findAny()
                .orElse(null);
        if (village == null) {
          return false;
        }
        planted.add(
            at(ProblemKind.GRID_CODE_MISMATCH, "$.grids[" + b.contents.grids.size() + "].code"));
        b.addGrid(
            new Grid(
                GridScheme.code(unknownVillage, 901),
                village.code(),
                GridKind.BASE,
                "错码网格",
                10,
                20));
      }
      case 6 -> {
        if (b.contents.grids.isEmpty()) {
          return false;
        }
        planted.add(
            at(
                ProblemKind.UNKNOWN_WORKER,
                "$.assignments[" + b.contents.assignments.size() + "].worker"));
        b.addAssignment(
            Assignment.open(
                "nobody",
                b.contents.grids.get(0).code(),
                WorkerRole.ASSISTANT,
                LocalDate.of(2020, 1, 1)));
      }
      case 7 -> {
        String id = "planted-" + planted.size();
        b.addWorker(new GridWorker(id, "某人"));
        planted.add(
            at(
                ProblemKind.UNKNOWN_GRID,
                "$.assignments[" + b.contents.assignments.size() + "].grid"));
        b.addAssignment(
            Assignment.open(
                id,
                GridScheme.code(unknownVillage, 902),
                WorkerRole.FULL_TIME,
                LocalDate.of(2020, 1, 1)));
      }
      case 8 -> {
        if (b.contents.grids.isEmpty()) {
          return false;
        }
        String id = "leader-" + planted.size();
        b.addWorker(new GridWorker(id, "双网格长"));
        GridCode grid = b.contents.grids.get(r.nextInt(b.contents.grids.size())).code();
        LocalDate early = LocalDate.of(1990, 1, 1).plusDays(planted.size());
        b.addAssignment(Assignment.open(id, grid, WorkerRole.GRID_LEADER, early));
        planted.add(
            at(
                ProblemKind.OVERLAPPING_GRID_LEADERS,
                "$.assignments[" + b.contents.assignments.size() + "]"));
        b.addAssignment(Assignment.of(id, grid, WorkerRole.GRID_LEADER, early, early.plusDays(5)));
      }
      case 9 -> {
        if (b.contents.workers.isEmpty()) {
          return false;
        }
        planted.add(
            at(ProblemKind.DUPLICATE_ID, "$.workers[" + b.contents.workers.size() + "].id"));
        b.addWorker(b.contents.workers.get(r.nextInt(b.contents.workers.size())));
      }
      case 10 -> {
        if (b.contents.partyOrganisations.isEmpty()) {
          return false;
        }
        planted.add(
            at(
                ProblemKind.DUPLICATE_ID,
                "$.partyOrganisations[" + b.contents.partyOrganisations.size() + "].id"));
        b.addPartyOrganisation(
            b.contents.partyOrganisations.get(r.nextInt(b.contents.partyOrganisations.size())));
      }
      case 11 -> {
        planted.add(
            at(
                ProblemKind.UNKNOWN_GRID,
                "$.partyOrganisations[" + b.contents.partyOrganisations.size() + "].grids[0]"));
        b.addPartyOrganisation(
            new PartyOrganisation(
                "po-planted-" + planted.size(),
                "空党组织",
                PartyOrganisationKind.PARTY_GROUP,
                List.of(GridScheme.code(unknownVillage, 903))));
      }
      case 12 -> {
        planted.add(
            at(ProblemKind.UNKNOWN_UNIT, "$.liaisons[" + b.contents.liaisons.size() + "].unit"));
        b.addLiaison(new Liaison("无处联络员", unknownVillage, Sector.GAS));
      }
      case 13 -> {
        planted.add(
            at(
                ProblemKind.UNKNOWN_SECTOR,
                "$.liaisons[" + b.contents.liaisons.size() + "].sector"));
        b.addLiaison(
            new Liaison(
                "未知条线" + planted.size(),
                b.contents.divisions.get(0).code(),
                Sector.of("unknown-" + planted.size(), "未知")));
      }
      case 14 -> {
        if (b.contents.liaisons.isEmpty()) {
          return false;
        }
        planted.add(
            at(ProblemKind.DUPLICATE_LIAISON, "$.liaisons[" + b.contents.liaisons.size() + "]"));
        b.addLiaison(b.contents.liaisons.get(r.nextInt(b.contents.liaisons.size())));
      }
      case 15 -> {
        planted.add(
            at(
                ProblemKind.UNKNOWN_UNIT,
                "$.contactPoints[" + b.contents.contactPoints.size() + "].unit"));
        b.addContactPoint(ContactPoint.ofUnit("某领导", LeaderRank.DISTRICT, unknownVillage));
      }
      case 16 -> {
        if (b.contents.asOf == null) {
          return false;
        }
        planted.add(at(ProblemKind.MISSING_FIELD, "$.asOf"));
        b.contents.asOf = null;
      }
      case 17 -> {
        if (b.contents.grids.isEmpty() || b.contents.workers.isEmpty()) {
          return false;
        }
        planted.add(
            at(
                ProblemKind.INVALID_VALUE,
                "$.assignments[" + b.contents.assignments.size() + "].start"));
        b.addAssignment(
            Assignment.open(
                b.contents.workers.get(0).id(),
                b.contents.grids.get(0).code(),
                WorkerRole.ASSISTANT,
                LocalDate.of(-5, 1, 1)));
      }
      case 18 -> {
        // a contact point naming a grid of another unit
        Grid grid =
            b.contents.grids.isEmpty()
                ? null
                : b.contents.grids.get(r.nextInt(b.contents.grids.size()));
        Division other =
            b.contents.divisions.stream()
                .filter(d -> d.level() == DivisionLevel.VILLAGE)
                .filter(d -> grid != null && !d.code().equals(grid.unit()))
                .findFirst()
                .orElse(null);
        if (grid == null || other == null) {
          return false;
        }
        planted.add(
            at(
                ProblemKind.INVALID_VALUE,
                "$.contactPoints[" + b.contents.contactPoints.size() + "].grid"));
        b.addContactPoint(
            ContactPoint.ofGrid("串点领导", LeaderRank.STREET, other.code(), grid.code()));
      }
      case 19 -> {
        // two retired codes that succeed each other
        DivisionCode unit = unknownVillage;
        GridCode x = GridScheme.code(unit, 970 + planted.size());
        GridCode y = GridScheme.code(unit, 980 + planted.size());
        if (b.contents.retiredGrids.stream()
            .anyMatch(e -> e.getKey().equals(x) || e.getKey().equals(y))) {
          return false;
        }
        planted.add(
            at(
                ProblemKind.CYCLE,
                "$.retiredGrids[" + b.contents.retiredGrids.size() + "].successors"));
        b.retireGrid(x, List.of(y));
        b.retireGrid(y, List.of(x));
      }
      default -> {
        if (b.contents.grids.isEmpty()) {
          return false;
        }
        int i = r.nextInt(b.contents.grids.size());
        GridCode code = b.contents.grids.get(i).code();
        if (b.contents.retiredGrids.stream().anyMatch(e -> e.getKey().equals(code))) {
          return false;
        }
        planted.add(at(ProblemKind.RETIRED_CODE_IN_USE, "$.grids[" + i + "].code"));
        b.retireGrid(code, List.of());
      }
    }
    return true;
  }

  private static Problem unknownParent(Atlas.Builder b) {
    Problem p =
        at(ProblemKind.UNKNOWN_PARENT, "$.divisions[" + b.contents.divisions.size() + "].code");
    b.addDivision(
        Division.of(
            "650102"
                + String.format(
                    java.util.Locale.ROOT, "%03d", 1 + b.contents.divisions.size() % 99),
            "孤儿街道"));
    return p;
  }

  private static Problem at(ProblemKind kind, String path) {
    return new Problem(kind, Where.element(path), "");
  }

  /** Standard codes without going through an atlas. */
  static final class GridScheme {
    private GridScheme() {}

    static GridCode code(DivisionCode unit, int seq) {
      return GridCodeScheme.standard().codeFor(unit, seq);
    }
  }
}
