package org.gridgov.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a {@link Problem} is: a JSON path (with line and column when the reader knows them), a line
 * and column of a text file such as a CSV file, a change's position in a batch, or an element given
 * to a builder in code. Every module of gridgov locates its problems with these cases.
 *
 * <pre>{@code
 * Location at = Location.json().field("grids").index(17).field("unit");   // $.grids[17].unit
 * Location row = Location.text(12, 3);                                     // line 12, column 3
 * Location change = Location.change(2).field("newParent");                // changes[2].newParent
 * switch (problem.location().kind()) {
 *   case JSON_PATH -> ...
 * }
 * }</pre>
 *
 * <p>Java 17 has no pattern {@code switch}; {@link #kind()} names the case for callers that branch.
 * Locations are immutable values; {@code toString()} gives the form used in messages.
 */
public sealed interface Location
    permits Location.JsonPath, Location.Text, Location.Change, Location.Element, Location.InSource {

  /** The cases of {@link Location}, for {@code switch}. */
  enum Kind {
    /** A {@link JsonPath}. */
    JSON_PATH,
    /** A {@link Text} position. */
    TEXT,
    /** A {@link Change} in a batch. */
    CHANGE,
    /** A builder {@link Element}. */
    ELEMENT,
    /** A location {@link InSource in a named source}. */
    IN_SOURCE
  }

  /**
   * Which case this is.
   *
   * @return the case
   */
  Kind kind();

  /**
   * The location of a field inside this one. A {@link Text} position is returned unchanged: a line
   * cannot be narrowed by name.
   *
   * @param name the field's name
   * @return the narrower location
   */
  Location field(String name);

  /**
   * The location of an array element inside this one. A {@link Text} position is returned
   * unchanged.
   *
   * @param index the element's index, from 0
   * @return the narrower location
   */
  Location index(int index);

  /**
   * The root of a JSON document, {@code $}, with no line or column.
   *
   * @return the root path
   */
  static JsonPath json() {
    return JsonPath.ROOT;
  }

  /**
   * A whole line of a text input.
   *
   * @param line the line, from 1
   * @return the location
   */
  static Text line(int line) {
    return new Text(line, 0);
  }

  /**
   * A line and column of a text input.
   *
   * @param line the line, from 1
   * @param column the column, from 1 (CSV: the field's position in the row), or 0 for the line
   * @return the location
   */
  static Text text(int line, int column) {
    return new Text(line, column);
  }

  /**
   * The change at a position of a batch, {@code changes[index]}.
   *
   * @param index the change's position, from 0
   * @return the location
   */
  static Change change(int index) {
    return new Change(index, List.of());
  }

  /**
   * An element given to a builder: the {@code index}-th (from 0) element added to a section.
   *
   * @param section the section, such as {@code "grids"}
   * @param index the element's position in the order added, from 0
   * @return the location, {@code section[index]}
   */
  static Element element(String section, int index) {
    checkNotNull(section, "section");
    return new Element(List.of(PathSegment.field(section), PathSegment.index(index)));
  }

  /**
   * A single-valued setting given to a builder, such as {@code asOf}.
   *
   * @param name the setting
   * @return the location
   */
  static Element element(String name) {
    return new Element(List.of(PathSegment.field(name)));
  }

  /**
   * A JSON path into a document: {@code $}, then fields and indices, with the line and column where
   * the value starts when the reader knows them.
   *
   * @param path the steps from the root
   * @param line the line, from 1, or 0 if not known
   * @param column the column, from 1, or 0 if not known
   */
  record JsonPath(List<PathSegment> path, int line, int column) implements Location {
    static final JsonPath ROOT = new JsonPath(List.of(), 0, 0);

    /**
     * Copies the path and checks the position.
     *
     * @param path the steps from the root
     * @param line the line, from 1, or 0 if not known
     * @param column the column, from 1, or 0 if not known
     */
    public JsonPath {
      path = List.copyOf(checkNotNull(path, "path"));
      checkArgument(line >= 0 && column >= 0, "line and column must be >= 0");
    }

    /**
     * The same path at a line and column.
     *
     * @param newLine the line, from 1, or 0
     * @param newColumn the column, from 1, or 0
     * @return the located path
     */
    public JsonPath at(int newLine, int newColumn) {
      return new JsonPath(path, newLine, newColumn);
    }

    /**
     * Whether this path starts with the steps of another.
     *
     * @param prefix the other path
     * @return whether {@code prefix}'s steps are the first steps of this path
     */
    public boolean startsWith(JsonPath prefix) {
      return path.size() >= prefix.path.size()
          && path.subList(0, prefix.path.size()).equals(prefix.path);
    }

    @Override
    public Kind kind() {
      return Kind.JSON_PATH;
    }

    /** Narrower paths carry no line or column: those belong to where the parent value starts. */
    @Override
    public JsonPath field(String name) {
      return new JsonPath(append(path, PathSegment.field(name)), 0, 0);
    }

    @Override
    public JsonPath index(int index) {
      return new JsonPath(append(path, PathSegment.index(index)), 0, 0);
    }

    /**
     * The path as {@code $.grids[17].unit}, then {@code (line 4, column 7)} when known.
     *
     * @return the text
     */
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("$");
      path.forEach(s -> s.appendTo(sb));
      if (line > 0) {
        sb.append(" (line ").append(line);
        if (column > 0) {
          sb.append(", column ").append(column);
        }
        sb.append(')');
      }
      return sb.toString();
    }
  }

  /**
   * A position in a text input read line by line, such as a CSV file.
   *
   * @param line the line, from 1
   * @param column the column, from 1, or 0 for the line as a whole; for CSV the field's position in
   *     the row
   */
  record Text(int line, int column) implements Location {
    /**
     * Checks the position.
     *
     * @param line the line, from 1
     * @param column the column, from 1, or 0 for the whole line
     */
    public Text {
      checkArgument(line >= 1, "a line is >= 1, got %s", line);
      checkArgument(column >= 0, "a column is >= 0, got %s", column);
    }

    @Override
    public Kind kind() {
      return Kind.TEXT;
    }

    @Override
    public Text field(String name) {
      checkNotNull(name, "name");
      return this;
    }

    @Override
    public Text index(int index) {
      return this;
    }

    /**
     * The position as {@code line 12, column 3} or {@code line 12}.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return column > 0 ? "line " + line + ", column " + column : "line " + line;
    }
  }

  /**
   * A change in a batch given to {@link Atlas#apply(java.util.List)}, and optionally a field of it.
   *
   * @param index the change's position in the batch, from 0
   * @param path the steps inside the change, empty for the change as a whole
   */
  record Change(int index, List<PathSegment> path) implements Location {
    /**
     * Checks and copies.
     *
     * @param index the change's position in the batch, from 0
     * @param path the steps inside the change
     */
    public Change {
      checkArgument(index >= 0, "a change index is >= 0, got %s", index);
      path = List.copyOf(checkNotNull(path, "path"));
    }

    @Override
    public Kind kind() {
      return Kind.CHANGE;
    }

    @Override
    public Change field(String name) {
      return new Change(index, append(path, PathSegment.field(name)));
    }

    @Override
    public Change index(int i) {
      return new Change(index, append(path, PathSegment.index(i)));
    }

    /**
     * The location as {@code changes[2]} or {@code changes[2].newParent}.
     *
     * @return the text
     */
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("changes[").append(index).append(']');
      path.forEach(s -> s.appendTo(sb));
      return sb.toString();
    }
  }

  /**
   * An element given to a builder in code, by its section and its position in the order added, and
   * optionally a field of it: {@code grids[17].unit}. Readers give builders their own locations
   * instead, so that problems point into the input.
   *
   * @param path the steps: the section's name, usually the element's index, then fields
   */
  record Element(List<PathSegment> path) implements Location {
    /**
     * Checks and copies.
     *
     * @param path the steps, starting with the section's name
     */
    public Element {
      path = List.copyOf(checkNotNull(path, "path"));
      checkArgument(
          !path.isEmpty() && path.get(0) instanceof PathSegment.Field,
          "an element's path starts with its section, got %s",
          Texts.shown(path));
    }

    @Override
    public Kind kind() {
      return Kind.ELEMENT;
    }

    @Override
    public Element field(String name) {
      return new Element(append(path, PathSegment.field(name)));
    }

    @Override
    public Element index(int index) {
      return new Element(append(path, PathSegment.index(index)));
    }

    /**
     * The same steps as a JSON path from the root, which is where the element is in the JSON form
     * of what was built when sections map to top-level fields.
     *
     * @return the path
     */
    public JsonPath toJsonPath() {
      return new JsonPath(path, 0, 0);
    }

    /**
     * The location as {@code grids[17].unit}.
     *
     * @return the text
     */
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      path.forEach(s -> s.appendTo(sb));
      return sb.charAt(0) == '.' ? sb.substring(1) : sb.toString();
    }
  }

  /**
   * A location inside a named source, such as a file among several read together.
   *
   * @param source the source's name, such as {@code "2024.json"}
   * @param within where in the source
   */
  record InSource(String source, Location within) implements Location {
    /** Longest source name kept in full. */
    public static final int MAX_SOURCE_LENGTH = 500;

    /**
     * Checks the fields and shortens a very long source name.
     *
     * @param source the source's name
     * @param within where in the source; not itself in a source
     */
    public InSource {
      checkNotNull(source, "source");
      checkNotNull(within, "within");
      checkArgument(
          !(within instanceof InSource),
          "a location is in one source, got %s in %s",
          within,
          source);
      if (source.length() > MAX_SOURCE_LENGTH) {
        source = source.substring(0, MAX_SOURCE_LENGTH) + "…";
      }
    }

    @Override
    public Kind kind() {
      return Kind.IN_SOURCE;
    }

    @Override
    public InSource field(String name) {
      return new InSource(source, within.field(name));
    }

    @Override
    public InSource index(int index) {
      return new InSource(source, within.index(index));
    }

    /**
     * The location as {@code 2024.json: $.days[3].date}.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return source + ": " + within;
    }
  }

  /**
   * This location inside a named source; a location already in a source is moved to the new one.
   *
   * @param source the source's name, such as a file name
   * @return the location in that source
   */
  default InSource in(String source) {
    return new InSource(source, this instanceof InSource s ? s.within() : this);
  }

  private static List<PathSegment> append(List<PathSegment> path, PathSegment step) {
    List<PathSegment> longer = new ArrayList<>(path.size() + 1);
    longer.addAll(path);
    longer.add(step);
    return longer;
  }
}
