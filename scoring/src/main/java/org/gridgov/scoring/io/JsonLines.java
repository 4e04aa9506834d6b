package org.gridgov.scoring.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.ReadLimits;
import org.gridgov.core.io.internal.JsonCursor;
import org.gridgov.core.io.internal.JsonTrees;
import org.gridgov.core.io.internal.ProblemList;

/** One JSON value per line: a line parsed and converted, or its first problem at that line. */
final class JsonLines {
  private final JsonTrees json;
  private final int maxElements;

  JsonLines(ReadLimits limits) {
    this.json = new JsonTrees(limits);
    this.maxElements = limits.maxElements();
  }

  /** What a line gave: a value, or the problems found (at least one). */
  record Parsed<T>(Optional<T> value, ProblemList problems) {
    /** Every problem kept, placed at the line. */
    List<Problem> all(int line) {
      List<Problem> out = new java.util.ArrayList<>();
      for (Problem p : problems.kept()) {
        out.add(atLine(p, line));
      }
      return out.isEmpty() ? List.of(first(line)) : out;
    }

    /** The first problem, placed at the line. */
    Problem first(int line) {
      List<Problem> kept = problems.kept();
      return kept.isEmpty()
          ? new Problem(ProblemKind.INVALID_VALUE, Location.line(line), "not a valid record")
          : atLine(kept.get(0), line);
    }
  }

  <T> Parsed<T> parse(String text, int line, Function<JsonCursor, Optional<T>> convert) {
    ProblemList problems = new ProblemList(100);
    JsonNode node;
    try {
      node = json.read(new StringReader(text), problems, line);
    } catch (IOException e) {
      throw new AssertionError("a string reader does not fail", e);
    }
    if (node == null) {
      return new Parsed<>(Optional.empty(), problems);
    }
    Optional<T> value = convert.apply(JsonCursor.at(node, Location.json(), problems, maxElements));
    if (value.isPresent() && !problems.isEmpty()) {
      value = Optional.empty();
    }
    return new Parsed<>(value, problems);
  }

  /** A problem placed at its line: a JSON path without a line gets this one. */
  static Problem atLine(Problem p, int line) {
    Location l = p.location();
    if (l instanceof Location.JsonPath path && path.line() == 0) {
      return p.withLocation(path.at(line, 0));
    }
    return p;
  }
}
