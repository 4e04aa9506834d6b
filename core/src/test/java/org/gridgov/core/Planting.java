package org.gridgov.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Plants known problems into a valid atlas builder and says where each must be reported. */
final class Planting {
  private Planting() {}

  /** Plants one to four problems; returns each problem's kind and path (message left empty). */
  static List<AtlasProblem> plant(Atlas.Builder b, Random r) {
    List<AtlasProblem> planted = new ArrayList<>();
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

  private static boolean plantOne(Atlas.Builder b, Random r, List<AtlasProblem> planted) {
    // 65 (新疆) is never used by the random atlases, so codes below it are unknown.
    DivisionCode unknownVillage =
        DivisionCode.parse(
            "650102001" + String.format(java.util.Locale.ROOT, "%03d", 1 + r.nextInt(199)));
    switch (r.nextInt(17)) {
      case 0 -> {
        Division d = b.divisions.get(r.nextInt(b.divisions.size()));
        planted.add(at(ProblemKind.DUPLICATE_CODE, "$.divisions[" + b.divisions.size() + "].code"));
        b.addDivision(d);
      }
      case 1 -> planted.add(unknownParent(b));
      case 2 -> {
        if (b.grids.isEmpty()) {
          return false;
        }
        planted.add(at(ProblemKind.DUPLICATE_CODE, "$.grids[" + b.grids.size() + "].code"));
        b.addGrid(b.grids.get(r.nextInt(b.grids.size())));
      }
      case 3 -> {
        Division town =
            b.divisions.stream()
                .filter(d -> d.level() == DivisionLevel.TOWN)
                .findFirst()
                .orElse(null);
        if (town == null) {
          return false;
        }
        planted.add(
            at(ProblemKind.GRID_NOT_UNDER_VILLAGE_LEVEL, "$.grids[" + b.grids.size() + "].unit"));
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
        planted.add(at(ProblemKind.UNKNOWN_UNIT, "$.grids[" + b.grids.size() + "].unit"));
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
            b.divisions.stream()
                .filter(d -> d.level() == DivisionLevel.VILLAGE)
                .findAny()
                .orElse(null);
        if (village == null) {
          return false;
        }
        planted.add(at(ProblemKind.GRID_CODE_MISMATCH, "$.grids[" + b.grids.size() + "].code"));
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
        if (b.grids.isEmpty()) {
          return false;
        }
        planted.add(
            at(ProblemKind.UNKNOWN_WORKER, "$.assignments[" + b.assignments.size() + "].worker"));
        b.addAssignment(
            new Assignment(
                "nobody",
                b.grids.get(0).code(),
                WorkerRole.ASSISTANT,
                LocalDate.of(2020, 1, 1),
                null));
      }
      case 7 -> {
        String id = "planted-" + planted.size();
        b.addWorker(new GridWorker(id, "某人"));
        planted.add(
            at(ProblemKind.UNKNOWN_GRID, "$.assignments[" + b.assignments.size() + "].grid"));
        b.addAssignment(
            new Assignment(
                id,
                GridScheme.code(unknownVillage, 902),
                WorkerRole.FULL_TIME,
                LocalDate.of(2020, 1, 1),
                null));
      }
      case 8 -> {
        if (b.grids.isEmpty()) {
          return false;
        }
        String id = "leader-" + planted.size();
        b.addWorker(new GridWorker(id, "双网格长"));
        GridCode grid = b.grids.get(r.nextInt(b.grids.size())).code();
        LocalDate early = LocalDate.of(1990, 1, 1).plusDays(planted.size());
        b.addAssignment(new Assignment(id, grid, WorkerRole.GRID_LEADER, early, null));
        planted.add(
            at(
                ProblemKind.OVERLAPPING_GRID_LEADERS,
                "$.assignments[" + b.assignments.size() + "]"));
        b.addAssignment(new Assignment(id, grid, WorkerRole.GRID_LEADER, early, early.plusDays(5)));
      }
      case 9 -> {
        if (b.workers.isEmpty()) {
          return false;
        }
        planted.add(at(ProblemKind.DUPLICATE_ID, "$.workers[" + b.workers.size() + "].id"));
        b.addWorker(b.workers.get(r.nextInt(b.workers.size())));
      }
      case 10 -> {
        if (b.partyOrganisations.isEmpty()) {
          return false;
        }
        planted.add(
            at(
                ProblemKind.DUPLICATE_ID,
                "$.partyOrganisations[" + b.partyOrganisations.size() + "].id"));
        b.addPartyOrganisation(b.partyOrganisations.get(r.nextInt(b.partyOrganisations.size())));
      }
      case 11 -> {
        planted.add(
            at(
                ProblemKind.UNKNOWN_GRID,
                "$.partyOrganisations[" + b.partyOrganisations.size() + "].grids[0]"));
        b.addPartyOrganisation(
            new PartyOrganisation(
                "po-planted-" + planted.size(),
                "空党组织",
                PartyOrganisationKind.PARTY_GROUP,
                List.of(GridScheme.code(unknownVillage, 903))));
      }
      case 12 -> {
        planted.add(at(ProblemKind.UNKNOWN_UNIT, "$.liaisons[" + b.liaisons.size() + "].unit"));
        b.addLiaison(new Liaison("无处联络员", unknownVillage, Sector.GAS));
      }
      case 13 -> {
        planted.add(at(ProblemKind.UNKNOWN_SECTOR, "$.liaisons[" + b.liaisons.size() + "].sector"));
        b.addLiaison(
            new Liaison(
                "未知条线" + planted.size(),
                b.divisions.get(0).code(),
                Sector.of("unknown-" + planted.size(), "未知")));
      }
      case 14 -> {
        if (b.liaisons.isEmpty()) {
          return false;
        }
        planted.add(at(ProblemKind.DUPLICATE_LIAISON, "$.liaisons[" + b.liaisons.size() + "]"));
        b.addLiaison(b.liaisons.get(r.nextInt(b.liaisons.size())));
      }
      case 15 -> {
        planted.add(
            at(ProblemKind.UNKNOWN_UNIT, "$.contactPoints[" + b.contactPoints.size() + "].unit"));
        b.addContactPoint(new ContactPoint("某领导", LeaderRank.DISTRICT, unknownVillage, null));
      }
      default -> {
        if (b.grids.isEmpty()) {
          return false;
        }
        int i = r.nextInt(b.grids.size());
        GridCode code = b.grids.get(i).code();
        if (b.retiredGrids.stream().anyMatch(e -> e.getKey().equals(code))) {
          return false;
        }
        planted.add(at(ProblemKind.RETIRED_CODE_IN_USE, "$.grids[" + i + "].code"));
        b.retireGrid(code, List.of());
      }
    }
    return true;
  }

  private static AtlasProblem unknownParent(Atlas.Builder b) {
    AtlasProblem p = at(ProblemKind.UNKNOWN_PARENT, "$.divisions[" + b.divisions.size() + "].code");
    b.addDivision(
        Division.of(
            "650102" + String.format(java.util.Locale.ROOT, "%03d", 1 + b.divisions.size() % 99),
            "孤儿街道"));
    return p;
  }

  private static AtlasProblem at(ProblemKind kind, String path) {
    return new AtlasProblem(kind, path, "");
  }

  /** Standard codes without going through an atlas. */
  static final class GridScheme {
    private GridScheme() {}

    static GridCode code(DivisionCode unit, int seq) {
      return GridCodeScheme.standard().codeFor(unit, seq);
    }
  }
}
