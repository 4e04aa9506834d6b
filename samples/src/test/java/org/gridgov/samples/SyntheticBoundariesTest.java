package org.gridgov.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridgov.core.Atlas;
import org.gridgov.core.Grid;
import org.gridgov.core.Problem;
import org.gridgov.geo.Boundary;
import org.gridgov.geo.Crs;
import org.gridgov.geo.GeoPoint;
import org.gridgov.geo.GridBoundaries;
import org.gridgov.geo.GridLocator;
import org.gridgov.geo.TopologyCheck;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** The synthetic 营口 boundaries: complete, deterministic, clean, and every grid findable. */
class SyntheticBoundariesTest {
  private static final Atlas ATLAS = YingkouSample.atlas();
  private static final GridBoundaries SET = SyntheticBoundaries.yingkou();

  @Test
  void everyGridCommunityVillageAndTownHasABoundary() {
    assertThat(SET.crs()).isEqualTo(Crs.WGS84);
    assertThat(SET.boundaries().stream().filter(b -> b.kind() == Boundary.Kind.GRID)).hasSize(7955);
    for (Grid g : ATLAS.grids()) {
      assertThat(SET.grid(g.code())).isPresent();
      assertThat(SET.division(g.unit())).isPresent();
      assertThat(SET.division(g.unit().parent().orElseThrow())).isPresent();
    }
  }

  @Test
  void theSameSeedGivesTheSameBoundaries() {
    assertThat(SyntheticBoundaries.generate(ATLAS, SyntheticBoundaries.SEED)).isEqualTo(SET);
    assertThat(SyntheticBoundaries.generate(ATLAS, 1L)).isNotEqualTo(SET);
  }

  @Test
  void theTopologyIsClean() {
    List<Problem> problems = TopologyCheck.defaults().check(ATLAS, SET);
    assertThat(problems).isEmpty();
  }

  @Test
  void anInteriorPointOfEveryGridIsLocatedInIt() {
    GridLocator locator = GridLocator.of(SET);
    for (Grid g : ATLAS.grids()) {
      Coordinate c = SET.grid(g.code()).orElseThrow().geometry().getInteriorPoint().getCoordinate();
      assertThat(locator.gridAt(GeoPoint.wgs84(c.x, c.y))).contains(g.code());
    }
  }
}
