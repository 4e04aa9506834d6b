package org.gridgov.benchmarks.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.GridCode;
import org.gridgov.geo.Boundary;
import org.gridgov.geo.GeoPoint;
import org.gridgov.geo.GridBoundaries;
import org.gridgov.geo.GridLocator;
import org.gridgov.samples.SyntheticBoundaries;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Point → grid on the synthetic 营口 boundaries (7,955 grids): {@link GridLocator} (its raster of
 * cells, answered directly or by a ray-crossing test over a crossed cell's few edges) against the
 * brute-force scan hand-written code does — every grid polygon in turn with JTS's {@code covers}
 * (which checks the envelope first), keeping the smallest code — in the same run, on the same
 * points (uniform in the 站前区 and 西市区 rectangles, all inside a grid). Both give the same grid for
 * every point (checked at setup).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class GridLookupBenchmark {
  private static final int POINTS = 4096;
  private GridLocator locator;
  private Geometry[] polygons;
  private GridCode[] codes;
  private GeoPoint[] points;
  private Point[] jtsPoints;
  private int next;

  /** Builds the index and the points once. */
  @Setup(Level.Trial)
  public void setUp() {
    GridBoundaries set = SyntheticBoundaries.yingkou();
    locator = GridLocator.of(set);
    List<Geometry> ps = new ArrayList<>();
    List<GridCode> cs = new ArrayList<>();
    for (Boundary b : set.boundaries()) {
      if (b.kind() == Boundary.Kind.GRID) {
        ps.add(b.geometry());
        cs.add(b.grid().orElseThrow());
      }
    }
    polygons = ps.toArray(new Geometry[0]);
    codes = cs.toArray(new GridCode[0]);
    GeometryFactory f = new GeometryFactory();
    SplittableRandom r = new SplittableRandom(7);
    Envelope area = new Envelope(122.17, 122.31, 40.64, 40.70);
    points = new GeoPoint[POINTS];
    jtsPoints = new Point[POINTS];
    for (int i = 0; i < POINTS; i++) {
      double lon = area.getMinX() + r.nextDouble() * area.getWidth();
      double lat = area.getMinY() + r.nextDouble() * area.getHeight();
      points[i] = GeoPoint.wgs84(lon, lat);
      jtsPoints[i] = f.createPoint(new Coordinate(lon, lat));
      Optional<GridCode> a = locator.gridAt(points[i]);
      GridCode b = scan(jtsPoints[i]);
      if (a.isEmpty() || !a.get().equals(b)) {
        throw new IllegalStateException("lookup and scan disagree at " + points[i]);
      }
    }
  }

  private GridCode scan(Point p) {
    GridCode best = null;
    for (int i = 0; i < polygons.length; i++) {
      if (polygons[i].covers(p) && (best == null || codes[i].compareTo(best) < 0)) {
        best = codes[i];
      }
    }
    return best;
  }

  /**
   * One lookup through the index.
   *
   * @return the grid
   */
  @Benchmark
  public Optional<GridCode> indexed() {
    next = (next + 1) & (POINTS - 1);
    return locator.gridAt(points[next]);
  }

  /**
   * One lookup by scanning every polygon.
   *
   * @return the grid
   */
  @Benchmark
  public GridCode scan() {
    next = (next + 1) & (POINTS - 1);
    return scan(jtsPoints[next]);
  }
}
