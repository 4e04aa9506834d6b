package org.gridgov.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.DivisionLevel;
import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidCodeException;
import org.gridgov.core.Location;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.UrbanRuralClass;
import org.gridgov.core.io.internal.JsonCursor;
import org.gridgov.core.io.internal.TextInput;
import org.jspecify.annotations.Nullable;

/**
 * How each kind of field of the JSON form is read from a streaming parser and written to a
 * generator. Reading a value reports its problems at the value's path and returns null when the
 * value is unusable; the parser is left at the value's last token.
 */
final class Codecs {
  private static final Pattern SECTOR = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
  private static final String STAND_IN_GRID_MARK = "--invalid-";

  private Codecs() {}

  /** Where a codec reads from and reports to. */
  interface Reading {
    /** The parser, at the value's first token. */
    JsonParser parser();

    /** The value's path. */
    Location.JsonPath at();

    /** The name of the field being read, for messages: its last field name in {@link #at()}. */
    default String what() {
      java.util.List<org.gridgov.core.PathSegment> path = at().path();
      for (int i = path.size() - 1; i >= 0; i--) {
        if (path.get(i) instanceof org.gridgov.core.PathSegment.Field f) {
          return f.name();
        }
      }
      return "the value";
    }

    /** Reports a problem. */
    void problem(ProblemKind kind, Location at, String message);

    /** Fails with a limit problem if an array already has {@code count} elements. */
    void checkElements(int count, Location.JsonPath array) throws IOException;

    /**
     * Parses a division code; consecutive grids mostly share their unit, so a reader may share one
     * code object among them.
     *
     * @throws InvalidCodeException if malformed
     */
    DivisionCode divisionCode(String text);
  }

  /** Reads and writes one kind of value. */
  abstract static class Codec<V> {
    abstract @Nullable V read(Reading r) throws IOException;

    abstract void write(JsonGenerator g, V value) throws IOException;
  }

  /** A codec of a string checked and converted by {@link #convert}. */
  private abstract static class Text<V> extends Codec<V> {
    @Override
    final @Nullable V read(Reading r) throws IOException {
      String text = string(r);
      return text == null ? null : convert(r, text);
    }

    abstract @Nullable V convert(Reading r, String text);

    @Override
    void write(JsonGenerator g, V value) throws IOException {
      g.writeString(value.toString());
    }
  }

  /** A string, or null (with a problem) if the token is not one or the text is not Unicode. */
  static @Nullable String string(Reading r) throws IOException {
    JsonParser p = r.parser();
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrongType(r, "a string");
      return null;
    }
    String text = p.getText();
    if (!TextInput.isWellFormed(text)) {
      r.problem(
          ProblemKind.INVALID_VALUE, r.at(), "a string with a lone surrogate (not Unicode text)");
      return null;
    }
    return text;
  }

  static void wrongType(Reading r, String expected) throws IOException {
    r.problem(ProblemKind.INVALID_VALUE, r.at(), "expected " + expected + ", got " + describe(r));
    r.parser().skipChildren();
  }

  private static String describe(Reading r) throws IOException {
    return describe(r.parser());
  }

  /** The current token for messages: its type and, for scalars, its text. */
  static String describe(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the string " + JsonCursor.quote(p.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + shorten(p.getText());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> t.name();
    };
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  static final Codec<String> STRING =
      new Text<>() {
        @Override
        String convert(Reading r, String text) {
          return text;
        }
      };

  /** A string that must not be blank: names and ids. */
  static final Codec<String> NAME =
      new Text<>() {
        @Override
        @Nullable String convert(Reading r, String text) {
          if (text.isBlank()) {
            r.problem(
                ProblemKind.INVALID_VALUE,
                r.at(),
                r.what() + " must not be blank, got " + JsonCursor.quote(text));
            return null;
          }
          return text;
        }
      };

  static final Codec<String> SECTOR_CODE =
      new Text<>() {
        @Override
        @Nullable String convert(Reading r, String text) {
          if (!SECTOR.matcher(text).matches()) {
            r.problem(
                ProblemKind.INVALID_VALUE,
                r.at(),
                "invalid sector code "
                    + JsonCursor.quote(text)
                    + ": expected 1–40 lower-case ASCII letters, digits, '-' or '_'");
            return null;
          }
          return text;
        }
      };

  static final Codec<DivisionCode> DIVISION_CODE =
      new Text<>() {
        @Override
        @Nullable DivisionCode convert(Reading r, String text) {
          try {
            return r.divisionCode(text);
          } catch (InvalidCodeException e) {
            r.problem(ProblemKind.MALFORMED_CODE, r.at(), invalid(text, e));
            return null;
          }
        }
      };

  private static String invalid(String text, InvalidCodeException e) {
    return "invalid code " + JsonCursor.quote(text) + ": " + e.reason();
  }

  static final Codec<GridCode> GRID_CODE =
      new Text<>() {
        @Override
        @Nullable GridCode convert(Reading r, String text) {
          try {
            return GridCode.parse(text);
          } catch (InvalidCodeException e) {
            r.problem(ProblemKind.MALFORMED_CODE, r.at(), invalid(text, e));
            return null;
          }
        }
      };

  static final Codec<LocalDate> DATE =
      new Text<>() {
        @Override
        @Nullable LocalDate convert(Reading r, String text) {
          try {
            return LocalDate.parse(text);
          } catch (DateTimeParseException e) {
            r.problem(
                ProblemKind.INVALID_VALUE,
                r.at(),
                "invalid date "
                    + JsonCursor.quote(text)
                    + ", expected an ISO date such as 2022-12-10");
            return null;
          }
        }
      };

  static final Codec<DivisionLevel> LEVEL =
      new Text<>() {
        @Override
        @Nullable DivisionLevel convert(Reading r, String text) {
          for (DivisionLevel level : DivisionLevel.values()) {
            if (levelName(level).equals(text)) {
              return level;
            }
          }
          r.problem(
              ProblemKind.INVALID_VALUE,
              r.at(),
              "unknown level "
                  + JsonCursor.quote(text)
                  + ", expected one of province, city, county, town, village");
          return null;
        }

        @Override
        void write(JsonGenerator g, DivisionLevel value) throws IOException {
          g.writeString(levelName(value));
        }
      };

  static String levelName(DivisionLevel level) {
    return level.name().toLowerCase(Locale.ROOT);
  }

  static <E extends Enum<E>> Codec<E> enumOf(Class<E> type) {
    return new Text<>() {
      @Override
      @Nullable E convert(Reading r, String text) {
        for (E e : type.getEnumConstants()) {
          if (e.name().equals(text)) {
            return e;
          }
        }
        r.problem(
            ProblemKind.INVALID_VALUE,
            r.at(),
            "unknown "
                + r.what()
                + " "
                + JsonCursor.quote(text)
                + ", expected one of "
                + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name)
                    .collect(Collectors.joining(", ")));
        return null;
      }

      @Override
      void write(JsonGenerator g, E value) throws IOException {
        g.writeString(value.name());
      }
    };
  }

  /** A whole number in a range. */
  static Codec<Integer> intRange(int min, int max) {
    return new Codec<>() {
      @Override
      @Nullable Integer read(Reading r) throws IOException {
        JsonParser p = r.parser();
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
          r.problem(
              ProblemKind.INVALID_VALUE,
              r.at(),
              "expected a whole number, got " + shorten(p.getText()));
          return null;
        }
        if (t != JsonToken.VALUE_NUMBER_INT) {
          wrongType(r, "a whole number");
          return null;
        }
        boolean isInt = p.getNumberType() == JsonParser.NumberType.INT;
        if (!isInt || p.getIntValue() > max) {
          r.problem(
              ProblemKind.INVALID_VALUE,
              r.at(),
              r.what() + " must be at most " + max + ", got " + shorten(p.getText()));
          return null;
        }
        if (p.getIntValue() < min) {
          r.problem(
              ProblemKind.INVALID_VALUE,
              r.at(),
              r.what() + " must be >= " + min + ", got " + p.getIntValue());
          return null;
        }
        return p.getIntValue();
      }

      @Override
      void write(JsonGenerator g, Integer value) throws IOException {
        g.writeNumber(value);
      }
    };
  }

  /** A count of households or residents: a whole number, at least 0. */
  static final Codec<Integer> COUNT =
      new Codec<>() {
        private final Codec<Integer> range = intRange(0, Integer.MAX_VALUE);

        @Override
        @Nullable Integer read(Reading r) throws IOException {
          JsonParser p = r.parser();
          if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getText().startsWith("-")) {
            r.problem(
                ProblemKind.NEGATIVE_COUNT,
                r.at(),
                r.what() + " must be >= 0, got " + shorten(p.getText()));
            return null;
          }
          return range.read(r);
        }

        @Override
        void write(JsonGenerator g, Integer value) throws IOException {
          g.writeNumber(value);
        }
      };

  static final Codec<UrbanRuralClass> URBAN_RURAL_CLASS =
      new Codec<>() {
        private final Codec<Integer> number = intRange(0, 999);

        @Override
        @Nullable UrbanRuralClass read(Reading r) throws IOException {
          Integer value = number.read(r);
          if (value == null) {
            return null;
          }
          Optional<UrbanRuralClass> cls = UrbanRuralClass.fromCode(value);
          if (cls.isEmpty()) {
            r.problem(
                ProblemKind.INVALID_VALUE,
                r.at(),
                "unknown urban-rural class "
                    + value
                    + ", expected one of "
                    + Arrays.stream(UrbanRuralClass.values())
                        .map(c -> Integer.toString(c.code()))
                        .collect(Collectors.joining(", ")));
            return null;
          }
          return cls.get();
        }

        @Override
        void write(JsonGenerator g, UrbanRuralClass value) throws IOException {
          g.writeNumber(value.code());
        }
      };

  /** A list of codes; an unusable entry is null in the list. */
  private static <V> Codec<List<@Nullable V>> listOf(Codec<V> entry) {
    return new Codec<>() {
      @Override
      @Nullable List<@Nullable V> read(Reading r) throws IOException {
        JsonParser p = r.parser();
        if (p.currentToken() != JsonToken.START_ARRAY) {
          wrongType(r, "an array");
          return null;
        }
        Location.JsonPath array = r.at();
        List<@Nullable V> list = new ArrayList<>();
        int k = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          r.checkElements(k, array);
          Location.JsonPath at = array.index(k);
          list.add(entry.read(new Nested(r, at)));
          k++;
        }
        return list;
      }

      @Override
      void write(JsonGenerator g, List<@Nullable V> value) throws IOException {
        g.writeStartArray();
        for (V v : value) {
          if (v != null) {
            entry.write(g, v);
          }
        }
        g.writeEndArray();
      }
    };
  }

  static final Codec<List<@Nullable GridCode>> GRID_CODES = listOf(GRID_CODE);
  static final Codec<List<@Nullable DivisionCode>> DIVISION_CODES = listOf(DIVISION_CODE);

  /** A distinct grid code for a stand-in; it fits no scheme and no real atlas holds it. */
  static GridCode standInGrid(int k) {
    return GridCode.parse(STAND_IN_GRID_MARK + k + "--");
  }

  /** A reading at another path. */
  private record Nested(Reading outer, Location.JsonPath at) implements Reading {
    @Override
    public JsonParser parser() {
      return outer.parser();
    }

    @Override
    public void problem(ProblemKind kind, Location where, String message) {
      outer.problem(kind, where, message);
    }

    @Override
    public void checkElements(int count, Location.JsonPath array) throws IOException {
      outer.checkElements(count, array);
    }

    @Override
    public DivisionCode divisionCode(String text) {
      return outer.divisionCode(text);
    }
  }
}
