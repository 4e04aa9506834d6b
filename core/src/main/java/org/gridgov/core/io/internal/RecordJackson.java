package org.gridgov.core.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.EnumDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The plain Jackson form of a value record, and of a sealed type whose cases are records, for the
 * value types that have no format of their own. A record is an object of its components by name; an
 * empty {@link Optional} (or {@link OptionalInt}, {@link OptionalLong}) component is left out;
 * instants are ISO-8601 with their offset ({@code 2022-12-10T02:00:00Z}; any offset is read), and
 * dates, times, durations and zones are ISO-8601 text. A sealed type's case adds a {@code kind}:
 * the case's simple name in upper snake case ({@code AddGrid} is {@code ADD_GRID}), or where the
 * type has a nested {@code Kind} enum, the name of it that this equals or begins with ({@code
 * CapAt} is {@code CAP}), one to one, checked when the module is made. Other components use the
 * mapper's serializers, so the gridgov modules' forms for codes, sectors and so on. Reading is
 * strict (an unknown or missing field fails) and goes through the record's canonical constructor,
 * so its checks; a refusal fails the mapping with its message.
 */
public final class RecordJackson {
  private RecordJackson() {}

  /**
   * Registers the plain form of a record.
   *
   * @param module the module
   * @param type the record class
   * @param <T> the type
   */
  public static <T extends Record> void record(SimpleModule module, Class<T> type) {
    module.addSerializer(type, serializer(new Shape<>(type), null));
    module.addDeserializer(type, reader(type, Set.of()));
  }

  /**
   * The reader of a record's plain form, for a record written in another way.
   *
   * @param type the record class
   * @param derived fields the writer adds that are not components, skipped when read
   * @param <T> the type
   * @return the deserializer
   */
  public static <T extends Record> JsonDeserializer<T> reader(Class<T> type, Set<String> derived) {
    Shape<T> shape = new Shape<>(type);
    return new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode n = tree(p);
        if (!n.isObject()) {
          throw refused(
              p,
              type,
              "a " + type.getSimpleName() + " is an object, got " + JsonCursor.describe(n));
        }
        return shape.read(n, derived, p, ctxt);
      }
    };
  }

  /**
   * Registers the form with a {@code kind} of a sealed type whose cases are records, for the type
   * and for each case. A case's kind is its simple name in upper snake case ({@code AddGrid} is
   * {@code ADD_GRID}); where the type has a nested {@code Kind} enum, the kinds are its names: the
   * one equal to the case's, else the one the case's begins with ({@code CapAt} is {@code CAP}),
   * each name used by exactly one case, checked here.
   *
   * @param module the module
   * @param type the sealed interface
   * @param <T> the type
   * @throws IllegalArgumentException if a case is not a record, has a component named kind, or the
   *     cases do not match the Kind enum one to one
   */
  @SuppressWarnings("unchecked")
  public static <T> void sealed(SimpleModule module, Class<T> type) {
    Set<String> enumNames = new TreeSet<>();
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (nested.isEnum() && nested.getSimpleName().equals("Kind")) {
        for (Object k : nested.getEnumConstants()) {
          enumNames.add(((Enum<?>) k).name());
        }
      }
    }
    Map<String, Shape<? extends T>> cases = new LinkedHashMap<>();
    Map<Class<?>, String> kinds = new HashMap<>();
    for (Class<?> c : type.getPermittedSubclasses()) {
      if (!c.isRecord()) {
        throw new IllegalArgumentException(c + " is not a record");
      }
      Shape<? extends T> shape = new Shape<>((Class<? extends T>) c.asSubclass(Record.class));
      if (shape.names.contains("kind")) {
        throw new IllegalArgumentException(c + " has a component named kind");
      }
      String kind = kind(c, enumNames);
      if (cases.put(kind, shape) != null) {
        throw new IllegalArgumentException(type + ": two cases of kind " + kind);
      }
      kinds.put(c, kind);
    }
    if (!enumNames.isEmpty() && !enumNames.equals(new TreeSet<>(cases.keySet()))) {
      throw new IllegalArgumentException(
          type + ": the kinds " + cases.keySet() + " are not its Kind's names " + enumNames);
    }
    for (Map.Entry<String, Shape<? extends T>> e : cases.entrySet()) {
      register(module, e.getValue(), e.getKey());
    }
    module.addSerializer(
        type,
        new JsonSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator g, SerializerProvider p) throws IOException {
            String kind = kinds.get(value.getClass());
            Shape<? extends T> shape = kind == null ? null : cases.get(kind);
            if (kind == null || shape == null) {
              throw JsonMappingException.from(g, "not a case of " + type.getSimpleName());
            }
            shape.writeAny(value, kind, g, p);
          }
        });
    module.addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode n = tree(p);
            JsonNode k = n.path("kind");
            Shape<? extends T> shape = k.isTextual() ? cases.get(k.textValue()) : null;
            if (!n.isObject() || shape == null) {
              throw refused(
                  p,
                  type,
                  "a "
                      + type.getSimpleName()
                      + " is an object with a kind, one of "
                      + cases.keySet()
                      + ", got "
                      + JsonCursor.describe(n));
            }
            return shape.read(n, Set.of("kind"), p, ctxt);
          }
        });
  }

  private static <C> void register(SimpleModule module, Shape<C> shape, String kind) {
    module.addSerializer(shape.type, serializer(shape, kind));
    module.addDeserializer(
        shape.type,
        new JsonDeserializer<C>() {
          @Override
          public C deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode n = tree(p);
            if (!n.isObject() || !kind.equals(n.path("kind").textValue())) {
              throw refused(
                  p,
                  shape.type,
                  "a "
                      + shape.type.getSimpleName()
                      + " is an object with kind "
                      + kind
                      + ", got "
                      + JsonCursor.describe(n));
            }
            return shape.read(n, Set.of("kind"), p, ctxt);
          }
        });
  }

  private static <T> JsonSerializer<T> serializer(Shape<T> shape, @Nullable String kind) {
    return new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider p) throws IOException {
        shape.write(value, kind, g, p);
      }
    };
  }

  /** A case's kind: its name in upper snake case, or the Kind enum's name it equals or begins. */
  private static String kind(Class<?> c, Set<String> enumNames) {
    String name =
        c.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    if (enumNames.isEmpty() || enumNames.contains(name)) {
      return name;
    }
    List<String> prefixes = new ArrayList<>();
    for (String k : enumNames) {
      if (name.startsWith(k + "_")) {
        prefixes.add(k);
      }
    }
    return prefixes.size() == 1 ? prefixes.get(0) : name;
  }

  /** A record's components and canonical constructor. */
  private static final class Shape<T> {
    final Class<T> type;
    final RecordComponent[] components;
    final List<String> names = new ArrayList<>();
    final Constructor<T> constructor;

    Shape(Class<T> type) {
      this.type = type;
      this.components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        names.add(components[i].getName());
        types[i] = components[i].getType();
      }
      try {
        this.constructor = type.getDeclaredConstructor(types);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(type + " has no canonical constructor", e);
      }
    }

    void writeAny(Object value, String kind, JsonGenerator g, SerializerProvider p)
        throws IOException {
      write(type.cast(value), kind, g, p);
    }

    void write(T value, @Nullable String kind, JsonGenerator g, SerializerProvider p)
        throws IOException {
      g.writeStartObject();
      if (kind != null) {
        g.writeStringField("kind", kind);
      }
      for (RecordComponent c : components) {
        Object v;
        try {
          v = c.getAccessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw JsonMappingException.from(g, "cannot read " + c.getName(), e);
        }
        if (v instanceof Optional<?> o) {
          if (o.isEmpty()) {
            continue;
          }
          v = o.get();
        } else if (v instanceof OptionalInt o) {
          if (o.isEmpty()) {
            continue;
          }
          v = o.getAsInt();
        } else if (v instanceof OptionalLong o) {
          if (o.isEmpty()) {
            continue;
          }
          v = o.getAsLong();
        }
        if (v == null) {
          continue;
        }
        g.writeFieldName(c.getName());
        if (v instanceof Instant
            || v instanceof LocalDate
            || v instanceof LocalTime
            || v instanceof Duration
            || v instanceof ZoneId) {
          g.writeString(v.toString());
        } else {
          p.defaultSerializeValue(v, g);
        }
      }
      g.writeEndObject();
    }

    T read(JsonNode n, Set<String> skipped, JsonParser p, DeserializationContext ctxt)
        throws IOException {
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!names.contains(f) && !skipped.contains(f)) {
          throw refused(
              p,
              type,
              "unknown field \"" + f + "\" in a " + type.getSimpleName() + ", known: " + names);
        }
      }
      Object[] args = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        RecordComponent c = components[i];
        args[i] = component(c.getGenericType(), n.get(c.getName()), c.getName(), p, ctxt);
      }
      try {
        return constructor.newInstance(args);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        throw refused(
            p,
            type,
            "invalid "
                + type.getSimpleName()
                + ": "
                + cut(String.valueOf(cause == null ? e : cause.getMessage())),
            cause);
      } catch (ReflectiveOperationException e) {
        throw refused(p, type, "cannot make a " + type.getSimpleName(), e);
      }
    }

    private @Nullable Object component(
        Type t, @Nullable JsonNode v, String name, JsonParser p, DeserializationContext ctxt)
        throws IOException {
      boolean optional = t instanceof ParameterizedType pt && pt.getRawType() == Optional.class;
      if (v == null || v.isNull()) {
        if (optional) {
          return Optional.empty();
        } else if (t == OptionalInt.class) {
          return OptionalInt.empty();
        } else if (t == OptionalLong.class) {
          return OptionalLong.empty();
        }
        throw refused(p, type, "a " + type.getSimpleName() + " needs the field \"" + name + "\"");
      }
      if (optional) {
        Type inner = ((ParameterizedType) t).getActualTypeArguments()[0];
        return Optional.ofNullable(component(inner, v, name, p, ctxt));
      }
      if (t == OptionalInt.class) {
        return OptionalInt.of(number(v, name, true, p).intValue());
      }
      if (t == OptionalLong.class) {
        return OptionalLong.of(number(v, name, false, p).longValue());
      }
      Function<String, ?> time = TIMES.get(t);
      if (time != null) {
        String text = expect(v.isTextual(), v, name, "ISO-8601 text", p).textValue();
        try {
          return time.apply(text);
        } catch (DateTimeException | ArithmeticException e) {
          throw refused(p, type, "\"" + name + "\": " + cut(String.valueOf(e.getMessage())), e);
        }
      }
      Object scalar = scalar(t, v, name, p, ctxt);
      return scalar != null
          ? scalar
          : ctxt.readTreeAsValue(v, ctxt.getTypeFactory().constructType(t));
    }

    /**
     * A scalar component, read only from the JSON type it is written as (Jackson's coercions would
     * read {@code 10.7} or {@code "10"} as the int 10, {@code 0} as an enum's first constant,
     * {@code 12} or {@code false} as text); null for the other types.
     */
    private @Nullable Object scalar(
        Type t, JsonNode v, String name, JsonParser p, DeserializationContext ctxt)
        throws IOException {
      if (t == int.class || t == Integer.class) {
        return number(v, name, true, p).intValue();
      } else if (t == long.class || t == Long.class) {
        return number(v, name, false, p).longValue();
      } else if (t == boolean.class || t == Boolean.class) {
        return expect(v.isBoolean(), v, name, "true or false", p).booleanValue();
      } else if (t == String.class) {
        return expect(v.isTextual(), v, name, "text", p).textValue();
      } else if (t == BigDecimal.class) {
        return expect(v.isBigDecimal() || v.isIntegralNumber(), v, name, "a number", p)
            .decimalValue();
      } else if (t == double.class || t == Double.class) {
        if (v.isTextual() && NON_NUMBERS.contains(v.textValue())) {
          return Double.valueOf(v.textValue());
        }
        return expect(v.isNumber(), v, name, "a number", p).doubleValue();
      } else if (t instanceof Class<?> c
          && c.isEnum()
          && ctxt.findRootValueDeserializer(ctxt.constructType(c)) instanceof EnumDeserializer
          && !v.isTextual()) {
        throw refused(
            p,
            type,
            "\""
                + name
                + "\" is the name of a "
                + c.getSimpleName()
                + ", got "
                + JsonCursor.describe(v));
      }
      return null;
    }

    private JsonNode expect(boolean ok, JsonNode v, String name, String what, JsonParser p)
        throws IOException {
      if (!ok) {
        throw refused(
            p,
            type,
            "\""
                + name
                + "\" of a "
                + type.getSimpleName()
                + " is "
                + what
                + ", got "
                + JsonCursor.describe(v));
      }
      return v;
    }

    private Number number(JsonNode v, String name, boolean asInt, JsonParser p) throws IOException {
      if (!v.isIntegralNumber() || !(asInt ? v.canConvertToInt() : v.canConvertToLong())) {
        throw refused(
            p,
            type,
            "\""
                + name
                + "\" of a "
                + type.getSimpleName()
                + " is a whole number, got "
                + JsonCursor.describe(v));
      }
      return v.longValue();
    }
  }

  /** How Jackson writes a double that is not a number, by default. */
  private static final Set<String> NON_NUMBERS = Set.of("NaN", "Infinity", "-Infinity");

  /** The largest exponent (either way) of a decimal read: no written decimal needs more. */
  private static final int MAX_SCALE = 1000;

  /**
   * Reads the value at the parser as a tree as the gridgov readers do, whatever the host's mapper
   * enables: a number with a fraction or an exponent is an exact decimal (never a binary double,
   * which would round {@code 0.1234567890123456789} and lose {@code 70.50}'s scale), one whose
   * exponent is beyond ±1000 is refused (no written value has it, and arithmetic on {@code
   * 1e999999999} would run for hours), and a field given twice in an object is refused.
   *
   * @param p the parser, at the value's first token
   * @return the tree
   * @throws IOException if the JSON cannot be read or is refused
   */
  public static JsonNode tree(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      t = p.nextToken();
    }
    if (t == null) {
      throw MismatchedInputException.from(p, JsonNode.class, "no value");
    }
    return node(p, t, "");
  }

  private static JsonNode node(JsonParser p, JsonToken t, String field) throws IOException {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return switch (t) {
      case START_OBJECT -> object(p, f.objectNode(), p.nextToken());
      case FIELD_NAME -> object(p, f.objectNode(), t);
      case START_ARRAY -> array(p, f.arrayNode(), field);
      case VALUE_STRING -> f.textNode(p.getText());
      case VALUE_NUMBER_INT ->
          switch (p.getNumberType()) {
            case INT -> f.numberNode(p.getIntValue());
            case LONG -> f.numberNode(p.getLongValue());
            default -> f.numberNode(p.getBigIntegerValue());
          };
      case VALUE_NUMBER_FLOAT -> decimal(p, field);
      case VALUE_TRUE -> f.booleanNode(true);
      case VALUE_FALSE -> f.booleanNode(false);
      case VALUE_NULL -> f.nullNode();
      case VALUE_EMBEDDED_OBJECT -> f.pojoNode(p.getEmbeddedObject());
      default -> throw MismatchedInputException.from(p, JsonNode.class, "unexpected " + t);
    };
  }

  private static ArrayNode array(JsonParser p, ArrayNode a, String field) throws IOException {
    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
      if (e == null) {
        throw MismatchedInputException.from(p, JsonNode.class, "an unclosed array");
      }
      a.add(node(p, e, field));
    }
    return a;
  }

  private static JsonNode decimal(JsonParser p, String field) throws IOException {
    if (p.isNaN()) {
      return JsonNodeFactory.instance.numberNode(p.getDoubleValue());
    }
    BigDecimal d = p.getDecimalValue();
    if (Math.abs((long) d.scale()) > MAX_SCALE) {
      throw MismatchedInputException.from(
          p,
          BigDecimal.class,
          (field.isEmpty() ? "a number" : "\"" + cut(field) + "\"")
              + " has an exponent beyond ±"
              + MAX_SCALE
              + ": "
              + cut(p.getText()));
    }
    return DecimalNode.valueOf(d);
  }

  private static ObjectNode object(JsonParser p, ObjectNode o, @Nullable JsonToken first)
      throws IOException {
    for (JsonToken t = first; t != JsonToken.END_OBJECT; t = p.nextToken()) {
      if (t != JsonToken.FIELD_NAME) {
        throw MismatchedInputException.from(p, JsonNode.class, "an unclosed object");
      }
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (value == null) {
        throw MismatchedInputException.from(p, JsonNode.class, "an unclosed object");
      }
      JsonNode v = node(p, value, name);
      if (o.has(name)) {
        throw MismatchedInputException.from(
            p, JsonNode.class, "the field \"" + cut(name) + "\" is given twice");
      }
      o.set(name, v);
    }
    return o;
  }

  /** A refusal of the value being read: a mismatched input, located by Jackson. */
  private static MismatchedInputException refused(JsonParser p, Class<?> type, String message) {
    return MismatchedInputException.from(p, type, message);
  }

  /**
   * A refusal of the value being read as a type: a mismatched input, located by Jackson.
   *
   * @param p the parser
   * @param type the type being read
   * @param message what is wrong
   * @param cause the value's own refusal, if any
   * @return the exception to throw
   */
  public static MismatchedInputException refused(
      JsonParser p, Class<?> type, String message, @Nullable Throwable cause) {
    MismatchedInputException e = MismatchedInputException.from(p, type, message);
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }

  /** The longest refusal message kept. */
  private static final int MESSAGE = 300;

  private static String cut(String message) {
    return message.length() <= MESSAGE ? message : message.substring(0, MESSAGE) + "…";
  }

  private static final Map<Type, Function<String, ?>> TIMES =
      Map.of(
          Instant.class,
          Instant::parse,
          LocalDate.class,
          LocalDate::parse,
          LocalTime.class,
          LocalTime::parse,
          Duration.class,
          Duration::parse,
          ZoneId.class,
          ZoneId::of);
}
