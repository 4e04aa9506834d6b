package org.gridgov.scoring.io;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Supplier;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.internal.JsonCursor;
import org.gridgov.scoring.rating.Points;

/**
 * Typed reads the scoring formats share: ids, points, star counts; each adds a located problem and
 * returns empty when the value is wrong, so that a reader reports every problem in one pass.
 */
final class Fields {
  /** The longest id, as the value types allow. */
  static final int MAX_ID_LENGTH = 200;

  private Fields() {}

  /**
   * The cursor, after a missing-field problem if the value is missing: for fields that only some
   * cases require (those every object requires are checked by {@link JsonCursor#expectObject}).
   */
  static JsonCursor need(JsonCursor c) {
    if (c.isMissing()) {
      c.problem(ProblemKind.MISSING_FIELD, "required field is missing");
    }
    return c;
  }

  /** A non-blank id of at most {@value #MAX_ID_LENGTH} characters; empty if missing. */
  static Optional<String> id(JsonCursor c) {
    Optional<String> id = c.name();
    if (id.isPresent() && id.get().length() > MAX_ID_LENGTH) {
      c.problem(
          ProblemKind.INVALID_VALUE,
          "an id of " + id.get().length() + " characters, more than " + MAX_ID_LENGTH);
      return Optional.empty();
    }
    return id;
  }

  /** A non-blank text; empty if missing. */
  static Optional<String> text(JsonCursor c) {
    return c.name();
  }

  /** An optional text, empty string if missing. */
  static Optional<String> optionalText(JsonCursor c) {
    return c.isMissing() ? Optional.of("") : c.string();
  }

  /**
   * Points exact to 0.01; {@code min} 1 means above 0, 0 means at least 0, -1 any sign; empty if
   * missing.
   */
  static Optional<Points> points(JsonCursor c, int min) {
    Optional<BigDecimal> d = c.decimal();
    if (d.isEmpty()) {
      return Optional.empty();
    }
    Points p;
    try {
      p = Points.of(d.get());
    } catch (IllegalArgumentException e) {
      c.problem(
          ProblemKind.INVALID_VALUE,
          "expected points exact to 0.01 such as 2.5, got " + d.get().toPlainString());
      return Optional.empty();
    }
    if ((min > 0 && !p.isPositive()) || (min == 0 && p.isNegative())) {
      c.problem(
          ProblemKind.INVALID_VALUE,
          "expected points " + (min > 0 ? "above 0" : "of at least 0") + ", got " + p);
      return Optional.empty();
    }
    return Optional.of(p);
  }

  /** A whole number in a range; empty if missing. */
  static Optional<Integer> integer(JsonCursor c, int min, int max) {
    return c.intValue(min, max);
  }

  /** A decimal; empty if missing. */
  static Optional<BigDecimal> decimal(JsonCursor c) {
    return c.decimal();
  }

  /**
   * Builds a value whose factory checks its fields; an {@link IllegalArgumentException} becomes a
   * problem at the cursor, so that a reader never throws anything but its format's exception.
   */
  static <T> Optional<T> build(JsonCursor c, Supplier<T> factory) {
    try {
      return Optional.of(factory.get());
    } catch (IllegalArgumentException e) {
      c.problem(ProblemKind.INVALID_VALUE, String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  /** A problem from a builder, with its element location turned into the same JSON path. */
  static Problem toJson(Problem p) {
    Location at = p.location();
    if (at instanceof Location.Element e) {
      return p.withLocation(e.toJsonPath());
    }
    return p;
  }
}
