package org.gridgov.sla.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.internal.JsonCursor;
import org.gridgov.core.io.internal.ProblemList;
import org.gridgov.core.io.internal.RecordJackson;
import org.gridgov.sla.calendar.CalendarDay;
import org.gridgov.sla.calendar.CalendarFormatException;
import org.gridgov.sla.calendar.DailyHours;
import org.gridgov.sla.calendar.DateOverride;
import org.gridgov.sla.calendar.DateRange;
import org.gridgov.sla.calendar.HolidayTable;
import org.gridgov.sla.calendar.TimeInterval;
import org.gridgov.sla.calendar.WeeklySchedule;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.gridgov.sla.calendar.WorkingDayCount;
import org.gridgov.sla.calendar.WorkingDuration;
import org.gridgov.sla.calendar.WorkingInstant;
import org.gridgov.sla.calendar.WorkingStatus;

/**
 * The Jackson forms of the calendar values, registered by {@link GridgovSlaModule}. Every value is
 * written as the calendar JSON writes it and read back through its validating factory; input that a
 * factory refuses fails with a {@link JsonMappingException} whose message is the library's and
 * whose cause is a {@link CalendarFormatException} with the located problems.
 *
 * <p>The forms are documented at {@link CalendarJson}.
 *
 * <p>{@link TimeInterval} and {@link DateRange} are also map keys, in their text forms.
 */
final class CalendarJackson {
  /** Problems kept when a value is refused; a value is small. */
  private static final int MAX_PROBLEMS = 100;

  private static final List<String> INSTANT = List.of("instant", "provisional");
  private static final List<String> DURATION = List.of("duration", "provisional");
  private static final List<String> STATUS = List.of("working", "provisional");
  private static final List<String> COUNT = List.of("days", "provisional");
  private static final List<String> DAY = List.of("date", "hours", "override", "provisional");
  private static final List<String> DAY_REQUIRED = List.of("date", "hours", "provisional");

  private CalendarJackson() {}

  /**
   * Adds the serializers and deserializers of the calendar values to a module.
   *
   * @param module the module
   */
  static void register(SimpleModule module) {
    both(module, TimeInterval.class, CalendarForms::write, CalendarForms::interval);
    both(module, DailyHours.class, CalendarForms::write, CalendarForms::hours);
    both(module, DateRange.class, CalendarForms::write, CalendarForms::dateRange);
    both(module, WeeklySchedule.class, CalendarForms::write, CalendarForms::weeklySchedule);
    both(module, DateOverride.class, CalendarForms::write, CalendarForms::overrideValue);
    caseOf(module, DateOverride.DayOff.class);
    caseOf(module, DateOverride.MakeUpWorkday.class);
    caseOf(module, DateOverride.CustomHours.class);
    both(module, HolidayTable.class, CalendarForms::write, CalendarForms::layer);
    both(module, WorkingCalendar.class, CalendarForms::write, CalendarForms::calendar);
    both(module, WorkingInstant.class, CalendarJackson::write, CalendarJackson::instant);
    both(module, WorkingDuration.class, CalendarJackson::write, CalendarJackson::duration);
    both(module, WorkingStatus.class, CalendarJackson::write, CalendarJackson::status);
    both(module, WorkingDayCount.class, CalendarJackson::write, CalendarJackson::count);
    both(module, CalendarDay.class, CalendarJackson::write, CalendarJackson::day);
    module.addKeySerializer(TimeInterval.class, new TextKeySerializer<>(TimeInterval.class));
    module.addKeySerializer(DateRange.class, new TextKeySerializer<>(DateRange.class));
    module.addKeyDeserializer(TimeInterval.class, new TextKeyDeserializer(TimeInterval::parse));
    module.addKeyDeserializer(DateRange.class, new TextKeyDeserializer(DateRange::parse));
  }

  private static <T> void both(
      SimpleModule module,
      Class<T> type,
      Function<? super T, ? extends JsonNode> writer,
      Function<JsonCursor, Optional<? extends T>> reader) {
    module.addSerializer(type, new TreeSerializer<>(type, writer));
    module.addDeserializer(type, new TreeDeserializer<>(type, reader));
  }

  /** A case of the sealed override type, read as an override of that case only. */
  private static <T extends DateOverride> void caseOf(SimpleModule module, Class<T> type) {
    module.addDeserializer(
        type,
        new TreeDeserializer<>(
            type,
            c -> {
              Optional<DateOverride> o = CalendarForms.overrideValue(c);
              if (o.isPresent() && !type.isInstance(o.get())) {
                c.field("kind")
                    .problem(
                        ProblemKind.INVALID_VALUE,
                        "expected an override of kind " + kindOf(type) + ", got " + o.get().kind());
                return Optional.empty();
              }
              return o.map(type::cast);
            }));
  }

  private static DateOverride.Kind kindOf(Class<? extends DateOverride> type) {
    if (type == DateOverride.DayOff.class) {
      return DateOverride.Kind.DAY_OFF;
    }
    return type == DateOverride.MakeUpWorkday.class
        ? DateOverride.Kind.MAKE_UP_WORKDAY
        : DateOverride.Kind.CUSTOM_HOURS;
  }

  // ---- the result values --------------------------------------------------------------------

  private static ObjectNode write(WorkingInstant instant) {
    ObjectNode node = CalendarForms.NODES.objectNode();
    node.put("instant", instant.zoned().format(DateTimeFormatter.ISO_ZONED_DATE_TIME));
    node.put("provisional", instant.provisional());
    return node;
  }

  private static Optional<WorkingInstant> instant(JsonCursor c) {
    long before = c.problems().count();
    c.expectObject(INSTANT, INSTANT);
    Optional<ZonedDateTime> zoned =
        c.field("instant")
            .parsed(
                "a date-time with offset and zone such as"
                    + " \"2022-12-12T11:30+08:00[Asia/Shanghai]\"",
                CalendarJackson::zoned);
    Optional<Boolean> provisional = c.field("provisional").bool();
    if (c.problems().count() > before || zoned.isEmpty() || provisional.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(WorkingInstant.of(zoned.get(), provisional.get()));
    } catch (IllegalArgumentException e) {
      // a date-time near the ends of the ISO years whose instant not every zone can show
      c.field("instant").problem(ProblemKind.INVALID_VALUE, String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  /**
   * A zoned date-time whose offset is the zone's at that local time, so that the text means one
   * instant only: {@code 2022-12-12T11:30+09:00[Asia/Shanghai]} is refused, not moved.
   *
   * @param text the text
   * @return the date-time
   * @throws DateTimeException if the text is not a zoned date-time or its offset is not the zone's
   */
  static ZonedDateTime zoned(String text) {
    TemporalAccessor parsed = DateTimeFormatter.ISO_ZONED_DATE_TIME.parse(text);
    ZonedDateTime zoned = ZonedDateTime.from(parsed);
    ZoneOffset given = parsed.query(TemporalQueries.offset());
    if (given != null && !given.equals(zoned.getOffset())) {
      throw new DateTimeException(
          "the offset "
              + given
              + " is not the offset of "
              + zoned.getZone()
              + " at that time ("
              + zoned.getOffset()
              + ")");
    }
    return zoned;
  }

  private static ObjectNode write(WorkingDuration duration) {
    ObjectNode node = CalendarForms.NODES.objectNode();
    node.put("duration", duration.duration().toString());
    node.put("provisional", duration.provisional());
    return node;
  }

  private static Optional<WorkingDuration> duration(JsonCursor c) {
    long before = c.problems().count();
    c.expectObject(DURATION, DURATION);
    Optional<Duration> d = c.field("duration").duration();
    Optional<Boolean> provisional = c.field("provisional").bool();
    if (c.problems().count() > before || d.isEmpty() || provisional.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new WorkingDuration(d.get(), provisional.get()));
  }

  private static ObjectNode write(WorkingStatus status) {
    ObjectNode node = CalendarForms.NODES.objectNode();
    node.put("working", status.working());
    node.put("provisional", status.provisional());
    return node;
  }

  private static Optional<WorkingStatus> status(JsonCursor c) {
    long before = c.problems().count();
    c.expectObject(STATUS, STATUS);
    Optional<Boolean> working = c.field("working").bool();
    Optional<Boolean> provisional = c.field("provisional").bool();
    if (c.problems().count() > before || working.isEmpty() || provisional.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new WorkingStatus(working.get(), provisional.get()));
  }

  private static ObjectNode write(WorkingDayCount count) {
    ObjectNode node = CalendarForms.NODES.objectNode();
    node.put("days", count.days());
    node.put("provisional", count.provisional());
    return node;
  }

  private static Optional<WorkingDayCount> count(JsonCursor c) {
    long before = c.problems().count();
    c.expectObject(COUNT, COUNT);
    Optional<Integer> days = c.field("days").intValue(Integer.MIN_VALUE, Integer.MAX_VALUE);
    Optional<Boolean> provisional = c.field("provisional").bool();
    if (c.problems().count() > before || days.isEmpty() || provisional.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new WorkingDayCount(days.get(), provisional.get()));
  }

  private static ObjectNode write(CalendarDay day) {
    ObjectNode node = CalendarForms.NODES.objectNode();
    node.put("date", day.date().toString());
    node.set("hours", CalendarForms.write(day.hours()));
    day.override().ifPresent(o -> node.set("override", CalendarForms.write(o)));
    node.put("provisional", day.provisional());
    return node;
  }

  private static Optional<CalendarDay> day(JsonCursor c) {
    long before = c.problems().count();
    c.expectObject(DAY, DAY_REQUIRED);
    Optional<java.time.LocalDate> date = c.field("date").date();
    Optional<DailyHours> hours = CalendarForms.hours(c.field("hours"));
    JsonCursor overrideField = c.field("override");
    Optional<DateOverride> override =
        overrideField.isPresent() ? CalendarForms.overrideValue(overrideField) : Optional.empty();
    Optional<Boolean> provisional = c.field("provisional").bool();
    if (override.isPresent() && date.isPresent() && !override.get().date().equals(date.get())) {
      overrideField
          .field("date")
          .problem(
              ProblemKind.CONFLICT,
              "the override is for " + override.get().date() + ", the day is " + date.get());
    }
    if (c.problems().count() > before
        || date.isEmpty()
        || hours.isEmpty()
        || provisional.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CalendarDay(date.get(), hours.get(), override, provisional.get()));
  }

  // ---- Jackson glue ---------------------------------------------------------------------------

  /** Writes a value as the tree its form gives. */
  private static final class TreeSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // module serialization is not supported
    private final Function<? super T, ? extends JsonNode> writer;

    TreeSerializer(Class<T> type, Function<? super T, ? extends JsonNode> writer) {
      super(type);
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      writer.apply(value).serialize(gen, provider);
    }
  }

  /** Reads a tree and converts it with its form, failing with the form's problems. */
  private static final class TreeDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // module serialization is not supported
    private final Function<JsonCursor, Optional<? extends T>> reader;

    TreeDeserializer(Class<T> type, Function<JsonCursor, Optional<? extends T>> reader) {
      super(type);
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = RecordJackson.tree(p);
      ProblemList problems = new ProblemList(MAX_PROBLEMS);
      Optional<? extends T> value =
          reader.apply(JsonCursor.root(node, problems, Integer.MAX_VALUE));
      if (value.isPresent() && problems.isEmpty()) {
        return value.get();
      }
      if (problems.isEmpty()) {
        problems.add(
            ProblemKind.INVALID_VALUE,
            org.gridgov.core.Location.json(),
            "not a " + handledType().getSimpleName());
      }
      CalendarFormatException refused = problems.failure(CalendarFormatException::new);
      throw JsonMappingException.from(
          p,
          "cannot read a " + handledType().getSimpleName() + ": " + refused.getMessage(),
          refused);
    }
  }

  /** Writes a map key as the value's text form. */
  private static final class TextKeySerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    TextKeySerializer(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeFieldName(value.toString());
    }
  }

  /** Reads a map key with the value's parse method. */
  private static final class TextKeyDeserializer extends KeyDeserializer {
    private final Function<String, ?> parser;

    TextKeyDeserializer(Function<String, ?> parser) {
      this.parser = parser;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return parser.apply(key);
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(ctxt, "cannot read a map key: " + e.getMessage(), e);
      }
    }
  }
}
