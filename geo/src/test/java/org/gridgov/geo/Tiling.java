package org.gridgov.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gridgov.core.Atlas;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.Sector;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A random small atlas and its exact boundaries for tests: communities side by side in one street
 * of 站前区, each a rectangle cut into columns and each column into rows of grids, every coordinate a
 * multiple of {@link #UNIT} from an exact origin, so that shared edges are bit-identical and points
 * on them are easy to make. Grid cells are kept in {@link #cells} (lattice units) so that tests can
 * plant defects.
 */
final class Tiling {
  static final double UNIT = 1.0 / 1024;
  static final double LON0 = 122.25;
  static final double LAT0 = 40.625;
  static final GeometryFactory FACTORY = new GeometryFactory();
  static final DivisionCode TOWN = DivisionCode.parse("210802001");

  /** A grid's rectangle in lattice units: x0, y0, x1, y1. */
  record Cell(GridCode code, DivisionCode unit, double x0, double y0, double x1, double y1) {
    Geometry geometry() {
      return rectangle(x0, y0, x1, y1);
    }

    Cell withRight(double newX1) {
      return new Cell(code, unit, x0, y0, newX1, y1);
    }
  }

  final List<DivisionCode> communities = new ArrayList<>();
  final List<int[]> communityRects = new ArrayList<>();
  final List<Cell> cells = new ArrayList<>();
  final Atlas atlas;

  Tiling(SplittableRandom r, int maxCommunities) {
    Atlas.Builder b =
        Atlas.builder()
            .asOf(java.time.LocalDate.of(2022, 12, 10))
            .sectors(Sector.predefined())
            .addDivision(Division.of("21", "辽宁省"))
            .addDivision(Division.of("2108", "营口市"))
            .addDivision(Division.of("210802", "站前区"))
            .addDivision(Division.of(TOWN, "八田地街道"));
    int n = 1 + r.nextInt(maxCommunities);
    int x = 0;
    for (int c = 1; c <= n; c++) {
      DivisionCode community = DivisionCode.parse(String.format("210802001%03d", c));
      b.addDivision(Division.of(community, "第" + c + "社区"));
      communities.add(community);
      int width = 2 + r.nextInt(12);
      int height = 2 + r.nextInt(12);
      communityRects.add(new int[] {x, 0, x + width, height});
      List<Integer> xs = cuts(r, width);
      int seq = 1;
      for (int i = 0; i + 1 < xs.size(); i++) {
        List<Integer> ys = cuts(r, height);
        for (int j = 0; j + 1 < ys.size(); j++) {
          GridCode code = GridCode.parse(community + String.format("%03d", seq++));
          cells.add(
              new Cell(
                  code, community, x + xs.get(i), ys.get(j), x + xs.get(i + 1), ys.get(j + 1)));
          b.addGrid(Grid.builder(code, community).name("网格" + code).build());
        }
      }
      x += width;
    }
    atlas = b.build();
  }

  /** 0, some cuts strictly between, and the length. */
  private static List<Integer> cuts(SplittableRandom r, int length) {
    List<Integer> result = new ArrayList<>();
    result.add(0);
    for (int at = 1; at < length; at++) {
      if (r.nextInt(3) == 0) {
        result.add(at);
      }
    }
    result.add(length);
    return result;
  }

  static double lon(double units) {
    return LON0 + units * UNIT;
  }

  static double lat(double units) {
    return LAT0 + units * UNIT;
  }

  static Geometry rectangle(double x0, double y0, double x1, double y1) {
    return FACTORY.toGeometry(new Envelope(lon(x0), lon(x1), lat(y0), lat(y1)));
  }

  int width() {
    return communityRects.get(communityRects.size() - 1)[2];
  }

  int height() {
    int h = 0;
    for (int[] c : communityRects) {
      h = Math.max(h, c[3]);
    }
    return h;
  }

  /** Grids first (in cell order), then communities. */
  GridBoundaries boundaries(List<Cell> gridCells) {
    List<Boundary> all = new ArrayList<>();
    for (Cell c : gridCells) {
      all.add(Boundary.ofGrid(c.code(), c.geometry()));
    }
    for (int i = 0; i < communities.size(); i++) {
      int[] rc = communityRects.get(i);
      all.add(Boundary.ofDivision(communities.get(i), rectangle(rc[0], rc[1], rc[2], rc[3])));
    }
    return GridBoundaries.of(Crs.WGS84, all);
  }

  GridBoundaries boundaries() {
    return boundaries(cells);
  }
}
