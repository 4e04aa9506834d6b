package org.gridgov.it.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gridgov.core.Atlas;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.Liaison;
import org.gridgov.core.Sector;
import org.gridgov.core.WhistleRoute;
import org.gridgov.geo.Boundary;
import org.gridgov.geo.GeoAtlas;
import org.gridgov.geo.GeoPoint;
import org.gridgov.geo.GridBoundaries;
import org.gridgov.geo.InvalidBoundariesException;
import org.gridgov.geo.Lookup;
import org.gridgov.geo.io.GridBoundariesJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Geometry;

/**
 * The optional geo module in the same host: JTS's automatic module beside the gridgov modules, a
 * GeoJSON boundary read with the shared reader shape, a lookup and a whistle routed from a point,
 * and the geo values through the host's mappers — on the module path and on the class path.
 */
class HostGeoTest {
  private static final GridCode GRID = GridCode.parse("210802001007001");
  private static final DivisionCode COMMUNITY = DivisionCode.parse("210802001007");

  private static final Atlas ATLAS =
      Atlas.builder()
          .asOf(LocalDate.of(2022, 12, 10))
          .addDivision(Division.of("21", "辽宁省"))
          .addDivision(Division.of("2108", "营口市"))
          .addDivision(Division.of("210802", "站前区"))
          .addDivision(Division.of("210802001", "八田地街道"))
          .addDivision(Division.of("210802001007", "三楼社区"))
          .addGrid(
              Grid.builder(GRID, COMMUNITY).name("三楼社区第一网格").households(296).residents(711).build())
          .addLiaison(new Liaison("李供暖", DivisionCode.parse("210802001"), Sector.HEATING))
          .build();

  /** One square grid of about 850 m by 1.1 km in 站前区, in WGS-84. */
  private static final String GEOJSON =
      "{\"type\":\"FeatureCollection\",\"gridgov:crs\":\"WGS84\",\"features\":["
          + "{\"type\":\"Feature\",\"properties\":{\"grid\":\"210802001007001\"},"
          + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
          + "[[[122.26,40.66],[122.27,40.66],[122.27,40.67],[122.26,40.67],[122.26,40.66]]]}}]}";

  static Stream<Arguments> mappers() {
    return Stream.of(
        Arguments.of("registered", HostMappers.registered()),
        Arguments.of("discovered", HostMappers.discovered()));
  }

  @Test
  void jtsAndGeoAreModulesOnTheModulePath() {
    boolean modular = System.getProperty("host.path", "unset").equals("module");
    assertThat(GeoAtlas.class.getModule().isNamed()).isEqualTo(modular);
    if (modular) {
      assertThat(List.of(GeoAtlas.class, Geometry.class))
          .extracting(c -> c.getModule().getName())
          .containsExactly("org.gridgov.geo", "org.locationtech.jts");
    }
  }

  @Test
  void aPointIsLocatedAndAWhistleRoutedFromIt() {
    GridBoundaries boundaries = GridBoundariesJson.reader().read(GEOJSON);
    GeoAtlas geo = GeoAtlas.of(ATLAS, boundaries);
    assertThat(geo.check()).isEmpty();
    GeoPoint photo = GeoPoint.wgs84(122.265, 40.665);
    assertThat(geo.locate(photo)).isEqualTo(new Lookup.Inside(photo, GRID));
    WhistleRoute route = geo.routeWhistle(photo, "heating").orElseThrow();
    assertThat(route)
        .isInstanceOfSatisfying(
            WhistleRoute.Answered.class, a -> assertThat(a.answeredBy().name()).isEqualTo("李供暖"));
    Lookup sea = geo.locate(GeoPoint.wgs84(121.90, 40.20));
    assertThat(sea).isInstanceOf(Lookup.Outside.class);
    Lookup.Nearest nearest = ((Lookup.Outside) sea).nearest().orElseThrow();
    assertThat(nearest.grid()).isEqualTo(GRID);
    assertThat(nearest.metres()).isBetween(50_000.0, 70_000.0);
    assertThat(geo.routeWhistle(sea.point(), "heating")).isEmpty();
  }

  @Test
  void badGeoJsonIsRefusedWithItsPath() {
    assertThatThrownBy(
            () -> GridBoundariesJson.reader().read(GEOJSON.replace("210802001007001", "网格")))
        .isInstanceOfSatisfying(
            InvalidBoundariesException.class,
            e ->
                assertThat(e.problems())
                    .anySatisfy(
                        p -> assertThat(p.toString()).contains("$.features[0].properties.grid")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappers")
  void geoValuesRoundTrip(String how, ObjectMapper mapper) throws Exception {
    GridBoundaries boundaries = GridBoundariesJson.reader().read(GEOJSON);
    GeoPoint photo = GeoPoint.wgs84(122.265, 40.665);
    List<Object> values =
        List.of(
            photo,
            new Lookup.Inside(photo, GRID),
            new Lookup.Outside(photo, Optional.of(new Lookup.Nearest(GRID, 42.5))),
            new Lookup.Outside(photo, Optional.empty()),
            boundaries,
            boundaries.boundaries().get(0));
    for (Object v : values) {
      String json = mapper.writeValueAsString(v);
      Class<?> type =
          v instanceof Lookup
              ? Lookup.class
              : v instanceof Boundary ? Boundary.class : v.getClass();
      assertThat(mapper.readValue(json, type)).as(json).isEqualTo(v);
    }
    assertThat(
            mapper
                .readTree(mapper.writeValueAsString(new Lookup.Inside(photo, GRID)))
                .get("kind")
                .asText())
        .isEqualTo("INSIDE");
    assertThatThrownBy(() -> mapper.readValue("{\"crs\":\"WGS84\"}", GeoPoint.class))
        .isInstanceOf(JsonMappingException.class);
  }
}
