package org.gridgov.samples;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gridgov.core.Atlas;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.DivisionLevel;
import org.gridgov.core.Grid;
import org.gridgov.geo.Boundary;
import org.gridgov.geo.Crs;
import org.gridgov.geo.GridBoundaries;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedPolygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * <b>Synthetic</b> boundaries for the 营口 sample atlas: invented shapes, not the real grids,
 * communities or towns of 营口, generated deterministically so that demos, tests and benchmarks have
 * real geometry to work on. Do not use them as a map.
 *
 * <p>Each of the six county-level units gets a fixed rectangle near its real place (站前区 around
 * 122.24–122.31° E, 40.64–40.70° N); its towns are the Voronoi cells of seeded random points in the
 * rectangle, clipped to it; each town's communities or villages the Voronoi cells of points in the
 * town, clipped to the town; and each community's grids the Voronoi cells of points in the
 * community, clipped to the community. Every cell is convex, siblings tile their parent with no gap
 * or overlap (beyond floating-point slivers far below a square metre), and a grid lies inside its
 * community. The set holds the grids first (in atlas order), then communities and villages, then
 * towns, in WGS-84.
 *
 * <pre>{@code
 * GridBoundaries set = SyntheticBoundaries.yingkou();     // 7,955 grids, same on every call
 * }</pre>
 */
public final class SyntheticBoundaries {
  /** The seed of {@link #yingkou()}. */
  public static final long SEED = 20221210L;

  private static final GeometryFactory FACTORY = new GeometryFactory();

  /** Longitude and latitude ranges (min lon, min lat, max lon, max lat) of the county units. */
  private static final Map<String, double[]> COUNTIES =
      Map.of(
          "210803", new double[] {122.17, 40.64, 122.24, 40.70}, // 西市区
          "210802", new double[] {122.24, 40.64, 122.31, 40.70}, // 站前区
          "210811", new double[] {122.31, 40.56, 122.50, 40.70}, // 老边区
          "210882", new double[] {122.40, 40.40, 122.90, 40.56}, // 大石桥市
          "210881", new double[] {122.20, 40.05, 122.75, 40.40}, // 盖州市
          "210804", new double[] {121.95, 40.05, 122.20, 40.40}); // 鲅鱼圈区

  private SyntheticBoundaries() {}

  /**
   * The synthetic boundaries of {@link YingkouSample#atlas()}: all 7,955 grids, every community and
   * village, and every town. The result is the same on every call.
   *
   * @return the boundaries
   */
  public static GridBoundaries yingkou() {
    return Holder.YINGKOU;
  }

  private static final class Holder {
    static final GridBoundaries YINGKOU = generate(YingkouSample.atlas(), SEED);
  }

  /**
   * Synthetic boundaries for an atlas of 营口's county units (210802, 210803, 210804, 210811, 210881,
   * 210882), from a seed.
   *
   * @param atlas the atlas, such as {@link YingkouSample#atlas()}
   * @param seed the seed
   * @return the boundaries, the same for the same atlas and seed
   * @throws IllegalArgumentException if the atlas has other county-level units
   */
  public static GridBoundaries generate(Atlas atlas, long seed) {
    checkNotNull(atlas, "atlas");
    Random random = new Random(seed);
    List<Boundary> grids = new ArrayList<>();
    List<Boundary> units = new ArrayList<>();
    List<Boundary> towns = new ArrayList<>();
    for (Division county : atlas.divisions()) {
      if (county.level() != DivisionLevel.COUNTY) {
        continue;
      }
      double[] r = COUNTIES.get(county.code().toString());
      checkArgument(r != null, "no synthetic area for the county unit %s", county.code());
      Geometry area = FACTORY.toGeometry(new Envelope(r[0], r[2], r[1], r[3]));
      List<Division> townList = atlas.children(county.code());
      List<Geometry> townCells = cells(area, townList.size(), random);
      for (int t = 0; t < townList.size(); t++) {
        DivisionCode town = townList.get(t).code();
        towns.add(Boundary.ofDivision(town, townCells.get(t)));
        List<Division> unitList = atlas.children(town);
        List<Geometry> unitCells = cells(townCells.get(t), unitList.size(), random);
        for (int u = 0; u < unitList.size(); u++) {
          DivisionCode unit = unitList.get(u).code();
          units.add(Boundary.ofDivision(unit, unitCells.get(u)));
          List<Grid> gridList = atlas.gridsBelow(unit);
          List<Geometry> gridCells = cells(unitCells.get(u), gridList.size(), random);
          for (int g = 0; g < gridList.size(); g++) {
            grids.add(Boundary.ofGrid(gridList.get(g).code(), gridCells.get(g)));
          }
        }
      }
    }
    List<Boundary> all = new ArrayList<>(grids);
    all.addAll(units);
    all.addAll(towns);
    return GridBoundaries.of(Crs.WGS84, all);
  }

  /** The Voronoi cells of {@code n} random points in a convex area, clipped to it, in order. */
  private static List<Geometry> cells(Geometry area, int n, Random random) {
    if (n == 0) {
      return List.of();
    }
    if (n == 1) {
      return List.of(area);
    }
    Envelope e = area.getEnvelopeInternal();
    PreparedPolygon inside = new PreparedPolygon((Polygon) area);
    List<Coordinate> sites = new ArrayList<>(n);
    while (sites.size() < n) {
      Coordinate c =
          new Coordinate(
              e.getMinX() + random.nextDouble() * e.getWidth(),
              e.getMinY() + random.nextDouble() * e.getHeight());
      if (inside.containsProperly(FACTORY.createPoint(c))) {
        sites.add(c);
      }
    }
    VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
    voronoi.setSites(sites);
    Envelope clip = new Envelope(e);
    clip.expandBy(e.getWidth() + e.getHeight());
    voronoi.setClipEnvelope(clip);
    Geometry diagram = voronoi.getDiagram(FACTORY);
    Map<Coordinate, Geometry> bySite = new HashMap<>();
    for (int i = 0; i < diagram.getNumGeometries(); i++) {
      Geometry cell = diagram.getGeometryN(i);
      bySite.put((Coordinate) cell.getUserData(), cell);
    }
    List<Geometry> result = new ArrayList<>(n);
    for (Coordinate s : sites) {
      Geometry cell = bySite.get(s);
      checkArgument(cell != null, "two generated points coincide");
      result.add(polygon(OverlayNGRobust.overlay(cell, area, OverlayNG.INTERSECTION)));
    }
    return result;
  }

  /** The largest polygon of an overlay result (a convex clip gives exactly one). */
  private static Geometry polygon(Geometry g) {
    Geometry best = g.getGeometryN(0);
    for (int i = 1; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i).getArea() > best.getArea()) {
        best = g.getGeometryN(i);
      }
    }
    checkArgument(best instanceof Polygon && !best.isEmpty(), "an empty Voronoi cell");
    return best;
  }
}
