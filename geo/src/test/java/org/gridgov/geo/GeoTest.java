package org.gridgov.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gridgov.core.Atlas;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.Liaison;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.Sector;
import org.gridgov.core.WhistleRoute;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** Examples of the geo API: values, lookup, whistle routing and the topology check. */
class GeoTest {
  private static final GridCode WEST = GridCode.parse("210802001003001");
  private static final GridCode EAST = GridCode.parse("210802001003002");
  private static final DivisionCode COMMUNITY = DivisionCode.parse("210802001003");

  /** 五大门社区 as two grids side by side, each 1/1024° wide (about 67 m) and 2/1024° high. */
  private static Atlas atlas(GridCode... grids) {
    Atlas.Builder b =
        Atlas.builder()
            .asOf(java.time.LocalDate.of(2022, 12, 10))
            .sectors(Sector.predefined())
            .addDivision(Division.of("21", "辽宁省"))
            .addDivision(Division.of("2108", "营口市"))
            .addDivision(Division.of("210802", "站前区"))
            .addDivision(Division.of("210802001", "八田地街道"))
            .addDivision(Division.of(COMMUNITY, "五大门社区"))
            .addLiaison(new Liaison("热力公司 王工", COMMUNITY, Sector.HEATING));
    for (GridCode g : grids) {
      b.addGrid(Grid.builder(g, COMMUNITY).name("网格" + g).build());
    }
    return b.build();
  }

  private static GridBoundaries twoGrids() {
    return GridBoundaries.of(
        Crs.WGS84,
        List.of(
            Boundary.ofGrid(WEST, Tiling.rectangle(0, 0, 1, 2)),
            Boundary.ofGrid(EAST, Tiling.rectangle(1, 0, 2, 2)),
            Boundary.ofDivision(COMMUNITY, Tiling.rectangle(0, 0, 2, 2))));
  }

  @Test
  void aPointIsInItsGridAndOnTheSharedEdgeInTheSmallerCode() {
    GridLocator locator = GridLocator.of(twoGrids());
    assertThat(locator.size()).isEqualTo(2);
    assertThat(locator.gridAt(GeoPoint.wgs84(Tiling.lon(1.5), Tiling.lat(1)))).contains(EAST);
    assertThat(locator.gridAt(GeoPoint.wgs84(Tiling.lon(0.5), Tiling.lat(1)))).contains(WEST);
    assertThat(locator.gridAt(GeoPoint.wgs84(Tiling.lon(1), Tiling.lat(1)))).contains(WEST);
    assertThat(locator.gridAt(GeoPoint.wgs84(Tiling.lon(2), Tiling.lat(2)))).contains(EAST);
  }

  @Test
  void outsideEveryGridTheNearestGridAndItsDistance() {
    GridLocator locator = GridLocator.of(twoGrids());
    // one unit (1/1024°) east of the east grid, at 40.626° N: 108.6 m × cos(40.626°) ≈ 82.5 m
    GeoPoint p = GeoPoint.wgs84(Tiling.lon(3), Tiling.lat(1));
    Lookup where = locator.locate(p);
    assertThat(where.kind()).isEqualTo(Lookup.Kind.OUTSIDE);
    assertThat(where.grid()).isEmpty();
    Lookup.Nearest nearest = ((Lookup.Outside) where).nearest().orElseThrow();
    assertThat(nearest.grid()).isEqualTo(EAST);
    double expected =
        Metric.METRES_PER_DEGREE * Tiling.UNIT * Math.cos(Math.toRadians(Tiling.lat(1)));
    assertThat(nearest.metres()).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(nearest.metres()).isBetween(82.0, 83.0);
  }

  @Test
  void anEmptySetHasNoNearestGrid() {
    GridLocator locator = GridLocator.of(GridBoundaries.of(Crs.GCJ02, List.of()));
    assertThat(locator.locate(GeoPoint.gcj02(122.0, 40.0)))
        .isEqualTo(new Lookup.Outside(GeoPoint.gcj02(122.0, 40.0), Optional.empty()));
  }

  @Test
  void aPointInAnotherCrsIsRefused() {
    GridLocator locator = GridLocator.of(twoGrids());
    assertThatThrownBy(() -> locator.locate(GeoPoint.gcj02(122.25, 40.625)))
        .isInstanceOf(CrsMismatchException.class)
        .hasMessageContaining("WGS84")
        .hasMessageContaining("GCJ02");
    assertThatThrownBy(
            () ->
                locator.locateAll(
                    List.of(GeoPoint.wgs84(122.25, 40.625), GeoPoint.gcj02(122.25, 40.625))))
        .isInstanceOfSatisfying(
            CrsMismatchException.class,
            e -> {
              assertThat(e.expected()).isEqualTo(Crs.WGS84);
              assertThat(e.given()).isEqualTo(Crs.GCJ02);
            });
  }

  @Test
  void aWhistleFromAPointGoesToItsGridsRoute() {
    GeoAtlas geo = GeoAtlas.of(atlas(WEST, EAST), twoGrids());
    GeoPoint inEast = GeoPoint.wgs84(Tiling.lon(1.5), Tiling.lat(1));
    WhistleRoute route = geo.routeWhistle(inEast, "heating").orElseThrow();
    assertThat(route.grid()).isEqualTo(EAST);
    assertThat(route.kind()).isEqualTo(WhistleRoute.Kind.ANSWERED);
    assertThat(route.liaison().orElseThrow().name()).isEqualTo("热力公司 王工");
    assertThat(geo.routeWhistle(GeoPoint.wgs84(Tiling.lon(9), Tiling.lat(1)), "heating")).isEmpty();
    assertThat(geo.locateAll(List.of(inEast)))
        .extracting(Lookup::grid)
        .containsExactly(Optional.of(EAST));
    assertThat(geo.check()).isEmpty();
    assertThatThrownBy(() -> geo.routeWhistle(inEast, "no-such-sector"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"no-such-sector\" is not in the atlas's sector catalogue");
    // outside every grid the sector is checked all the same (it returned empty)
    GeoPoint outside = GeoPoint.wgs84(Tiling.lon(9), Tiling.lat(1));
    assertThatThrownBy(() -> geo.routeWhistle(outside, "no-such-sector"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"no-such-sector\" is not in the atlas's sector catalogue");
  }

  @Test
  void theCheckLocatesEachProblemAtItsFeature() {
    // a bow tie (self-intersecting), a grid the atlas lacks, a grid with no boundary, a grid that
    // overlaps its neighbour and reaches outside the community, and a gap
    Geometry bowTie =
        Tiling.FACTORY.createPolygon(
            new Coordinate[] {
              new Coordinate(Tiling.lon(0), Tiling.lat(0)),
              new Coordinate(Tiling.lon(1), Tiling.lat(2)),
              new Coordinate(Tiling.lon(1), Tiling.lat(0)),
              new Coordinate(Tiling.lon(0), Tiling.lat(2)),
              new Coordinate(Tiling.lon(0), Tiling.lat(0))
            });
    GridCode third = GridCode.parse("210802001003003");
    GridCode stranger = GridCode.parse("210802001003009");
    GridCode missing = GridCode.parse("210802001003004");
    GridBoundaries set =
        GridBoundaries.of(
            Crs.WGS84,
            List.of(
                Boundary.ofGrid(WEST, bowTie),
                Boundary.ofGrid(EAST, Tiling.rectangle(1, 0, 2.5, 1)),
                Boundary.ofGrid(third, Tiling.rectangle(1.5, 1, 2, 2)),
                Boundary.ofGrid(stranger, Tiling.rectangle(5, 5, 6, 6)),
                Boundary.ofDivision(COMMUNITY, Tiling.rectangle(0, 0, 2, 2))));
    Atlas atlas = atlas(WEST, EAST, third, missing);
    List<Problem> problems = TopologyCheck.defaults().check(atlas, set);
    assertThat(problems)
        .extracting(p -> p.kind() + " " + p.location())
        .containsExactly(
            "INVALID_GEOMETRY $.features[0].geometry",
            "UNKNOWN_GRID $.features[3].properties.grid",
            "OUTSIDE_PARENT $.features[1]",
            "MISSING_BOUNDARY grids[3]");
    assertThat(problems.get(0).message())
        .contains("210802001003001")
        .contains("Self-intersection")
        .contains("at 122.250488,40.625977");
    assertThat(problems.get(2).message()).contains("4474.8 m²").contains("$.features[4]");
    // the gap check skips a community with an invalid grid; with the bow tie mended it runs
    List<Boundary> mended = new java.util.ArrayList<>(set.boundaries());
    mended.set(0, Boundary.ofGrid(WEST, Tiling.rectangle(0, 0, 1.5, 2)));
    mended.set(2, Boundary.ofGrid(third, Tiling.rectangle(1.5, 1.5, 2, 2)));
    List<Problem> again =
        TopologyCheck.defaults().check(atlas, GridBoundaries.of(Crs.WGS84, mended));
    assertThat(again)
        .extracting(p -> p.kind() + " " + p.location())
        .containsExactly(
            "UNKNOWN_GRID $.features[3].properties.grid",
            "OVERLAP $.features[0]",
            "OUTSIDE_PARENT $.features[1]",
            "GAP $.features[4]",
            "MISSING_BOUNDARY grids[3]");
    assertThat(again.get(1).message()).contains("210802001003002").contains("4474.8 m²");
    assertThat(again.get(3).message()).contains("2237.4 m²").contains("none of its 3 grids covers");
    // a tolerance above the largest area (half a unit²: 4,474.8 m²) keeps them quiet
    assertThat(
            TopologyCheck.defaults()
                .withTolerance(5000)
                .check(atlas, GridBoundaries.of(Crs.WGS84, mended)))
        .extracting(Problem::kind)
        .containsExactly(ProblemKind.UNKNOWN_GRID, ProblemKind.MISSING_BOUNDARY);
    assertThatThrownBy(() -> TopologyCheck.defaults().withMaxProblems(1).requireClean(atlas, set))
        .isInstanceOfSatisfying(
            InvalidBoundariesException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              assertThat(e.omittedProblems()).isEqualTo(3);
            });
  }

  @Test
  void codesGivenTwiceAreRefusedAtTheirFeature() {
    assertThatThrownBy(
            () ->
                GridBoundaries.of(
                    Crs.WGS84,
                    List.of(
                        Boundary.ofGrid(WEST, Tiling.rectangle(0, 0, 1, 1)),
                        Boundary.ofGrid(WEST, Tiling.rectangle(1, 0, 2, 1)))))
        .isInstanceOfSatisfying(
            InvalidBoundariesException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new Problem(
                            ProblemKind.DUPLICATE_CODE,
                            Location.json()
                                .field("features")
                                .index(1)
                                .field("properties")
                                .field("grid"),
                            "the grid 210802001003001 has a boundary at $.features[0] already")));
  }

  @Test
  void boundariesAreCheckedAndCopied() {
    Geometry square = Tiling.rectangle(0, 0, 1, 1);
    Boundary b = Boundary.ofGrid(WEST, square);
    square.getCoordinates()[0].x = 0; // the caller's geometry changes, not the boundary's
    square.geometryChanged();
    assertThat(b.geometry().getCoordinates()[0].x).isEqualTo(Tiling.lon(0));
    b.geometry().getCoordinates()[0].x = 0;
    assertThat(b.geometry().getCoordinates()[0].x).isEqualTo(Tiling.lon(0));
    assertThat(b.toString()).isEqualTo("Boundary[GRID 210802001003001, Polygon of 5 points]");
    assertThat(b.code()).isEqualTo("210802001003001");
    assertThat(b.division()).isEmpty();
    assertThatThrownBy(
            () -> Boundary.ofGrid(WEST, Tiling.FACTORY.createPoint(new Coordinate(1, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Point");
    assertThatThrownBy(() -> Boundary.ofGrid(WEST, Tiling.FACTORY.createPolygon()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                Boundary.ofDivision(COMMUNITY, Tiling.rectangle(200 * 1024, 0, 200 * 1024 + 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longitude from -180 to 180");
  }

  @Test
  void aBoundaryWithAnEmptyPolygonOrRingIsRefusedAsTheFormatCannotWriteIt() {
    // JTS builds both; written as [[]] or [], they were refused when read back, so a set that
    // GridBoundaries.of accepted did not survive GridBoundariesJson.toJson and reader().read
    Polygon square = (Polygon) Tiling.rectangle(0, 0, 1, 1);
    Geometry emptyPart =
        Tiling.FACTORY.createMultiPolygon(new Polygon[] {square, Tiling.FACTORY.createPolygon()});
    Geometry emptyHole =
        Tiling.FACTORY.createPolygon(
            square.getExteriorRing(), new LinearRing[] {Tiling.FACTORY.createLinearRing()});
    for (Geometry g : List.of(emptyPart, emptyHole)) {
      assertThatThrownBy(() -> Boundary.ofGrid(WEST, g))
          .as("%s", g)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("empty");
    }
  }

  @Test
  void valueTypes() {
    new EqualsTester()
        .addEqualityGroup(GeoPoint.wgs84(122.25, 40.5), GeoPoint.of(122.25, 40.5, Crs.WGS84))
        .addEqualityGroup(GeoPoint.gcj02(122.25, 40.5))
        .addEqualityGroup(GeoPoint.wgs84(0.0, 0.0), GeoPoint.wgs84(-0.0, -0.0))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Boundary.ofGrid(WEST, Tiling.rectangle(0, 0, 1, 1)),
            Boundary.ofGrid(WEST, Tiling.rectangle(0, 0, 1, 1)))
        .addEqualityGroup(Boundary.ofGrid(EAST, Tiling.rectangle(0, 0, 1, 1)))
        .addEqualityGroup(Boundary.ofDivision(COMMUNITY, Tiling.rectangle(0, 0, 1, 1)))
        .addEqualityGroup(Boundary.ofGrid(WEST, Tiling.rectangle(0, 0, 1, 2)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(twoGrids(), twoGrids())
        .addEqualityGroup(GridBoundaries.of(Crs.GCJ02, twoGrids().boundaries()))
        .testEquals();
    assertThat(twoGrids().toString()).isEqualTo("GridBoundaries[WGS84, 2 grids, 1 divisions]");
    assertThat(GeoPoint.wgs84(122.2655, 40.6672).toString()).isEqualTo("122.2655,40.6672 WGS84");
    assertThatThrownBy(() -> GeoPoint.wgs84(Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GeoPoint.wgs84(0, 90.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Lookup.Nearest(WEST, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Crs.fromName("urn:ogc:def:crs:OGC:1.3:CRS84")).contains(Crs.WGS84);
    assertThat(Crs.fromName("gcj-02")).contains(Crs.GCJ02);
    assertThat(Crs.fromName("EPSG:3857")).isEmpty();
    assertThatThrownBy(() -> TopologyCheck.defaults().withTolerance(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TopologyCheck.defaults().withTolerance(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nullsAreRefusedByName() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(GridCode.class, WEST)
            .setDefault(DivisionCode.class, COMMUNITY)
            .setDefault(Geometry.class, Tiling.rectangle(0, 0, 1, 1))
            .setDefault(GridBoundaries.class, twoGrids())
            .setDefault(GeoPoint.class, GeoPoint.wgs84(122.25, 40.625))
            .setDefault(Atlas.class, atlas(WEST, EAST));
    for (Class<?> c :
        List.of(
            GeoPoint.class,
            Boundary.class,
            GridBoundaries.class,
            GridLocator.class,
            GeoAtlas.class,
            TopologyCheck.class,
            Crs.class,
            Lookup.Inside.class,
            Lookup.Outside.class,
            Lookup.Nearest.class)) {
      tester.testAllPublicStaticMethods(c);
      tester.testAllPublicConstructors(c);
    }
    tester.testAllPublicInstanceMethods(twoGrids());
    tester.testAllPublicInstanceMethods(GridLocator.of(twoGrids()));
    tester.testAllPublicInstanceMethods(GeoAtlas.of(atlas(WEST, EAST), twoGrids()));
    tester.testAllPublicInstanceMethods(TopologyCheck.defaults());
  }

  @Test
  void theTilingFixtureIsExact() {
    Tiling t = new Tiling(new SplittableRandom(7), 3);
    assertThat(t.boundaries().boundaries()).hasSize(t.cells.size() + t.communities.size());
  }
}
