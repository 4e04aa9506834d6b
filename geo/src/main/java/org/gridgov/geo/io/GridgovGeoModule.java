package org.gridgov.geo.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridgov.core.Problem;
import org.gridgov.core.io.GridgovCoreModule;
import org.gridgov.core.io.internal.JsonCursor;
import org.gridgov.core.io.internal.ProblemList;
import org.gridgov.core.io.internal.RecordJackson;
import org.gridgov.geo.Boundary;
import org.gridgov.geo.GeoPoint;
import org.gridgov.geo.GridBoundaries;
import org.gridgov.geo.Lookup;

/**
 * The Jackson module of gridgov geo. Register it with {@code mapper.registerModule(new
 * GridgovGeoModule())}, which registers core's module too, or let {@code
 * mapper.findAndRegisterModules()} find both. The forms: a {@link GridBoundaries} is its GeoJSON
 * FeatureCollection as {@link GridBoundariesJson} writes it, a {@link Boundary} one GeoJSON Feature
 * of it, both read through the same checks; a {@link Lookup} is an object with its {@code kind}
 * ({@code INSIDE} or {@code OUTSIDE}), the point and the grid or the nearest grid. Refused input
 * fails the mapping naming every problem with its JSON path.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * String json = mapper.writeValueAsString(geo.locate(GeoPoint.wgs84(122.2345, 40.6678)));
 * }</pre>
 */
public final class GridgovGeoModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Parses the written text into the tree the host's generator writes. */
  private static final ObjectMapper TREES = new ObjectMapper();

  /** The most problems a refusal names. */
  private static final int PROBLEMS = 20;

  /** The module. */
  public GridgovGeoModule() {
    super("gridgov-geo", Version.unknownVersion());
    RecordJackson.sealed(this, Lookup.class);
    RecordJackson.record(this, GeoPoint.class);
    RecordJackson.record(this, Lookup.Nearest.class);
    addSerializer(
        GridBoundaries.class,
        new JsonSerializer<GridBoundaries>() {
          @Override
          public void serialize(GridBoundaries set, JsonGenerator g, SerializerProvider p)
              throws IOException {
            StringWriter out = new StringWriter();
            GeoJsonForms.write(set, out);
            g.writeTree(TREES.readTree(out.toString()));
          }
        });
    addDeserializer(
        GridBoundaries.class,
        reader(GridBoundaries.class, c -> Optional.ofNullable(GeoJsonForms.read(c, null))));
    addSerializer(
        Boundary.class,
        new JsonSerializer<Boundary>() {
          @Override
          public void serialize(Boundary b, JsonGenerator g, SerializerProvider p)
              throws IOException {
            GeoJsonForms.feature(b, g);
          }
        });
    addDeserializer(Boundary.class, reader(Boundary.class, c -> GeoJsonForms.feature(c, null)));
  }

  /**
   * Core's module, registered before this one (once, if the host registers it too): the geo forms
   * write grid codes and read them back through it, and without it a grid code was written as
   * {@code {}}.
   *
   * @return core's module
   */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new GridgovCoreModule());
  }

  private static <T> JsonDeserializer<T> reader(
      Class<T> type, Function<JsonCursor, Optional<T>> form) {
    return new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = RecordJackson.tree(p);
        ProblemList problems = new ProblemList(PROBLEMS);
        Optional<T> value =
            form.apply(
                JsonCursor.root(node, problems, GridBoundariesJson.DEFAULT_LIMITS.maxElements()));
        if (problems.isEmpty() && value.isPresent()) {
          return value.get();
        }
        throw MismatchedInputException.from(
            p,
            type,
            "invalid "
                + type.getSimpleName()
                + ": "
                + problems.kept().stream()
                    .map(Problem::toString)
                    .collect(Collectors.joining("; ")));
      }
    };
  }
}
