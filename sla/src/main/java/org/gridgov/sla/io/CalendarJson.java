package org.gridgov.sla.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gridgov.sla.calendar.CalendarFormatException;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.calendar.DailyHours;
import org.gridgov.sla.calendar.DateOverride;
import org.gridgov.sla.calendar.DateRange;
import org.gridgov.sla.calendar.HolidayTable;
import org.gridgov.sla.calendar.OutOfRangePolicy;
import org.gridgov.sla.calendar.TimeInterval;
import org.gridgov.sla.calendar.WeeklySchedule;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.jspecify.annotations.Nullable;

/**
 * gridgov's JSON form of a {@link WorkingCalendar}: zone, weekly hours, layers of overrides (the
 * bundled China table by name, or inline), validity and out-of-range policy. Reading reports every
 * problem with its JSON path; {@code parse(write(c))} equals {@code c}.
 *
 * <pre>{@code
 * {
 *   "zone": "Asia/Shanghai",
 *   "weekly": {"MONDAY": ["08:30-12:00", "13:30-17:30"], "SATURDAY": ["09:00-12:00"]},
 *   "makeUpDayHours": ["08:30-12:00", "13:30-17:30"],
 *   "layers": [
 *     {"bundled": "china-mainland"},
 *     {"name": "站前区网格中心", "validity": "2024-01-01..2024-12-31", "sources": [],
 *      "overrides": [
 *        {"date": "2024-06-03", "kind": "DAY_OFF", "name": "停电检修"},
 *        {"date": "2024-03-08", "kind": "CUSTOM_HOURS", "name": "妇女节", "hours": ["08:30-12:00"]},
 *        {"date": "2024-09-28", "kind": "MAKE_UP_WORKDAY", "name": "国庆节"}]}],
 *   "validity": "2007-01-01..2024-12-31",
 *   "outOfRange": "PROVISIONAL"
 * }
 * }</pre>
 *
 * <p>Days missing from {@code weekly} are closed; {@code weekly} itself defaults to Monday–Friday
 * 08:30–12:00 and 13:30–17:30, {@code makeUpDayHours} to the first open weekday's hours, {@code
 * validity} to the layers' common range, {@code outOfRange} to {@code REFUSE}. Unknown fields are
 * errors, so that a misspelt field is not silently ignored. Input is limited to 4 MiB and 32 levels
 * of nesting.
 */
public final class CalendarJson {
  private static final Set<String> TOP =
      Set.of("zone", "weekly", "makeUpDayHours", "layers", "validity", "outOfRange");
  private static final Set<String> LAYER = Set.of("name", "validity", "sources", "overrides");
  private static final Set<String> OVERRIDE = Set.of("date", "kind", "name", "hours");

  private CalendarJson() {}

  /**
   * Reads a calendar file.
   *
   * @param file the file
   * @return the calendar
   * @throws IOException if the file cannot be read
   * @throws CalendarFormatException listing every problem with its JSON path
   */
  public static WorkingCalendar read(Path file) throws IOException {
    return parse(JsonInput.readFile(file), file.toString());
  }

  /**
   * Parses a calendar.
   *
   * @param json the JSON text
   * @param source a name for messages, such as the file name
   * @return the calendar
   * @throws CalendarFormatException listing every problem with its JSON path
   */
  public static WorkingCalendar parse(String json, String source) {
    checkNotNull(json, "json");
    JsonInput in = new JsonInput(checkNotNull(source, "source"));
    Optional<JsonNode> root = in.parse(json);
    WorkingCalendar result = root.isPresent() ? read(in, root.get()) : null;
    if (!in.problems().isEmpty() || result == null) {
      throw new CalendarFormatException(in.problems());
    }
    return result;
  }

  private static @Nullable WorkingCalendar read(JsonInput in, JsonNode root) {
    if (!root.isObject()) {
      in.add("$", "expected a calendar object, got " + JsonInput.describe(root));
      return null;
    }
    unknown(in, root, "$", TOP);
    ZoneId zone = null;
    JsonNode zoneNode = root.path("zone");
    if (!zoneNode.isTextual()) {
      in.add(
          "$.zone",
          "expected a zone id such as \"Asia/Shanghai\", got " + JsonInput.describe(zoneNode));
    } else {
      try {
        zone = ZoneId.of(zoneNode.asText());
      } catch (DateTimeException e) {
        in.add(
            "$.zone",
            "expected a zone id such as \"Asia/Shanghai\", got " + JsonInput.describe(zoneNode));
      }
    }
    WeeklySchedule weekly = WeeklySchedule.chinaOffice();
    JsonNode weeklyNode = root.path("weekly");
    if (!weeklyNode.isMissingNode()) {
      if (!weeklyNode.isObject()) {
        in.add(
            "$.weekly",
            "expected an object of days such as {\"MONDAY\": [\"08:30-12:00\"]}, got "
                + JsonInput.describe(weeklyNode));
      } else {
        EnumMap<DayOfWeek, DailyHours> days = new EnumMap<>(DayOfWeek.class);
        for (Iterator<String> it = weeklyNode.fieldNames(); it.hasNext(); ) {
          String field = it.next();
          DayOfWeek day = dayOf(field);
          if (day == null) {
            in.add("$.weekly." + field, "expected MONDAY to SUNDAY");
            continue;
          }
          DailyHours hours = hours(in, weeklyNode.get(field), "$.weekly." + field);
          if (hours != null) {
            days.put(day, hours);
          }
        }
        weekly = WeeklySchedule.of(days);
      }
    }
    JsonNode makeUp = root.path("makeUpDayHours");
    if (!makeUp.isMissingNode()) {
      DailyHours hours = hours(in, makeUp, "$.makeUpDayHours");
      if (hours != null) {
        weekly = weekly.withMakeUpDayHours(hours);
      }
    }
    List<HolidayTable> layers = new ArrayList<>();
    JsonNode layersNode = root.path("layers");
    if (!layersNode.isMissingNode() && !layersNode.isArray()) {
      in.add("$.layers", "expected an array of layers, got " + JsonInput.describe(layersNode));
    } else {
      for (int i = 0; i < layersNode.size(); i++) {
        HolidayTable layer = layer(in, layersNode.get(i), "$.layers[" + i + "]");
        if (layer != null) {
          layers.add(layer);
        }
      }
    }
    DateRange validity = null;
    JsonNode validityNode = root.path("validity");
    if (!validityNode.isMissingNode()) {
      validity = range(in, validityNode, "$.validity");
    }
    OutOfRangePolicy policy = OutOfRangePolicy.REFUSE;
    JsonNode policyNode = root.path("outOfRange");
    if (!policyNode.isMissingNode()) {
      try {
        policy = OutOfRangePolicy.valueOf(policyNode.asText());
      } catch (IllegalArgumentException e) {
        in.add(
            "$.outOfRange",
            "expected REFUSE, ASSUME_WEEKLY or PROVISIONAL, got " + JsonInput.describe(policyNode));
      }
    }
    if (zone == null || !in.problems().isEmpty()) {
      return null;
    }
    WorkingCalendar.Builder b = WorkingCalendar.builder(zone).weekly(weekly).outOfRange(policy);
    layers.forEach(b::layer);
    try {
      if (validity != null) {
        b.validity(validity);
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      in.add(validity != null ? "$.validity" : "$.layers", String.valueOf(e.getMessage()));
      return null;
    }
  }

  private static @Nullable DayOfWeek dayOf(String name) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().equals(name)) {
        return d;
      }
    }
    return null;
  }

  private static void unknown(JsonInput in, JsonNode node, String path, Set<String> known) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!known.contains(field)) {
        in.add(path + "." + field, "unknown field, expected one of " + new TreeSet<>(known));
      }
    }
  }

  private static @Nullable DailyHours hours(JsonInput in, JsonNode node, String path) {
    if (!node.isArray()) {
      in.add(
          path,
          "expected an array of intervals such as [\"08:30-12:00\"], got "
              + JsonInput.describe(node));
      return null;
    }
    List<TimeInterval> intervals = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      try {
        if (!item.isTextual()) {
          throw new IllegalArgumentException(
              "expected an interval such as \"08:30-12:00\", got " + JsonInput.describe(item));
        }
        intervals.add(TimeInterval.parse(item.asText()));
      } catch (IllegalArgumentException e) {
        in.add(path + "[" + i + "]", String.valueOf(e.getMessage()));
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    try {
      return new DailyHours(intervals);
    } catch (IllegalArgumentException e) {
      in.add(path, String.valueOf(e.getMessage()));
      return null;
    }
  }

  private static @Nullable DateRange range(JsonInput in, JsonNode node, String path) {
    try {
      if (!node.isTextual()) {
        throw new IllegalArgumentException(
            "expected a range such as \"2007-01-01..2026-12-31\", got " + JsonInput.describe(node));
      }
      DateRange range = DateRange.parse(node.asText());
      if (!WorkingCalendar.SUPPORTED_DATES.encloses(range)) {
        throw new IllegalArgumentException(
            "expected a range within " + WorkingCalendar.SUPPORTED_DATES + ", got " + range);
      }
      return range;
    } catch (IllegalArgumentException e) {
      in.add(path, String.valueOf(e.getMessage()));
      return null;
    }
  }

  private static @Nullable LocalDate date(JsonInput in, JsonNode node, String path) {
    try {
      LocalDate date = LocalDate.parse(node.asText());
      if (node.isTextual() && WorkingCalendar.SUPPORTED_DATES.contains(date)) {
        return date;
      }
    } catch (DateTimeException e) {
      // reported below
    }
    in.add(
        path,
        "expected an ISO date within "
            + WorkingCalendar.SUPPORTED_DATES
            + ", got "
            + JsonInput.describe(node));
    return null;
  }

  private static @Nullable HolidayTable layer(JsonInput in, JsonNode node, String path) {
    if (!node.isObject()) {
      in.add(path, "expected a layer object, got " + JsonInput.describe(node));
      return null;
    }
    JsonNode bundled = node.path("bundled");
    if (!bundled.isMissingNode()) {
      if (node.size() != 1) {
        in.add(path, "a bundled layer has no other fields");
      }
      if (bundled.isTextual() && bundled.asText().equals(ChinaHolidays.TABLE_NAME)) {
        return ChinaHolidays.table();
      }
      in.add(
          path + ".bundled",
          "expected \"" + ChinaHolidays.TABLE_NAME + "\", got " + JsonInput.describe(bundled));
      return null;
    }
    unknown(in, node, path, LAYER);
    int before = in.problems().size();
    JsonNode nameNode = node.path("name");
    if (!nameNode.isTextual()) {
      in.add(path + ".name", "expected the layer's name, got " + JsonInput.describe(nameNode));
    }
    Optional<DateRange> validity = Optional.empty();
    if (!node.path("validity").isMissingNode()) {
      validity = Optional.ofNullable(range(in, node.path("validity"), path + ".validity"));
    }
    List<URI> sources = new ArrayList<>();
    JsonNode sourcesNode = node.path("sources");
    if (!sourcesNode.isMissingNode() && !sourcesNode.isArray()) {
      in.add(
          path + ".sources", "expected an array of URLs, got " + JsonInput.describe(sourcesNode));
    }
    for (int i = 0; sourcesNode.isArray() && i < sourcesNode.size(); i++) {
      JsonNode s = sourcesNode.get(i);
      try {
        if (!s.isTextual()) {
          throw new URISyntaxException(JsonInput.describe(s), "not a string");
        }
        sources.add(new URI(s.asText()));
      } catch (URISyntaxException e) {
        in.add(path + ".sources[" + i + "]", "expected a URL, got " + JsonInput.describe(s));
      }
    }
    List<DateOverride> overrides = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    JsonNode list = node.path("overrides");
    if (!list.isMissingNode() && !list.isArray()) {
      in.add(
          path + ".overrides", "expected an array of overrides, got " + JsonInput.describe(list));
    }
    for (int i = 0; list.isArray() && i < list.size(); i++) {
      String at = path + ".overrides[" + i + "]";
      DateOverride o = override(in, list.get(i), at);
      if (o != null && !seen.add(o.date())) {
        in.add(at + ".date", "date " + o.date() + " appears twice in this layer");
      } else if (o != null) {
        overrides.add(o);
      }
    }
    if (in.problems().size() > before) {
      return null;
    }
    return HolidayTable.of(nameNode.asText(), overrides, validity, sources);
  }

  private static @Nullable DateOverride override(JsonInput in, JsonNode node, String path) {
    if (!node.isObject()) {
      in.add(path, "expected an override object, got " + JsonInput.describe(node));
      return null;
    }
    unknown(in, node, path, OVERRIDE);
    LocalDate date = date(in, node.path("date"), path + ".date");
    JsonNode nameNode = node.path("name");
    String name = nameNode.isMissingNode() ? "" : nameNode.asText();
    if (!nameNode.isMissingNode() && !nameNode.isTextual()) {
      in.add(path + ".name", "expected a name, got " + JsonInput.describe(nameNode));
    }
    JsonNode hoursNode = node.path("hours");
    DailyHours hours = hoursNode.isMissingNode() ? null : hours(in, hoursNode, path + ".hours");
    JsonNode kindNode = node.path("kind");
    DateOverride.Kind kind = null;
    try {
      kind = DateOverride.Kind.valueOf(kindNode.asText());
    } catch (IllegalArgumentException e) {
      in.add(
          path + ".kind",
          "expected DAY_OFF, MAKE_UP_WORKDAY or CUSTOM_HOURS, got " + JsonInput.describe(kindNode));
    }
    if (kind == DateOverride.Kind.DAY_OFF && !hoursNode.isMissingNode()) {
      in.add(path + ".hours", "a DAY_OFF has no hours");
    }
    if (kind == DateOverride.Kind.CUSTOM_HOURS && hoursNode.isMissingNode()) {
      in.add(path + ".hours", "CUSTOM_HOURS needs hours");
    }
    if (date == null || kind == null) {
      return null;
    }
    return switch (kind) {
      case DAY_OFF -> DateOverride.dayOff(date, name);
      case MAKE_UP_WORKDAY ->
          hours == null
              ? DateOverride.makeUpWorkday(date, name)
              : DateOverride.makeUpWorkday(date, name, hours);
      case CUSTOM_HOURS -> hours == null ? null : DateOverride.customHours(date, name, hours);
    };
  }

  /**
   * Writes a calendar as JSON; the bundled China table is written by name.
   *
   * @param calendar the calendar
   * @return pretty-printed JSON that {@link #parse(String, String)} reads back to an equal calendar
   */
  public static String write(WorkingCalendar calendar) {
    checkNotNull(calendar, "calendar");
    ObjectNode root = JsonInput.MAPPER.createObjectNode();
    root.put("zone", calendar.zone().getId());
    ObjectNode weekly = root.putObject("weekly");
    for (DayOfWeek day : DayOfWeek.values()) {
      DailyHours hours = calendar.weekly().hours(day);
      if (!hours.isClosed()) {
        writeHours(weekly.putArray(day.name()), hours);
      }
    }
    writeHours(root.putArray("makeUpDayHours"), calendar.weekly().makeUpDayHours());
    ArrayNode layers = root.putArray("layers");
    for (HolidayTable table : calendar.layers()) {
      ObjectNode layer = layers.addObject();
      if (table.equals(ChinaHolidays.table())) {
        layer.put("bundled", ChinaHolidays.TABLE_NAME);
        continue;
      }
      layer.put("name", table.name());
      table.validity().ifPresent(v -> layer.put("validity", v.toString()));
      ArrayNode sources = layer.putArray("sources");
      table.sources().forEach(u -> sources.add(u.toString()));
      ArrayNode overrides = layer.putArray("overrides");
      for (DateOverride o : table.overrides()) {
        ObjectNode item = overrides.addObject();
        item.put("date", o.date().toString());
        item.put("kind", o.kind().name());
        item.put("name", o.name());
        if (o instanceof DateOverride.MakeUpWorkday m && m.hours().isPresent()) {
          writeHours(item.putArray("hours"), m.hours().get());
        } else if (o instanceof DateOverride.CustomHours c) {
          writeHours(item.putArray("hours"), c.hours());
        }
      }
    }
    calendar.explicitValidity().ifPresent(v -> root.put("validity", v.toString()));
    root.put("outOfRange", calendar.outOfRangePolicy().name());
    try {
      return JsonInput.MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root)
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  private static void writeHours(ArrayNode array, DailyHours hours) {
    hours.intervals().forEach(i -> array.add(i.toString()));
  }
}
