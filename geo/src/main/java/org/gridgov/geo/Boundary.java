package org.gridgov.geo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.GridCode;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * The boundary of one grid (网格边界), or of a community, village or town: a polygon or multipolygon in
 * longitude and latitude degrees, keyed by the code it draws. The geometry need not be valid (a
 * self-intersecting ring is a problem {@link TopologyCheck} reports, not one that stops reading),
 * but it is not empty, nor is any of its polygons or rings, and every coordinate is a finite
 * longitude and latitude.
 *
 * <pre>{@code
 * Polygon square = new GeometryFactory().createPolygon(new Coordinate[] {
 *     new Coordinate(122.26, 40.66), new Coordinate(122.27, 40.66), new Coordinate(122.27, 40.67),
 *     new Coordinate(122.26, 40.67), new Coordinate(122.26, 40.66)});
 * Boundary b = Boundary.ofGrid(GridCode.parse("210802001003001"), square);
 * }</pre>
 *
 * <p>JTS geometries are mutable, so a boundary copies the geometry it is given and the one it hands
 * out. Equal boundaries draw the same code with exactly equal geometries ({@link
 * Geometry#equalsExact(Geometry)}: the same vertices in the same order).
 */
public final class Boundary {
  /** What a boundary draws. */
  public enum Kind {
    /** A grid, keyed by its {@link GridCode}. */
    GRID,
    /** A division (community, village, town or above), keyed by its {@link DivisionCode}. */
    DIVISION
  }

  private final @Nullable GridCode grid;
  private final @Nullable DivisionCode division;
  private final Geometry geometry;

  private Boundary(@Nullable GridCode grid, @Nullable DivisionCode division, Geometry geometry) {
    this.grid = grid;
    this.division = division;
    this.geometry = checked(geometry);
  }

  /**
   * A grid's boundary.
   *
   * @param grid the grid
   * @param geometry a non-empty polygon or multipolygon in longitude and latitude degrees
   * @return the boundary
   * @throws IllegalArgumentException if the geometry is empty, has an empty polygon or ring, is of
   *     another type or has a coordinate that is not a longitude and latitude
   */
  public static Boundary ofGrid(GridCode grid, Geometry geometry) {
    return new Boundary(checkNotNull(grid, "grid"), null, geometry);
  }

  /**
   * A division's boundary: a community's, village's or town's.
   *
   * @param division the division
   * @param geometry a non-empty polygon or multipolygon in longitude and latitude degrees
   * @return the boundary
   * @throws IllegalArgumentException if the geometry is empty, has an empty polygon or ring, is of
   *     another type or has a coordinate that is not a longitude and latitude
   */
  public static Boundary ofDivision(DivisionCode division, Geometry geometry) {
    return new Boundary(null, checkNotNull(division, "division"), geometry);
  }

  private static Geometry checked(Geometry geometry) {
    checkNotNull(geometry, "geometry");
    checkArgument(
        geometry instanceof Polygon || geometry instanceof MultiPolygon,
        "a boundary is a Polygon or MultiPolygon, got %s",
        geometry.getGeometryType());
    checkArgument(!geometry.isEmpty(), "a boundary is not empty");
    // an empty part or hole is no shape, and GeoJSON has no form for it that reads back
    for (int p = 0; p < geometry.getNumGeometries(); p++) {
      Polygon polygon = (Polygon) geometry.getGeometryN(p);
      checkArgument(!polygon.isEmpty(), "a boundary has no empty polygon, got one at part %s", p);
      for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
        checkArgument(
            !polygon.getInteriorRingN(h).isEmpty(),
            "a boundary has no empty ring, got one as hole %s of part %s",
            h,
            p);
      }
    }
    for (Coordinate c : geometry.getCoordinates()) {
      checkArgument(
          c.x >= -180 && c.x <= 180 && c.y >= -90 && c.y <= 90,
          "a boundary's coordinates are longitude from -180 to 180 and latitude from -90 to 90,"
              + " got %s %s",
          c.x,
          c.y);
    }
    return geometry.copy();
  }

  /**
   * What this boundary draws.
   *
   * @return the kind
   */
  public Kind kind() {
    return grid != null ? Kind.GRID : Kind.DIVISION;
  }

  /**
   * The grid, for a grid's boundary.
   *
   * @return the grid, empty for a division's
   */
  public Optional<GridCode> grid() {
    return Optional.ofNullable(grid);
  }

  /**
   * The division, for a division's boundary.
   *
   * @return the division, empty for a grid's
   */
  public Optional<DivisionCode> division() {
    return Optional.ofNullable(division);
  }

  /**
   * The code this boundary draws, grid or division, as text.
   *
   * @return the code
   */
  public String code() {
    return grid != null ? grid.toString() : String.valueOf(division);
  }

  /**
   * The geometry, a copy the caller may change.
   *
   * @return a polygon or multipolygon
   */
  public Geometry geometry() {
    return geometry.copy();
  }

  /** The geometry itself, for this package's kernels, which never change it. */
  Geometry shape() {
    return geometry;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Boundary that
        && Objects.equals(grid, that.grid)
        && Objects.equals(division, that.division)
        && geometry.equalsExact(that.geometry);
  }

  @Override
  public int hashCode() {
    return Objects.hash(grid, division, geometry.getNumPoints());
  }

  /**
   * The boundary as {@code Boundary[GRID 210802001003001, Polygon of 7 points]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Boundary["
        + kind()
        + " "
        + code()
        + ", "
        + geometry.getGeometryType()
        + " of "
        + geometry.getNumPoints()
        + " points]";
  }
}
