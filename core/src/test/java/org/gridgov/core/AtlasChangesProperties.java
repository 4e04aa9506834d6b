package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.gridgov.core.Theories.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gridgov.core.io.GridgovCoreModule;
import org.junit.jupiter.api.Test;

class AtlasChangesProperties {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new GridgovCoreModule());

  @Test
  void aRandomBatchSentAsJsonThroughTheModuleIsTheSameBatch() {
    qt().withExamples(100)
        .forAll(AtlasFixtures.seeds())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Atlas atlas = AtlasFixtures.random(r).build();
              List<AtlasChange> batch = new ArrayList<>();
              for (int i = 0; i < 10; i++) {
                batch.add(RandomChanges.next(atlas, r));
                batch.add(RandomChanges.nextValue(atlas, r));
              }
              try {
                String json = MAPPER.writeValueAsString(batch);
                List<AtlasChange> back =
                    MAPPER.readValue(json, new TypeReference<List<AtlasChange>>() {});
                assertThat(back).isEqualTo(batch);
                assertThat(MAPPER.writeValueAsString(back)).isEqualTo(json);
              } catch (JsonProcessingException e) {
                throw new AssertionError(e);
              }
            });
  }

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
              assertThat(diff.count(AtlasDiff.Subject.DIVISION, AtlasDiff.Kind.MOVED)).isEqualTo(1);
              assertThat(diff.count(AtlasDiff.Subject.GRID, AtlasDiff.Kind.MOVED))
                  .isEqualTo(before.grids());
              assertThat(diff.entries(AtlasDiff.Subject.ASSIGNMENT)).isEmpty();
            });
  }

  /**
   * Change by change, the engine accepts exactly what the oracle accepts, with the same result; the
   * accepted changes as one batch give the oracle's atlas, by the fast path or a full rebuild.
   */
  @Test
  void aBatchEqualsItsChangesOneByOneTheOracleAndARebuild() {
    qt().withExamples(120)
        .forAll(AtlasFixtures.seeds())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Atlas start = AtlasFixtures.random(r).build();
              ChangeOracle oracle = new ChangeOracle(start);
              List<AtlasChange> batch = new ArrayList<>();
              Atlas oneByOne = start;
              int tries = 1 + r.nextInt(14);
              for (int i = 0; i < tries; i++) {
                AtlasChange change = RandomChanges.next(oracle.atlas(), r);
                Atlas before = oracle.atlas();
                boolean accepted = oracle.apply(change);
                Atlas engine;
                try {
                  engine = before.apply(change);
                } catch (AtlasChangeException e) {
                  assertThat(accepted).as("refused %s: %s", change, e.problems()).isFalse();
                  continue;
                }
                assertThat(accepted).as("accepted %s", change).isTrue();
                assertThat(engine).as("after %s", change).isEqualTo(oracle.atlas());
                batch.add(change);
                oneByOne = engine;
              }
              Atlas batched = start.apply(batch);
              assertThat(batched).isEqualTo(oracle.atlas()).isEqualTo(oneByOne);
              assertThat(start.applyByRebuild(batch)).isEqualTo(batched);
              AtlasDataComparison.assertSameData(
                  batched.data(), batched.toBuilder().build().data());
            });
  }

  /**
   * A change that must be refused, after valid changes and before others, refuses the batch with
   * the right kind of problem at that change, and the atlas is as it was.
   */
  @Test
  void aRefusedChangeIsReportedAtItsPlaceWithItsKindAndChangesNothing() {
    qt().withExamples(200)
        .forAll(AtlasFixtures.seeds())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Atlas start = AtlasFixtures.random(r).build();
              Atlas copy = start.toBuilder().build();
              ChangeOracle oracle = new ChangeOracle(start);
              List<AtlasChange> batch = new ArrayList<>();
              int valid = r.nextInt(5);
              for (int i = 0; i < 3 * valid && batch.size() < valid; i++) {
                AtlasChange change = RandomChanges.next(oracle.atlas(), r);
                if (oracle.apply(change)) {
                  batch.add(change);
                }
              }
              RandomChanges.Invalid invalid = RandomChanges.invalid(oracle.atlas(), r);
              int at = batch.size();
              batch.add(invalid.change());
              for (int i = r.nextInt(3); i > 0; i--) {
                batch.add(RandomChanges.next(oracle.atlas(), r));
              }
              AtlasChangeException e =
                  catchThrowableOfType(AtlasChangeException.class, () -> start.apply(batch));
              assertThat(e).as("%s in %s", invalid, batch).isNotNull();
              assertThat(Where.of(e.problems().get(0))).isEqualTo(invalid.expectedAt(at));
              assertThat(start).isEqualTo(copy);
            });
  }

  /**
   * A batch that touches no structure, derived from the atlas, is what a full rebuild of the same
   * batch builds — every array, roll-up and routing table — or both refuse it alike; the derived
   * atlas shares the indexes of the one it came from.
   */
  @Test
  void batchesThatTouchNoStructureDeriveWhatARebuildBuilds() {
    qt().withExamples(200)
        .forAll(AtlasFixtures.seeds())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Atlas start = AtlasFixtures.random(r).build();
              ChangeOracle oracle = new ChangeOracle(start);
              List<AtlasChange> batch = new ArrayList<>();
              int size = 1 + r.nextInt(8);
              while (batch.size() < size) {
                AtlasChange change = RandomChanges.nextValue(oracle.atlas(), r);
                if (oracle.apply(change) || r.nextInt(10) == 0) {
                  batch.add(change);
                }
              }
              Atlas derived;
              try {
                derived = start.apply(batch);
              } catch (AtlasChangeException e) {
                AtlasChangeException again =
                    catchThrowableOfType(
                        AtlasChangeException.class, () -> start.applyByRebuild(batch));
                assertThat(again).isNotNull();
                assertThat(again.problems()).isEqualTo(e.problems());
                return;
              }
              Atlas rebuilt = start.applyByRebuild(batch);
              assertThat(derived).isEqualTo(rebuilt).isEqualTo(oracle.atlas());
              AtlasDataComparison.assertSameData(derived.data(), rebuilt.data());
              assertThat(derived.data().divisionIndex).isSameAs(start.data().divisionIndex);
              assertThat(derived.data().gridIndex).isSameAs(start.data().gridIndex);
              assertThat(derived.data().workerIndex).isSameAs(start.data().workerIndex);
              BruteForce brute = new BruteForce(derived);
              for (Division d : derived.divisions()) {
                assertThat(derived.rollUp(d.code())).isEqualTo(brute.rollUp(d.code()));
              }
              for (Grid g : derived.grids()) {
                for (Sector s : derived.sectors()) {
                  assertThat(derived.routeWhistle(g.code(), s).liaison())
                      .isEqualTo(brute.nearestLiaison(g.unit(), s));
                }
              }
            });
  }
}
