package org.gridgov.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.GridCode;
import org.gridgov.geo.Boundary;
import org.gridgov.geo.Crs;
import org.gridgov.geo.GeoPoint;
import org.gridgov.geo.GridBoundaries;
import org.gridgov.geo.Lookup;
import org.junit.jupiter.api.Test;

/** The geo values through a host's mapper with the modules found on the class path. */
class GridgovGeoModuleTest {
  private final ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();

  @Test
  void lookupsRoundTripWithTheirKind() throws Exception {
    GeoPoint p = new GeoPoint(122.2345, 40.6678, Crs.WGS84);
    GridCode g = GridCode.parse("210802001007001");
    for (Lookup l :
        new Lookup[] {
          new Lookup.Inside(p, g),
          new Lookup.Outside(p, Optional.of(new Lookup.Nearest(g, 42.5))),
          new Lookup.Outside(p, Optional.empty())
        }) {
      String json = mapper.writeValueAsString(l);
      assertThat(mapper.readTree(json).get("kind").asText())
          .isEqualTo(l instanceof Lookup.Inside ? "INSIDE" : "OUTSIDE");
      assertThat(mapper.readValue(json, Lookup.class)).as(json).isEqualTo(l);
    }
  }

  @Test
  void theModuleRegisteredAloneWritesGridCodesNotEmptyObjects() throws Exception {
    // without core's module beside it, a grid code was written as {} and the lookup not read back
    ObjectMapper alone = new ObjectMapper().registerModule(new GridgovGeoModule());
    GeoPoint p = new GeoPoint(122.2345, 40.6678, Crs.WGS84);
    GridCode g = GridCode.parse("210802001007001");
    Lookup inside = new Lookup.Inside(p, g);
    Lookup outside = new Lookup.Outside(p, Optional.of(new Lookup.Nearest(g, 42.5)));
    assertThat(alone.readTree(alone.writeValueAsString(inside)).get("in").asText())
        .isEqualTo("210802001007001");
    for (Lookup l : List.of(inside, outside)) {
      String json = alone.writeValueAsString(l);
      assertThat(json).isEqualTo(mapper.writeValueAsString(l));
      assertThat(alone.readValue(json, Lookup.class)).isEqualTo(l);
    }
  }

  @Test
  void boundariesAreTheirGeoJson() throws Exception {
    GridBoundaries set = GridBoundariesJsonTest.sample();
    String json = mapper.writeValueAsString(set);
    assertThat(mapper.readTree(json)).isEqualTo(mapper.readTree(GridBoundariesJson.toJson(set)));
    assertThat(mapper.readValue(json, GridBoundaries.class)).isEqualTo(set);
    for (Boundary b : set.boundaries()) {
      String feature = mapper.writeValueAsString(b);
      assertThat(mapper.readTree(feature).get("type").asText()).isEqualTo("Feature");
      assertThat(mapper.readValue(feature, Boundary.class)).isEqualTo(b);
    }
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"type\":\"Feature\",\"properties\":{\"grid\":\"网格\"},"
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[]}}",
                    Boundary.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("$.properties.grid");
    assertThatThrownBy(
            () -> mapper.readValue("{\"type\":\"FeatureCollection\"}", GridBoundaries.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("features");
  }

  @Test
  void pointsAndNearestGridsAreReadStrictlyNotWithZerosForMissingNumbers() {
    for (String bad :
        List.of(
            "{\"crs\":\"WGS84\"}",
            "{\"longitude\":\"122.2\",\"latitude\":40.6,\"crs\":\"WGS84\"}")) {
      assertThatThrownBy(() -> mapper.readValue(bad, GeoPoint.class))
          .as(bad)
          .isInstanceOf(JsonMappingException.class)
          .hasMessageContaining("GeoPoint");
    }
    for (String bad :
        List.of(
            "{\"grid\":\"210802001007001\"}",
            "{\"grid\":\"210802001007001\",\"metres\":\"12.5\"}")) {
      assertThatThrownBy(() -> mapper.readValue(bad, Lookup.Nearest.class))
          .as(bad)
          .isInstanceOf(JsonMappingException.class)
          .hasMessageContaining("Nearest");
    }
  }
}
