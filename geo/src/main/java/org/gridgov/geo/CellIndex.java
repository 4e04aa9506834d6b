package org.gridgov.geo;

import java.util.Arrays;
import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * The point → grid kernel of {@link GridLocator}: a uniform raster of cells over the extent of the
 * grid polygons, each cell holding the answer for every point in it, or the few grids to test and
 * the few edges to test them with.
 *
 * <p>At build time every polygon edge marks the cells it passes through, tested against the cell
 * widened by a margin far above floating-point error, so that a point the lookup's arithmetic puts
 * in a cell is inside the widened cell. A polygon with no edge in a cell has no boundary there, so
 * it covers either all of the cell or none of it, which JTS's point locator decides once at the
 * cell's centre (once per run of such cells along a row, which are connected). A cell then lists,
 * by ascending grid index, the grids with an edge in it up to and including the first grid covering
 * it whole: a cell whose first grid covers it whole answers directly (no point-in-polygon test at
 * all), an empty cell answers "in no grid", and any other cell tests its listed grids in order and
 * answers the first whose closed polygon covers the point. Every grid not listed is exterior to the
 * whole cell, so the answer is always the smallest index whose polygon covers the point, exactly as
 * a scan of every polygon gives.
 *
 * <p>The test of a listed grid counts the edges passing east of the point on its row (a crossing
 * number, half-open in y, with points on an edge covered), deciding sides with JTS's exact
 * orientation test as JTS's own point locators do, over the grid's edges that reach the cell's row
 * and reach east of the cell's western side: the only edges the rule can count for a point in the
 * cell. Edges are kept per row and grid, easternmost first, as indices into packed coordinate
 * arrays, so a test reads a handful of doubles and allocates nothing.
 *
 * <p>Size: cells are about a {@link #PER_SIDE}th of the median grid's envelope side, at most {@link
 * #MAX_CELLS} (coarser cells when the extent is larger). Memory is 4 bytes per cell (at most 4
 * MiB), 12 bytes per pair of a crossed cell and a grid with an edge in it (an edge adds at most one
 * pair per cell it crosses), 4 bytes per pair of an edge and a row it reaches, and 16 bytes per
 * vertex; it does not grow with the points looked up. Building costs O(v + c + r·log r) for v
 * vertices, c cells and r edge-row pairs (a row's edges sorted by their east end), plus one
 * point-in-polygon test per run of uncrossed cells in each grid's envelope row.
 */
final class CellIndex {
  /** The cap on the number of cells: 2^20, so 4 MiB of cell words. */
  static final int MAX_CELLS = 1 << 20;

  /** Cells along the side of the median grid's envelope, when the cap allows. */
  static final int PER_SIDE = 8;

  /** The word of a cell in no grid. */
  private static final int NONE = Integer.MIN_VALUE;

  private final double minX;
  private final double minY;
  private final double maxX;
  private final double maxY;
  private final int nx;
  private final int ny;
  private final double width;
  private final double height;
  private final double invWidth;
  private final double invHeight;

  /**
   * Per cell, row by row: {@link #NONE}, {@code ~g} for "grid g covers the cell whole", or the
   * offset in {@link #lists} of its list.
   */
  private final int[] cells;

  /**
   * Per crossed cell: the length L, then L words of entries in ascending grid order: {@code g,
   * from, to} to test grid g with {@code edges[from..to)}, or a last {@code ~g} for a grid covering
   * the cell whole.
   */
  private final int[] lists;

  /** Edges as the index of their first vertex in {@link #xs}/{@link #ys}; the next is the end. */
  private final int[] edges;

  private final double[] xs;
  private final double[] ys;

  private final int directCells;
  private final int listedCells;

  /**
   * The index of polygons.
   *
   * @param shapes polygons and multipolygons, in index order
   * @param perSide cells along the median envelope's side
   * @param maxCells the cap on cells, at least 1
   */
  CellIndex(Geometry[] shapes, int perSide, int maxCells) {
    int n = shapes.length;
    Envelope all = new Envelope();
    double[] sides = new double[n];
    int vertices = 0;
    for (int g = 0; g < n; g++) {
      Envelope e = shapes[g].getEnvelopeInternal();
      all.expandToInclude(e);
      sides[g] = Math.max(e.getWidth(), e.getHeight());
      vertices += shapes[g].getNumPoints();
    }
    if (n == 0) {
      // no cell, and a range no point is in
      minX = minY = 1;
      maxX = maxY = 0;
      nx = ny = 0;
      width = height = invWidth = invHeight = 0;
      cells = lists = edges = new int[0];
      xs = ys = new double[0];
      directCells = listedCells = 0;
      return;
    }
    minX = all.getMinX();
    minY = all.getMinY();
    maxX = all.getMaxX();
    maxY = all.getMaxY();
    Arrays.sort(sides);
    double side = sides[n / 2] / perSide;
    double across = all.getWidth() / side;
    double up = all.getHeight() / side;
    if (!(side > 0) || !(across * up < Double.POSITIVE_INFINITY)) {
      across = up = 1;
    }
    if (across * up > maxCells) {
      double shrink = Math.sqrt(across * up / maxCells);
      across /= shrink;
      up /= shrink;
    }
    nx = (int) Math.max(1, Math.min(maxCells, Math.floor(across)));
    int rowsAllowed = maxCells / nx;
    ny = (int) Math.max(1, Math.min(rowsAllowed, Math.floor(up)));
    width = all.getWidth() / nx;
    height = all.getHeight() / ny;
    invWidth = width > 0 ? 1 / width : 0;
    invHeight = height > 0 ? 1 / height : 0;
    xs = new double[vertices];
    ys = new double[vertices];
    Builder b = new Builder();
    for (int g = 0; g < n; g++) {
      b.grid(g, shapes[g]);
    }
    cells = new int[nx * ny];
    lists = b.lists(cells);
    edges = b.edges();
    int direct = 0;
    int listed = 0;
    for (int w : cells) {
      if (w >= 0) {
        listed++;
      } else if (w != NONE) {
        direct++;
      }
    }
    directCells = direct;
    listedCells = listed;
  }

  /**
   * The smallest index of a polygon whose closed area covers the point, or -1. O(1) in a cell
   * covered whole or in none; otherwise a ray-crossing test over the few edges of each listed grid
   * in the cell's row, until one covers the point. Allocates nothing.
   */
  int indexAt(double x, double y) {
    if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) {
      return -1;
    }
    int w = cells[row(y) * nx + column(x)];
    if (w < 0) {
      return w == NONE ? -1 : ~w;
    }
    int end = w + 1 + lists[w];
    for (int k = w + 1; k < end; k += 3) {
      int g = lists[k];
      if (g < 0) {
        return ~g;
      }
      if (covers(lists[k + 1], lists[k + 2], x, y)) {
        return g;
      }
    }
    return -1;
  }

  /**
   * Whether the closed polygon covers the point, given every edge of it that can hold the point or
   * pass east of it on its row. A point on an edge (collinear by the exact orientation test and
   * within the edge's extent) is covered; otherwise the point is inside when an odd number of edges
   * pass east of it, counting an edge whose lowest point is at or below the point and whose highest
   * is above it (half-open in y, so that a vertex on the point's row counts once). This is the
   * decision JTS's point locators make, so both agree on every point, boundaries included.
   */
  private boolean covers(int from, int to, double px, double py) {
    boolean inside = false;
    for (int e = from; e < to; e++) {
      int v = edges[e];
      double ax = xs[v];
      double ay = ys[v];
      double bx = xs[v + 1];
      double by = ys[v + 1];
      if (Math.max(ax, bx) < px) {
        continue; // wholly west: neither holds the point nor passes east of it
      }
      boolean upward = ay <= by;
      double lowX = upward ? ax : bx;
      double lowY = upward ? ay : by;
      double highX = upward ? bx : ax;
      double highY = upward ? by : ay;
      if (py < lowY || py > highY) {
        continue; // does not reach the point's row
      }
      // +1: the point lies left of the edge walked upwards, so the edge passes east of it
      int side = CGAlgorithmsDD.orientationIndex(lowX, lowY, highX, highY, px, py);
      if (side == 0) {
        if (px >= Math.min(ax, bx)) {
          return true; // collinear and within the edge's extent: on the boundary
        }
        continue;
      }
      if (side == 1 && py < highY) {
        inside = !inside;
      }
    }
    return inside;
  }

  private int column(double x) {
    return Math.min((int) ((x - minX) * invWidth), nx - 1);
  }

  private int row(double y) {
    return Math.min((int) ((y - minY) * invHeight), ny - 1);
  }

  /** The western edge of a column, as the lookup's arithmetic places it; for tests. */
  double columnEdge(int i) {
    return minX + i * width;
  }

  /** The southern edge of a row; for tests. */
  double rowEdge(int j) {
    return minY + j * height;
  }

  int columns() {
    return nx;
  }

  int rows() {
    return ny;
  }

  /** Cells answered without a point-in-polygon test because one grid covers them whole. */
  int directCells() {
    return directCells;
  }

  /** Cells with a list of grids to test. */
  int listedCells() {
    return listedCells;
  }

  /** Edge-row pairs kept for the tests of crossed cells. */
  int edgeRows() {
    return edges.length;
  }

  /**
   * Building state. Grids are added in index order, so each cell's entries come in ascending grid
   * order; {@link #marked} says which grid last put an edge in a cell.
   */
  private final class Builder {
    /** Far above the error of {@link #column}/{@link #row}, far below a cell. */
    private final double margin = 1e-6 * Math.max(width, height) + 1e-9;

    private final int[] marked = new int[nx * ny];
    private int vertices;

    /** Per entry: its cell, and ~g (whole) or the offset of (g, from, to) in {@link #tests}. */
    private int[] entryCell = new int[1024];

    private int[] entryValue = new int[1024];
    private int entryCount;
    private int[] tests = new int[1024];
    private int testCount;
    private int[] edgeList = new int[1024];
    private int edgeCount;

    /** The current grid's edge-row pairs: row and vertex, and its crossed cells. */
    private long[] pending = new long[64];

    private int pendingCount;
    private int[] crossed = new int[64];
    private int crossedCount;

    Builder() {
      Arrays.fill(marked, -1);
    }

    void grid(int g, Geometry shape) {
      pendingCount = 0;
      crossedCount = 0;
      for (int p = 0; p < shape.getNumGeometries(); p++) {
        Polygon polygon = (Polygon) shape.getGeometryN(p);
        ring(g, polygon.getExteriorRing().getCoordinateSequence());
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
          ring(g, polygon.getInteriorRingN(h).getCoordinateSequence());
        }
      }
      rowEdges(g);
      interior(g, shape);
    }

    private void ring(int g, CoordinateSequence ring) {
      int first = vertices;
      for (int k = 0; k < ring.size(); k++) {
        xs[vertices] = ring.getX(k);
        ys[vertices] = ring.getY(k);
        vertices++;
      }
      for (int v = first; v + 1 < vertices; v++) {
        segment(g, v);
      }
    }

    /** Marks the cells edge v crosses and notes the rows it reaches. */
    private void segment(int g, int v) {
      double ax = xs[v];
      double ay = ys[v];
      double bx = xs[v + 1];
      double by = ys[v + 1];
      double low = Math.min(ay, by);
      double high = Math.max(ay, by);
      int j0 = Math.max(0, clampRow(low - margin) - 1);
      int j1 = Math.min(ny - 1, clampRow(high + margin) + 1);
      for (int j = j0; j <= j1; j++) {
        double y0 = rowEdge(j) - margin;
        double y1 = rowEdge(j + 1) + margin;
        if (high < y0 || low > y1) {
          continue;
        }
        pend(((long) j << 32) | v);
        // the edge's x range within this row's slab narrows the cells to test
        double lo;
        double hi;
        if (ay == by) {
          lo = Math.min(ax, bx);
          hi = Math.max(ax, bx);
        } else {
          double t0 = Math.max(0, Math.min(1, (y0 - ay) / (by - ay)));
          double t1 = Math.max(0, Math.min(1, (y1 - ay) / (by - ay)));
          double x0 = ax + t0 * (bx - ax);
          double x1 = ax + t1 * (bx - ax);
          lo = Math.min(x0, x1);
          hi = Math.max(x0, x1);
        }
        int i0 = Math.max(0, clampColumn(lo - margin) - 1);
        int i1 = Math.min(nx - 1, clampColumn(hi + margin) + 1);
        for (int i = i0; i <= i1; i++) {
          int cell = j * nx + i;
          if (marked[cell] != g
              && crosses(
                  ax, ay, bx, by, columnEdge(i) - margin, y0, columnEdge(i + 1) + margin, y1)) {
            marked[cell] = g;
            if (crossedCount == crossed.length) {
              crossed = Arrays.copyOf(crossed, crossedCount * 2);
            }
            crossed[crossedCount++] = cell;
          }
        }
      }
    }

    private void pend(long rowAndVertex) {
      if (pendingCount == pending.length) {
        pending = Arrays.copyOf(pending, pendingCount * 2);
      }
      pending[pendingCount++] = rowAndVertex;
    }

    /**
     * Files grid g's edges per row, easternmost first, and gives each crossed cell its test: the
     * row's edges that reach east of the cell's western side (widened).
     */
    private void rowEdges(int g) {
      Arrays.sort(pending, 0, pendingCount);
      int[] rowFrom = new int[0];
      int[] rowTo = new int[0];
      int firstRow = 0;
      if (pendingCount > 0) {
        firstRow = (int) (pending[0] >>> 32);
        int rowSpan = (int) (pending[pendingCount - 1] >>> 32) - firstRow + 1;
        rowFrom = new int[rowSpan];
        rowTo = new int[rowSpan];
      }
      int k = 0;
      while (k < pendingCount) {
        int j = (int) (pending[k] >>> 32);
        int end = k;
        while (end < pendingCount && (int) (pending[end] >>> 32) == j) {
          end++;
        }
        Integer[] row = new Integer[end - k];
        for (int m = k; m < end; m++) {
          row[m - k] = (int) pending[m];
        }
        Arrays.sort(row, (a, b) -> Double.compare(eastEnd(b), eastEnd(a)));
        rowFrom[j - firstRow] = edgeCount;
        for (Integer v : row) {
          if (edgeCount == edgeList.length) {
            edgeList = Arrays.copyOf(edgeList, edgeCount * 2);
          }
          edgeList[edgeCount++] = v;
        }
        rowTo[j - firstRow] = edgeCount;
        k = end;
      }
      for (int c = 0; c < crossedCount; c++) {
        int cell = crossed[c];
        int j = cell / nx;
        double west = columnEdge(cell % nx) - margin;
        int from = rowFrom[j - firstRow];
        int to = from;
        while (to < rowTo[j - firstRow] && eastEnd(edgeList[to]) >= west) {
          to++;
        }
        if (testCount + 3 > tests.length) {
          tests = Arrays.copyOf(tests, tests.length * 2);
        }
        add(cell, testCount);
        tests[testCount++] = g;
        tests[testCount++] = from;
        tests[testCount++] = to;
      }
    }

    private double eastEnd(int v) {
      return Math.max(xs[v], xs[v + 1]);
    }

    private void add(int cell, int value) {
      if (entryCount == entryCell.length) {
        entryCell = Arrays.copyOf(entryCell, entryCount * 2);
        entryValue = Arrays.copyOf(entryValue, entryCount * 2);
      }
      entryCell[entryCount] = cell;
      entryValue[entryCount++] = value;
    }

    private int clampColumn(double x) {
      double t = (x - minX) * invWidth;
      return t <= 0 ? 0 : (int) Math.min(nx - 1, t);
    }

    private int clampRow(double y) {
      double t = (y - minY) * invHeight;
      return t <= 0 ? 0 : (int) Math.min(ny - 1, t);
    }

    /**
     * The cells of grid g's envelope where it has no edge and that it covers whole: along each row
     * a run of such cells is connected and edge-free, so one test at the first cell's centre
     * decides the run.
     */
    private void interior(int g, Geometry shape) {
      Envelope e = shape.getEnvelopeInternal();
      IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(shape);
      int i0 = clampColumn(e.getMinX());
      int i1 = clampColumn(e.getMaxX());
      int j0 = clampRow(e.getMinY());
      int j1 = clampRow(e.getMaxY());
      for (int j = j0; j <= j1; j++) {
        boolean known = false;
        boolean inside = false;
        for (int i = i0; i <= i1; i++) {
          int cell = j * nx + i;
          if (marked[cell] == g) {
            known = false;
            continue;
          }
          if (!known) {
            Coordinate centre = new Coordinate(minX + (i + 0.5) * width, minY + (j + 0.5) * height);
            inside = locator.locate(centre) != Location.EXTERIOR;
            known = true;
          }
          if (inside) {
            add(cell, ~g);
          }
        }
      }
    }

    /** The lists, filling in the cell words: entries grouped by cell, keeping grid order. */
    int[] lists(int[] cellWords) {
      Arrays.fill(cellWords, NONE);
      int[] start = new int[nx * ny + 1];
      for (int k = 0; k < entryCount; k++) {
        start[entryCell[k] + 1]++;
      }
      for (int c = 0; c < nx * ny; c++) {
        start[c + 1] += start[c];
      }
      int[] byCell = new int[entryCount];
      int[] fill = Arrays.copyOf(start, nx * ny);
      for (int k = 0; k < entryCount; k++) {
        byCell[fill[entryCell[k]]++] = entryValue[k];
      }
      int[] out = new int[16];
      int used = 0;
      for (int c = 0; c < nx * ny; c++) {
        if (start[c] == start[c + 1]) {
          continue;
        }
        if (byCell[start[c]] < 0) {
          cellWords[c] = byCell[start[c]];
          continue;
        }
        int room = 1 + 3 * (start[c + 1] - start[c]);
        if (used + room > out.length) {
          out = Arrays.copyOf(out, Math.max(out.length * 2, used + room));
        }
        cellWords[c] = used;
        int length = used++;
        for (int k = start[c]; k < start[c + 1]; k++) {
          int value = byCell[k];
          if (value < 0) {
            out[used++] = value;
            break;
          }
          out[used++] = tests[value];
          out[used++] = tests[value + 1];
          out[used++] = tests[value + 2];
        }
        out[length] = used - length - 1;
      }
      return Arrays.copyOf(out, used);
    }

    int[] edges() {
      return Arrays.copyOf(edgeList, edgeCount);
    }
  }

  /**
   * Whether segment a–b meets the rectangle, by separating axes: the boxes overlap and the
   * rectangle's corners are not all strictly on one side of the segment's line. Exact up to
   * rounding, which the caller's margin absorbs (a miss by less than the margin is taken for a hit,
   * which only costs a test at lookup).
   */
  static boolean crosses(
      double ax, double ay, double bx, double by, double x0, double y0, double x1, double y1) {
    if (Math.max(ax, bx) < x0 || Math.min(ax, bx) > x1) {
      return false;
    }
    if (Math.max(ay, by) < y0 || Math.min(ay, by) > y1) {
      return false;
    }
    double dx = bx - ax;
    double dy = by - ay;
    double c00 = dx * (y0 - ay) - dy * (x0 - ax);
    double c10 = dx * (y0 - ay) - dy * (x1 - ax);
    double c01 = dx * (y1 - ay) - dy * (x0 - ax);
    double c11 = dx * (y1 - ay) - dy * (x1 - ax);
    boolean allAbove = c00 > 0 && c10 > 0 && c01 > 0 && c11 > 0;
    boolean allBelow = c00 < 0 && c10 < 0 && c01 < 0 && c11 < 0;
    return !allAbove && !allBelow;
  }
}
