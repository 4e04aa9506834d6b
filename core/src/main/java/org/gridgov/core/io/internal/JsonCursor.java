package org.gridgov.core.io.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridgov.core.GridGovException;
import org.gridgov.core.Location;
import org.gridgov.core.ProblemKind;
import org.jspecify.annotations.Nullable;

/**
 * A JSON tree node with its location, for tree-based readers: typed getters add a located problem
 * and return empty when the value is missing or of the wrong type, so that a reader reports every
 * problem of a document in one pass and never reads message text. A JSON {@code null} counts as
 * missing. Not thread-safe (it shares its problem list).
 *
 * <pre>{@code
 * JsonCursor root = JsonCursor.root(node, problems);
 * root.expectFields(Set.of("id", "budget"), Set.of("id"));
 * Optional<String> id = root.field("id").string();                    // $.id
 * Optional<Duration> budget = root.field("budget").duration();        // $.budget
 * for (JsonCursor m : root.field("milestones").elements()) { ... }    // $.milestones[3]
 * }</pre>
 */
public final class JsonCursor {
  private static final int QUOTED_MAX = 80;

  private final JsonNode node;
  private final Location location;
  private final ProblemList problems;
  private final int maxElements;
  // a null element of an array, reported once by elements(): the getters add nothing more
  private final boolean reported;

  private JsonCursor(JsonNode node, Location location, ProblemList problems, int maxElements) {
    this(node, location, problems, maxElements, false);
  }

  private JsonCursor(
      JsonNode node, Location location, ProblemList problems, int maxElements, boolean reported) {
    this.node = node;
    this.location = location;
    this.problems = problems;
    this.maxElements = maxElements;
    this.reported = reported;
  }

  /**
   * The cursor at a document's root, {@code $}.
   *
   * @param node the root
   * @param problems where problems go
   * @param maxElements the limit on any one array
   * @return the cursor
   */
  public static JsonCursor root(JsonNode node, ProblemList problems, int maxElements) {
    return at(node, Location.json(), problems, maxElements);
  }

  /**
   * A cursor at a given location, such as the root of one line of a JSON lines file.
   *
   * @param node the node
   * @param location where it is
   * @param problems where problems go
   * @param maxElements the limit on any one array
   * @return the cursor
   */
  public static JsonCursor at(
      JsonNode node, Location location, ProblemList problems, int maxElements) {
    return new JsonCursor(
        checkNotNull(node, "node"),
        checkNotNull(location, "location"),
        checkNotNull(problems, "problems"),
        maxElements);
  }

  /**
   * The node.
   *
   * @return the node, a missing node for an absent field
   */
  public JsonNode node() {
    return node;
  }

  /**
   * Where the node is.
   *
   * @return the location
   */
  public Location location() {
    return location;
  }

  /**
   * The problems.
   *
   * @return the list problems go to
   */
  public ProblemList problems() {
    return problems;
  }

  /**
   * Whether the value is absent or {@code null}.
   *
   * @return true if missing
   */
  public boolean isMissing() {
    return node.isMissingNode() || node.isNull();
  }

  /**
   * Whether the value is present and not {@code null}.
   *
   * @return true if present
   */
  public boolean isPresent() {
    return !isMissing();
  }

  /**
   * The cursor at a field of this object; missing if this is not an object or has no such field.
   *
   * @param name the field
   * @return the cursor
   */
  public JsonCursor field(String name) {
    JsonNode child = node.isObject() ? node.get(name) : null;
    return new JsonCursor(
        child == null ? MissingNode.getInstance() : child,
        location.field(name),
        problems,
        maxElements);
  }

  /**
   * Adds a problem at this node.
   *
   * @param kind the kind
   * @param message what is wrong
   */
  public void problem(ProblemKind kind, String message) {
    problems.add(kind, location, message);
  }

  /**
   * Checks that this is an object with only the allowed fields and all the required ones; adds a
   * problem for each unknown field, missing field, or a value that is not an object.
   *
   * @param allowed the fields the object may have
   * @param required the fields it must have (not {@code null})
   * @return true if this is an object (whatever its fields)
   */
  @CanIgnoreReturnValue
  public boolean expectObject(Collection<String> allowed, Collection<String> required) {
    if (!node.isObject()) {
      if (reported) {
        return false;
      }
      if (isMissing()) {
        problem(ProblemKind.MISSING_FIELD, "a required object is missing");
      } else {
        problem(ProblemKind.INVALID_VALUE, "expected an object, got " + describe(node));
      }
      return false;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        problems.add(
            ProblemKind.INVALID_VALUE,
            location.field(name),
            "unknown field "
                + quote(name)
                + ", expected one of "
                + allowed.stream().sorted().collect(Collectors.joining(", ")));
      }
    }
    for (String name : required) {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        problems.add(
            ProblemKind.MISSING_FIELD, location.field(name), "required field " + quote(name));
      }
    }
    return true;
  }

  /**
   * The elements of this array; an empty list, with a problem, if this is not an array or has more
   * elements than the limit; an empty list without a problem if missing. A {@code null} element is
   * a problem at its index; its cursor is missing, and its getters add no further problem.
   *
   * @return the elements' cursors
   */
  public List<JsonCursor> elements() {
    if (isMissing()) {
      return List.of();
    }
    if (!node.isArray()) {
      problem(ProblemKind.INVALID_VALUE, "expected an array, got " + describe(node));
      return List.of();
    }
    if (node.size() > maxElements) {
      problem(
          ProblemKind.INPUT_TOO_LARGE,
          "an array of " + node.size() + " elements, more than the limit of " + maxElements);
      return List.of();
    }
    List<JsonCursor> result = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      JsonNode element = node.get(i);
      Location at = location.index(i);
      boolean isNull = element.isNull();
      if (isNull) {
        // a null is never a value of a list: a located problem here, so that no reader can take
        // it for an absent optional field and go on without one
        problems.add(ProblemKind.INVALID_VALUE, at, "an array element must not be null");
      }
      result.add(new JsonCursor(element, at, problems, maxElements, isNull));
    }
    return result;
  }

  /**
   * The fields of this object as cursors, in document order; empty, with a problem, if not an
   * object; empty without one if missing.
   *
   * @return the field names and cursors
   */
  public List<Named> fields() {
    if (isMissing()) {
      return List.of();
    }
    if (!node.isObject()) {
      problem(ProblemKind.INVALID_VALUE, "expected an object, got " + describe(node));
      return List.of();
    }
    if (node.size() > maxElements) {
      problem(
          ProblemKind.INPUT_TOO_LARGE,
          "an object of " + node.size() + " fields, more than the limit of " + maxElements);
      return List.of();
    }
    List<Named> result = new ArrayList<>(node.size());
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      result.add(new Named(name, field(name)));
    }
    return result;
  }

  /**
   * A field's name and cursor.
   *
   * @param name the name
   * @param value the cursor
   */
  public record Named(String name, JsonCursor value) {}

  /**
   * Adds a missing-field problem if missing.
   *
   * @return this cursor if present, empty if missing
   */
  public Optional<JsonCursor> required() {
    if (isMissing()) {
      if (!reported) {
        problem(ProblemKind.MISSING_FIELD, "required field is missing");
      }
      return Optional.empty();
    }
    return Optional.of(this);
  }

  /**
   * The string; empty, with a problem, if not a string or not well-formed (a lone surrogate); empty
   * without one if missing.
   *
   * @return the string
   */
  public Optional<String> string() {
    if (isMissing()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      problem(ProblemKind.INVALID_VALUE, "expected a string, got " + describe(node));
      return Optional.empty();
    }
    String text = node.textValue();
    if (!TextInput.isWellFormed(text)) {
      problem(ProblemKind.INVALID_VALUE, "a string with a lone surrogate (not Unicode text)");
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /**
   * A string that is not blank: names and ids.
   *
   * @return the string
   */
  public Optional<String> name() {
    Optional<String> text = string();
    if (text.isPresent() && text.get().isBlank()) {
      problem(ProblemKind.INVALID_VALUE, "must not be blank, got " + quote(text.get()));
      return Optional.empty();
    }
    return text;
  }

  /**
   * A boolean.
   *
   * @return the value; empty with a problem if not a boolean, without one if missing
   */
  public Optional<Boolean> bool() {
    if (isMissing()) {
      return Optional.empty();
    }
    if (!node.isBoolean()) {
      problem(ProblemKind.INVALID_VALUE, "expected true or false, got " + describe(node));
      return Optional.empty();
    }
    return Optional.of(node.booleanValue());
  }

  /**
   * A whole number in a range.
   *
   * @param min the least allowed
   * @param max the most allowed
   * @return the value; empty with a problem if not a whole number in range, without if missing
   */
  public Optional<Long> integer(long min, long max) {
    if (isMissing()) {
      return Optional.empty();
    }
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      problem(
          ProblemKind.INVALID_VALUE,
          "expected a whole number from " + min + " to " + max + ", got " + describe(node));
      return Optional.empty();
    }
    long v = node.longValue();
    if (v < min || v > max) {
      problem(
          ProblemKind.INVALID_VALUE,
          "expected a whole number from " + min + " to " + max + ", got " + v);
      return Optional.empty();
    }
    return Optional.of(v);
  }

  /**
   * A whole number in an int range.
   *
   * @param min the least allowed
   * @param max the most allowed
   * @return the value
   */
  public Optional<Integer> intValue(int min, int max) {
    return integer(min, max).map(Long::intValue);
  }

  /**
   * An exact decimal number (whole or not); never a binary floating-point value.
   *
   * @return the value; empty with a problem if not a number, without if missing
   */
  public Optional<BigDecimal> decimal() {
    if (isMissing()) {
      return Optional.empty();
    }
    if (!node.isNumber()) {
      problem(ProblemKind.INVALID_VALUE, "expected a number, got " + describe(node));
      return Optional.empty();
    }
    return Optional.of(node.decimalValue());
  }

  /**
   * An ISO date such as {@code 2022-12-10}.
   *
   * @return the date
   */
  public Optional<LocalDate> date() {
    return parsed("an ISO date such as 2022-12-10", LocalDate::parse);
  }

  /**
   * An instant with an offset, such as {@code 2022-12-10T09:30:00+08:00} or {@code
   * 2022-12-10T01:30:00Z}.
   *
   * @return the instant
   */
  public Optional<Instant> instant() {
    return parsed(
        "an instant with an offset such as 2022-12-10T09:30:00+08:00",
        t -> OffsetDateTime.parse(t).toInstant());
  }

  /**
   * An ISO-8601 duration such as {@code PT3H}.
   *
   * @return the duration
   */
  public Optional<Duration> duration() {
    return parsed("an ISO duration such as PT3H or P2D", Duration::parse);
  }

  /**
   * A zone id such as {@code Asia/Shanghai}.
   *
   * @return the zone
   */
  public Optional<ZoneId> zone() {
    return parsed("a zone id such as \"Asia/Shanghai\"", ZoneId::of);
  }

  /**
   * An enum constant by its exact name.
   *
   * @param type the enum
   * @param <E> the enum
   * @return the constant
   */
  public <E extends Enum<E>> Optional<E> enumValue(Class<E> type) {
    Optional<String> text = string();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text.get())) {
        return Optional.of(e);
      }
    }
    problem(
        ProblemKind.INVALID_VALUE,
        "unknown value "
            + quote(text.get())
            + ", expected one of "
            + java.util.Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", ")));
    return Optional.empty();
  }

  /**
   * A string parsed by a factory; a factory's {@link IllegalArgumentException}, {@link
   * DateTimeException} or {@link GridGovException} becomes an {@link ProblemKind#INVALID_VALUE}
   * problem quoting the text and saying what was expected.
   *
   * @param expected what a valid value looks like, for the message
   * @param parser the factory
   * @param <T> the value
   * @return the value
   */
  public <T> Optional<T> parsed(String expected, Function<String, T> parser) {
    Optional<String> text = string();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(text.get()));
    } catch (DateTimeParseException e) {
      problem(
          ProblemKind.INVALID_VALUE,
          "invalid value " + quote(text.get()) + ", expected " + expected);
    } catch (IllegalArgumentException | DateTimeException | GridGovException e) {
      problem(
          ProblemKind.INVALID_VALUE,
          "invalid value "
              + quote(text.get())
              + ", expected "
              + expected
              + (e.getMessage() != null ? ": " + e.getMessage() : ""));
    }
    return Optional.empty();
  }

  /**
   * A short description of a node for messages: its type and, for scalars, its text.
   *
   * @param node the node
   * @return the description
   */
  public static String describe(@Nullable JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isTextual()) {
      return "the string " + quote(node.textValue());
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isValueNode()) {
      return node.getNodeType().toString().toLowerCase(Locale.ROOT) + " " + shorten(node.asText());
    }
    return node.isArray() ? "an array" : "an object";
  }

  /**
   * The text in double quotes, escaped, shortened beyond 80 characters.
   *
   * @param text the text
   * @return the quoted text
   */
  public static String quote(String text) {
    String shown = shorten(text);
    StringBuilder sb = new StringBuilder(shown.length() + 2).append('"');
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  private static String shorten(String text) {
    return text.length() <= QUOTED_MAX ? text : text.substring(0, QUOTED_MAX) + "…";
  }
}
