package org.gridgov.sla.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.sla.calendar.WorkingCalendar;

/**
 * gridgov's JSON form of a {@link WorkingCalendar}: zone, weekly hours, layers of overrides (the
 * bundled China table by name, or inline), validity and out-of-range policy. {@link #reader()}
 * reads it, reporting every problem with its JSON path; {@link #toJson(WorkingCalendar)} writes it,
 * and reading what it wrote gives an equal calendar.
 *
 * <pre>{@code
 * WorkingCalendar unit = CalendarJson.reader().read(Path.of("unit.json"));
 * String json = CalendarJson.toJson(unit);
 * }</pre>
 *
 * <h2>The form</h2>
 *
 * <pre>{@code
 * {
 *   "zone": "Asia/Shanghai",
 *   "weekly": {"MONDAY": ["08:30-12:00", "13:30-17:30"], "SATURDAY": ["09:00-12:00"],
 *              "SUNDAY": ["22:00-06:00+1"]},
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
 * <ul>
 *   <li>{@code zone} (required): a zone id.
 *   <li>{@code weekly}: an object of days {@code MONDAY} to {@code SUNDAY}, each an array of
 *       intervals; a missing day is closed. Without {@code weekly}, Monday–Friday 08:30–12:00 and
 *       13:30–17:30.
 *   <li>An interval is {@code "HH:mm-HH:mm"} (seconds optional), the end after the start or {@code
 *       24:00}; an interval that runs past midnight (a night shift) ends with {@code +1}: {@code
 *       "22:00-06:00+1"}. A reversed interval without {@code +1}, such as {@code "14:00-12:00"}, is
 *       refused. A day's intervals are sorted and do not overlap; only the last may end with {@code
 *       +1}.
 *   <li>{@code makeUpDayHours}: the hours of a make-up working day that names none; default the
 *       first open day's.
 *   <li>{@code layers}: override layers, a later one beating an earlier one: {@code {"bundled":
 *       "china-mainland"}} for the bundled table, or an object with {@code name} (required), {@code
 *       validity}, {@code sources} (URLs) and {@code overrides}. An override has {@code date} and
 *       {@code kind} ({@code DAY_OFF}, {@code MAKE_UP_WORKDAY} or {@code CUSTOM_HOURS}, required),
 *       {@code name} and {@code hours} (required for {@code CUSTOM_HOURS}, refused for {@code
 *       DAY_OFF}); at most one per date in a layer.
 *   <li>{@code validity}: {@code "FIRST..LAST"}, default the layers' common range; {@code
 *       outOfRange}: {@code REFUSE} (default), {@code ASSUME_WEEKLY} or {@code PROVISIONAL}.
 *   <li>Dates lie in {@link WorkingCalendar#SUPPORTED_DATES}. Unknown fields are errors, so that a
 *       misspelt field is not silently ignored; a field given twice is an error; {@code null}
 *       counts as left out.
 * </ul>
 *
 * <p>Problems: syntax errors and limits ({@code MALFORMED_INPUT}, {@code INPUT_TOO_LARGE}) at line
 * and column; a wrong or unknown value ({@code INVALID_VALUE}), a missing field ({@code
 * MISSING_FIELD}), an unknown bundled table ({@code UNKNOWN_REFERENCE}), a repeated date or layers
 * whose validity ranges do not meet ({@code CONFLICT}) and overrides whose precomputed intervals
 * would exceed {@link WorkingCalendar#MAX_PRECOMPUTED_INTERVALS} ({@code BUDGET_EXCEEDED}) at their
 * JSON path. Input is UTF-8 (a byte order mark is skipped) of exactly one JSON value, limited by
 * default to {@link org.gridgov.core.io.ReadLimits#SMALL_DOCUMENT}.
 *
 * <h2>With Jackson</h2>
 *
 * <p>{@link GridgovSlaModule} writes and reads every calendar value in the same forms, through the
 * values' validating factories; a refused value fails with a Jackson {@code JsonMappingException}
 * carrying the library's message and, as its cause, a {@link
 * org.gridgov.sla.calendar.CalendarFormatException} with the located problems. Null stays null.
 *
 * <table>
 *   <caption>Forms</caption>
 *   <tr><th>type</th><th>form</th></tr>
 *   <tr><td>{@link org.gridgov.sla.calendar.TimeInterval}</td><td>{@code "08:30-12:00"}, {@code "22:00-06:00+1"}</td></tr>
 *   <tr><td>{@link org.gridgov.sla.calendar.DailyHours}</td><td>{@code ["08:30-12:00", "13:30-17:30"]}, {@code []}
 *       closed</td></tr>
 *   <tr><td>{@link org.gridgov.sla.calendar.DateRange}</td><td>{@code "2007-01-01..2026-12-31"}</td></tr>
 *   <tr><td>{@link org.gridgov.sla.calendar.WeeklySchedule}</td><td>{@code {"days": {"MONDAY": [...], ...},
 *       "makeUpDayHours": [...]}}, closed days left out</td></tr>
 *   <tr><td>{@link org.gridgov.sla.calendar.DateOverride} and its cases</td><td>{@code {"date": "2024-02-04", "kind":
 *       "MAKE_UP_WORKDAY", "name": "春节", "hours": [...]}}</td></tr>
 *   <tr><td>{@link org.gridgov.sla.calendar.HolidayTable}</td><td>a calendar layer: {@code {"bundled": "china-mainland"}} or
 *       {@code {"name", "validity", "sources", "overrides"}}</td></tr>
 *   <tr><td>{@link WorkingCalendar}</td><td>the calendar JSON form of this class</td></tr>
 *   <tr><td>{@link org.gridgov.sla.calendar.WorkingInstant}</td><td>{@code {"instant":
 *       "2022-12-12T11:30+08:00[Asia/Shanghai]", "provisional": false}}, in the calendar's
 *       zone</td></tr>
 *   <tr><td>{@link org.gridgov.sla.calendar.WorkingDuration}</td><td>{@code {"duration": "PT11H30M", "provisional":
 *       false}}</td></tr>
 *   <tr><td>{@link org.gridgov.sla.calendar.WorkingStatus}</td><td>{@code {"working": true, "provisional": false}}</td></tr>
 *   <tr><td>{@link org.gridgov.sla.calendar.WorkingDayCount}</td><td>{@code {"days": 3, "provisional": false}}</td></tr>
 *   <tr><td>{@link org.gridgov.sla.calendar.CalendarDay}</td><td>{@code {"date": "2024-02-04", "hours": [...], "override":
 *       {...}, "provisional": false}}, {@code override} left out when none</td></tr>
 *   <tr><td>the enums</td><td>their constant names, as Jackson writes any enum</td></tr>
 * </table>
 *
 * <p>{@code TimeInterval} and {@code DateRange} are also written and read as map keys, in their
 * text forms. A {@code DateRange} or {@code DateOverride} read on its own takes any dates, as the
 * types do; inside a calendar or a layer its dates lie in {@link WorkingCalendar#SUPPORTED_DATES}.
 */
public final class CalendarJson {
  private CalendarJson() {}

  /**
   * A reader with the default limits, {@link org.gridgov.core.io.ReadLimits#SMALL_DOCUMENT}.
   *
   * @return the reader
   */
  public static CalendarJsonReader reader() {
    return CalendarJsonReader.DEFAULT;
  }

  /**
   * Writes a calendar as indented JSON; the bundled China table is written by name.
   *
   * @param calendar the calendar
   * @return the JSON text, ending with a line end, that {@link #reader()} reads back to an equal
   *     calendar
   */
  public static String toJson(WorkingCalendar calendar) {
    checkNotNull(calendar, "calendar");
    return CalendarForms.pretty(CalendarForms.write(calendar));
  }

  /**
   * Writes a calendar as indented JSON to a character stream, which stays open.
   *
   * @param calendar the calendar
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void write(WorkingCalendar calendar, Writer out) throws IOException {
    checkNotNull(calendar, "calendar");
    checkNotNull(out, "out");
    out.write(toJson(calendar));
  }

  /**
   * Writes a calendar as an indented UTF-8 JSON file, replacing the file if it exists.
   *
   * @param calendar the calendar
   * @param file the file
   * @throws IOException if writing fails
   */
  public static void write(WorkingCalendar calendar, Path file) throws IOException {
    checkNotNull(calendar, "calendar");
    checkNotNull(file, "file");
    Files.writeString(file, toJson(calendar), StandardCharsets.UTF_8);
  }
}
