package org.gridgov.geo;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.GridCode;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.jspecify.annotations.Nullable;

/**
 * A set of boundaries in one coordinate system: grids' (网格边界), and optionally communities',
 * villages' and towns', each code at most once, in the order of the GeoJSON features they were read
 * from (or given in). Problems about a boundary are located at its feature, {@code $.features[i]},
 * {@code i} being its position in {@link #boundaries()}.
 *
 * <pre>{@code
 * GridBoundaries set = GridBoundaries.of(Crs.WGS84, List.of(
 *     Boundary.ofDivision(DivisionCode.parse("210802001003"), community),
 *     Boundary.ofGrid(GridCode.parse("210802001003001"), west),
 *     Boundary.ofGrid(GridCode.parse("210802001003002"), east)));
 * set.grid(GridCode.parse("210802001003002"));   // Optional[Boundary[GRID 210802001003002, ...]]
 * }</pre>
 */
public final class GridBoundaries {
  private final Crs crs;
  private final List<Boundary> boundaries;
  private final Map<GridCode, Integer> gridIndex;
  private final Map<DivisionCode, Integer> divisionIndex;

  private GridBoundaries(Crs crs, List<Boundary> boundaries) {
    this.crs = crs;
    this.boundaries = boundaries;
    Map<GridCode, Integer> grids = new HashMap<>();
    Map<DivisionCode, Integer> divisions = new HashMap<>();
    List<Problem> duplicates = new ArrayList<>();
    for (int i = 0; i < boundaries.size(); i++) {
      Boundary b = boundaries.get(i);
      @Nullable Integer before =
          b.kind() == Boundary.Kind.GRID
              ? grids.putIfAbsent(b.grid().orElseThrow(), i)
              : divisions.putIfAbsent(b.division().orElseThrow(), i);
      if (before != null) {
        duplicates.add(
            new Problem(
                ProblemKind.DUPLICATE_CODE,
                featureProperty(i, b.kind()),
                "the "
                    + (b.kind() == Boundary.Kind.GRID ? "grid " : "division ")
                    + b.code()
                    + " has a boundary at "
                    + feature(before)
                    + " already"));
      }
    }
    if (!duplicates.isEmpty()) {
      throw new InvalidBoundariesException(duplicates, 0);
    }
    this.gridIndex = Map.copyOf(grids);
    this.divisionIndex = Map.copyOf(divisions);
  }

  /**
   * A set of boundaries.
   *
   * @param crs the coordinate system of every boundary
   * @param boundaries the boundaries, each code at most once
   * @return the set
   * @throws InvalidBoundariesException listing every code given twice, at its feature's {@code
   *     properties.grid} or {@code properties.division}
   */
  public static GridBoundaries of(Crs crs, List<Boundary> boundaries) {
    return new GridBoundaries(checkNotNull(crs, "crs"), List.copyOf(boundaries));
  }

  /**
   * The location of a feature: {@code $.features[index]}.
   *
   * @param index the boundary's position, from 0
   * @return the location
   */
  public static Location.JsonPath feature(int index) {
    return Location.json().field("features").index(index);
  }

  static Location.JsonPath featureProperty(int index, Boundary.Kind kind) {
    return feature(index)
        .field("properties")
        .field(kind == Boundary.Kind.GRID ? "grid" : "division");
  }

  /**
   * The coordinate system.
   *
   * @return the system
   */
  public Crs crs() {
    return crs;
  }

  /**
   * Every boundary in feature order.
   *
   * @return the boundaries
   */
  public List<Boundary> boundaries() {
    return boundaries;
  }

  /**
   * The number of boundaries.
   *
   * @return the count
   */
  public int size() {
    return boundaries.size();
  }

  /**
   * A grid's boundary. O(1).
   *
   * @param grid the grid
   * @return the boundary, empty if the set has none
   */
  public Optional<Boundary> grid(GridCode grid) {
    return indexOf(grid).map(boundaries::get);
  }

  /**
   * A division's boundary. O(1).
   *
   * @param division the division
   * @return the boundary, empty if the set has none
   */
  public Optional<Boundary> division(DivisionCode division) {
    return indexOf(division).map(boundaries::get);
  }

  /**
   * The position of a grid's boundary, its feature index. O(1).
   *
   * @param grid the grid
   * @return the index, empty if the set has no boundary for the grid
   */
  public Optional<Integer> indexOf(GridCode grid) {
    return Optional.ofNullable(gridIndex.get(checkNotNull(grid, "grid")));
  }

  /**
   * The position of a division's boundary, its feature index. O(1).
   *
   * @param division the division
   * @return the index, empty if the set has no boundary for the division
   */
  public Optional<Integer> indexOf(DivisionCode division) {
    return Optional.ofNullable(divisionIndex.get(checkNotNull(division, "division")));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GridBoundaries that
        && crs == that.crs
        && boundaries.equals(that.boundaries);
  }

  @Override
  public int hashCode() {
    return 31 * crs.hashCode() + boundaries.hashCode();
  }

  /**
   * The set as {@code GridBoundaries[WGS84, 7955 grids, 1186 divisions]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "GridBoundaries["
        + crs
        + ", "
        + gridIndex.size()
        + " grids, "
        + divisionIndex.size()
        + " divisions]";
  }
}
