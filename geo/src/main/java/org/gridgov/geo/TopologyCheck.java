package org.gridgov.geo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gridgov.core.Atlas;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.DivisionLevel;
import org.gridgov.core.Grid;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.ReadLimits;
import org.gridgov.core.io.internal.ProblemList;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.geom.prep.PreparedPolygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The topology of a set of boundaries against its atlas, every problem located at its feature
 * ({@code $.features[i]}, see {@link GridBoundaries#feature(int)}):
 *
 * <ul>
 *   <li>{@link ProblemKind#INVALID_GEOMETRY} at {@code $.features[i].geometry}: a boundary that is
 *       not valid geometry, with JTS's reason and where ({@code Self-intersection at
 *       122.265000,40.667000}); the other checks skip such a boundary.
 *   <li>{@link ProblemKind#UNKNOWN_GRID} / {@link ProblemKind#UNKNOWN_UNIT} at {@code
 *       $.features[i].properties.grid} / {@code .division}: a boundary whose grid or division the
 *       atlas lacks.
 *   <li>{@link ProblemKind#OVERLAP} at {@code $.features[i]}: two grids (siblings or not; the first
 *       by feature order is the location, the message names the other) whose common area exceeds
 *       the tolerance.
 *   <li>{@link ProblemKind#OUTSIDE_PARENT} at {@code $.features[i]}: a grid whose area outside its
 *       community's or village's boundary exceeds the tolerance (checked when the set has that
 *       boundary).
 *   <li>{@link ProblemKind#GAP} at the community's or village's feature: each part of its boundary
 *       that none of its grids covers and whose area exceeds the tolerance, with a point inside it
 *       (checked when the set has the boundary and all its grids' boundaries are valid).
 *   <li>{@link ProblemKind#MISSING_BOUNDARY} at {@code grids[j]} (the grid's position in {@link
 *       Atlas#grids()}): an atlas grid with no boundary.
 * </ul>
 *
 * <pre>{@code
 * List<Problem> problems = TopologyCheck.defaults().withTolerance(10).check(atlas, boundaries);
 * TopologyCheck.defaults().requireClean(atlas, boundaries);   // or InvalidBoundariesException
 * }</pre>
 *
 * <p>Areas are in square metres on a local equirectangular projection at the middle latitude of
 * each measured piece (x = R·λ·cos φ₀, y = R·φ, R = 6,371,008.8 m): for pieces of a few kilometres
 * the error is far below one per cent, which is what a tolerance of square metres needs; it is not
 * a geodesic area. Problems come in the order above, then feature order, up to the cap (default
 * {@value ReadLimits#DEFAULT_MAX_PROBLEMS}). Cost: O(n log n) index work plus one polygon overlay
 * per pair of touching grids and one union per community. Immutable and thread-safe.
 */
public final class TopologyCheck {
  /** The default tolerance: {@value} m². */
  public static final double DEFAULT_TOLERANCE_SQUARE_METRES = 1.0;

  private static final TopologyCheck DEFAULTS =
      new TopologyCheck(DEFAULT_TOLERANCE_SQUARE_METRES, ReadLimits.DEFAULT_MAX_PROBLEMS);

  private final double tolerance;
  private final int maxProblems;

  private TopologyCheck(double tolerance, int maxProblems) {
    checkArgument(
        tolerance >= 0 && tolerance < Double.POSITIVE_INFINITY,
        "the tolerance must be finite and >= 0 square metres, got %s",
        tolerance);
    checkArgument(maxProblems >= 1, "maxProblems must be >= 1, got %s", maxProblems);
    this.tolerance = tolerance;
    this.maxProblems = maxProblems;
  }

  /**
   * The check with a tolerance of {@value #DEFAULT_TOLERANCE_SQUARE_METRES} m² and at most {@value
   * ReadLimits#DEFAULT_MAX_PROBLEMS} problems.
   *
   * @return the check
   */
  public static TopologyCheck defaults() {
    return DEFAULTS;
  }

  /**
   * This check with another tolerance for overlaps, gaps and grids outside their community: an area
   * up to it is not a problem.
   *
   * @param squareMetres the tolerance, finite and at least 0
   * @return the check
   */
  public TopologyCheck withTolerance(double squareMetres) {
    return new TopologyCheck(squareMetres, maxProblems);
  }

  /**
   * This check with another cap on the problems kept.
   *
   * @param limit at least 1
   * @return the check
   */
  public TopologyCheck withMaxProblems(int limit) {
    return new TopologyCheck(tolerance, limit);
  }

  /**
   * The tolerance.
   *
   * @return square metres
   */
  public double tolerance() {
    return tolerance;
  }

  /**
   * The problems of a set of boundaries against an atlas.
   *
   * @param atlas the atlas
   * @param boundaries the boundaries
   * @return the problems, up to the cap; empty when the set is clean
   */
  public List<Problem> check(Atlas atlas, GridBoundaries boundaries) {
    return run(atlas, boundaries).kept();
  }

  /**
   * Throws if a set of boundaries has any topology problem against an atlas.
   *
   * @param atlas the atlas
   * @param boundaries the boundaries
   * @throws InvalidBoundariesException listing the problems of {@link #check}, with those beyond
   *     the cap counted
   */
  public void requireClean(Atlas atlas, GridBoundaries boundaries) {
    run(atlas, boundaries).throwIfAny(InvalidBoundariesException::new);
  }

  private ProblemList run(Atlas atlas, GridBoundaries set) {
    checkNotNull(atlas, "atlas");
    checkNotNull(set, "boundaries");
    ProblemList problems = new ProblemList(maxProblems);
    List<Boundary> all = set.boundaries();
    int n = all.size();
    boolean[] valid = new boolean[n];
    for (int i = 0; i < n; i++) {
      TopologyValidationError error = new IsValidOp(all.get(i).shape()).getValidationError();
      valid[i] = error == null;
      if (error != null) {
        problems.add(
            ProblemKind.INVALID_GEOMETRY,
            GridBoundaries.feature(i).field("geometry"),
            "the boundary of "
                + all.get(i).code()
                + " is not valid geometry: "
                + error.getMessage()
                + (error.getCoordinate() != null ? " at " + point(error.getCoordinate()) : ""));
      }
    }
    for (int i = 0; i < n; i++) {
      Boundary b = all.get(i);
      if (b.kind() == Boundary.Kind.GRID) {
        if (atlas.grid(b.grid().orElseThrow()).isEmpty()) {
          problems.add(
              ProblemKind.UNKNOWN_GRID,
              GridBoundaries.featureProperty(i, b.kind()),
              "grid " + b.code() + " has a boundary but is not in the atlas");
        }
      } else if (atlas.division(b.division().orElseThrow()).isEmpty()) {
        problems.add(
            ProblemKind.UNKNOWN_UNIT,
            GridBoundaries.featureProperty(i, b.kind()),
            "division " + b.code() + " has a boundary but is not in the atlas");
      }
    }
    overlaps(all, valid, problems);
    outsideParents(atlas, set, valid, problems);
    gaps(atlas, set, valid, problems);
    List<Grid> grids = atlas.grids();
    for (int j = 0; j < grids.size(); j++) {
      if (set.indexOf(grids.get(j).code()).isEmpty()) {
        problems.add(
            ProblemKind.MISSING_BOUNDARY,
            Location.element("grids", j),
            "grid " + grids.get(j).code() + " of the atlas has no boundary");
      }
    }
    return problems;
  }

  private void overlaps(List<Boundary> all, boolean[] valid, ProblemList problems) {
    STRtree tree = new STRtree();
    for (int i = 0; i < all.size(); i++) {
      if (valid[i] && all.get(i).kind() == Boundary.Kind.GRID) {
        tree.insert(all.get(i).shape().getEnvelopeInternal(), i);
      }
    }
    tree.build();
    for (int i = 0; i < all.size(); i++) {
      if (!valid[i] || all.get(i).kind() != Boundary.Kind.GRID) {
        continue;
      }
      Geometry a = all.get(i).shape();
      PreparedPolygon prepared = new PreparedPolygon((Polygonal) a);
      List<Integer> candidates = new ArrayList<>();
      for (Object o : tree.query(a.getEnvelopeInternal())) {
        int j = (Integer) o;
        if (j > i) {
          candidates.add(j);
        }
      }
      candidates.sort(null);
      for (int j : candidates) {
        Geometry b = all.get(j).shape();
        if (!prepared.intersects(b)) {
          continue;
        }
        Optional<Geometry> common = overlay(a, b, OverlayNG.INTERSECTION, i, problems);
        double area = common.map(Metric::squareMetres).orElse(0.0);
        if (area > tolerance) {
          problems.add(
              ProblemKind.OVERLAP,
              GridBoundaries.feature(i),
              String.format(
                  Locale.ROOT,
                  "grid %s overlaps grid %s (%s) by %.1f m², more than the tolerance of %s m²",
                  all.get(i).code(),
                  all.get(j).code(),
                  GridBoundaries.feature(j),
                  area,
                  tolerance));
        }
      }
    }
  }

  private void outsideParents(
      Atlas atlas, GridBoundaries set, boolean[] valid, ProblemList problems) {
    List<Boundary> all = set.boundaries();
    for (int i = 0; i < all.size(); i++) {
      Boundary b = all.get(i);
      if (!valid[i] || b.kind() != Boundary.Kind.GRID) {
        continue;
      }
      Optional<Grid> grid = atlas.grid(b.grid().orElseThrow());
      Optional<Integer> parent = grid.flatMap(g -> set.indexOf(g.unit()));
      if (parent.isEmpty() || !valid[parent.get()]) {
        continue;
      }
      Geometry unit = all.get(parent.get()).shape();
      if (new PreparedPolygon((Polygonal) unit).covers(b.shape())) {
        continue;
      }
      double area =
          overlay(b.shape(), unit, OverlayNG.DIFFERENCE, i, problems)
              .map(Metric::squareMetres)
              .orElse(0.0);
      if (area > tolerance) {
        problems.add(
            ProblemKind.OUTSIDE_PARENT,
            GridBoundaries.feature(i),
            String.format(
                Locale.ROOT,
                "grid %s reaches %.1f m² outside the boundary of its unit %s (%s), more than the"
                    + " tolerance of %s m²",
                b.code(),
                area,
                grid.orElseThrow().unit(),
                GridBoundaries.feature(parent.get()),
                tolerance));
      }
    }
  }

  private void gaps(Atlas atlas, GridBoundaries set, boolean[] valid, ProblemList problems) {
    List<Boundary> all = set.boundaries();
    for (int k = 0; k < all.size(); k++) {
      Boundary b = all.get(k);
      if (!valid[k] || b.kind() != Boundary.Kind.DIVISION) {
        continue;
      }
      DivisionCode unit = b.division().orElseThrow();
      if (unit.level() != DivisionLevel.VILLAGE || atlas.division(unit).isEmpty()) {
        continue;
      }
      List<Geometry> parts = new ArrayList<>();
      boolean complete = true;
      for (Grid g : atlas.gridsBelow(unit)) {
        Optional<Integer> i = set.indexOf(g.code());
        if (i.isPresent() && !valid[i.get()]) {
          complete = false;
        } else {
          i.ifPresent(x -> parts.add(all.get(x).shape()));
        }
      }
      if (!complete) {
        continue;
      }
      Optional<Geometry> uncovered;
      if (parts.isEmpty()) {
        uncovered = Optional.of(b.shape());
      } else {
        try {
          Geometry union = OverlayNGRobust.union(parts);
          uncovered = overlay(b.shape(), union, OverlayNG.DIFFERENCE, k, problems);
        } catch (TopologyException e) {
          problems.add(
              ProblemKind.INVALID_GEOMETRY,
              GridBoundaries.feature(k),
              "the grids of " + unit + " cannot be joined: " + e.getMessage());
          continue;
        }
      }
      if (uncovered.isEmpty()) {
        continue;
      }
      Geometry rest = uncovered.get();
      for (int p = 0; p < rest.getNumGeometries(); p++) {
        Geometry piece = rest.getGeometryN(p);
        double area = Metric.squareMetres(piece);
        if (area > tolerance) {
          problems.add(
              ProblemKind.GAP,
              GridBoundaries.feature(k),
              String.format(
                  Locale.ROOT,
                  "%s has %.1f m² near %s that none of its %d grids covers, more than the"
                      + " tolerance of %s m²",
                  unit,
                  area,
                  point(piece.getInteriorPoint().getCoordinate()),
                  parts.size(),
                  tolerance));
        }
      }
    }
  }

  private static Optional<Geometry> overlay(
      Geometry a, Geometry b, int op, int feature, ProblemList problems) {
    try {
      return Optional.of(OverlayNGRobust.overlay(a, b, op));
    } catch (TopologyException e) {
      problems.add(
          ProblemKind.INVALID_GEOMETRY,
          GridBoundaries.feature(feature),
          "the boundary cannot be compared with another: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static String point(Coordinate c) {
    return String.format(Locale.ROOT, "%.6f,%.6f", c.x, c.y);
  }

  /**
   * The check as {@code TopologyCheck[tolerance 1.0 m², at most 1000 problems]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "TopologyCheck[tolerance " + tolerance + " m², at most " + maxProblems + " problems]";
  }
}
