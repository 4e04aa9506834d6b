package org.gridgov.core.io.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.Location;
import org.gridgov.core.PathSegment;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.ReadLimits;
import org.jspecify.annotations.Nullable;

/**
 * Bounded JSON for every JSON reader: a factory whose limits fail with a typed {@link
 * LimitExceeded} (which limit, the value, the limit — never parsed from a message), exactly one
 * value per document (trailing content is refused), and problems located by JSON path with
 * Jackson's line and column. Immutable and thread-safe.
 */
public final class JsonTrees {
  /** Numbers in gridgov's forms are short; anything much longer is not one of them. */
  public static final int MAX_NUMBER_LENGTH = 100;

  private final ReadLimits limits;
  private final JsonFactory factory;
  private final JsonFactory streaming;
  private final ObjectMapper mapper;

  /**
   * JSON with the given limits.
   *
   * @param limits the limits
   */
  public JsonTrees(ReadLimits limits) {
    this.limits = checkNotNull(limits, "limits");
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(new Constraints(limits))
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
    this.streaming =
        JsonFactory.builder()
            .streamReadConstraints(new Constraints(limits))
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
    this.mapper =
        JsonMapper.builder(factory)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
  }

  /**
   * The limits.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * A factory for streaming readers: its parsers keep the limits (except the input length, which
   * {@link TextInput} keeps exactly) and fail with {@link LimitExceeded}; unlike tree reading, a
   * field given twice is left to the reader to report (it can do so without a set per object).
   *
   * @return the factory
   */
  public JsonFactory streamingFactory() {
    return streaming;
  }

  /**
   * Reads exactly one JSON value from a text.
   *
   * @param text the text, already within the length limit
   * @param problems where problems go
   * @return the value, or null if there were problems
   */
  public @Nullable JsonNode read(String text, ProblemList problems) {
    try {
      return read(new StringReader(TextInput.stripBom(text)), problems);
    } catch (IOException e) {
      throw new AssertionError("a string reader does not fail", e);
    }
  }

  /**
   * Reads exactly one JSON value from characters.
   *
   * @param in the characters, usually from {@link TextInput}
   * @param problems where problems go
   * @return the value, or null if there were problems
   * @throws IOException if the source fails
   */
  public @Nullable JsonNode read(Reader in, ProblemList problems) throws IOException {
    return read(in, problems, 0);
  }

  /**
   * Reads exactly one JSON value from characters that are one line of a larger input: locations
   * carry that line.
   *
   * @param in the characters
   * @param problems where problems go
   * @param line the line of the larger input, or 0 for a document of its own
   * @return the value, or null if there were problems
   * @throws IOException if the source fails
   */
  public @Nullable JsonNode read(Reader in, ProblemList problems, int line) throws IOException {
    try (JsonParser p = factory.createParser(in)) {
      try {
        if (p.nextToken() == null) {
          problems.add(
              ProblemKind.MALFORMED_INPUT,
              at(Location.json(), p.currentLocation(), line),
              "expected a JSON value, got an empty input");
          return null;
        }
        JsonNode node = mapper.readTree(p);
        JsonToken after = p.nextToken();
        if (after != null) {
          problems.add(
              ProblemKind.MALFORMED_INPUT,
              at(Location.json(), p.currentTokenLocation(), line),
              "content after the end of the JSON value: one document holds one value");
          return null;
        }
        return node;
      } catch (LimitExceeded e) {
        problems.add(
            ProblemKind.INPUT_TOO_LARGE,
            at(pathOf(p, e), p.currentLocation(), line),
            e.getOriginalMessage());
      } catch (JsonProcessingException e) {
        JsonLocation where = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        problems.add(
            ProblemKind.MALFORMED_INPUT,
            at(pathOf(p.getParsingContext()), where, line),
            malformed(e, p));
      } catch (TextInput.Malformed e) {
        problems.add(
            ProblemKind.MALFORMED_INPUT,
            line > 0
                ? pathOf(p.getParsingContext()).at(line, e.column())
                : pathOf(p.getParsingContext()).at(e.line(), e.column()),
            e.description());
      } catch (TextInput.TooLong e) {
        problems.add(
            ProblemKind.INPUT_TOO_LARGE,
            at(pathOf(p.getParsingContext()), p.currentLocation(), line),
            e.description());
      }
      return null;
    }
  }

  /**
   * Where a limit was exceeded: the value being read, or for a field name too long the object that
   * holds it (the name itself is not known yet).
   *
   * @param p the parser
   * @param e the failure
   * @return the path, without line or column
   */
  public static Location.JsonPath pathOf(JsonParser p, LimitExceeded e) {
    JsonStreamContext c = p.getParsingContext();
    if (e.limit() == Limit.NAME && c != null && c.inObject()) {
      return pathOf(c.getParent());
    }
    return pathOf(c);
  }

  /**
   * The JSON path of a parser's context.
   *
   * @param context the context, or null at the root
   * @return the path, without line or column
   */
  public static Location.JsonPath pathOf(@Nullable JsonStreamContext context) {
    List<PathSegment> reversed = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        if (c.getCurrentIndex() >= 0) {
          reversed.add(PathSegment.index(c.getCurrentIndex()));
        }
      } else if (c.getCurrentName() != null) {
        reversed.add(PathSegment.field(c.getCurrentName()));
      }
    }
    List<PathSegment> path = new ArrayList<>(reversed.size());
    for (int i = reversed.size() - 1; i >= 0; i--) {
      path.add(reversed.get(i));
    }
    return new Location.JsonPath(path, 0, 0);
  }

  /**
   * A path at a parser location: the location's line and column, or for one line of a larger input,
   * that line.
   *
   * @param path the path
   * @param where the parser's location, or null
   * @param line the line of the larger input, or 0
   * @return the located path
   */
  public static Location.JsonPath at(
      Location.JsonPath path, @Nullable JsonLocation where, int line) {
    if (line > 0) {
      return path.at(line, where != null && where.getLineNr() == 1 ? where.getColumnNr() : 0);
    }
    if (where == null || where.getLineNr() < 1) {
      return path;
    }
    return path.at(where.getLineNr(), Math.max(0, where.getColumnNr()));
  }

  /** Which limit was exceeded. */
  public enum Limit {
    /** Nesting of objects and arrays. */
    DEPTH("nesting deeper than the limit of %d levels"),
    /** A string value. */
    STRING("a string of %2$d characters, more than the limit of %1$d"),
    /** A field name. */
    NAME("a field name of %2$d characters, more than the limit of %1$d"),
    /** A number's text. */
    NUMBER("a number of %2$d characters, more than the limit of %1$d");

    private final String format;

    Limit(String format) {
      this.format = format;
    }
  }

  /** A limit exceeded while parsing, with which limit, the value found and the limit. */
  public static final class LimitExceeded extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;
    private final Limit limit;
    private final long value;
    private final long max;

    LimitExceeded(Limit limit, long value, long max) {
      super(String.format(java.util.Locale.ROOT, limit.format, max, value));
      this.limit = limit;
      this.value = value;
      this.max = max;
    }

    /**
     * Which limit.
     *
     * @return the limit
     */
    public Limit limit() {
      return limit;
    }

    /**
     * The value found, or how far it had got when reading stopped.
     *
     * @return the value
     */
    public long value() {
      return value;
    }

    /**
     * The limit's value.
     *
     * @return the limit
     */
    public long max() {
      return max;
    }
  }

  /** Jackson's constraints, failing with typed exceptions. */
  private static final class Constraints extends StreamReadConstraints {
    private static final long serialVersionUID = 1L;

    Constraints(ReadLimits limits) {
      super(
          limits.maxDepth(),
          -1L, // the input length is kept exactly by TextInput
          MAX_NUMBER_LENGTH,
          limits.maxStringLength(),
          limits.maxStringLength(),
          -1L);
    }

    @Override
    public void validateNestingDepth(int depth) throws StreamConstraintsException {
      if (depth > _maxNestingDepth) {
        throw new LimitExceeded(Limit.DEPTH, depth, _maxNestingDepth);
      }
    }

    @Override
    public void validateStringLength(int length) throws StreamConstraintsException {
      if (length > _maxStringLen) {
        throw new LimitExceeded(Limit.STRING, length, _maxStringLen);
      }
    }

    @Override
    public void validateNameLength(int length) throws StreamConstraintsException {
      if (length > _maxNameLen) {
        throw new LimitExceeded(Limit.NAME, length, _maxNameLen);
      }
    }

    @Override
    public void validateFPLength(int length) throws StreamConstraintsException {
      if (length > _maxNumLen) {
        throw new LimitExceeded(Limit.NUMBER, length, _maxNumLen);
      }
    }

    @Override
    public void validateIntegerLength(int length) throws StreamConstraintsException {
      if (length > _maxNumLen) {
        throw new LimitExceeded(Limit.NUMBER, length, _maxNumLen);
      }
    }
  }

  /**
   * What is wrong with malformed JSON: Jackson's description, except for input that ends inside a
   * value, which says so and inside what (an object, an array, a string) without Jackson's position
   * of the value's start: the problem's location gives the place, and on a line of JSON lines
   * Jackson counts lines from the line itself.
   *
   * @param e what Jackson threw
   * @param p the parser it came from
   * @return the message
   */
  public static String malformed(JsonProcessingException e, JsonParser p) {
    if (e instanceof JsonEOFException eof) {
      String inside;
      if (eof.getTokenBeingDecoded() == JsonToken.VALUE_STRING
          || eof.getTokenBeingDecoded() == JsonToken.FIELD_NAME) {
        inside = "a string";
      } else if (p.getParsingContext().inObject()) {
        inside = "an object";
      } else if (p.getParsingContext().inArray()) {
        inside = "an array";
      } else {
        inside = "a value";
      }
      return "malformed JSON: unexpected end of input inside " + inside;
    }
    return "malformed JSON: " + e.getOriginalMessage();
  }
}
