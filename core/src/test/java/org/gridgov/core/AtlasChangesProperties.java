package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.gridgov.core.Theories.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AtlasChangesProperties {

  @Test
  void afterRandomChangesRollUpsEqualAFreshBuildAndARecount() {
    qt().withExamples(150)
        .forAll(AtlasFixtures.seeds())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Atlas atlas = AtlasFixtures.random(r).build();
              int steps = 1 + r.nextInt(8);
              for (int i = 0; i < steps; i++) {
                Atlas before = atlas.toBuilder().build();
                AtlasChange change = RandomChanges.next(atlas, r);
                long delta = RandomChanges.householdDelta(atlas, change);
                Atlas after;
                try {
                  after = atlas.apply(change);
                } catch (AtlasChangeException e) {
                  assertThat(e.problems()).isNotEmpty();
                  assertThat(atlas).as("refused %s", change).isEqualTo(before);
                  continue;
                }
                assertThat(atlas).as("the original is untouched by %s", change).isEqualTo(before);
                Atlas fresh = after.toBuilder().build();
                assertThat(fresh).isEqualTo(after);
                BruteForce brute = new BruteForce(after);
                for (Division d : after.divisions()) {
                  assertThat(after.rollUp(d.code()))
                      .as("%s after %s", d.code(), change)
                      .isEqualTo(brute.rollUp(d.code()));
                  assertThat(fresh.rollUp(d.code())).isEqualTo(after.rollUp(d.code()));
                }
                assertThat(brute.totalHouseholds())
                    .as("households after %s", change)
                    .isEqualTo(new BruteForce(atlas).totalHouseholds() + delta);
                for (GridCode retired : after.retiredGrids().keySet()) {
                  assertThat(after.grid(retired)).isEmpty();
                  for (GridCode now : after.currentGrids(retired)) {
                    assertThat(after.grid(now)).isPresent();
                  }
                }
                for (Division d : after.divisions()) {
                  if (d.level() == DivisionLevel.VILLAGE) {
                    GridCode next = after.nextGridCode(d.code());
                    assertThat(after.grid(next)).isEmpty();
                    assertThat(after.retiredGrids()).doesNotContainKey(next);
                  }
                }
                atlas = after;
              }
            });
  }

  @Test
  void splitThenMergeConservesHouseholdsAndResidents() {
    qt().withExamples(300)
        .forAll(AtlasFixtures.seeds())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Atlas atlas = AtlasFixtures.random(r).build();
              if (atlas.grids().isEmpty()) {
                return;
              }
              Grid g = atlas.grids().get(r.nextInt(atlas.grids().size()));
              List<AtlasChange.GridPart> parts = RandomChanges.parts(g, r);
              Atlas split = atlas.apply(AtlasChange.splitGrid(g.code(), parts));
              List<GridCode> codes = split.currentGrids(g.code());
              assertThat(codes).hasSize(parts.size());
              long hh =
                  codes.stream().mapToLong(c -> split.grid(c).orElseThrow().households()).sum();
              long res =
                  codes.stream().mapToLong(c -> split.grid(c).orElseThrow().residents()).sum();
              assertThat(hh).isEqualTo(g.households());
              assertThat(res).isEqualTo(g.residents());
              for (Division d : atlas.divisions()) {
                assertThat(split.rollUp(d.code()).households())
                    .isEqualTo(atlas.rollUp(d.code()).households());
                assertThat(split.rollUp(d.code()).residents())
                    .isEqualTo(atlas.rollUp(d.code()).residents());
              }
              Atlas merged = split.apply(AtlasChange.mergeGrids(codes, g.name()));
              List<GridCode> back = merged.currentGrids(g.code());
              assertThat(back).hasSize(1);
              Grid again = merged.grid(back.get(0)).orElseThrow();
              assertThat(again.households()).isEqualTo(g.households());
              assertThat(again.residents()).isEqualTo(g.residents());
              assertThat(again.unit()).isEqualTo(g.unit());
              assertThat(merged.assignmentsIn(again.code()).size())
                  .isEqualTo(atlas.assignmentsIn(g.code()).size());
              for (Division d : atlas.divisions()) {
                assertThat(merged.rollUp(d.code()).households())
                    .isEqualTo(atlas.rollUp(d.code()).households());
                assertThat(merged.rollUp(d.code()).gridsCoveredByParty())
                    .isEqualTo(atlas.rollUp(d.code()).gridsCoveredByParty());
              }
            });
  }

  @Test
  void aMoveIntoItsOwnSubtreeIsRefusedAndChangesNothing() {
    qt().withExamples(300)
        .forAll(AtlasFixtures.seeds())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Atlas atlas = AtlasFixtures.random(r).build();
              Division unit = atlas.divisions().get(r.nextInt(atlas.divisions().size()));
              List<Division> targets = new ArrayList<>(atlas.descendants(unit.code()));
              targets.add(unit);
              Division target = targets.get(r.nextInt(targets.size()));
              Atlas before = atlas.toBuilder().build();
              AtlasChangeException e =
                  catchThrowableOfType(
                      AtlasChangeException.class,
                      () -> atlas.apply(AtlasChange.moveUnit(unit.code(), target.code())));
              assertThat(e).isNotNull();
              assertThat(e.problems()).extracting(Problem::kind).containsExactly(ProblemKind.CYCLE);
              assertThat(atlas).isEqualTo(before);
            });
  }

  @Test
  void aValidMoveKeepsEverySubtreeTotal() {
    qt().withExamples(300)
        .forAll(AtlasFixtures.seeds())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Atlas atlas = AtlasFixtures.random(r).build();
              List<Division> villages =
                  atlas.divisions().stream()
                      .filter(d -> d.level() == DivisionLevel.VILLAGE)
                      .toList();
              List<Division> towns =
                  atlas.divisions().stream().filter(d -> d.level() == DivisionLevel.TOWN).toList();
              if (villages.isEmpty() || towns.size() < 2) {
                return;
              }
              Division v = villages.get(r.nextInt(villages.size()));
              Division t = towns.get(r.nextInt(towns.size()));
              if (v.code().parent().orElseThrow().equals(t.code())) {
                return;
              }
              Atlas moved = atlas.apply(AtlasChange.moveUnit(v.code(), t.code()));
              DivisionCode now = moved.currentDivisions(v.code()).get(0);
              RollUp before = atlas.rollUp(v.code());
              RollUp after = moved.rollUp(now);
              assertThat(after.households()).isEqualTo(before.households());
              assertThat(after.grids()).isEqualTo(before.grids());
              assertThat(after.postsByRole()).isEqualTo(before.postsByRole());
              assertThat(moved.parent(now).orElseThrow().code()).isEqualTo(t.code());
              assertThat(now.kind()).isEqualTo(v.code().kind());
              // the unit may change province, so compare the whole atlas and the unchanged roots
              assertThat(
                      moved.roots().stream()
                          .mapToLong(d -> moved.rollUp(d.code()).households())
                          .sum())
                  .isEqualTo(
                      atlas.roots().stream()
                          .mapToLong(d -> atlas.rollUp(d.code()).households())
                          .sum());
              DivisionCode from = v.code().ancestors().get(0);
              DivisionCode to =
                  t.code().ancestors().isEmpty() ? t.code() : t.code().ancestors().get(0);
              if (from.equals(to)) {
                assertThat(moved.rollUp(from).households())
                    .isEqualTo(atlas.rollUp(from).households());
              }
              AtlasDiff diff = atlas.diff(moved);
              assertThat(diff.count(AtlasDiff.Subject.DIVISION, AtlasDiff.Change.MOVED))
                  .isEqualTo(1);
              assertThat(diff.count(AtlasDiff.Subject.GRID, AtlasDiff.Change.MOVED))
                  .isEqualTo(before.grids());
              assertThat(diff.entries(AtlasDiff.Subject.ASSIGNMENT)).isEmpty();
            });
  }

  /** Random changes drawn from the current state: most valid, some refused. */
  static final class RandomChanges {
    private RandomChanges() {}

    static AtlasChange next(Atlas a, Random r) {
      List<Division> all = a.divisions();
      if (all.isEmpty()) {
        return AtlasChange.addDivision(Division.of("21", "辽宁省"));
      }
      Division anyDivision = all.get(r.nextInt(all.size()));
      AtlasChange c =
          switch (r.nextInt(10)) {
            case 0 -> moveUnit(a, r);
            case 1 -> moveGrid(a, r);
            case 2 -> split(a, r);
            case 3 -> merge(a, r);
            case 4 -> a.grids().isEmpty() ? null : AtlasChange.removeGrid(anyGrid(a, r).code());
            case 5 -> addGrid(a, r);
            case 6 ->
                a.grids().isEmpty()
                    ? null
                    : AtlasChange.updateGrid(
                        anyGrid(a, r).withCounts(r.nextInt(600), r.nextInt(1800)));
            case 7 -> reassign(a, r);
            case 8 -> addDivision(a, r);
            default -> null;
          };
      return c != null ? c : AtlasChange.removeDivision(anyDivision.code());
    }

    private static Grid anyGrid(Atlas a, Random r) {
      return a.grids().get(r.nextInt(a.grids().size()));
    }

    private static List<Division> at(Atlas a, DivisionLevel level) {
      return a.divisions().stream().filter(d -> d.level() == level).toList();
    }

    private static @Nullable AtlasChange moveUnit(Atlas a, Random r) {
      List<Division> movable =
          a.divisions().stream()
              .filter(d -> d.level() == DivisionLevel.VILLAGE || d.level() == DivisionLevel.TOWN)
              .toList();
      if (movable.isEmpty()) {
        return null;
      }
      Division unit = movable.get(r.nextInt(movable.size()));
      DivisionLevel wanted =
          unit.level() == DivisionLevel.VILLAGE ? DivisionLevel.TOWN : DivisionLevel.COUNTY;
      List<Division> parents = r.nextInt(4) == 0 ? a.divisions() : at(a, wanted);
      if (parents.isEmpty()) {
        return null;
      }
      return AtlasChange.moveUnit(unit.code(), parents.get(r.nextInt(parents.size())).code());
    }

    private static @Nullable AtlasChange moveGrid(Atlas a, Random r) {
      List<Division> villages = at(a, DivisionLevel.VILLAGE);
      if (a.grids().isEmpty() || villages.isEmpty()) {
        return null;
      }
      return AtlasChange.moveGrid(
          anyGrid(a, r).code(), villages.get(r.nextInt(villages.size())).code());
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
      DivisionCode unit = villages.get(r.nextInt(villages.size())).code();
      return AtlasChange.addGrid(
          new Grid(
              a.nextGridCode(unit), unit, GridKind.BASE, "新网格", r.nextInt(500), r.nextInt(1500)));
    }

    private static @Nullable AtlasChange reassign(Atlas a, Random r) {
      List<Assignment> posts = a.assignments();
      if (posts.isEmpty() || a.grids().size() < 2) {
        return null;
      }
      Assignment p = posts.get(r.nextInt(posts.size()));
      GridCode to = anyGrid(a, r).code();
      if (to.equals(p.grid())) {
        return null;
      }
      return AtlasChange.reassignWorker(
          p.workerId(), p.grid(), to, LocalDate.of(2019, 1, 1).plusDays(r.nextInt(2000)));
    }

    private static @Nullable AtlasChange addDivision(Atlas a, Random r) {
      List<Division> towns = at(a, DivisionLevel.TOWN);
      if (towns.isEmpty()) {
        return null;
      }
      DivisionCode town = towns.get(r.nextInt(towns.size())).code();
      return AtlasChange.addDivision(
          Division.of(town.child(DivisionLevel.VILLAGE, 1 + r.nextInt(599)), "新单位"));
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
  }
}
