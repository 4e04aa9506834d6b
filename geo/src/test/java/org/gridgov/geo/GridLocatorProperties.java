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

  /** A small square grid in WGS 84 degrees. */
  private static Boundary square(String code, double lon, double lat, double side) {
    return Boundary.ofGrid(
        GridCode.parse(code),
        Tiling.FACTORY.createPolygon(
            new org.locationtech.jts.geom.Coordinate[] {
              new org.locationtech.jts.geom.Coordinate(lon, lat),
              new org.locationtech.jts.geom.Coordinate(lon + side, lat),
              new org.locationtech.jts.geom.Coordinate(lon + side, lat + side),
              new org.locationtech.jts.geom.Coordinate(lon, lat + side),
              new org.locationtech.jts.geom.Coordinate(lon, lat)
            }));
  }

  @Test
  void outsideEveryGridTheNearestIsAtTheScansLeastDistanceOverAnyLatitudes() {
    // one cos(latitude) of the set's centre chose the nearest grid: wrong when the set spans a
    // wide range of latitudes (the reviewer's three squares at 60° N, 67° N and 7° S)
    qt(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              List<Boundary> grids = new ArrayList<>();
              int n = 2 + r.nextInt(12);
              for (int k = 0; k < n; k++) {
                grids.add(
                    square(
                        "g" + k,
                        -60 + 120 * r.nextDouble(),
                        -75 + 150 * r.nextDouble(),
                        0.01 + r.nextDouble()));
              }
              GridBoundaries set = GridBoundaries.of(Crs.WGS84, grids);
              GridLocator locator = GridLocator.of(set);
              for (int k = 0; k < 20; k++) {
                GeoPoint p = GeoPoint.wgs84(-70 + 140 * r.nextDouble(), -80 + 160 * r.nextDouble());
                if (locator.locate(p) instanceof Lookup.Outside o) {
                  Lookup.Nearest nearest = o.nearest().orElseThrow();
                  double least = BruteForce.nearestMetres(set, p.longitude(), p.latitude());
                  assertThat(nearest.metres())
                      .as("nearest to %s in %s", p, seed)
                      .isCloseTo(least, org.assertj.core.api.Assertions.within(1e-6 * least));
                }
              }
            });
  }

  @Test
  void theReviewersThreeSquares() {
    Boundary a = square("A", 10, 59.9, 0.1);
    Boundary b = square("B", -0.05, 67, 0.1);
    Boundary c = square("C", 100, -7, 0.1);
    GeoPoint p = GeoPoint.wgs84(0, 60);
    for (List<Boundary> set : List.of(List.of(a, b, c), List.of(a, b))) {
      Lookup.Nearest nearest =
          ((Lookup.Outside) GridLocator.of(GridBoundaries.of(Crs.WGS84, set)).locate(p))
              .nearest()
              .orElseThrow();
      assertThat(nearest.grid()).as("%s", set).isEqualTo(GridCode.parse("A"));
      assertThat(nearest.metres())
          .isCloseTo(556_000, org.assertj.core.api.Assertions.within(1_000.0));
    }
  }
}
