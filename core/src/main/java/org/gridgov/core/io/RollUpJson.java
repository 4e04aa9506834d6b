package org.gridgov.core.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.gridgov.core.Atlas;
import org.gridgov.core.AtlasSize;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.RollUp;
import org.gridgov.core.Sector;
import org.gridgov.core.WorkerRole;

/**
 * The roll-up report as JSON: the atlas's date and size, then one object per unit asked for with
 * its name, level and every figure of its {@link RollUp} — what {@code gridgov atlas stats --json}
 * prints, for hosts that serve it (a dashboard's district table, a report export).
 *
 * <pre>{@code
 * String json = RollUpJson.toJson(atlas, List.of(DivisionCode.parse("2108")));
 * }</pre>
 *
 * <p>The form ({@code gridgov-rollup/1}):
 *
 * <pre>{@code
 * {"format": "gridgov-rollup/1", "asOf": "2022-12-01",
 *  "size": {"divisions": 1020, "grids": 7955, ...},
 *  "units": [{"code": "2108", "name": "营口市", "level": "city", "kind": "city",
 *             "towns": 70, "communities": 306, "villages": 644, "grids": 7955, "specialGrids": 0,
 *             "households": ..., "residents": ...,
 *             "posts": {"GRID_LEADER": ..., ...}, "householdsPerFrontLineWorker": 123.45,
 *             "partyOrganisations": ..., "gridsCoveredByParty": ..., "liaisons": ...,
 *             "gridsServedBySector": {"heating": ..., ...}, "baseGridsOffTarget": ...}]}
 * }</pre>
 *
 * <p>Posts list every role in declaration order; sectors follow the atlas's catalogue, with 0 for a
 * sector no grid reaches; the households per front-line worker are rounded half-up to two decimals,
 * or {@code null} with no front-line posts. O(units × (roles + sectors)) after the roll-ups, each
 * O(1).
 */
public final class RollUpJson {
  /** The format name written first in every report. */
  public static final String FORMAT = "gridgov-rollup/1";

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private RollUpJson() {}

  /**
   * The report of some units as text, indented two spaces, ending with a newline.
   *
   * @param atlas the atlas
   * @param units units of the atlas, in the order wanted
   * @return the JSON text
   * @throws IllegalArgumentException if a unit is not in the atlas
   */
  public static String toJson(Atlas atlas, List<DivisionCode> units) {
    StringWriter out = new StringWriter();
    try {
      write(atlas, units, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /**
   * Writes the report of some units; the writer is flushed, not closed.
   *
   * @param atlas the atlas
   * @param units units of the atlas, in the order wanted
   * @param out where to write
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a unit is not in the atlas
   */
  public static void write(Atlas atlas, List<DivisionCode> units, Writer out) throws IOException {
    checkNotNull(atlas, "atlas");
    checkNotNull(units, "units");
    checkNotNull(out, "out");
    for (DivisionCode u : units) {
      checkNotNull(u, "units contains null");
      if (atlas.division(u).isEmpty()) {
        throw new IllegalArgumentException("unit " + u + " is not in the atlas");
      }
    }
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      DefaultPrettyPrinter pretty =
          new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      g.setPrettyPrinter(pretty);
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeStringField("asOf", atlas.asOf().toString());
      AtlasSize size = atlas.size();
      g.writeObjectFieldStart("size");
      g.writeNumberField("divisions", size.divisions());
      g.writeNumberField("grids", size.grids());
      g.writeNumberField("workers", size.workers());
      g.writeNumberField("assignments", size.assignments());
      g.writeNumberField("partyOrganisations", size.partyOrganisations());
      g.writeNumberField("liaisons", size.liaisons());
      g.writeNumberField("contactPoints", size.contactPoints());
      g.writeEndObject();
      g.writeArrayFieldStart("units");
      for (DivisionCode u : units) {
        unit(g, atlas, atlas.division(u).orElseThrow(), atlas.rollUp(u));
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
      g.flush();
    }
  }

  private static void unit(JsonGenerator g, Atlas atlas, Division d, RollUp r) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", d.code().toString());
    g.writeStringField("name", d.name());
    g.writeStringField("level", d.level().name().toLowerCase(Locale.ROOT));
    g.writeStringField("kind", d.kind().name().toLowerCase(Locale.ROOT));
    g.writeNumberField("towns", r.towns());
    g.writeNumberField("communities", r.communities());
    g.writeNumberField("villages", r.villages());
    g.writeNumberField("grids", r.grids());
    g.writeNumberField("specialGrids", r.specialGrids());
    g.writeNumberField("households", r.households());
    g.writeNumberField("residents", r.residents());
    g.writeObjectFieldStart("posts");
    for (WorkerRole role : WorkerRole.values()) {
      g.writeNumberField(role.name(), r.posts(role));
    }
    g.writeEndObject();
    OptionalDouble perWorker = r.householdsPerFrontLineWorker();
    g.writeFieldName("householdsPerFrontLineWorker");
    if (perWorker.isPresent()) {
      g.writeNumber(BigDecimal.valueOf(perWorker.getAsDouble()).setScale(2, RoundingMode.HALF_UP));
    } else {
      g.writeNull();
    }
    g.writeNumberField("partyOrganisations", r.partyOrganisations());
    g.writeNumberField("gridsCoveredByParty", r.gridsCoveredByParty());
    g.writeNumberField("liaisons", r.liaisons());
    g.writeObjectFieldStart("gridsServedBySector");
    Map<Sector, Integer> served = r.gridsServedBySector();
    for (Sector s : atlas.sectors()) {
      g.writeNumberField(s.code(), served.getOrDefault(s, 0));
    }
    g.writeEndObject();
    g.writeNumberField("baseGridsOffTarget", r.baseGridsOffTarget());
    g.writeEndObject();
  }
}
