package org.gridgov.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Atlases for tests: a small real fragment of 营口 and random valid atlases from a seed. */
final class AtlasFixtures {
  static final LocalDate AS_OF = LocalDate.of(2022, 12, 10);

  private AtlasFixtures() {}

  /**
   * 站前区's real communities (统计用区划代码 2011 vintage, all urban-rural class 111, as listed in
   * DOMAIN.md) with grids and people made up for the test.
   */
  static Atlas.Builder zhanqian() {
    Atlas.Builder b =
        Atlas.builder()
            .asOf(AS_OF)
            .addDivision(Division.of("21", "辽宁省"))
            .addDivision(Division.of("2108", "营口市"))
            .addDivision(Division.of("210802", "站前区"))
            .addDivision(Division.of("210802001", "八田地街道"))
            .addDivision(Division.of("210802003", "建设街道"));
    String[][] communities = {
      {"210802001003", "五大门社区"},
      {"210802001005", "富强社区"},
      {"210802001006", "惠安社区"},
      {"210802001007", "三楼社区"},
      {"210802003001", "永进社区"},
      {"210802003002", "小雨社区"},
      {"210802003003", "东新社区"},
      {"210802003004", "星光社区"},
      {"210802003005", "莲花社区"},
      {"210802003007", "民丰社区"},
    };
    for (String[] c : communities) {
      b.addDivision(
          new Division(DivisionCode.parse(c[0]), c[1], Optional.of(UrbanRuralClass.MAIN_URBAN)));
    }
    // Two grids per community, 三楼 has a third, special grid (a school).
    int n = 0;
    for (String[] c : communities) {
      DivisionCode unit = DivisionCode.parse(c[0]);
      for (int s = 1; s <= 2; s++) {
        n++;
        b.addGrid(
            new Grid(
                GridCode.parse(c[0] + "00" + s),
                unit,
                GridKind.BASE,
                c[1] + "第" + s + "网格",
                280 + n,
                700 + 2 * n));
      }
    }
    b.addGrid(
        new Grid(
            GridCode.parse("210802001007003"),
            DivisionCode.parse("210802001007"),
            GridKind.SCHOOL,
            "营口市第二十中学专属网格",
            0,
            1800));
    b.addWorker(new GridWorker("w-wang", "王红霞"))
        .addWorker(new GridWorker("w-yang", "杨扬"))
        .addWorker(new GridWorker("w-li", "李下沉"))
        .addAssignment(
            Assignment.open(
                "w-wang",
                GridCode.parse("210802001007001"),
                WorkerRole.GRID_LEADER,
                LocalDate.of(2021, 1, 1)))
        .addAssignment(
            Assignment.open(
                "w-yang",
                GridCode.parse("210802001007001"),
                WorkerRole.COMMUNITY_WORKER,
                LocalDate.of(2022, 1, 1)))
        .addAssignment(
            Assignment.of(
                "w-li",
                GridCode.parse("210802001007002"),
                WorkerRole.SECONDED_CADRE,
                LocalDate.of(2022, 3, 1),
                LocalDate.of(2023, 2, 28)))
        .addPartyOrganisation(
            new PartyOrganisation(
                "pb-sanlou-1",
                "三楼社区第一网格党支部",
                PartyOrganisationKind.GRID_BRANCH,
                List.of(GridCode.parse("210802001007001"), GridCode.parse("210802001007002"))))
        .addLiaison(new Liaison("赵供暖", DivisionCode.parse("210802001"), Sector.HEATING))
        .addLiaison(new Liaison("钱供暖", DivisionCode.parse("210802001007"), Sector.HEATING))
        .addLiaison(new Liaison("孙供电", DivisionCode.parse("2108"), Sector.POWER))
        .addContactPoint(
            ContactPoint.ofUnit("周市领导", LeaderRank.CITY, DivisionCode.parse("210802001007")));
    return b;
  }

  /** Random valid atlases, reproducible from the generated seed. */
  static Gen<Atlas> atlases() {
    return SourceDSL.longs().all().map(seed -> random(new Random(seed)).build());
  }

  /** Random valid atlas builders with their seed. */
  static Gen<Long> seeds() {
    return SourceDSL.longs().all();
  }

  static Atlas.Builder random(Random r) {
    Atlas.Builder b = Atlas.builder().asOf(AS_OF);
    List<Sector> sectors = new ArrayList<>(Sector.predefined());
    sectors.add(Sector.of("sanitation", "环卫"));
    b.sectors(sectors);
    List<Sector> required = new ArrayList<>();
    for (Sector s : sectors) {
      if (r.nextInt(3) == 0) {
        required.add(s);
      }
    }
    b.requiredSectors(required);
    List<DivisionCode> all = new ArrayList<>();
    List<DivisionCode> units = new ArrayList<>();
    int[] provinces = {21, 44, 11};
    int provinceCount = 1 + r.nextInt(2);
    for (int p = 0; p < provinceCount; p++) {
      DivisionCode province = DivisionCode.parse(Integer.toString(provinces[p]));
      add(b, all, province);
      int cities = 1 + r.nextInt(2);
      for (int c = 0; c < cities; c++) {
        int citySeg = pick(r, 1, 2, 3, 8, 19, 21);
        DivisionCode city = province.child(DivisionLevel.CITY, citySeg);
        if (all.contains(city)) {
          continue;
        }
        add(b, all, city);
        List<DivisionCode> townParents = new ArrayList<>();
        if (city.kind() == DivisionKind.CITY && r.nextInt(5) == 0) {
          townParents.add(city); // a city without counties
        } else {
          int counties = 1 + r.nextInt(3);
          for (int k = 0; k < counties; k++) {
            DivisionCode county = city.child(DivisionLevel.COUNTY, pick(r, 2, 3, 11, 21, 81, 82));
            if (!all.contains(county)) {
              add(b, all, county);
              townParents.add(county);
            }
          }
        }
        for (DivisionCode parent : townParents) {
          int towns = 1 + r.nextInt(3);
          for (int t = 0; t < towns; t++) {
            DivisionCode town =
                parent.child(DivisionLevel.TOWN, pick(r, 1, 2, 3, 100, 101, 200, 400));
            if (all.contains(town)) {
              continue;
            }
            add(b, all, town);
            int villages = r.nextInt(4);
            for (int v = 0; v < villages; v++) {
              DivisionCode unit =
                  town.child(DivisionLevel.VILLAGE, pick(r, 1, 2, 3, 7, 200, 201, 450, 500));
              if (all.contains(unit)) {
                continue;
              }
              UrbanRuralClass cls = r.nextBoolean() ? null : oneOf(r, UrbanRuralClass.values());
              b.addDivision(new Division(unit, "单位" + unit, Optional.ofNullable(cls)));
              all.add(unit);
              units.add(unit);
            }
          }
        }
      }
    }
    // Grids.
    List<GridCode> gridCodes = new ArrayList<>();
    Map<GridCode, DivisionCode> unitOf = new LinkedHashMap<>();
    for (DivisionCode unit : units) {
      int grids = r.nextInt(5);
      int seq = 0;
      for (int g = 0; g < grids; g++) {
        seq += 1 + (r.nextInt(4) == 0 ? r.nextInt(3) : 0);
        GridCode code = GridCodeScheme.standard().codeFor(unit, seq);
        boolean urban = unit.kind().isUrbanCommittee();
        GridKind kind =
            r.nextInt(8) == 0
                ? oneOf(
                    r,
                    GridKind.SCHOOL,
                    GridKind.HOSPITAL,
                    GridKind.INDUSTRIAL_PARK,
                    GridKind.MARKET,
                    GridKind.OTHER_SPECIAL)
                : GridKind.BASE;
        int households =
            r.nextInt(10) == 0
                ? r.nextInt(1000)
                : (urban ? 200 + r.nextInt(200) : 30 + r.nextInt(60));
        b.addGrid(
            new Grid(code, unit, kind, "网格" + code, households, households * 2 + r.nextInt(100)));
        gridCodes.add(code);
        unitOf.put(code, unit);
      }
    }
    // Workers and posts: leaders never overlap within a grid.
    int workers = gridCodes.isEmpty() ? 0 : r.nextInt(gridCodes.size() * 2 + 1);
    for (int w = 0; w < workers; w++) {
      b.addWorker(new GridWorker("w" + w, "网格员" + w));
    }
    if (workers > 0) {
      for (GridCode g : gridCodes) {
        LocalDate leaderFrom = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(400));
        int leaders = r.nextInt(3);
        for (int l = 0; l < leaders; l++) {
          LocalDate to =
              l == leaders - 1 && r.nextBoolean()
                  ? null
                  : leaderFrom.plusDays(100 + r.nextInt(800));
          b.addAssignment(
              new Assignment(
                  "w" + r.nextInt(workers),
                  g,
                  WorkerRole.GRID_LEADER,
                  leaderFrom,
                  Optional.ofNullable(to)));
          if (to == null) {
            break;
          }
          leaderFrom = to.plusDays(1 + r.nextInt(30));
        }
        int others = r.nextInt(3);
        for (int o = 0; o < others; o++) {
          WorkerRole role =
              oneOf(
                  r,
                  WorkerRole.FULL_TIME,
                  WorkerRole.COMMUNITY_WORKER,
                  WorkerRole.SECONDED_CADRE,
                  WorkerRole.ASSISTANT);
          LocalDate start = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(1500));
          Optional<LocalDate> end =
              role == WorkerRole.SECONDED_CADRE || r.nextBoolean()
                  ? Optional.of(start.plusDays(r.nextInt(700)))
                  : Optional.empty();
          b.addAssignment(new Assignment("w" + r.nextInt(workers), g, role, start, end));
        }
      }
    }
    // Party organisations.
    int orgs = gridCodes.isEmpty() ? 0 : r.nextInt(gridCodes.size() + 1);
    for (int o = 0; o < orgs; o++) {
      Set<GridCode> covered = new HashSet<>();
      int size = 1 + r.nextInt(3);
      GridCode first = gridCodes.get(r.nextInt(gridCodes.size()));
      covered.add(first);
      for (int k = 1; k < size; k++) {
        // mostly grids of the same unit, sometimes anywhere
        List<GridCode> pool =
            r.nextInt(4) == 0
                ? gridCodes
                : gridCodes.stream()
                    .filter(g -> java.util.Objects.equals(unitOf.get(g), unitOf.get(first)))
                    .toList();
        covered.add(pool.get(r.nextInt(pool.size())));
      }
      b.addPartyOrganisation(
          new PartyOrganisation(
              "po" + o,
              "党组织" + o,
              r.nextBoolean()
                  ? PartyOrganisationKind.GRID_BRANCH
                  : PartyOrganisationKind.PARTY_GROUP,
              new ArrayList<>(covered)));
    }
    // Liaisons: unique per (unit, sector).
    Set<String> taken = new HashSet<>();
    int liaisons = r.nextInt(all.size() + 1);
    for (int l = 0; l < liaisons; l++) {
      DivisionCode unit = all.get(r.nextInt(all.size()));
      Sector sector = sectors.get(r.nextInt(sectors.size()));
      if (taken.add(unit + "/" + sector.code())) {
        b.addLiaison(new Liaison("联络员" + l, unit, sector));
      }
    }
    // Contact points.
    int contacts = r.nextInt(4);
    for (int c = 0; c < contacts && !units.isEmpty(); c++) {
      DivisionCode unit = units.get(r.nextInt(units.size()));
      List<GridCode> own =
          gridCodes.stream().filter(g -> java.util.Objects.equals(unitOf.get(g), unit)).toList();
      GridCode grid = own.isEmpty() || r.nextBoolean() ? null : own.get(r.nextInt(own.size()));
      b.addContactPoint(
          new ContactPoint(
              "领导" + c, oneOf(r, LeaderRank.values()), unit, Optional.ofNullable(grid)));
    }
    return b;
  }

  private static void add(Atlas.Builder b, List<DivisionCode> all, DivisionCode code) {
    b.addDivision(Division.of(code, "单位" + code));
    all.add(code);
  }

  @SafeVarargs
  static <T> T oneOf(Random r, T... values) {
    return values[r.nextInt(values.length)];
  }

  private static int pick(Random r, int... values) {
    return values[r.nextInt(values.length)];
  }
}
