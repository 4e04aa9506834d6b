package org.gridgov.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One step of a path into structured input: a field of an object or an element of an array. A
 * {@link Location.JsonPath} is a list of them, as is a field inside a builder {@link
 * Location.Element} or a {@link Location.Change}.
 *
 * <pre>{@code
 * List<PathSegment> path = List.of(PathSegment.field("grids"), PathSegment.index(17),
 *     PathSegment.field("unit"));              // $.grids[17].unit
 * }</pre>
 */
public sealed interface PathSegment permits PathSegment.Field, PathSegment.Index {

  /**
   * A field step.
   *
   * @param name the field's name; may be any string, even empty
   * @return the step
   */
  static Field field(String name) {
    return new Field(name);
  }

  /**
   * An array element step.
   *
   * @param index the element's index, from 0
   * @return the step
   */
  static Index index(int index) {
    return new Index(index);
  }

  /**
   * Appends the step in JSON path notation: {@code .name}, {@code ['odd name']} or {@code [3]}.
   *
   * @param sb where to append
   */
  void appendTo(StringBuilder sb);

  /**
   * A field of an object.
   *
   * @param name the field's name
   */
  record Field(String name) implements PathSegment {
    /** Longest field name kept in full; longer ones are shortened so that locations stay small. */
    public static final int MAX_NAME_LENGTH = 200;

    /**
     * Checks the name and shortens it beyond {@value #MAX_NAME_LENGTH} characters.
     *
     * @param name the field's name
     */
    public Field {
      checkNotNull(name, "name");
      if (name.length() > MAX_NAME_LENGTH) {
        name = name.substring(0, MAX_NAME_LENGTH) + "…";
      }
    }

    @Override
    public void appendTo(StringBuilder sb) {
      if (isIdentifier(name)) {
        sb.append('.').append(name);
        return;
      }
      sb.append("['");
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (c == '\'' || c == '\\') {
          sb.append('\\');
        }
        sb.append(c);
      }
      sb.append("']");
    }

    private static boolean isIdentifier(String s) {
      if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
        return false;
      }
      for (int i = 1; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!(c == '_' || (c < 128 && Character.isLetterOrDigit(c)))) {
          return false;
        }
      }
      return s.charAt(0) < 128;
    }

    /** The step as {@code .name} or {@code ['name']}. */
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      appendTo(sb);
      return sb.toString();
    }
  }

  /**
   * An element of an array.
   *
   * @param index the element's index, from 0
   */
  record Index(int index) implements PathSegment {
    /**
     * Checks the index.
     *
     * @param index the element's index, from 0
     */
    public Index {
      checkArgument(index >= 0, "an index must be >= 0, got %s", index);
    }

    @Override
    public void appendTo(StringBuilder sb) {
      sb.append('[').append(index).append(']');
    }

    /** The step as {@code [index]}. */
    @Override
    public String toString() {
      return "[" + index + "]";
    }
  }
}
