package org.gridgov.sla.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.internal.JsonCursor;
import org.gridgov.sla.calendar.CalendarBudgetException;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.calendar.DailyHours;
import org.gridgov.sla.calendar.DateOverride;
import org.gridgov.sla.calendar.DateRange;
import org.gridgov.sla.calendar.HolidayTable;
import org.gridgov.sla.calendar.OutOfRangePolicy;
import org.gridgov.sla.calendar.TimeInterval;
import org.gridgov.sla.calendar.WeeklySchedule;
import org.gridgov.sla.calendar.WorkingCalendar;

/**
 * The JSON forms of the calendar values, one place for the calendar file ({@link CalendarJson}) and
 * the Jackson module ({@link CalendarJackson}): each reader takes a {@link JsonCursor}, adds a
 * located problem for everything wrong and returns empty if it added any; each writer returns a
 * tree. Values are built only through their validating factories.
 */
final class CalendarForms {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static final List<String> CALENDAR =
      List.of("zone", "weekly", "makeUpDayHours", "layers", "validity", "outOfRange");
  static final List<String> LAYER = List.of("name", "validity", "sources", "overrides");
  static final List<String> OVERRIDE = List.of("date", "kind", "name", "hours");
  static final List<String> WEEKLY = List.of("days", "makeUpDayHours");

  private static final ObjectWriter PRETTY =
      JsonMapper.builder().build().writer(SerializationFeature.INDENT_OUTPUT);

  private CalendarForms() {}

  // ---- reading ------------------------------------------------------------------------------

  /** A time interval from its text, {@code "08:30-12:00"} or {@code "22:00-06:00+1"}. */
  static Optional<TimeInterval> interval(JsonCursor c) {
    return c.required()
        .flatMap(
            r ->
                r.parsed(
                    "an interval such as \"08:30-12:00\" or, across midnight, \"22:00-06:00+1\"",
                    TimeInterval::parse));
  }

  /** A day's hours from an array of intervals; {@code []} is a closed day. */
  static Optional<DailyHours> hours(JsonCursor c) {
    long before = c.problems().count();
    if (c.isMissing()) {
      c.problem(ProblemKind.MISSING_FIELD, "required field is missing");
      return Optional.empty();
    }
    if (!c.node().isArray()) {
      c.problem(
          ProblemKind.INVALID_VALUE,
          "expected an array of intervals such as [\"08:30-12:00\", \"13:30-17:30\"], got "
              + JsonCursor.describe(c.node()));
      return Optional.empty();
    }
    List<TimeInterval> intervals = new ArrayList<>();
    for (JsonCursor item : c.elements()) {
      interval(item).ifPresent(intervals::add);
    }
    if (c.problems().count() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(new DailyHours(intervals));
    } catch (IllegalArgumentException e) {
      c.problem(ProblemKind.INVALID_VALUE, String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  /** A date within {@link WorkingCalendar#SUPPORTED_DATES}. */
  static Optional<LocalDate> date(JsonCursor c) {
    Optional<LocalDate> date = c.required().flatMap(JsonCursor::date);
    if (date.isPresent() && !WorkingCalendar.SUPPORTED_DATES.contains(date.get())) {
      c.problem(
          ProblemKind.INVALID_VALUE,
          "expected a date within " + WorkingCalendar.SUPPORTED_DATES + ", got " + date.get());
      return Optional.empty();
    }
    return date;
  }

  /**
   * A date range {@code "2007-01-01..2026-12-31"} as a value of its own, with any dates: the form
   * of {@link DateRange} for Jackson, which writes any range.
   */
  static Optional<DateRange> dateRange(JsonCursor c) {
    return c.required()
        .flatMap(
            r -> r.parsed("a date range such as \"2007-01-01..2026-12-31\"", DateRange::parse));
  }

  /** A date range {@code "2007-01-01..2026-12-31"} within the supported dates, for a calendar. */
  static Optional<DateRange> range(JsonCursor c) {
    Optional<DateRange> range = dateRange(c);
    if (range.isPresent() && !WorkingCalendar.SUPPORTED_DATES.encloses(range.get())) {
      c.problem(
          ProblemKind.INVALID_VALUE,
          "expected a range within " + WorkingCalendar.SUPPORTED_DATES + ", got " + range.get());
      return Optional.empty();
    }
    return range;
  }

  /**
   * A weekly rule from an object of days ({@code {"MONDAY": [...], ...}}, missing days closed) and
   * optional make-up day hours (default: the first open day's).
   */
  static Optional<WeeklySchedule> weekly(JsonCursor days, JsonCursor makeUp) {
    long before = days.problems().count();
    EnumMap<DayOfWeek, DailyHours> map = new EnumMap<>(DayOfWeek.class);
    if (days.isPresent() && !days.node().isObject()) {
      days.problem(
          ProblemKind.INVALID_VALUE,
          "expected an object of days such as {\"MONDAY\": [\"08:30-12:00\"]}, got "
              + JsonCursor.describe(days.node()));
    }
    for (JsonCursor.Named day :
        days.node().isObject() ? days.fields() : List.<JsonCursor.Named>of()) {
      Optional<DayOfWeek> dow = dayOfWeek(day.name());
      if (dow.isEmpty()) {
        day.value()
            .problem(
                ProblemKind.INVALID_VALUE,
                "unknown day "
                    + JsonCursor.quote(day.name())
                    + ", expected MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY or SUNDAY");
        continue;
      }
      hours(day.value()).ifPresent(h -> map.put(dow.get(), h));
    }
    Optional<DailyHours> makeUpHours = makeUp.isPresent() ? hours(makeUp) : Optional.empty();
    if (days.problems().count() > before) {
      return Optional.empty();
    }
    WeeklySchedule weekly =
        days.isPresent() ? WeeklySchedule.of(map) : WeeklySchedule.chinaOffice();
    return Optional.of(makeUpHours.map(weekly::withMakeUpDayHours).orElse(weekly));
  }

  /** A weekly rule on its own: {@code {"days": {...}, "makeUpDayHours": [...]}}. */
  static Optional<WeeklySchedule> weeklySchedule(JsonCursor c) {
    if (!c.expectObject(WEEKLY, List.of())) {
      return Optional.empty();
    }
    JsonCursor days = c.field("days");
    if (days.isMissing()) {
      // no days at all: every day closed, not the default office hours of the calendar form
      long before = c.problems().count();
      Optional<DailyHours> makeUp =
          c.field("makeUpDayHours").isPresent()
              ? hours(c.field("makeUpDayHours"))
              : Optional.empty();
      if (c.problems().count() > before) {
        return Optional.empty();
      }
      WeeklySchedule closed = WeeklySchedule.everyDay(DailyHours.closed());
      return Optional.of(makeUp.map(closed::withMakeUpDayHours).orElse(closed));
    }
    return weekly(days, c.field("makeUpDayHours"));
  }

  private static Optional<DayOfWeek> dayOfWeek(String name) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().equals(name)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** A date override of a calendar layer, its date within the supported dates. */
  static Optional<DateOverride> override(JsonCursor c) {
    return override(c, true);
  }

  /**
   * A date override as a value of its own, with any date: the form of {@link DateOverride} for
   * Jackson, which writes any override.
   */
  static Optional<DateOverride> overrideValue(JsonCursor c) {
    return override(c, false);
  }

  /** A date override: {@code {"date", "kind", "name", "hours"}}. */
  private static Optional<DateOverride> override(JsonCursor c, boolean calendarDate) {
    long before = c.problems().count();
    if (!c.expectObject(OVERRIDE, List.of("date", "kind"))) {
      return Optional.empty();
    }
    Optional<LocalDate> date =
        calendarDate ? date(c.field("date")) : c.field("date").required().flatMap(JsonCursor::date);
    JsonCursor nameField = c.field("name");
    String name = nameField.isPresent() ? nameField.string().orElse("") : "";
    JsonCursor hoursField = c.field("hours");
    Optional<DailyHours> hours = hoursField.isPresent() ? hours(hoursField) : Optional.empty();
    Optional<DateOverride.Kind> kind = c.field("kind").enumValue(DateOverride.Kind.class);
    if (kind.isPresent() && kind.get() == DateOverride.Kind.DAY_OFF && hoursField.isPresent()) {
      hoursField.problem(ProblemKind.INVALID_VALUE, "a DAY_OFF has no hours");
    }
    if (kind.isPresent()
        && kind.get() == DateOverride.Kind.CUSTOM_HOURS
        && hoursField.isMissing()) {
      hoursField.problem(ProblemKind.MISSING_FIELD, "CUSTOM_HOURS needs hours");
    }
    if (c.problems().count() > before || date.isEmpty() || kind.isEmpty()) {
      return Optional.empty();
    }
    DateOverride.Kind k = kind.get();
    if (k == DateOverride.Kind.DAY_OFF) {
      return Optional.of(DateOverride.dayOff(date.get(), name));
    }
    if (k == DateOverride.Kind.MAKE_UP_WORKDAY) {
      return Optional.of(
          hours.isPresent()
              ? DateOverride.makeUpWorkday(date.get(), name, hours.get())
              : DateOverride.makeUpWorkday(date.get(), name));
    }
    return hours.map(h -> DateOverride.customHours(date.get(), name, h));
  }

  /**
   * A layer of overrides: {@code {"bundled": "china-mainland"}}, or {@code {"name", "validity",
   * "sources", "overrides"}}.
   */
  static Optional<HolidayTable> layer(JsonCursor c) {
    long before = c.problems().count();
    JsonCursor bundled = c.field("bundled");
    if (bundled.isPresent()) {
      if (!c.expectObject(List.of("bundled"), List.of("bundled"))) {
        return Optional.empty();
      }
      Optional<String> name = bundled.string();
      if (name.isPresent() && name.get().equals(ChinaHolidays.TABLE_NAME)) {
        return Optional.of(ChinaHolidays.table());
      }
      if (name.isPresent()) {
        bundled.problem(
            ProblemKind.UNKNOWN_REFERENCE,
            "unknown bundled table "
                + JsonCursor.quote(name.get())
                + ", expected \""
                + ChinaHolidays.TABLE_NAME
                + "\"");
      }
      return Optional.empty();
    }
    if (!c.expectObject(LAYER, List.of("name"))) {
      return Optional.empty();
    }
    Optional<String> name = c.field("name").string();
    Optional<DateRange> validity =
        c.field("validity").isPresent() ? range(c.field("validity")) : Optional.empty();
    List<URI> sources = new ArrayList<>();
    for (JsonCursor s : c.field("sources").elements()) {
      s.required()
          .flatMap(r -> r.parsed("a URL such as \"https://www.gov.cn/\"", URI::create))
          .ifPresent(sources::add);
    }
    List<DateOverride> overrides = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    for (JsonCursor item : c.field("overrides").elements()) {
      Optional<DateOverride> o = override(item);
      if (o.isPresent() && !seen.add(o.get().date())) {
        item.field("date")
            .problem(
                ProblemKind.CONFLICT,
                "date "
                    + o.get().date()
                    + " appears twice in this layer: at most one override a date");
      } else {
        o.ifPresent(overrides::add);
      }
    }
    if (c.problems().count() > before || name.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(HolidayTable.of(name.get(), overrides, validity, sources));
    } catch (IllegalArgumentException e) {
      c.problem(ProblemKind.INVALID_VALUE, String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  /** A whole calendar in the form {@link CalendarJson} documents. */
  static Optional<WorkingCalendar> calendar(JsonCursor root) {
    long before = root.problems().count();
    if (!root.expectObject(CALENDAR, List.of("zone"))) {
      return Optional.empty();
    }
    Optional<ZoneId> zone = root.field("zone").zone();
    Optional<WeeklySchedule> weekly = weekly(root.field("weekly"), root.field("makeUpDayHours"));
    List<HolidayTable> layers = new ArrayList<>();
    for (JsonCursor layer : root.field("layers").elements()) {
      layer(layer).ifPresent(layers::add);
    }
    JsonCursor validityField = root.field("validity");
    Optional<DateRange> validity =
        validityField.isPresent() ? range(validityField) : Optional.empty();
    JsonCursor policyField = root.field("outOfRange");
    Optional<OutOfRangePolicy> policy =
        policyField.isPresent()
            ? policyField.enumValue(OutOfRangePolicy.class)
            : Optional.of(OutOfRangePolicy.REFUSE);
    if (root.problems().count() > before
        || zone.isEmpty()
        || weekly.isEmpty()
        || policy.isEmpty()) {
      return Optional.empty();
    }
    WorkingCalendar.Builder b =
        WorkingCalendar.builder(zone.get()).weekly(weekly.get()).outOfRange(policy.get());
    layers.forEach(b::layer);
    validity.ifPresent(b::validity);
    try {
      return Optional.of(b.build());
    } catch (CalendarBudgetException e) {
      root.field("layers").problem(ProblemKind.BUDGET_EXCEEDED, String.valueOf(e.getMessage()));
    } catch (IllegalArgumentException e) {
      root.field("layers").problem(ProblemKind.CONFLICT, String.valueOf(e.getMessage()));
    }
    return Optional.empty();
  }

  // ---- writing ------------------------------------------------------------------------------

  static JsonNode write(TimeInterval interval) {
    return NODES.textNode(interval.toString());
  }

  static ArrayNode write(DailyHours hours) {
    ArrayNode array = NODES.arrayNode();
    hours.intervals().forEach(i -> array.add(i.toString()));
    return array;
  }

  static JsonNode write(DateRange range) {
    return NODES.textNode(range.toString());
  }

  /** The days of a weekly rule that are open, as an object of day names. */
  static ObjectNode writeDays(WeeklySchedule weekly) {
    ObjectNode days = NODES.objectNode();
    for (DayOfWeek day : DayOfWeek.values()) {
      DailyHours hours = weekly.hours(day);
      if (!hours.isClosed()) {
        days.set(day.name(), write(hours));
      }
    }
    return days;
  }

  static ObjectNode write(WeeklySchedule weekly) {
    ObjectNode node = NODES.objectNode();
    node.set("days", writeDays(weekly));
    node.set("makeUpDayHours", write(weekly.makeUpDayHours()));
    return node;
  }

  static ObjectNode write(DateOverride o) {
    ObjectNode item = NODES.objectNode();
    item.put("date", o.date().toString());
    item.put("kind", o.kind().name());
    item.put("name", o.name());
    if (o instanceof DateOverride.MakeUpWorkday m && m.hours().isPresent()) {
      item.set("hours", write(m.hours().get()));
    } else if (o instanceof DateOverride.CustomHours c) {
      item.set("hours", write(c.hours()));
    }
    return item;
  }

  static ObjectNode write(HolidayTable table) {
    ObjectNode layer = NODES.objectNode();
    if (table.equals(ChinaHolidays.table())) {
      layer.put("bundled", ChinaHolidays.TABLE_NAME);
      return layer;
    }
    layer.put("name", table.name());
    table.validity().ifPresent(v -> layer.put("validity", v.toString()));
    ArrayNode sources = layer.putArray("sources");
    table.sources().forEach(u -> sources.add(u.toString()));
    ArrayNode overrides = layer.putArray("overrides");
    table.overrides().forEach(o -> overrides.add(write(o)));
    return layer;
  }

  static ObjectNode write(WorkingCalendar calendar) {
    ObjectNode root = NODES.objectNode();
    root.put("zone", calendar.zone().getId());
    root.set("weekly", writeDays(calendar.weekly()));
    root.set("makeUpDayHours", write(calendar.weekly().makeUpDayHours()));
    ArrayNode layers = root.putArray("layers");
    calendar.layers().forEach(t -> layers.add(write(t)));
    calendar.explicitValidity().ifPresent(v -> root.put("validity", v.toString()));
    root.put("outOfRange", calendar.outOfRangePolicy().name());
    return root;
  }

  /** A tree as indented JSON text with a final line end. */
  static String pretty(JsonNode node) {
    try {
      return PRETTY.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }
}
