package org.gridgov.geo;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.GridCode;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedPolygon;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.ItemDistance;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Point → grid over the grid boundaries of a {@link GridBoundaries}: a packed R-tree (JTS {@link
 * STRtree}, built once, sort-tile-recursive) over the grids' envelopes finds the candidates, and
 * each candidate's prepared polygon (its segments in an interval index) decides, so that a lookup
 * costs O(log n + k·log m) for n grids, k candidates and m vertices, instead of a scan of every
 * polygon.
 *
 * <pre>{@code
 * GridLocator locator = GridLocator.of(boundaries);
 * Lookup where = locator.locate(GeoPoint.wgs84(122.2655, 40.6672));
 * Optional<GridCode> grid = locator.gridAt(GeoPoint.wgs84(122.2655, 40.6672));
 * }</pre>
 *
 * <h2>The boundary rule</h2>
 *
 * <p>A point is in a grid when the grid's closed polygon covers it: its interior or its boundary. A
 * point covered by several grids (on an edge or vertex they share, or where they overlap) goes to
 * the one with the smallest {@link GridCode}; the decision uses JTS's robust orientation test on
 * the stored coordinates, so it is the same on every run and every machine. A point covered by no
 * grid is {@link Lookup.Outside outside}, with the nearest grid by distance to its edges on a local
 * equirectangular projection (ties go to the grid found first by the index, which is fixed for a
 * set). Division boundaries in the set are not used.
 *
 * <p>Immutable and thread-safe; building costs O(n log n) and memory proportional to the vertices.
 */
public final class GridLocator {
  private final Crs crs;
  private final GridCode[] codes;
  private final Geometry[] shapes;
  private final PointOnGeometryLocator[] locators;
  private final STRtree tree;
  private final STRtree scaledTree;
  private final double cos0;

  private GridLocator(GridBoundaries boundaries) {
    this.crs = boundaries.crs();
    List<Boundary> grids = new ArrayList<>();
    for (Boundary b : boundaries.boundaries()) {
      if (b.kind() == Boundary.Kind.GRID) {
        grids.add(b);
      }
    }
    grids.sort(Comparator.comparing(b -> b.grid().orElseThrow()));
    int n = grids.size();
    codes = new GridCode[n];
    shapes = new Geometry[n];
    locators = new PointOnGeometryLocator[n];
    Envelope all = new Envelope();
    for (int i = 0; i < n; i++) {
      codes[i] = grids.get(i).grid().orElseThrow();
      shapes[i] = grids.get(i).shape();
      all.expandToInclude(shapes[i].getEnvelopeInternal());
    }
    cos0 = n == 0 ? 1 : Math.cos(Math.toRadians(all.centre().y));
    tree = new STRtree();
    scaledTree = new STRtree();
    for (int i = 0; i < n; i++) {
      locators[i] = new PreparedPolygon((Polygonal) shapes[i]).getPointLocator();
      // build the interval index now, so that lookups never wait on its lock
      locators[i].locate(shapes[i].getCoordinate());
      Envelope e = shapes[i].getEnvelopeInternal();
      tree.insert(e, i);
      scaledTree.insert(
          new Envelope(e.getMinX() * cos0, e.getMaxX() * cos0, e.getMinY(), e.getMaxY()), i);
    }
    tree.build();
    scaledTree.build();
  }

  /**
   * The locator of a set's grid boundaries.
   *
   * @param boundaries the set
   * @return the locator
   */
  public static GridLocator of(GridBoundaries boundaries) {
    return new GridLocator(checkNotNull(boundaries, "boundaries"));
  }

  /**
   * The coordinate system points must be in.
   *
   * @return the system
   */
  public Crs crs() {
    return crs;
  }

  /**
   * The number of grids indexed.
   *
   * @return the count
   */
  public int size() {
    return codes.length;
  }

  /**
   * Where a point is: in which grid, or outside every grid with the nearest. O(log n) for a point
   * inside; a point outside also searches for the nearest grid.
   *
   * @param point the point
   * @return where it is
   * @throws CrsMismatchException if the point is in another coordinate system
   */
  public Lookup locate(GeoPoint point) {
    checkCrs(point);
    int i = indexAt(point.longitude(), point.latitude());
    if (i >= 0) {
      return new Lookup.Inside(point, codes[i]);
    }
    return new Lookup.Outside(point, nearest(point));
  }

  /**
   * The grid a point is in. O(log n).
   *
   * @param point the point
   * @return the grid, empty if the point is outside every grid
   * @throws CrsMismatchException if the point is in another coordinate system
   */
  public Optional<GridCode> gridAt(GeoPoint point) {
    checkCrs(point);
    int i = indexAt(point.longitude(), point.latitude());
    return i >= 0 ? Optional.of(codes[i]) : Optional.empty();
  }

  /**
   * Where each of many points is, in their order.
   *
   * @param points the points
   * @return one lookup per point
   * @throws CrsMismatchException if a point is in another coordinate system (checked before any is
   *     looked up)
   */
  public List<Lookup> locateAll(List<GeoPoint> points) {
    List<GeoPoint> copy = List.copyOf(points);
    copy.forEach(this::checkCrs);
    List<Lookup> result = new ArrayList<>(copy.size());
    for (GeoPoint p : copy) {
      result.add(locate(p));
    }
    return result;
  }

  private void checkCrs(GeoPoint point) {
    checkNotNull(point, "point");
    if (point.crs() != crs) {
      throw new CrsMismatchException(crs, point.crs());
    }
  }

  /** The smallest index of a grid covering the point, or -1. */
  private int indexAt(double lon, double lat) {
    Coordinate c = new Coordinate(lon, lat);
    Smallest visitor = new Smallest(c, locators);
    tree.query(new Envelope(c), visitor);
    return visitor.best;
  }

  private Optional<Lookup.Nearest> nearest(GeoPoint point) {
    if (codes.length == 0) {
      return Optional.empty();
    }
    double x = point.longitude() * cos0;
    double y = point.latitude();
    Object found = scaledTree.nearestNeighbour(new Envelope(x, x, y, y), QUERY, new ToEdges(point));
    int i = (Integer) found;
    double cos = Math.cos(Math.toRadians(point.latitude()));
    return Optional.of(
        new Lookup.Nearest(
            codes[i], Metric.toEdges(shapes[i], point.longitude(), point.latitude(), cos)));
  }

  private static final Object QUERY = new Object();

  /** Keeps the smallest index whose polygon covers the point; the tree visits in any order. */
  private static final class Smallest implements org.locationtech.jts.index.ItemVisitor {
    private final Coordinate c;
    private final PointOnGeometryLocator[] locators;
    int best = -1;

    Smallest(Coordinate c, PointOnGeometryLocator[] locators) {
      this.c = c;
      this.locators = locators;
    }

    @Override
    public void visitItem(Object item) {
      int i = (Integer) item;
      if ((best < 0 || i < best) && locators[i].locate(c) != Location.EXTERIOR) {
        best = i;
      }
    }
  }

  /** The distance between the query point and a grid, in the scaled tree's units. */
  private final class ToEdges implements ItemDistance {
    private final GeoPoint point;

    ToEdges(GeoPoint point) {
      this.point = point;
    }

    @Override
    public double distance(ItemBoundable a, ItemBoundable b) {
      Object item = a.getItem() == QUERY ? b.getItem() : a.getItem();
      int i = (Integer) item;
      return Metric.toEdges(shapes[i], point.longitude(), point.latitude(), cos0)
          / Metric.METRES_PER_DEGREE;
    }
  }
}
