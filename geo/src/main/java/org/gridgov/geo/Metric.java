package org.gridgov.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Metres on a local equirectangular projection: x = R·λ·cos φ₀, y = R·φ, with R the mean Earth
 * radius (6,371,008.8 m) and φ₀ a latitude near the shape. Over the few kilometres of a grid or a
 * community the scale error is about |φ − φ₀|·tan φ₀ (under 0.1 % within 5 km at 40° N), well below
 * what the tolerances of {@link TopologyCheck} need; it is not a geodesic computation.
 */
final class Metric {
  /** Metres per degree of latitude (and of longitude at the equator). */
  static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;

  private Metric() {}

  /**
   * The area of a shape in square metres, projected at the middle latitude of its envelope.
   *
   * @param g the shape in degrees
   * @return square metres, 0 for an empty shape
   */
  static double squareMetres(Geometry g) {
    if (g.isEmpty()) {
      return 0;
    }
    Envelope e = g.getEnvelopeInternal();
    double cos = Math.cos(Math.toRadians((e.getMinY() + e.getMaxY()) / 2));
    return g.getArea() * METRES_PER_DEGREE * METRES_PER_DEGREE * cos;
  }

  /**
   * The distance in metres from a point to the nearest edge of a polygonal shape, with longitude
   * scaled by {@code cos}; O(vertices).
   *
   * @param g a polygon or multipolygon in degrees
   * @param lon the point's longitude
   * @param lat the point's latitude
   * @param cos the cosine of the projection's latitude
   * @return metres
   */
  static double toEdges(Geometry g, double lon, double lat, double cos) {
    double best = Double.POSITIVE_INFINITY;
    for (int p = 0; p < g.getNumGeometries(); p++) {
      Polygon polygon = (Polygon) g.getGeometryN(p);
      best = Math.min(best, toRing(polygon.getExteriorRing(), lon, lat, cos));
      for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
        best = Math.min(best, toRing(polygon.getInteriorRingN(h), lon, lat, cos));
      }
    }
    return Math.sqrt(best) * METRES_PER_DEGREE;
  }

  /** The squared distance in scaled degrees from a point to a ring. */
  private static double toRing(LineString ring, double lon, double lat, double cos) {
    double best = Double.POSITIVE_INFINITY;
    int n = ring.getNumPoints();
    if (n == 0) {
      return best;
    }
    Coordinate a = ring.getCoordinateN(0);
    for (int i = 1; i < n; i++) {
      Coordinate b = ring.getCoordinateN(i);
      best = Math.min(best, toSegment(lon, lat, a, b, cos));
      a = b;
    }
    return best;
  }

  private static double toSegment(double px, double py, Coordinate a, Coordinate b, double cos) {
    double ax = (a.x - px) * cos;
    double ay = a.y - py;
    double dx = (b.x - a.x) * cos;
    double dy = b.y - a.y;
    double len = dx * dx + dy * dy;
    double t = len == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
    double x = ax + t * dx;
    double y = ay + t * dy;
    return x * x + y * y;
  }
}
