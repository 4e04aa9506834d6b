package org.gridgov.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.geo.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gridgov.core.GridCode;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.ConvexHull;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The cell raster of {@link GridLocator} ({@link CellIndex}) against {@link BruteForce}, on random
 * sets of overlapping grids of every shape the format allows — rectangles with holes (some holes
 * filled by another grid sharing their edges), convex polygons with arbitrary coordinates, lattice
 * triangles whose slanted edges pass exactly through lattice points, multipolygons — under random
 * cell sizes and caps, at random points, at points exactly on cell edges and corners, at the
 * shapes' vertices, level with them (where the ray-crossing rule's half-open edges matter) and at
 * points exactly on their edges.
 */
class CellIndexProperties {

  @Test
  void everyPointGetsTheBruteForceAnswerWhateverTheCells() {
    qt(150)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              List<Boundary> grids = shapes(r);
              GridBoundaries set = GridBoundaries.of(Crs.WGS84, grids);
              GridLocator locator = GridLocator.of(set, 1 + r.nextInt(24), 1 + r.nextInt(4000));
              CellIndex cells = locator.cells();
              List<double[]> points = new ArrayList<>();
              for (int k = 0; k < 25; k++) {
                points.add(
                    new double[] {
                      Tiling.lon(r.nextDouble(-4, 44)), Tiling.lat(r.nextDouble(-4, 44))
                    });
                // a point exactly on a column edge, a row edge or a corner of the raster
                int i = r.nextInt(cells.columns() + 1);
                int j = r.nextInt(cells.rows() + 1);
                double u = cells.columnEdge(i);
                double v = cells.rowEdge(j);
                points.add(new double[] {u, Tiling.lat(r.nextDouble(-1, 41))});
                points.add(new double[] {Tiling.lon(r.nextDouble(-1, 41)), v});
                points.add(new double[] {u, v});
                // a vertex of a shape, and a point of its edge
                Geometry g = grids.get(r.nextInt(grids.size())).shape();
                Coordinate[] vs = g.getCoordinates();
                int at = r.nextInt(vs.length);
                points.add(new double[] {vs[at].x, vs[at].y});
                Coordinate a = vs[at];
                Coordinate b = vs[(at + 1) % vs.length];
                points.add(new double[] {(a.x + b.x) / 2, (a.y + b.y) / 2});
                // level with a vertex, so that the eastward ray runs through it, and above it
                points.add(new double[] {Tiling.lon(r.nextDouble(-4, 44)), a.y});
                points.add(new double[] {a.x, Tiling.lat(r.nextDouble(-4, 44))});
                // quarter lattice points: on axis-parallel edges and on the triangles' slants
                points.add(
                    new double[] {
                      Tiling.lon(r.nextInt(-4, 170) / 4.0), Tiling.lat(r.nextInt(-4, 170) / 4.0)
                    });
              }
              for (double[] p : points) {
                double lon = p[0];
                double lat = p[1];
                GeoPoint point = GeoPoint.wgs84(lon, lat);
                assertThat(locator.gridAt(point))
                    .as("%s with %s×%s cells", point, cells.columns(), cells.rows())
                    .isEqualTo(BruteForce.gridAt(set, lon, lat));
                assertThat(locator.locate(point).grid())
                    .isEqualTo(BruteForce.gridAt(set, lon, lat));
              }
            });
  }

  @Test
  void theCellsNeverExceedTheCap() {
    qt(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              GridBoundaries set = GridBoundaries.of(Crs.WGS84, shapes(r));
              int cap = 1 + r.nextInt(5000);
              CellIndex cells = GridLocator.of(set, 1 + r.nextInt(100), cap).cells();
              assertThat((long) cells.columns() * cells.rows()).isBetween(1L, (long) cap);
              assertThat(cells.directCells() + cells.listedCells())
                  .isLessThanOrEqualTo(cells.columns() * cells.rows());
            });
  }

  /** 1 to 12 grids of random shapes in lattice units 0 to 40, overlapping one another. */
  static List<Boundary> shapes(SplittableRandom r) {
    List<Boundary> grids = new ArrayList<>();
    int n = 1 + r.nextInt(12);
    int seq = 1;
    while (grids.size() < n) {
      GridCode code = GridCode.parse(String.format("210802001003%03d", seq++));
      int x0 = r.nextInt(30);
      int y0 = r.nextInt(30);
      int w = 2 + r.nextInt(6);
      int h = 2 + r.nextInt(6);
      switch (r.nextInt(4)) {
        case 0 -> {
          // a rectangle with a rectangular hole, the hole sometimes another grid
          Polygon outer = (Polygon) Tiling.rectangle(x0, y0, x0 + w + 2, y0 + h + 2);
          Polygon hole = (Polygon) Tiling.rectangle(x0 + 1, y0 + 1, x0 + 1 + w, y0 + 1 + h);
          grids.add(
              Boundary.ofGrid(
                  code,
                  Tiling.FACTORY.createPolygon(
                      outer.getExteriorRing(), new LinearRing[] {hole.getExteriorRing()})));
          if (r.nextBoolean() && grids.size() < n) {
            grids.add(
                Boundary.ofGrid(GridCode.parse(String.format("210802001002%03d", seq++)), hole));
          }
        }
        case 1 -> {
          // a convex polygon with coordinates off the lattice
          Coordinate[] cs = new Coordinate[3 + r.nextInt(5)];
          for (int k = 0; k < cs.length; k++) {
            cs[k] =
                new Coordinate(
                    Tiling.lon(x0 + r.nextDouble() * w), Tiling.lat(y0 + r.nextDouble() * h));
          }
          Geometry hull = new ConvexHull(cs, Tiling.FACTORY).getConvexHull();
          if (hull instanceof Polygon) {
            grids.add(Boundary.ofGrid(code, hull));
          }
        }
        case 2 -> {
          // a right triangle whose slanted edge runs through lattice points
          int s = Math.min(w, h);
          grids.add(
              Boundary.ofGrid(
                  code,
                  Tiling.FACTORY.createPolygon(
                      new Coordinate[] {
                        new Coordinate(Tiling.lon(x0), Tiling.lat(y0)),
                        new Coordinate(Tiling.lon(x0 + s), Tiling.lat(y0)),
                        new Coordinate(Tiling.lon(x0), Tiling.lat(y0 + s)),
                        new Coordinate(Tiling.lon(x0), Tiling.lat(y0))
                      })));
        }
        default -> {
          // a multipolygon of two rectangles apart
          Polygon a = (Polygon) Tiling.rectangle(x0, y0, x0 + w, y0 + h);
          Polygon b = (Polygon) Tiling.rectangle(x0 + w + 1, y0 + 2, x0 + w + 3, y0 + h + 4);
          grids.add(Boundary.ofGrid(code, Tiling.FACTORY.createMultiPolygon(new Polygon[] {a, b})));
        }
      }
    }
    return grids;
  }
}
