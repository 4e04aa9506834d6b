package org.gridgov.core.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gridgov.core.Assignment;
import org.gridgov.core.ContactPoint;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridWorker;
import org.gridgov.core.Liaison;
import org.gridgov.core.PartyOrganisation;
import org.gridgov.core.Sector;
import org.gridgov.core.UrbanRuralClass;

/**
 * Writes the canonical JSON form with Jackson's streaming generator: one pass over the contents,
 * one element materialised at a time, nothing buffered beyond the generator's own buffer. O(size).
 */
final class AtlasWriter {
  // Thread-safe once configured; the targets belong to the caller, so they are never closed here.
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private AtlasWriter() {}

  static void write(AtlasContents c, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(c, g);
    }
  }

  static void write(AtlasContents c, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      write(c, g);
    }
  }

  private static void write(AtlasContents c, JsonGenerator g) throws IOException {
    g.setPrettyPrinter(new CanonicalPrettyPrinter());
    g.writeStartObject();
    g.writeStringField("format", Form.FORMAT);
    g.writeStringField("asOf", date(c.asOf()));
    g.writeStringField("gridCodeScheme", c.scheme().name());
    g.writeObjectFieldStart("householdTargets");
    g.writeNumberField("urban", c.targets().urban());
    g.writeNumberField("rural", c.targets().rural());
    g.writeNumberField("tolerancePercent", c.targets().tolerancePercent());
    g.writeEndObject();

    g.writeArrayFieldStart("sectors");
    for (Sector s : c.sectors()) {
      g.writeStartObject();
      g.writeStringField("code", s.code());
      g.writeStringField("name", s.name());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("requiredSectors");
    for (Sector s : c.requiredSectors()) {
      g.writeString(s.code());
    }
    g.writeEndArray();

    g.writeArrayFieldStart("divisions");
    for (Division d : c.divisions()) {
      g.writeStartObject();
      g.writeStringField("code", d.code().toString());
      g.writeStringField("name", d.name());
      UrbanRuralClass cls = d.urbanRuralClass();
      if (cls != null) {
        g.writeNumberField("urbanRuralClass", cls.code());
      }
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("grids");
    for (Grid grid : c.grids()) {
      g.writeStartObject();
      g.writeStringField("code", grid.code().toString());
      g.writeStringField("unit", grid.unit().toString());
      g.writeStringField("kind", grid.kind().name());
      g.writeStringField("name", grid.name());
      g.writeNumberField("households", grid.households());
      g.writeNumberField("residents", grid.residents());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("workers");
    for (GridWorker w : c.workers()) {
      g.writeStartObject();
      g.writeStringField("id", w.id());
      g.writeStringField("name", w.name());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("assignments");
    for (Assignment a : c.assignments()) {
      g.writeStartObject();
      g.writeStringField("worker", a.workerId());
      g.writeStringField("grid", a.grid().toString());
      g.writeStringField("role", a.role().name());
      g.writeStringField("start", date(a.start()));
      LocalDate end = a.end();
      if (end != null) {
        g.writeStringField("end", date(end));
      }
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("partyOrganisations");
    for (PartyOrganisation o : c.partyOrganisations()) {
      g.writeStartObject();
      g.writeStringField("id", o.id());
      g.writeStringField("name", o.name());
      g.writeStringField("kind", o.kind().name());
      g.writeArrayFieldStart("grids");
      for (GridCode code : o.grids()) {
        g.writeString(code.toString());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("liaisons");
    for (Liaison l : c.liaisons()) {
      g.writeStartObject();
      g.writeStringField("name", l.name());
      g.writeStringField("unit", l.unit().toString());
      g.writeStringField("sector", l.sector().code());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("contactPoints");
    for (ContactPoint p : c.contactPoints()) {
      g.writeStartObject();
      g.writeStringField("leader", p.leaderName());
      g.writeStringField("rank", p.rank().name());
      g.writeStringField("unit", p.unit().toString());
      GridCode grid = p.grid();
      if (grid != null) {
        g.writeStringField("grid", grid.toString());
      }
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("retiredDivisions");
    for (Map.Entry<DivisionCode, List<DivisionCode>> e : c.retiredDivisions()) {
      g.writeStartObject();
      g.writeStringField("code", e.getKey().toString());
      g.writeArrayFieldStart("successors");
      for (DivisionCode s : e.getValue()) {
        g.writeString(s.toString());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("retiredGrids");
    for (Map.Entry<GridCode, List<GridCode>> e : c.retiredGrids()) {
      g.writeStartObject();
      g.writeStringField("code", e.getKey().toString());
      g.writeArrayFieldStart("successors");
      for (GridCode s : e.getValue()) {
        g.writeString(s.toString());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeEndObject();
    g.writeRaw('\n');
  }

  private static String date(LocalDate d) {
    return d.toString();
  }
}
