package org.gridgov.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.geo.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gridgov.core.GridCode;
import org.junit.jupiter.api.Test;

/**
 * The lookup rules of {@link GridLocator}, on random exact tilings, against {@link BruteForce}: a
 * point inside exactly one grid is in that grid; a point on shared edges goes to the smallest code
 * of the grids covering it; every lookup equals the scan of all polygons, and outside every grid
 * the nearest is at the scan's least distance.
 */
class GridLocatorProperties {

  @Test
  void aPointInsideExactlyOneGridIsInThatGrid() {
    qt(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              Tiling t = new Tiling(r, 4);
              GridBoundaries set = t.boundaries();
              GridLocator locator = GridLocator.of(set);
              for (int k = 0; k < 20; k++) {
                Tiling.Cell c = t.cells.get(r.nextInt(t.cells.size()));
                double lon = Tiling.lon(c.x0() + 0.01 + 0.98 * r.nextDouble() * (c.x1() - c.x0()));
                double lat = Tiling.lat(c.y0() + 0.01 + 0.98 * r.nextDouble() * (c.y1() - c.y0()));
                assertThat(BruteForce.covering(set, lon, lat)).isEqualTo(1);
                assertThat(locator.locate(GeoPoint.wgs84(lon, lat)))
                    .isEqualTo(new Lookup.Inside(GeoPoint.wgs84(lon, lat), c.code()));
              }
            });
  }

  @Test
  void aPointOnSharedEdgesGoesToTheSmallestCodeCoveringIt() {
    qt(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              Tiling t = new Tiling(r, 4);
              GridBoundaries set = t.boundaries();
              GridLocator locator = GridLocator.of(set);
              for (int k = 0; k < 20; k++) {
                // a lattice point or half point on some grid's edge, often a shared edge or corner
                Tiling.Cell c = t.cells.get(r.nextInt(t.cells.size()));
                boolean vertical = r.nextBoolean();
                double u =
                    vertical
                        ? (r.nextBoolean() ? c.x0() : c.x1())
                        : c.x0() + r.nextInt(2 * (int) (c.x1() - c.x0()) + 1) / 2.0;
                double v =
                    vertical
                        ? c.y0() + r.nextInt(2 * (int) (c.y1() - c.y0()) + 1) / 2.0
                        : (r.nextBoolean() ? c.y0() : c.y1());
                double lon = Tiling.lon(u);
                double lat = Tiling.lat(v);
                List<GridCode> covering = new ArrayList<>();
                for (Tiling.Cell other : t.cells) {
                  if (u >= other.x0() && u <= other.x1() && v >= other.y0() && v <= other.y1()) {
                    covering.add(other.code());
                  }
                }
                assertThat(covering).contains(c.code());
                GridCode smallest = covering.stream().min(GridCode::compareTo).orElseThrow();
                assertThat(locator.gridAt(GeoPoint.wgs84(lon, lat))).contains(smallest);
              }
            });
  }

  @Test
  void lookupEqualsTheBruteForceScan() {
    qt(150)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              Tiling t = new Tiling(r, 4);
              GridBoundaries set = t.boundaries();
              GridLocator locator = GridLocator.of(set);
              List<GeoPoint> points = new ArrayList<>();
              for (int k = 0; k < 30; k++) {
                // quarter-unit lattice, spilling past the tiling on every side
                double u = (r.nextInt(4 * t.width() + 17) - 8) / 4.0;
                double v = (r.nextInt(4 * t.height() + 17) - 8) / 4.0;
                if (r.nextInt(4) == 0) {
                  u += r.nextDouble();
                }
                points.add(GeoPoint.wgs84(Tiling.lon(u), Tiling.lat(v)));
              }
              List<Lookup> found = locator.locateAll(points);
              for (int k = 0; k < points.size(); k++) {
                GeoPoint p = points.get(k);
                Optional<GridCode> expected = BruteForce.gridAt(set, p.longitude(), p.latitude());
                Lookup got = found.get(k);
                assertThat(got.point()).isEqualTo(p);
                assertThat(got.grid()).isEqualTo(expected);
                if (got.kind() == Lookup.Kind.OUTSIDE) {
                  Lookup.Nearest nearest = ((Lookup.Outside) got).nearest().orElseThrow();
                  double least = BruteForce.nearestMetres(set, p.longitude(), p.latitude());
                  assertThat(nearest.metres())
                      .isCloseTo(least, org.assertj.core.api.Assertions.within(1e-6));
                  assertThat(nearest.metres()).isPositive();
                }
              }
            });
  }
}
