package org.gridgov.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gridgov.core.Atlas;
import org.gridgov.core.AtlasChange;
import org.gridgov.core.AtlasChangeException;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionLevel;
import org.gridgov.core.Grid;
import org.gridgov.core.Problem;
import org.gridgov.core.TestAtlases;
import org.gridgov.core.Where;
import org.jspecify.annotations.Nullable;

/** Random atlases, invalid builders written as JSON, and JSON rewritten with another layout. */
final class JsonTestSupport {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonTestSupport() {}

  /** A random valid atlas, then a few random changes that retire codes (merges, splits, moves). */
  static Atlas randomAtlas(Random r) {
    Atlas atlas = TestAtlases.random(r).build();
    int changes = r.nextInt(6);
    for (int i = 0; i < changes; i++) {
      AtlasChange change = randomChange(atlas, r);
      if (change == null) {
        continue;
      }
      try {
        atlas = atlas.apply(change);
      } catch (AtlasChangeException | IllegalArgumentException e) {
        // a change the atlas refuses; try another
      }
    }
    return atlas;
  }

  private static @Nullable AtlasChange randomChange(Atlas atlas, Random r) {
    List<Grid> grids = atlas.grids();
    List<Division> units =
        atlas.divisions().stream().filter(d -> d.level() == DivisionLevel.VILLAGE).toList();
    if (grids.isEmpty()) {
      return null;
    }
    Grid grid = grids.get(r.nextInt(grids.size()));
    return switch (r.nextInt(5)) {
      case 0 -> AtlasChange.removeGrid(grid.code());
      case 1 -> {
        int h = grid.households();
        int p = grid.residents();
        yield AtlasChange.splitGrid(
            grid.code(),
            List.of(
                new AtlasChange.GridPart("甲", h / 2, p / 2),
                new AtlasChange.GridPart("乙", h - h / 2, p - p / 2)));
      }
      case 2 -> {
        List<Grid> siblings =
            grids.stream().filter(g -> g.unit().equals(grid.unit()) && !g.equals(grid)).toList();
        if (siblings.isEmpty()) {
          yield AtlasChange.removeGrid(grid.code());
        }
        yield AtlasChange.mergeGrids(
            List.of(grid.code(), siblings.get(r.nextInt(siblings.size())).code()), "合并网格");
      }
      case 3 -> AtlasChange.moveGrid(grid.code(), units.get(r.nextInt(units.size())).code());
      default -> AtlasChange.removeDivision(units.get(r.nextInt(units.size())).code());
    };
  }

  /** The JSON text of a builder's contents, valid or not, in the order they were added. */
  static String json(Atlas.Builder b) {
    AtlasDraft contents =
        new AtlasDraft(
            TestAtlases.asOf(b),
            TestAtlases.scheme(b),
            TestAtlases.targets(b),
            TestAtlases.sectors(b),
            TestAtlases.requiredSectors(b),
            TestAtlases.divisions(b),
            TestAtlases.grids(b),
            TestAtlases.workers(b),
            TestAtlases.assignments(b),
            TestAtlases.partyOrganisations(b),
            TestAtlases.liaisons(b),
            TestAtlases.contactPoints(b),
            TestAtlases.retiredDivisions(b),
            TestAtlases.retiredGrids(b));
    StringWriter out = new StringWriter();
    try {
      AtlasWriter.write(contents, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static ObjectNode tree(String json) {
    try {
      return (ObjectNode) MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tree as text with every object's keys shuffled and random whitespace between tokens. */
  static String shuffledText(JsonNode node, Random r) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      g.setPrettyPrinter(new RandomWhitespace(r));
      MAPPER.writeTree(g, shuffled(node, r));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString() + whitespace(r);
  }

  private static JsonNode shuffled(JsonNode node, Random r) {
    if (node instanceof ObjectNode object) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
      Collections.shuffle(fields, r);
      ObjectNode copy = MAPPER.createObjectNode();
      for (Map.Entry<String, JsonNode> f : fields) {
        copy.set(f.getKey(), shuffled(f.getValue(), r));
      }
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = MAPPER.createArrayNode();
      for (JsonNode element : array) {
        copy.add(shuffled(element, r));
      }
      return copy;
    }
    return node;
  }

  static String whitespace(Random r) {
    String[] pieces = {"", "", " ", "\n", "\r\n", "\t", "  \n    "};
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(3);
    for (int i = 0; i < n; i++) {
      sb.append(pieces[r.nextInt(pieces.length)]);
    }
    return sb.toString();
  }

  /** Insignificant whitespace of random kinds around every structural token. */
  private static final class RandomWhitespace implements PrettyPrinter {
    private final Random r;

    RandomWhitespace(Random r) {
      this.r = r;
    }

    private void ws(JsonGenerator g) throws IOException {
      g.writeRaw(whitespace(r));
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
      ws(g);
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
      ws(g);
      g.writeRaw('{');
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
      ws(g);
      g.writeRaw('}');
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      ws(g);
      g.writeRaw(',');
      ws(g);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      ws(g);
      g.writeRaw(':');
      ws(g);
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
      ws(g);
      g.writeRaw('[');
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      ws(g);
      g.writeRaw(']');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      ws(g);
      g.writeRaw(',');
      ws(g);
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
      ws(g);
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
      ws(g);
    }
  }

  /** A problem as {@code KIND at path}, without its message. */
  static String located(Problem p) {
    return p.kind() + " at " + Where.of(p.location());
  }
}
