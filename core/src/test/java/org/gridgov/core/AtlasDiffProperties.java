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
