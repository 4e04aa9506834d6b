package org.gridgov.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helpers for problem locations: a location as a JSON-path-like string without line and column
 * ({@code $.grids[3].code} for a JSON path or a builder element alike), and the builder element of
 * such a string, so that tests state expected places in one notation.
 */
public final class Where {
  private static final Pattern STEP = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d+)\\]");

  private Where() {}

  /** The location as {@code $.path} (JSON paths and builder elements), or its usual text. */
  public static String of(Location l) {
    return switch (l.kind()) {
      case JSON_PATH -> path(((Location.JsonPath) l).path());
      case ELEMENT -> path(((Location.Element) l).path());
      case IN_SOURCE -> {
        Location.InSource s = (Location.InSource) l;
        yield s.source() + ": " + of(s.within());
      }
      case CHANGE, TEXT -> l.toString();
    };
  }

  /** {@code KIND at $.path} for each problem. */
  public static List<String> of(List<Problem> problems) {
    return problems.stream().map(p -> p.kind() + " at " + of(p.location())).toList();
  }

  /** {@code KIND at $.path}. */
  public static String of(Problem p) {
    return p.kind() + " at " + of(p.location());
  }

  /** {@code KIND at $.path: message} for each problem. */
  public static List<String> withMessages(List<Problem> problems) {
    return problems.stream().map(p -> of(p) + ": " + p.message()).toList();
  }

  private static String path(List<PathSegment> path) {
    StringBuilder sb = new StringBuilder("$");
    path.forEach(s -> s.appendTo(sb));
    return sb.toString();
  }

  /** The builder element of a path such as {@code $.grids[3].code}. */
  public static Location.Element element(String path) {
    return new Location.Element(steps(path));
  }

  /** The JSON path of a path such as {@code $.grids[3].code}, without line or column. */
  public static Location.JsonPath json(String path) {
    return new Location.JsonPath(steps(path), 0, 0);
  }

  private static List<PathSegment> steps(String path) {
    if (!path.startsWith("$")) {
      throw new IllegalArgumentException(path);
    }
    List<PathSegment> steps = new ArrayList<>();
    Matcher m = STEP.matcher(path);
    int at = 1;
    while (at < path.length()) {
      if (!m.find(at) || m.start() != at) {
        throw new IllegalArgumentException("not a simple path: " + path);
      }
      steps.add(
          m.group(1) != null
              ? PathSegment.field(m.group(1))
              : PathSegment.index(Integer.parseInt(m.group(2))));
      at = m.end();
    }
    return steps;
  }
}
