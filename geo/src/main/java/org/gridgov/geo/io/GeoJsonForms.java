package org.gridgov.geo.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.GridCode;
import org.gridgov.core.Location;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.internal.JsonCursor;
import org.gridgov.geo.Boundary;
import org.gridgov.geo.Crs;
import org.gridgov.geo.GridBoundaries;
import org.gridgov.geo.InvalidBoundariesException;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** Reading and writing the GeoJSON form documented at {@link GridBoundariesJson}. */
final class GeoJsonForms {
  static final String CRS = "gridgov:crs";
  private static final Set<String> COLLECTION =
      Set.of("type", "features", "crs", CRS, "bbox", "name");
  private static final Set<String> FEATURE = Set.of("type", "id", "properties", "geometry", "bbox");
  private static final Set<String> GEOMETRY = Set.of("type", "coordinates", "bbox");
  private static final GeometryFactory FACTORY = new GeometryFactory();
  private static final JsonFactory JSON = new JsonFactory();

  private GeoJsonForms() {}

  // ---- reading ---------------------------------------------------------------------------------

  static @Nullable GridBoundaries read(JsonCursor root, @Nullable Crs assumed) {
    if (!root.expectObject(COLLECTION, Set.of("type", "features"))) {
      return null;
    }
    type(root, "FeatureCollection");
    Optional<Crs> crs = declared(root);
    if (crs.isEmpty()
        && assumed != null
        && root.field(CRS).isMissing()
        && root.field("crs").isMissing()) {
      crs = Optional.of(assumed);
    }
    if (crs.isEmpty() && root.field(CRS).isMissing() && root.field("crs").isMissing()) {
      root.field(CRS)
          .problem(
              ProblemKind.MISSING_FIELD,
              "the coordinate system is not declared: add \"gridgov:crs\": \"WGS84\" or \"GCJ02\""
                  + " (GCJ-02 data read as WGS-84 would be hundreds of metres off)");
    }
    List<Boundary> boundaries = new ArrayList<>();
    // codes given twice are looked for here, among the features read, whatever else is wrong with
    // the document (GridBoundaries.of would only see a document with no other problem), and at
    // their features' own positions
    Map<String, Location> firstAt = new HashMap<>();
    for (JsonCursor f : root.field("features").elements()) {
      Optional<Boundary> b = feature(f, crs.orElse(null));
      if (b.isPresent()) {
        boundaries.add(b.get());
        String kind = b.get().kind() == Boundary.Kind.GRID ? "grid" : "division";
        @Nullable Location before = firstAt.putIfAbsent(kind + " " + b.get().code(), f.location());
        if (before != null) {
          f.field("properties")
              .field(kind)
              .problem(
                  ProblemKind.DUPLICATE_CODE,
                  "the "
                      + kind
                      + " "
                      + b.get().code()
                      + " has a boundary at "
                      + before
                      + " already");
        }
      }
    }
    if (!root.problems().isEmpty() || crs.isEmpty()) {
      return null;
    }
    try {
      return GridBoundaries.of(crs.get(), boundaries);
    } catch (InvalidBoundariesException e) {
      root.problems().addAll(e);
      return null;
    }
  }

  @CanIgnoreReturnValue
  private static boolean type(JsonCursor c, String expected) {
    Optional<String> type = c.field("type").string();
    if (type.isPresent() && !type.get().equals(expected)) {
      c.field("type")
          .problem(
              ProblemKind.INVALID_VALUE,
              "expected " + JsonCursor.quote(expected) + ", got " + JsonCursor.quote(type.get()));
      return false;
    }
    return type.isPresent();
  }

  /** The collection's declared system; a problem if the two declarations disagree. */
  private static Optional<Crs> declared(JsonCursor root) {
    Optional<Crs> own = root.field(CRS).parsed("\"WGS84\" or \"GCJ02\"", GeoJsonForms::crs);
    Optional<Crs> named = Optional.empty();
    JsonCursor legacy = root.field("crs");
    if (legacy.isPresent()
        && legacy.expectObject(Set.of("type", "properties"), Set.of("type", "properties"))) {
      if (type(legacy, "name")) {
        JsonCursor props = legacy.field("properties");
        if (props.expectObject(Set.of("name"), Set.of("name"))) {
          named =
              props
                  .field("name")
                  .parsed("a name such as \"urn:ogc:def:crs:OGC:1.3:CRS84\"", GeoJsonForms::crs);
        }
      }
    }
    if (own.isPresent() && named.isPresent() && own.get() != named.get()) {
      root.field("crs")
          .problem(
              ProblemKind.CONFLICT,
              "the collection declares "
                  + own.get()
                  + " in \"gridgov:crs\" and "
                  + named.get()
                  + " in \"crs\"; a set never mixes coordinate systems");
      return Optional.empty();
    }
    return own.isPresent() ? own : named;
  }

  private static Crs crs(String name) {
    return Crs.fromName(name)
        .orElseThrow(() -> new IllegalArgumentException("not a coordinate system gridgov knows"));
  }

  static Optional<Boundary> feature(JsonCursor f, @Nullable Crs crs) {
    if (!f.expectObject(FEATURE, Set.of("type", "properties", "geometry"))) {
      return Optional.empty();
    }
    type(f, "Feature");
    JsonCursor props = f.field("properties");
    Optional<GridCode> grid = Optional.empty();
    Optional<DivisionCode> division = Optional.empty();
    if (props.isPresent() && !props.node().isObject()) {
      props.problem(
          ProblemKind.INVALID_VALUE,
          "expected an object with \"grid\" or \"division\", got "
              + JsonCursor.describe(props.node()));
    } else if (props.isPresent()) {
      JsonCursor g = props.field("grid");
      JsonCursor d = props.field("division");
      if (g.isPresent() && d.isPresent()) {
        props.problem(
            ProblemKind.CONFLICT,
            "a feature draws one grid or one division, not both \"grid\" and \"division\"");
      } else if (g.isMissing() && d.isMissing()) {
        props.problem(
            ProblemKind.MISSING_FIELD, "a feature needs the property \"grid\" or \"division\"");
      }
      grid = g.parsed("a grid code such as \"210802001003001\"", GridCode::parse);
      division = d.parsed("a division code such as \"210802001003\"", DivisionCode::parse);
      JsonCursor own = props.field(CRS);
      Optional<Crs> featureCrs = own.parsed("\"WGS84\" or \"GCJ02\"", GeoJsonForms::crs);
      if (featureCrs.isPresent() && crs != null && featureCrs.get() != crs) {
        own.problem(
            ProblemKind.CONFLICT,
            "the feature is in "
                + featureCrs.get()
                + " but the collection in "
                + crs
                + "; a set never mixes coordinate systems and nothing converts between them");
      }
    }
    JsonCursor shape = f.field("geometry");
    // a missing or null geometry is reported once, as the required field expectObject checked
    Optional<Geometry> geometry = shape.isPresent() ? geometry(shape) : Optional.empty();
    if (geometry.isEmpty() || (grid.isEmpty() && division.isEmpty())) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          grid.isPresent()
              ? Boundary.ofGrid(grid.get(), geometry.get())
              : Boundary.ofDivision(division.orElseThrow(), geometry.get()));
    } catch (IllegalArgumentException e) {
      shape.problem(ProblemKind.INVALID_VALUE, String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  private static Optional<Geometry> geometry(JsonCursor g) {
    if (!g.expectObject(GEOMETRY, Set.of("type", "coordinates"))) {
      return Optional.empty();
    }
    Optional<String> type = g.field("type").string();
    if (type.isEmpty()) {
      return Optional.empty();
    }
    JsonCursor coordinates = g.field("coordinates");
    if (type.get().equals("Polygon")) {
      return polygon(coordinates).map(p -> p);
    }
    if (type.get().equals("MultiPolygon")) {
      List<JsonCursor> parts = nonEmptyArray(coordinates, "a MultiPolygon's polygons");
      List<Polygon> polygons = new ArrayList<>(parts.size());
      boolean ok = !parts.isEmpty();
      for (JsonCursor p : parts) {
        Optional<Polygon> polygon = polygon(p);
        ok &= polygon.isPresent();
        polygon.ifPresent(polygons::add);
      }
      return ok
          ? Optional.of(FACTORY.createMultiPolygon(polygons.toArray(new Polygon[0])))
          : Optional.empty();
    }
    g.field("type")
        .problem(
            ProblemKind.INVALID_VALUE,
            "a boundary is a \"Polygon\" or \"MultiPolygon\", got " + JsonCursor.quote(type.get()));
    return Optional.empty();
  }

  private static List<JsonCursor> nonEmptyArray(JsonCursor c, String what) {
    if (c.isPresent() && c.node().isArray() && c.node().isEmpty()) {
      c.problem(ProblemKind.INVALID_VALUE, what + " must not be empty");
      return List.of();
    }
    return c.elements();
  }

  private static Optional<Polygon> polygon(JsonCursor c) {
    List<JsonCursor> rings = nonEmptyArray(c, "a Polygon's rings");
    if (rings.isEmpty()) {
      return Optional.empty();
    }
    List<LinearRing> built = new ArrayList<>(rings.size());
    for (JsonCursor r : rings) {
      ring(r).ifPresent(built::add);
    }
    if (built.size() != rings.size()) {
      return Optional.empty();
    }
    return Optional.of(
        FACTORY.createPolygon(
            built.get(0), built.subList(1, built.size()).toArray(new LinearRing[0])));
  }

  private static Optional<LinearRing> ring(JsonCursor r) {
    List<JsonCursor> positions = r.elements();
    if (r.isMissing() || !r.node().isArray()) {
      if (r.isMissing()) {
        r.problem(ProblemKind.INVALID_VALUE, "expected a ring of positions, got null");
      }
      return Optional.empty();
    }
    if (positions.size() < 4) {
      r.problem(
          ProblemKind.INVALID_VALUE,
          "a ring has at least 4 positions (the first repeated last), got " + positions.size());
      return Optional.empty();
    }
    Coordinate[] coordinates = new Coordinate[positions.size()];
    boolean ok = true;
    for (int i = 0; i < coordinates.length; i++) {
      Coordinate c = position(positions.get(i));
      ok &= c != null;
      coordinates[i] = c;
    }
    if (!ok) {
      return Optional.empty();
    }
    if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
      r.problem(
          ProblemKind.INVALID_VALUE,
          "a ring is closed: its last position repeats its first, got "
              + text(coordinates[0])
              + " and "
              + text(coordinates[coordinates.length - 1]));
      return Optional.empty();
    }
    return Optional.of(FACTORY.createLinearRing(coordinates));
  }

  private static @Nullable Coordinate position(JsonCursor p) {
    JsonNode n = p.node();
    if (!n.isArray() || n.size() < 2 || n.size() > 3) {
      p.problem(
          ProblemKind.INVALID_VALUE,
          "a position is [longitude, latitude], got " + JsonCursor.describe(n));
      return null;
    }
    for (int i = 0; i < n.size(); i++) {
      if (!n.get(i).isNumber()) {
        at(
            p,
            i,
            ProblemKind.INVALID_VALUE,
            "expected a number, got " + JsonCursor.describe(n.get(i)));
        return null;
      }
    }
    double lon = n.get(0).doubleValue();
    double lat = n.get(1).doubleValue();
    if (!(lon >= -180 && lon <= 180)) {
      at(p, 0, ProblemKind.INVALID_VALUE, "a longitude is from -180 to 180, got " + lon);
      return null;
    }
    if (!(lat >= -90 && lat <= 90)) {
      at(p, 1, ProblemKind.INVALID_VALUE, "a latitude is from -90 to 90, got " + lat);
      return null;
    }
    return new Coordinate(lon + 0.0, lat + 0.0);
  }

  private static void at(JsonCursor p, int index, ProblemKind kind, String message) {
    p.problems().add(kind, p.location().index(index), message);
  }

  private static String text(Coordinate c) {
    return "[" + c.x + ", " + c.y + "]";
  }

  // ---- writing ---------------------------------------------------------------------------------

  static void write(GridBoundaries set, Writer out) throws IOException {
    out.write(
        "{\"type\": \"FeatureCollection\", \""
            + CRS
            + "\": \""
            + set.crs()
            + "\", \"features\": [");
    List<Boundary> all = set.boundaries();
    for (int i = 0; i < all.size(); i++) {
      out.write(i == 0 ? "\n" : ",\n");
      try (JsonGenerator g = JSON.createGenerator(out)) {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        feature(all.get(i), g);
      }
    }
    out.write("\n]}\n");
  }

  static void feature(Boundary b, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    g.writeObjectFieldStart("properties");
    g.writeStringField(b.kind() == Boundary.Kind.GRID ? "grid" : "division", b.code());
    g.writeEndObject();
    g.writeObjectFieldStart("geometry");
    Geometry geometry = b.geometry();
    g.writeStringField("type", geometry.getGeometryType());
    g.writeFieldName("coordinates");
    if (geometry instanceof Polygon polygon) {
      polygon(polygon, g);
    } else {
      g.writeStartArray();
      for (int i = 0; i < geometry.getNumGeometries(); i++) {
        polygon((Polygon) geometry.getGeometryN(i), g);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void polygon(Polygon p, JsonGenerator g) throws IOException {
    g.writeStartArray();
    ring(p.getExteriorRing(), g);
    for (int i = 0; i < p.getNumInteriorRing(); i++) {
      ring(p.getInteriorRingN(i), g);
    }
    g.writeEndArray();
  }

  private static void ring(LineString ring, JsonGenerator g) throws IOException {
    g.writeStartArray();
    for (int i = 0; i < ring.getNumPoints(); i++) {
      Coordinate c = ring.getCoordinateN(i);
      g.writeStartArray();
      g.writeNumber(c.x);
      g.writeNumber(c.y);
      g.writeEndArray();
    }
    g.writeEndArray();
  }
}
