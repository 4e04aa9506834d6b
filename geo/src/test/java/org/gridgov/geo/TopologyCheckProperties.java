package org.gridgov.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.geo.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.junit.jupiter.api.Test;

/**
 * The topology checker on random exact tilings: a clean tiling has no problem; every planted
 * overlap (a grid widened into its neighbour) and every planted gap (a grid narrowed away from its
 * neighbour) is found, located at its feature, and nothing else is reported.
 */
class TopologyCheckProperties {

  @Test
  void aCleanTilingHasNoProblem() {
    qt(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Tiling t = new Tiling(new SplittableRandom(seed), 4);
              assertThat(TopologyCheck.defaults().check(t.atlas, t.boundaries())).isEmpty();
            });
  }

  @Test
  void everyPlantedOverlapAndGapIsFound() {
    qt(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              Tiling t = new Tiling(r, 4);
              List<Tiling.Cell> cells = new ArrayList<>(t.cells);
              List<Integer> overlaps = new ArrayList<>();
              List<Integer> gapCommunities = new ArrayList<>();
              // in each community at most one defect, on a grid with a right neighbour inside it
              for (int c = 0; c < t.communities.size(); c++) {
                int right = t.communityRects.get(c)[2];
                List<Integer> candidates = new ArrayList<>();
                for (int i = 0; i < cells.size(); i++) {
                  if (cells.get(i).unit().equals(t.communities.get(c))
                      && cells.get(i).x1() < right) {
                    candidates.add(i);
                  }
                }
                if (candidates.isEmpty() || r.nextInt(3) == 0) {
                  continue;
                }
                int i = candidates.get(r.nextInt(candidates.size()));
                // a quarter of a unit is about 21 m × the cell's height: far above 1 m²
                Tiling.Cell cell = cells.get(i);
                if (r.nextBoolean()) {
                  cells.set(i, cell.withRight(cell.x1() + 0.25));
                  overlaps.add(i);
                } else {
                  cells.set(i, cell.withRight(cell.x1() - 0.25));
                  gapCommunities.add(c);
                }
              }
              GridBoundaries set = boundaries(t, cells);
              List<Problem> problems = TopologyCheck.defaults().check(t.atlas, set);
              for (int i : overlaps) {
                assertThat(problems)
                    .anySatisfy(
                        p -> {
                          assertThat(p.kind()).isEqualTo(ProblemKind.OVERLAP);
                          assertThat(p.message()).contains(cells.get(i).code().toString());
                        });
              }
              for (int c : gapCommunities) {
                int feature = cells.size() + c;
                assertThat(problems)
                    .anySatisfy(
                        p -> {
                          assertThat(p.kind()).isEqualTo(ProblemKind.GAP);
                          assertThat(p.location()).isEqualTo(GridBoundaries.feature(feature));
                        });
              }
              assertThat(problems)
                  .allSatisfy(p -> assertThat(p.kind()).isIn(ProblemKind.OVERLAP, ProblemKind.GAP));
              assertThat(problems.stream().filter(p -> p.kind() == ProblemKind.GAP))
                  .hasSize(gapCommunities.size());
            });
  }

  private static GridBoundaries boundaries(Tiling t, List<Tiling.Cell> cells) {
    return t.boundaries(cells);
  }
}
