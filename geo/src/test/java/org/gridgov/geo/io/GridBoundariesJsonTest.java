package org.gridgov.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.geo.Boundary;
import org.gridgov.geo.Crs;
import org.gridgov.geo.GridBoundaries;
import org.gridgov.geo.InvalidBoundariesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** The GeoJSON form: round trips, the CRS declaration, and every refusal at its JSON path. */
class GridBoundariesJsonTest {
  private static final GeometryFactory F = new GeometryFactory();

  static Polygon square(double x, double y, double side) {
    return F.createPolygon(
        new Coordinate[] {
          new Coordinate(x, y),
          new Coordinate(x + side, y),
          new Coordinate(x + side, y + side),
          new Coordinate(x, y + side),
          new Coordinate(x, y)
        });
  }

  static GridBoundaries sample() {
    Polygon withHole =
        F.createPolygon(
            square(122.26, 40.66, 0.01).getExteriorRing().getCoordinates().length == 5
                ? F.createLinearRing(square(122.26, 40.66, 0.01).getCoordinates())
                : null,
            new org.locationtech.jts.geom.LinearRing[] {
              F.createLinearRing(square(122.262, 40.662, 0.001).getCoordinates())
            });
    return GridBoundaries.of(
        Crs.GCJ02,
        List.of(
            Boundary.ofGrid(GridCode.parse("210802001003001"), withHole),
            Boundary.ofGrid(
                GridCode.parse("210802001003002"),
                F.createMultiPolygon(
                    new Polygon[] {
                      square(122.27, 40.66, 0.01), square(122.1 / 3, 40.0 / 7, 1e-7)
                    })),
            Boundary.ofDivision(DivisionCode.parse("210802001003"), square(122.26, 40.66, 0.02))));
  }

  @Test
  void whatIsWrittenReadsBackEqualFromEverySource(@TempDir Path dir) throws IOException {
    GridBoundaries set = sample();
    String json = GridBoundariesJson.toJson(set);
    assertThat(json).startsWith("{\"type\": \"FeatureCollection\", \"gridgov:crs\": \"GCJ02\"");
    assertThat(json.lines()).hasSize(5);
    GridBoundariesJsonReader reader = GridBoundariesJson.reader();
    assertThat(reader.read(json)).isEqualTo(set);
    assertThat(reader.read(new StringReader(json))).isEqualTo(set);
    assertThat(reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(set);
    Path file = dir.resolve("b.geojson");
    GridBoundariesJson.write(set, file);
    assertThat(reader.read(file)).isEqualTo(set);
    java.io.StringWriter out = new java.io.StringWriter();
    GridBoundariesJson.write(set, out);
    assertThat(out.toString()).isEqualTo(json);
  }

  @Test
  void theLegacyCrsMemberAndAssumedCrs() {
    String legacy =
        "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
            + "\"urn:ogc:def:crs:OGC:1.3:CRS84\"}},\"features\":[]}";
    assertThat(GridBoundariesJson.reader().read(legacy).crs()).isEqualTo(Crs.WGS84);
    String plain = "{\"type\":\"FeatureCollection\",\"features\":[]}";
    assertThat(GridBoundariesJson.reader().withAssumedCrs(Crs.GCJ02).read(plain).crs())
        .isEqualTo(Crs.GCJ02);
    assertThat(GridBoundariesJson.reader().withAssumedCrs(Crs.GCJ02).read(legacy).crs())
        .isEqualTo(Crs.WGS84);
    assertThat(GridBoundariesJson.reader().assumedCrs()).isEmpty();
    assertRefused(
        GridBoundariesJson.reader(),
        plain,
        "MISSING_FIELD at $['gridgov:crs']: the coordinate system is not declared");
  }

  @Test
  void mixingSystemsIsRefused() {
    assertRefused(
        GridBoundariesJson.reader(),
        "{\"type\":\"FeatureCollection\",\"gridgov:crs\":\"GCJ02\",\"crs\":{\"type\":\"name\","
            + "\"properties\":{\"name\":\"EPSG:4326\"}},\"features\":[]}",
        "CONFLICT at $.crs: the collection declares GCJ02 in \"gridgov:crs\" and WGS84 in \"crs\"");
    assertRefused(
        GridBoundariesJson.reader(),
        "{\"type\":\"FeatureCollection\",\"gridgov:crs\":\"WGS84\",\"features\":["
            + feature("\"grid\":\"210802001003001\",\"gridgov:crs\":\"GCJ-02\"", ring())
            + "]}",
        "CONFLICT at $.features[0].properties['gridgov:crs']: the feature is in GCJ02 but the collection in WGS84");
    assertRefused(
        GridBoundariesJson.reader(),
        "{\"type\":\"FeatureCollection\",\"gridgov:crs\":\"BD09\",\"features\":[]}",
        "INVALID_VALUE at $['gridgov:crs']: invalid value \"BD09\"");
  }

  private static String ring() {
    return "[[[122.26,40.66],[122.27,40.66],[122.27,40.67],[122.26,40.66]]]";
  }

  private static String feature(String properties, String coordinates) {
    return "{\"type\":\"Feature\",\"properties\":{"
        + properties
        + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
        + coordinates
        + "}}";
  }

  private static String collection(String... features) {
    return "{\"type\":\"FeatureCollection\",\"gridgov:crs\":\"WGS84\",\"features\":["
        + String.join(",", features)
        + "]}";
  }

  @Test
  void everyProblemIsLocated() {
    assertRefused(
        GridBoundariesJson.reader(),
        collection(
            feature("\"grid\":\"210802001003001\"", ring()),
            feature("\"grid\":\"210802001003001\"", ring()),
            feature("\"grid\":\"\"", ring()),
            feature("\"name\":\"无\"", ring()),
            feature("\"grid\":\"210802001003002\",\"division\":\"210802001003\"", ring()),
            feature(
                "\"grid\":\"210802001003003\"",
                "[[[122.26,40.66],[122.27,40.66],[122.27,40.67],[122.26,40.67]]]"),
            feature(
                "\"grid\":\"210802001003004\"", "[[[122.26,40.66],[122.27,40.66],[122.26,40.66]]]"),
            feature(
                "\"grid\":\"210802001003005\"",
                "[[[181,40.66],[122.27,91],[122.27,\"x\"],[122.26]]]"),
            feature("\"grid\":\"210802001003006\"", "[]"),
            "{\"type\":\"Feature\",\"properties\":{\"grid\":\"210802001003007\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}",
            "{\"type\":\"Feat\",\"propertie\":{},\"geometry\":null}"),
        "INVALID_VALUE at $.features[2].properties.grid: invalid value \"\"",
        "MISSING_FIELD at $.features[3].properties: a feature needs the property \"grid\" or \"division\"",
        "CONFLICT at $.features[4].properties: a feature draws one grid or one division",
        "INVALID_VALUE at $.features[5].geometry.coordinates[0]: a ring is closed",
        "INVALID_VALUE at $.features[6].geometry.coordinates[0]: a ring has at least 4 positions",
        "INVALID_VALUE at $.features[7].geometry.coordinates[0][0][0]: a longitude is from -180 to 180, got 181.0",
        "INVALID_VALUE at $.features[7].geometry.coordinates[0][1][1]: a latitude is from -90 to 90, got 91.0",
        "INVALID_VALUE at $.features[7].geometry.coordinates[0][2][1]: expected a number, got the string \"x\"",
        "INVALID_VALUE at $.features[7].geometry.coordinates[0][3]: a position is [longitude, latitude]",
        "INVALID_VALUE at $.features[8].geometry.coordinates: a Polygon's rings must not be empty",
        "INVALID_VALUE at $.features[9].geometry.type: a boundary is a \"Polygon\" or \"MultiPolygon\", got \"Point\"",
        "INVALID_VALUE at $.features[10].propertie: unknown field \"propertie\"",
        "MISSING_FIELD at $.features[10].properties: required field \"properties\"",
        "MISSING_FIELD at $.features[10].geometry: required field \"geometry\"",
        "INVALID_VALUE at $.features[10].type: expected \"Feature\", got \"Feat\"");
    assertRefused(
        GridBoundariesJson.reader(),
        collection(
            feature("\"grid\":\"210802001003001\"", ring()),
            feature("\"grid\":\"210802001003001\"", ring())),
        "DUPLICATE_CODE at $.features[1].properties.grid: the grid 210802001003001 has a boundary at $.features[0] already");
    assertRefused(
        GridBoundariesJson.reader(),
        "{\"type\":\"FeatureCollection\",\"gridgov:crs\":\"WGS84\",\"features\":[",
        "MALFORMED_INPUT at $.features[0] (line 1, column");
    assertRefused(
        GridBoundariesJson.reader().withLimits(GridBoundariesJson.DEFAULT_LIMITS.withMaxDepth(5)),
        collection(feature("\"grid\":\"210802001003001\"", ring())),
        "INPUT_TOO_LARGE at $.features[0].geometry.coordinates[0][0]");
  }

  @Test
  void codesGivenTwiceAreReportedBesideEveryOtherProblem() {
    // codes given twice were looked for only in a document with no other problem, so a file with a
    // bad coordinate, or no declared system, and a code given twice took two rounds of fixes
    String twice = feature("\"grid\":\"210802001003001\"", ring());
    assertRefused(
        GridBoundariesJson.reader(),
        collection(
            twice,
            twice,
            feature(
                "\"grid\":\"210802001003002\"",
                "[[[122.26,40.66],[122.27,91],[122.27,40.67],[122.26,40.66]]]")),
        "INVALID_VALUE at $.features[2].geometry.coordinates[0][1][1]: a latitude is from -90",
        "DUPLICATE_CODE at $.features[1].properties.grid: the grid 210802001003001 has a boundary"
            + " at $.features[0] already");
    assertRefused(
        GridBoundariesJson.reader(),
        "{\"type\":\"FeatureCollection\",\"features\":[" + twice + "," + twice + "]}",
        "MISSING_FIELD at $['gridgov:crs']: the coordinate system is not declared",
        "DUPLICATE_CODE at $.features[1].properties.grid");
  }

  @Test
  void aNullOrMissingGeometryIsOneProblemAtItsPath() {
    String properties = "{\"type\":\"Feature\",\"properties\":{\"grid\":\"210802001003001\"}";
    for (String json :
        List.of(collection(properties + ",\"geometry\":null}"), collection(properties + "}"))) {
      assertThatThrownBy(() -> GridBoundariesJson.reader().read(json))
          .isInstanceOfSatisfying(
              InvalidBoundariesException.class,
              e ->
                  assertThat(e.problems().stream().map(Object::toString).toList())
                      .singleElement()
                      .asString()
                      .startsWith(
                          "MISSING_FIELD at $.features[0].geometry: required field \"geometry\""));
    }
  }

  private static void assertRefused(
      GridBoundariesJsonReader reader, String json, String... expected) {
    assertThatThrownBy(() -> reader.read(json))
        .isInstanceOfSatisfying(
            InvalidBoundariesException.class,
            e -> {
              List<String> got = e.problems().stream().map(Object::toString).toList();
              for (String x : expected) {
                assertThat(got).anySatisfy(p -> assertThat(p).startsWith(x));
              }
            })
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aFileIsLocatedInItself(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.geojson");
    Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[]}");
    assertThatThrownBy(() -> GridBoundariesJson.reader().read(file))
        .isInstanceOfSatisfying(
            InvalidBoundariesException.class,
            e -> assertThat(e.problems().get(0).location().toString()).contains("bad.geojson"));
  }
}
