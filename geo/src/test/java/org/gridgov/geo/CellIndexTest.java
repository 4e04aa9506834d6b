package org.gridgov.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridgov.core.GridCode;
import org.junit.jupiter.api.Test;

/** The shape of the cell raster: which cells answer directly, and how the cap coarsens it. */
class CellIndexTest {
  private static final GridCode WEST = GridCode.parse("210802001003001");
  private static final GridCode EAST = GridCode.parse("210802001003002");

  @Test
  void theCellsInsideOneSquareAnswerDirectlyAndTheCellsItsEdgesCrossTest() {
    GridBoundaries set =
        GridBoundaries.of(Crs.WGS84, List.of(Boundary.ofGrid(WEST, Tiling.rectangle(0, 0, 8, 8))));
    CellIndex cells = GridLocator.of(set, 8, 1 << 20).cells();
    assertThat(cells.columns()).isEqualTo(8);
    assertThat(cells.rows()).isEqualTo(8);
    assertThat(cells.directCells()).isEqualTo(36);
    assertThat(cells.listedCells()).isEqualTo(28);
  }

  @Test
  void aSharedEdgeOnACellEdgeCrossesTheCellsOnBothSides() {
    GridBoundaries set =
        GridBoundaries.of(
            Crs.WGS84,
            List.of(
                Boundary.ofGrid(WEST, Tiling.rectangle(0, 0, 4, 8)),
                Boundary.ofGrid(EAST, Tiling.rectangle(4, 0, 8, 8))));
    GridLocator locator = GridLocator.of(set, 8, 1 << 20);
    CellIndex cells = locator.cells();
    assertThat(cells.columns()).isEqualTo(8);
    // columns 3 and 4 touch x = 4, columns 0 and 7 the outer edges, rows 0 and 7 the others
    assertThat(cells.directCells()).isEqualTo(2 * 2 * 6);
    assertThat(locator.gridAt(GeoPoint.wgs84(Tiling.lon(4), Tiling.lat(5)))).contains(WEST);
    assertThat(locator.gridAt(GeoPoint.wgs84(Math.nextUp(Tiling.lon(4)), Tiling.lat(5))))
        .contains(EAST);
  }

  @Test
  void theCapCoarsensTheCells() {
    GridBoundaries set =
        GridBoundaries.of(Crs.WGS84, List.of(Boundary.ofGrid(WEST, Tiling.rectangle(0, 0, 8, 8))));
    CellIndex cells = GridLocator.of(set, 8, 16).cells();
    assertThat(cells.columns()).isEqualTo(4);
    assertThat(cells.rows()).isEqualTo(4);
    assertThat(cells.directCells()).isEqualTo(4);
    assertThat(GridLocator.of(set, 8, 1).cells().directCells()).isZero();
  }

  @Test
  void anEmptySetHasNoCellAndEveryPointIsInNoGrid() {
    CellIndex cells = GridLocator.of(GridBoundaries.of(Crs.WGS84, List.of())).cells();
    assertThat(cells.columns() * cells.rows()).isZero();
    assertThat(cells.indexAt(122.25, 40.625)).isEqualTo(-1);
  }
}
