package org.gridgov.geo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.gridgov.core.GridCode;

/**
 * Where a point is: inside a grid, or outside every grid with the nearest one and its distance.
 *
 * <pre>{@code
 * Lookup where = locator.locate(GeoPoint.wgs84(122.2655, 40.6672));
 * if (where.kind() == Lookup.Kind.INSIDE) {
 *   GridCode grid = where.grid().orElseThrow();
 * }
 * }</pre>
 */
public sealed interface Lookup permits Lookup.Inside, Lookup.Outside {

  /** Which case this is. */
  enum Kind {
    /** The point is in a grid's closed polygon. */
    INSIDE,
    /** The point is in no grid's polygon. */
    OUTSIDE
  }

  /**
   * Which case this is.
   *
   * @return the kind
   */
  Kind kind();

  /**
   * The point looked up.
   *
   * @return the point
   */
  GeoPoint point();

  /**
   * The grid the point is in.
   *
   * @return the grid, empty when outside every grid
   */
  Optional<GridCode> grid();

  /**
   * The point is in a grid: of the grids whose closed polygon (interior and boundary) covers it,
   * the one with the smallest code, so that a point on an edge two grids share goes to one of them
   * on every run.
   *
   * @param point the point
   * @param in the grid
   */
  record Inside(GeoPoint point, GridCode in) implements Lookup {
    /**
     * Checks the fields.
     *
     * @param point the point
     * @param in the grid
     */
    public Inside {
      checkNotNull(point, "point");
      checkNotNull(in, "in");
    }

    @Override
    public Kind kind() {
      return Kind.INSIDE;
    }

    @Override
    public Optional<GridCode> grid() {
      return Optional.of(in);
    }
  }

  /**
   * The point is in no grid.
   *
   * @param point the point
   * @param nearest the nearest grid and its distance, empty only when the set has no grid
   */
  record Outside(GeoPoint point, Optional<Nearest> nearest) implements Lookup {
    /**
     * Checks the fields.
     *
     * @param point the point
     * @param nearest the nearest grid and its distance, empty only when the set has no grid
     */
    public Outside {
      checkNotNull(point, "point");
      checkNotNull(nearest, "nearest");
    }

    @Override
    public Kind kind() {
      return Kind.OUTSIDE;
    }

    @Override
    public Optional<GridCode> grid() {
      return Optional.empty();
    }
  }

  /**
   * The grid nearest to a point outside every grid.
   *
   * @param grid the grid
   * @param metres the distance from the point to the grid's boundary in metres, at least 0, on a
   *     local equirectangular projection at the point's latitude: well under 1 % off across a city,
   *     a rough figure hundreds of kilometres away (it is not a great-circle distance), and
   *     measured without wrapping at ±180° of longitude
   */
  record Nearest(GridCode grid, double metres) {
    /**
     * Checks the fields.
     *
     * @param grid the grid
     * @param metres the distance in metres, finite and at least 0
     */
    public Nearest {
      checkNotNull(grid, "grid");
      checkArgument(
          metres >= 0 && metres < Double.POSITIVE_INFINITY,
          "metres must be finite and >= 0, got %s",
          metres);
      metres += 0.0;
    }
  }
}
