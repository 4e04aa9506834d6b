package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.Theories.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The diff against equality: nothing to report exactly when the atlases are equal. */
class AtlasDiffProperties {

  /**
   * A random atlas after random changes (moves, splits, merges, removals: retirements), sometimes
   * with a unit or grid added and removed again (a retirement of a code the start never held), or a
   * retirement recorded by hand.
   */
  private static Atlas evolve(Atlas start, Random r) {
    Atlas atlas = start;
    int steps = r.nextInt(5);
    for (int i = 0; i < steps; i++) {
      try {
        atlas = atlas.apply(RandomChanges.next(atlas, r));
      } catch (AtlasChangeException e) {
        // refused: try another
      }
    }
    List<Division> villages = new ArrayList<>();
    for (Division d : atlas.divisions()) {
      if (d.level() == DivisionLevel.VILLAGE) {
        villages.add(d);
      }
    }
    if (!villages.isEmpty() && r.nextInt(3) == 0) {
      Division unit = RandomChanges.oneOf(r, villages);
      GridCode code = atlas.nextGridCode(unit.code());
      Atlas.Builder b = atlas.toBuilder();
      if (r.nextBoolean() || atlas.grids().isEmpty()) {
        b.retireGrid(code, List.of());
      } else {
        b.retireGrid(code, List.of(RandomChanges.oneOf(r, atlas.grids()).code()));
      }
      atlas = b.build();
    }
    return atlas;
  }

  /**
   * After moves and splits only, however often a code was re-coded again, the diff tells the moves
   * and splits and the retirements of the codes in between, to the codes live now: nothing added,
   * and nothing about the posts, organisations, liaisons and contact points that followed.
   */
  @Test
  void reCodingsAreFollowedToTheLiveCodesAndWhatFollowedThemIsNotReported() {
    qt().withExamples(150)
        .forAll(AtlasFixtures.seeds())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Atlas start = AtlasFixtures.random(r).build();
              Atlas atlas = start;
              for (int i = 0; i < 40; i++) {
                AtlasChange change = RandomChanges.next(atlas, r);
                if (change.kind() == AtlasChange.Kind.MOVE_UNIT
                    || change.kind() == AtlasChange.Kind.MOVE_GRID
                    || change.kind() == AtlasChange.Kind.SPLIT_GRID) {
                  try {
                    atlas = atlas.apply(change);
                  } catch (AtlasChangeException e) {
                    // refused: try another
                  }
                }
              }
              Atlas end = atlas;
              AtlasDiff diff = start.diff(end);
              for (AtlasDiff.Entry e : diff.entries()) {
                assertThat(e.subject())
                    .as("%s in %s", e, diff.entries())
                    .isIn(AtlasDiff.Subject.DIVISION, AtlasDiff.Subject.GRID);
                assertThat(e.kind())
                    .as("%s in %s", e, diff.entries())
                    .isIn(AtlasDiff.Kind.MOVED, AtlasDiff.Kind.SPLIT, AtlasDiff.Kind.RETIRED);
                List<String> now =
                    e instanceof AtlasDiff.Moved m
                        ? List.of(m.to())
                        : e instanceof AtlasDiff.Split s ? s.into() : List.of();
                List<String> current =
                    e.subject() == AtlasDiff.Subject.GRID
                        ? end.currentGrids(GridCode.parse(e.key())).stream()
                            .map(GridCode::toString)
                            .toList()
                        : end.currentDivisions(DivisionCode.parse(e.key())).stream()
                            .map(DivisionCode::toString)
                            .toList();
                if (e.kind() != AtlasDiff.Kind.RETIRED) {
                  assertThat(now).as("%s", e).containsExactlyInAnyOrderElementsOf(current);
                }
              }
            });
  }

  @Test
  void theDiffIsEmptyExactlyWhenTheAtlasesAreEqual() {
    qt().withExamples(150)
        .forAll(AtlasFixtures.seeds())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Atlas start = AtlasFixtures.random(r).build();
              Atlas a = evolve(start, r);
              Atlas b =
                  r.nextInt(4) == 0
                      ? a.toBuilder().build()
                      : evolve(r.nextBoolean() ? a : start, r);
              assertThat(a.diff(b).isEmpty())
                  .as("diff %s of %s", a.diff(b).entries(), seed)
                  .isEqualTo(a.equals(b));
              assertThat(b.diff(a).isEmpty())
                  .as("diff %s of %s", b.diff(a).entries(), seed)
                  .isEqualTo(a.equals(b));
              assertThat(a.diff(a.toBuilder().build()).isEmpty()).isTrue();
            });
  }
}
