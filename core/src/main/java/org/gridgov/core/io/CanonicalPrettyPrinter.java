package org.gridgov.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * The canonical layout: the root object has one field per line, each top-level array has one
 * element per line, and everything deeper is written on the element's line ({@code {"code": "21",
 * "name": "辽宁省"}}). Indentation is two spaces per level and lines end with {@code '\n'} whatever
 * the platform. One element per line keeps a million-grid file compact and makes a diff of two
 * atlases show one line per changed element.
 *
 * <p>Not thread-safe: one instance per generator (it tracks the nesting it writes).
 */
final class CanonicalPrettyPrinter implements PrettyPrinter {
  private static final int MAX_DEPTH = 64;

  // expanded[d]: whether the container at depth d (root = 0) puts its entries on their own lines
  private final boolean[] expanded = new boolean[MAX_DEPTH];
  private int depth;

  private void push(boolean isArray) throws IOException {
    if (depth >= MAX_DEPTH) {
      throw new IOException("nesting deeper than " + MAX_DEPTH + " levels");
    }
    expanded[depth] = depth == 0 || (depth == 1 && isArray);
    depth++;
  }

  private static void newLine(JsonGenerator g, int indentLevels) throws IOException {
    g.writeRaw('\n');
    for (int i = 0; i < indentLevels; i++) {
      g.writeRaw("  ");
    }
  }

  private boolean innermostExpanded() {
    return depth > 0 && expanded[depth - 1];
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    push(false);
    g.writeRaw('{');
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    if (innermostExpanded()) {
      newLine(g, depth);
    }
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    separator(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    end(g, entries, '}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    push(true);
    g.writeRaw('[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    if (innermostExpanded()) {
      newLine(g, depth);
    }
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    separator(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    end(g, values, ']');
  }

  /** Between two members: a new line in an expanded container, a space in a compact one. */
  private void separator(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    if (innermostExpanded()) {
      newLine(g, depth);
    } else {
      g.writeRaw(' ');
    }
  }

  /** Closes a container; a non-empty expanded one ends on a line of its own. */
  private void end(JsonGenerator g, int members, char closer) throws IOException {
    if (innermostExpanded() && members > 0) {
      newLine(g, depth - 1);
    }
    depth--;
    g.writeRaw(closer);
  }
}
