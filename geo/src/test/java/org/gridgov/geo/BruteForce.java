package org.gridgov.geo;

import java.util.Optional;
import org.gridgov.core.GridCode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.util.AffineTransformation;

/** The slow obvious oracle: every grid polygon tested in turn with JTS's own covers. */
final class BruteForce {
  private BruteForce() {}

  /** The smallest code among grids whose closed polygon covers the point. */
  static Optional<GridCode> gridAt(GridBoundaries set, double lon, double lat) {
    Point p = Tiling.FACTORY.createPoint(new Coordinate(lon, lat));
    GridCode best = null;
    for (Boundary b : set.boundaries()) {
      if (b.kind() == Boundary.Kind.GRID && b.geometry().covers(p)) {
        GridCode code = b.grid().orElseThrow();
        if (best == null || code.compareTo(best) < 0) {
          best = code;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  static int covering(GridBoundaries set, double lon, double lat) {
    Point p = Tiling.FACTORY.createPoint(new Coordinate(lon, lat));
    int n = 0;
    for (Boundary b : set.boundaries()) {
      if (b.kind() == Boundary.Kind.GRID && b.geometry().covers(p)) {
        n++;
      }
    }
    return n;
  }

  /** The least distance in metres from the point to any grid's edges, at the point's latitude. */
  static double nearestMetres(GridBoundaries set, double lon, double lat) {
    double cos = Math.cos(Math.toRadians(lat));
    double best = Double.POSITIVE_INFINITY;
    for (Boundary b : set.boundaries()) {
      if (b.kind() == Boundary.Kind.GRID) {
        AffineTransformation scale = AffineTransformation.scaleInstance(cos, 1);
        Geometry g = scale.transform(b.geometry());
        Point q = Tiling.FACTORY.createPoint(new Coordinate(lon * cos, lat));
        best = Math.min(best, g.getBoundary().distance(q) * Metric.METRES_PER_DEGREE);
      }
    }
    return best;
  }
}
