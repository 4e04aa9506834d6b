package org.gridgov.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.core.Assignment;
import org.gridgov.core.Atlas;
import org.gridgov.core.AtlasChange;
import org.gridgov.core.AtlasDiff;
import org.gridgov.core.AtlasSize;
import org.gridgov.core.ContactPoint;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridCodeScheme;
import org.gridgov.core.GridGovException;
import org.gridgov.core.GridWorker;
import org.gridgov.core.HouseholdTargets;
import org.gridgov.core.Liaison;
import org.gridgov.core.Location;
import org.gridgov.core.PartyOrganisation;
import org.gridgov.core.PathSegment;
import org.gridgov.core.Problem;
import org.gridgov.core.Sector;
import org.gridgov.core.UrbanRuralClass;
import org.gridgov.core.WhistleRoute;
import org.gridgov.core.io.internal.ProblemList;
import org.gridgov.core.io.internal.RecordJackson;

/**
 * The serializers and deserializers of {@link GridgovCoreModule}. The forms:
 *
 * <ul>
 *   <li>{@link DivisionCode}, {@link GridCode}: their text, as values and as map keys;
 *   <li>{@link Sector}: its code, as values and as map keys (reading gives the predefined sector of
 *       that code, or a sector named by its code: a sector's identity is its code);
 *   <li>{@link UrbanRuralClass}: its number ({@code 111}); {@link GridCodeScheme}: its name, the
 *       standard ones read back;
 *   <li>the atlas's elements ({@link Division}, {@link Grid}, {@link GridWorker}, {@link
 *       Assignment}, {@link PartyOrganisation}, {@link Liaison}, {@link ContactPoint}, {@link
 *       HouseholdTargets}): their objects in the atlas JSON form, read with the same checks;
 *   <li>{@link Atlas}: the atlas JSON form; {@link Location}, {@link WhistleRoute} and {@link
 *       AtlasDiff.Entry}: objects with a {@code kind} ({@link AtlasDiff} is {@code {"entries":
 *       [...]}}); {@link PathSegment}: a field name or an index;
 *   <li>{@link AtlasChange}: an object with its {@code kind} ({@code ADD_GRID}, {@code
 *       MERGE_GRIDS}, …) and the case's components by name ({@code {"kind":"REMOVE_GRID",
 *       "grid":"210802001007001"}}), dates as ISO-8601, so that a batch of changes is a JSON array;
 *       read through the case's checks.
 * </ul>
 *
 * <p>Reading goes through the validating factories; a value they refuse fails the mapping with
 * their message.
 */
final class CoreJackson {
  private static final Pattern STANDARD = Pattern.compile("standard-([1-6])");

  private CoreJackson() {}

  static void register(SimpleModule m) {
    text(m, DivisionCode.class, DivisionCode::toString, DivisionCode::parse);
    text(m, GridCode.class, GridCode::toString, GridCode::parse);
    text(m, Sector.class, Sector::code, CoreJackson::sector);
    text(m, GridCodeScheme.class, GridCodeScheme::name, CoreJackson::scheme);
    m.addSerializer(UrbanRuralClass.class, new UrbanRuralClassSerializer());
    m.addDeserializer(UrbanRuralClass.class, new UrbanRuralClassDeserializer());
    element(m, Division.class, AtlasForm.DIVISION);
    element(m, Grid.class, AtlasForm.GRID);
    element(m, GridWorker.class, AtlasForm.WORKER);
    element(m, Assignment.class, AtlasForm.ASSIGNMENT);
    element(m, PartyOrganisation.class, AtlasForm.PARTY_ORGANISATION);
    element(m, Liaison.class, AtlasForm.LIAISON);
    element(m, ContactPoint.class, AtlasForm.CONTACT_POINT);
    element(m, HouseholdTargets.class, AtlasForm.TARGETS);
    m.addSerializer(Atlas.class, new AtlasSerializer());
    m.addDeserializer(Atlas.class, new AtlasDeserializer());
    m.addSerializer(Location.class, new LocationSerializer());
    m.addDeserializer(Location.class, new LocationDeserializer());
    m.addSerializer(PathSegment.class, new PathSegmentSerializer());
    m.addDeserializer(PathSegment.class, new PathSegmentDeserializer());
    m.addDeserializer(PathSegment.Index.class, new SegmentCase<>(PathSegment.Index.class));
    m.addDeserializer(PathSegment.Field.class, new SegmentCase<>(PathSegment.Field.class));
    RecordJackson.record(m, AtlasSize.class);
    m.addSerializer(WhistleRoute.class, new WhistleRouteSerializer());
    m.addDeserializer(WhistleRoute.class, new WhistleRouteDeserializer());
    m.addSerializer(AtlasDiff.class, new DiffSerializer());
    m.addDeserializer(AtlasDiff.class, new DiffDeserializer());
    RecordJackson.sealed(m, AtlasChange.class);
    RecordJackson.record(m, AtlasChange.GridPart.class);
    m.addSerializer(AtlasDiff.Entry.class, new DiffEntrySerializer());
    m.addDeserializer(AtlasDiff.Entry.class, new DiffEntryDeserializer());
  }

  private static Sector sector(String code) {
    return Sector.predefined(code).orElseGet(() -> Sector.of(code, code));
  }

  private static GridCodeScheme scheme(String name) {
    Matcher m = STANDARD.matcher(name);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "unknown grid code scheme \"" + name + "\", expected standard-1 to standard-6");
    }
    return GridCodeScheme.standard(Integer.parseInt(m.group(1)));
  }

  // ---- values written as text ------------------------------------------------------------------

  private static <T> void text(
      SimpleModule m, Class<T> type, Function<T, String> write, Function<String, T> read) {
    m.addSerializer(
        type,
        new JsonSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeString(write.apply(value));
          }
        });
    m.addKeySerializer(
        type,
        new JsonSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeFieldName(write.apply(value));
          }
        });
    m.addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
              return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            return parse(p.getText(), type, read, ctxt);
          }
        });
    m.addKeyDeserializer(
        type,
        new KeyDeserializer() {
          @Override
          public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            return parse(key, type, read, ctxt);
          }
        });
  }

  private static <T> T parse(
      String text, Class<T> type, Function<String, T> read, DeserializationContext ctxt)
      throws IOException {
    try {
      return read.apply(text);
    } catch (GridGovException | IllegalArgumentException e) {
      throw ctxt.weirdStringException(text, type, String.valueOf(e.getMessage()));
    }
  }

  private static final class UrbanRuralClassSerializer extends JsonSerializer<UrbanRuralClass> {
    @Override
    public void serialize(UrbanRuralClass value, JsonGenerator g, SerializerProvider p)
        throws IOException {
      g.writeNumber(value.code());
    }
  }

  private static final class UrbanRuralClassDeserializer extends JsonDeserializer<UrbanRuralClass> {
    @Override
    public UrbanRuralClass deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        return (UrbanRuralClass) ctxt.handleUnexpectedToken(UrbanRuralClass.class, p);
      }
      int code = p.getIntValue();
      return UrbanRuralClass.fromCode(code)
          .orElseThrow(
              () ->
                  ctxt.weirdNumberException(
                      code, UrbanRuralClass.class, "not an urban-rural class code"));
    }
  }

  // ---- the atlas's elements, in the atlas form -------------------------------------------------

  private static <T> void element(SimpleModule m, Class<T> type, AtlasForm.ElementForm<T> form) {
    m.addSerializer(
        type,
        new JsonSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator g, SerializerProvider p) throws IOException {
            form.write(g, value);
          }
        });
    m.addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
              return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            ValueReading reading = new ValueReading(p);
            FormReading.Read<T> read = reading.element(form, Location.json(), 0);
            T value = read.value();
            if (!reading.problems.isEmpty() || value == null || !read.excused().isEmpty()) {
              throw JsonMappingException.from(p, reading.describe(type));
            }
            return value;
          }
        });
  }

  /** Reading one value for the module: problems fail the mapping. */
  private static final class ValueReading extends FormReading {
    ValueReading(JsonParser p) {
      super(p, new ProblemList(20));
    }

    @Override
    public void checkElements(int count, Location.JsonPath array) {
      // Jackson's own limits bound a value
    }

    String describe(Class<?> type) {
      StringBuilder sb = new StringBuilder("invalid ").append(type.getSimpleName());
      for (Problem q : problems.kept()) {
        sb.append("; ").append(q.kind()).append(" at ").append(q.location()).append(": ");
        sb.append(q.message());
      }
      return sb.toString();
    }
  }

  private static final class AtlasSerializer extends JsonSerializer<Atlas> {
    @Override
    public void serialize(Atlas atlas, JsonGenerator g, SerializerProvider p) throws IOException {
      AtlasWriter.writeDocument(AtlasDraft.of(atlas), g);
    }
  }

  private static final class AtlasDeserializer extends JsonDeserializer<Atlas> {
    @Override
    public Atlas deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode tree = RecordJackson.tree(p);
      try {
        return AtlasJson.read(tree.toString());
      } catch (GridGovException e) {
        throw JsonMappingException.from(p, String.valueOf(e.getMessage()), e);
      }
    }
  }

  // ---- sealed types with a kind ----------------------------------------------------------------

  private static final class PathSegmentSerializer extends JsonSerializer<PathSegment> {
    @Override
    public void serialize(PathSegment s, JsonGenerator g, SerializerProvider p) throws IOException {
      if (s instanceof PathSegment.Index i) {
        g.writeNumber(i.index());
      } else {
        g.writeString(((PathSegment.Field) s).name());
      }
    }
  }

  private static final class PathSegmentDeserializer extends JsonDeserializer<PathSegment> {
    @Override
    public PathSegment deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return segment(RecordJackson.tree(p), p);
    }
  }

  /** One case of a path step, read in the step's form and refused if it is the other case. */
  private static final class SegmentCase<T extends PathSegment> extends JsonDeserializer<T> {
    private final Class<T> type;

    SegmentCase(Class<T> type) {
      this.type = type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      PathSegment s = segment(RecordJackson.tree(p), p);
      if (!type.isInstance(s)) {
        throw RecordJackson.refused(
            p,
            type,
            type == PathSegment.Index.class ? "an index is a whole number" : "a field is text",
            null);
      }
      return type.cast(s);
    }
  }

  private static PathSegment segment(JsonNode n, JsonParser p) throws IOException {
    if (n.isTextual()) {
      return PathSegment.field(n.textValue());
    }
    if (n.isInt() && n.intValue() >= 0) {
      return PathSegment.index(n.intValue());
    }
    throw JsonMappingException.from(p, "a path step is a field name or an index >= 0, got " + n);
  }

  private static List<PathSegment> path(JsonNode n, JsonParser p) throws IOException {
    if (!n.isArray()) {
      throw JsonMappingException.from(p, "a path is an array of steps, got " + n);
    }
    List<PathSegment> steps = new ArrayList<>(n.size());
    for (JsonNode s : n) {
      steps.add(segment(s, p));
    }
    return steps;
  }

  private static void path(JsonGenerator g, String field, List<PathSegment> steps)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (PathSegment s : steps) {
      if (s instanceof PathSegment.Index i) {
        g.writeNumber(i.index());
      } else {
        g.writeString(((PathSegment.Field) s).name());
      }
    }
    g.writeEndArray();
  }

  private static final class LocationSerializer extends JsonSerializer<Location> {
    @Override
    public void serialize(Location l, JsonGenerator g, SerializerProvider p) throws IOException {
      g.writeStartObject();
      g.writeStringField("kind", l.kind().name());
      switch (l.kind()) {
        case JSON_PATH -> {
          Location.JsonPath j = (Location.JsonPath) l;
          path(g, "path", j.path());
          g.writeNumberField("line", j.line());
          g.writeNumberField("column", j.column());
        }
        case TEXT -> {
          Location.Text t = (Location.Text) l;
          g.writeNumberField("line", t.line());
          g.writeNumberField("column", t.column());
        }
        case CHANGE -> {
          Location.Change c = (Location.Change) l;
          g.writeNumberField("index", c.index());
          path(g, "path", c.path());
        }
        case ELEMENT -> path(g, "path", ((Location.Element) l).path());
        case IN_SOURCE -> {
          Location.InSource s = (Location.InSource) l;
          g.writeStringField("source", s.source());
          g.writeFieldName("within");
          serialize(s.within(), g, p);
        }
      }
      g.writeEndObject();
    }
  }

  private static final class LocationDeserializer extends JsonDeserializer<Location> {
    @Override
    public Location deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return location(RecordJackson.tree(p), p);
    }

    private static Location location(JsonNode n, JsonParser p) throws IOException {
      if (!n.isObject() || !n.path("kind").isTextual()) {
        throw JsonMappingException.from(p, "a location is an object with a kind, got " + shown(n));
      }
      try {
        return switch (Location.Kind.valueOf(n.get("kind").textValue())) {
          case JSON_PATH ->
              new Location.JsonPath(
                  path(n.path("path"), p), n.path("line").asInt(), n.path("column").asInt());
          case TEXT -> Location.text(n.path("line").asInt(), n.path("column").asInt());
          case CHANGE -> new Location.Change(n.path("index").asInt(-1), path(n.path("path"), p));
          case ELEMENT -> new Location.Element(path(n.path("path"), p));
          case IN_SOURCE -> location(n.path("within"), p).in(n.path("source").asText());
        };
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(
            p, "invalid location " + shown(n) + ": " + e.getMessage(), e);
      }
    }
  }

  private static final class WhistleRouteSerializer extends JsonSerializer<WhistleRoute> {
    @Override
    public void serialize(WhistleRoute r, JsonGenerator g, SerializerProvider p)
        throws IOException {
      g.writeStartObject();
      g.writeStringField("kind", r.kind().name());
      g.writeStringField("grid", r.grid().toString());
      g.writeStringField("sector", r.sector().code());
      if (r instanceof WhistleRoute.Answered a) {
        g.writeFieldName("answeredBy");
        AtlasForm.LIAISON.write(g, a.answeredBy());
        g.writeNumberField("levelsUp", a.levelsUp());
      }
      g.writeEndObject();
    }
  }

  /** The longest excerpt of a refused JSON value quoted in a message. */
  private static final int SHOWN = 200;

  /** A JSON value for a message, cut to {@value #SHOWN} characters. */
  private static String shown(JsonNode n) {
    String text = n.toString();
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
  }

  /** The text of a required string field. */
  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException(
          "\"" + field + "\" must be a string, got " + (v == null ? "nothing" : shown(v)));
    }
    return v.asText();
  }

  private static final class WhistleRouteDeserializer extends JsonDeserializer<WhistleRoute> {
    @Override
    public WhistleRoute deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode n = RecordJackson.tree(p);
      if (n == null || !n.isObject()) {
        throw RecordJackson.refused(
            p,
            WhistleRoute.class,
            "a whistle route is an object with kind, grid and sector, got "
                + (n == null ? "nothing" : shown(n)),
            null);
      }
      try {
        WhistleRoute.Kind kind = WhistleRoute.Kind.valueOf(text(n, "kind"));
        GridCode grid = GridCode.parse(text(n, "grid"));
        Sector sector = sector(text(n, "sector"));
        return switch (kind) {
          case UNANSWERED -> new WhistleRoute.Unanswered(grid, sector);
          case ANSWERED -> {
            JsonNode by = n.get("answeredBy");
            if (by == null || !by.isObject()) {
              throw new IllegalArgumentException(
                  "\"answeredBy\" must be a liaison object, got "
                      + (by == null ? "nothing" : shown(by)));
            }
            JsonNode levels = n.get("levelsUp");
            if (levels == null || !levels.isIntegralNumber() || !levels.canConvertToInt()) {
              throw new IllegalArgumentException(
                  "\"levelsUp\" must be a whole number, got "
                      + (levels == null ? "nothing" : shown(levels)));
            }
            Liaison liaison = p.getCodec().treeToValue(by, Liaison.class);
            if (liaison == null) {
              throw new IllegalArgumentException("\"answeredBy\" must be a liaison object");
            }
            yield new WhistleRoute.Answered(grid, sector, liaison, levels.intValue());
          }
        };
      } catch (GridGovException | IllegalArgumentException e) {
        throw RecordJackson.refused(
            p, WhistleRoute.class, "invalid whistle route " + shown(n) + ": " + e.getMessage(), e);
      }
    }
  }

  // ---- diff entries ----------------------------------------------------------------------------

  private static final class DiffSerializer extends JsonSerializer<AtlasDiff> {
    @Override
    public void serialize(AtlasDiff d, JsonGenerator g, SerializerProvider p) throws IOException {
      g.writeStartObject();
      g.writeFieldName("entries");
      g.writeStartArray();
      for (AtlasDiff.Entry e : d.entries()) {
        p.findValueSerializer(AtlasDiff.Entry.class).serialize(e, g, p);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static final class DiffDeserializer extends JsonDeserializer<AtlasDiff> {
    @Override
    public AtlasDiff deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode n = RecordJackson.tree(p);
      JsonNode entries = n == null ? null : n.get("entries");
      if (n == null || entries == null || !entries.isArray() || n.size() != 1) {
        throw RecordJackson.refused(
            p,
            AtlasDiff.class,
            "a diff is {\"entries\": [...]}, got " + (n == null ? "nothing" : shown(n)),
            null);
      }
      List<AtlasDiff.Entry> list = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        JsonNode e = entries.get(i);
        if (!e.isObject()) {
          throw RecordJackson.refused(
              p,
              AtlasDiff.class,
              "entries["
                  + i
                  + "]: a diff entry is an object with kind, subject and key, got "
                  + shown(e),
              null);
        }
        list.add(Objects.requireNonNull(p.getCodec().treeToValue(e, AtlasDiff.Entry.class)));
      }
      return new AtlasDiff(list);
    }
  }

  private static final class DiffEntrySerializer extends JsonSerializer<AtlasDiff.Entry> {
    @Override
    public void serialize(AtlasDiff.Entry e, JsonGenerator g, SerializerProvider p)
        throws IOException {
      g.writeStartObject();
      g.writeStringField("kind", e.kind().name());
      g.writeStringField("subject", e.subject().name());
      g.writeStringField("key", e.key());
      switch (e.kind()) {
        case ADDED, REMOVED -> {}
        case MOVED -> g.writeStringField("to", ((AtlasDiff.Moved) e).to());
        case SPLIT -> strings(g, "into", ((AtlasDiff.Split) e).into());
        case RETIRED -> strings(g, "into", ((AtlasDiff.Retired) e).into());
        case MERGED -> {
          AtlasDiff.Merged m = (AtlasDiff.Merged) e;
          strings(g, "from", m.from());
          g.writeStringField("into", m.into());
        }
        case CHANGED -> {
          AtlasDiff.Changed c = (AtlasDiff.Changed) e;
          g.writeStringField("field", c.field());
          g.writeStringField("before", c.before());
          g.writeStringField("after", c.after());
        }
      }
      g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values)
        throws IOException {
      g.writeArrayFieldStart(name);
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    }
  }

  private static final class DiffEntryDeserializer extends JsonDeserializer<AtlasDiff.Entry> {
    @Override
    public AtlasDiff.Entry deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      JsonNode n = RecordJackson.tree(p);
      if (n == null || !n.isObject()) {
        throw RecordJackson.refused(
            p,
            AtlasDiff.Entry.class,
            "a diff entry is an object with kind, subject and key, got "
                + (n == null ? "nothing" : shown(n)),
            null);
      }
      try {
        AtlasDiff.Subject subject = AtlasDiff.Subject.valueOf(text(n, "subject"));
        String key = text(n, "key");
        return switch (AtlasDiff.Kind.valueOf(text(n, "kind"))) {
          case ADDED -> new AtlasDiff.Added(subject, key);
          case REMOVED -> new AtlasDiff.Removed(subject, key);
          case MOVED -> new AtlasDiff.Moved(subject, key, text(n, "to"));
          case SPLIT -> new AtlasDiff.Split(subject, key, texts(n, "into"));
          case RETIRED -> new AtlasDiff.Retired(subject, key, texts(n, "into"));
          case MERGED -> new AtlasDiff.Merged(subject, key, texts(n, "from"), text(n, "into"));
          case CHANGED ->
              new AtlasDiff.Changed(
                  subject, key, text(n, "field"), text(n, "before"), text(n, "after"));
        };
      } catch (GridGovException | IllegalArgumentException e) {
        throw RecordJackson.refused(
            p, AtlasDiff.Entry.class, "invalid diff entry " + shown(n) + ": " + e.getMessage(), e);
      }
    }

    private static List<String> texts(JsonNode n, String field) {
      JsonNode v = n.get(field);
      if (v == null || !v.isArray()) {
        throw new IllegalArgumentException("\"" + field + "\" must be an array of strings");
      }
      List<String> out = new ArrayList<>();
      for (JsonNode e : v) {
        if (!e.isTextual()) {
          throw new IllegalArgumentException("\"" + field + "\" must be an array of strings");
        }
        out.add(e.asText());
      }
      return out;
    }
  }
}
