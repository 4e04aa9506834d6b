package org.gridgov.core.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import org.gridgov.core.AtlasSection;
import org.gridgov.core.Sector;

/**
 * Writes the canonical JSON form with Jackson's streaming generator: one pass over the atlas, one
 * element materialised at a time, nothing buffered beyond the generator's own buffer. O(size).
 */
final class AtlasWriter {
  // Thread-safe once configured; the targets belong to the caller, so they are never closed here.
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private AtlasWriter() {}

  static void write(AtlasDraft atlas, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(atlas, g);
    }
  }

  static void write(AtlasDraft atlas, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      write(atlas, g);
    }
  }

  /** The canonical text: the document, laid out by the canonical printer, then a newline. */
  private static void write(AtlasDraft atlas, JsonGenerator g) throws IOException {
    g.setPrettyPrinter(new CanonicalPrettyPrinter());
    writeDocument(atlas, g);
    g.writeRaw('\n');
    g.flush();
  }

  /**
   * The document: the format, the settings, then every list section with its element form, as one
   * value of the generator (the Jackson module writes atlases inside other values with it).
   */
  static void writeDocument(AtlasDraft atlas, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", AtlasForm.FORMAT);
    for (AtlasSection section : AtlasSection.values()) {
      LocalDate asOf = atlas.asOf();
      if (section == AtlasSection.AS_OF && asOf == null) {
        continue; // only an unbuilt builder's contents lack it
      }
      g.writeFieldName(section.fieldName());
      switch (section) {
        case AS_OF -> g.writeString(String.valueOf(asOf));
        case GRID_CODE_SCHEME -> g.writeString(atlas.scheme().name());
        case HOUSEHOLD_TARGETS -> AtlasForm.TARGETS.write(g, atlas.targets());
        case REQUIRED_SECTORS -> {
          g.writeStartArray();
          for (Sector s : atlas.requiredSectors()) {
            g.writeString(s.code());
          }
          g.writeEndArray();
        }
        case SECTORS -> list(g, AtlasForm.SECTOR, atlas.sectors());
        case DIVISIONS -> list(g, AtlasForm.DIVISION, atlas.divisions());
        case GRIDS -> list(g, AtlasForm.GRID, atlas.grids());
        case WORKERS -> list(g, AtlasForm.WORKER, atlas.workers());
        case ASSIGNMENTS -> list(g, AtlasForm.ASSIGNMENT, atlas.assignments());
        case PARTY_ORGANISATIONS ->
            list(g, AtlasForm.PARTY_ORGANISATION, atlas.partyOrganisations());
        case LIAISONS -> list(g, AtlasForm.LIAISON, atlas.liaisons());
        case CONTACT_POINTS -> list(g, AtlasForm.CONTACT_POINT, atlas.contactPoints());
        case RETIRED_DIVISIONS -> list(g, AtlasForm.RETIRED_DIVISION, atlas.retiredDivisions());
        case RETIRED_GRIDS -> list(g, AtlasForm.RETIRED_GRID, atlas.retiredGrids());
      }
    }
    g.writeEndObject();
  }

  private static <T> void list(
      JsonGenerator g, AtlasForm.ElementForm<T> form, Iterable<? extends T> elements)
      throws IOException {
    g.writeStartArray();
    for (T element : elements) {
      form.write(g, element);
    }
    g.writeEndArray();
  }
}
