package org.gridgov.sla.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gridgov.sla.calendar.CalendarFormatException;
import org.gridgov.sla.calendar.DateOverride;
import org.gridgov.sla.calendar.DateRange;
import org.gridgov.sla.calendar.HolidayTable;
import org.gridgov.sla.calendar.WorkingCalendar;

/**
 * Reads holiday-cn files (China's statutory holidays and make-up working days, one JSON file per
 * year: {@code {"year":2024,"papers":[url…],"days":[{"name":"春节","date":"2024-02-04",
 * "isOffDay":false}, …]}}) into a {@link HolidayTable}, so that next year's file can be dropped in
 * before the library bundles it.
 *
 * <ul>
 *   <li>Several files merge into one table; their papers become its sources, in year order.
 *   <li>A file may list dates of the neighbouring years (2019.json lists 2018-12-29..31).
 *   <li>{@code "days": []} means <em>not yet published</em>, not <em>no holidays</em>: the validity
 *       range (the published years, which must be consecutive) ends before that year.
 *   <li>The same date listed twice with different {@code isOffDay} is a conflict and is reported,
 *       never resolved silently. When the names differ, the name from the date's own year wins.
 *   <li>Every problem in every file is reported at once, each with its JSON path.
 * </ul>
 *
 * <pre>{@code
 * HolidayTable next = HolidayCn.load(List.of(Path.of("2027.json")));
 * WorkingCalendar office = ChinaHolidays.calendar().toBuilder()
 *     .layer(next).validity(DateRange.ofYears(2007, 2027)).build();
 * }</pre>
 */
public final class HolidayCn {
  /** The name of tables this class reads. */
  public static final String TABLE_NAME = "holiday-cn";

  private HolidayCn() {}

  /**
   * Reads and merges holiday-cn files.
   *
   * @param files the files, such as {@code 2026.json} and {@code 2027.json}
   * @return the merged table
   * @throws IOException if a file cannot be read
   * @throws CalendarFormatException listing every problem in every file, and every conflict
   */
  public static HolidayTable load(List<Path> files) throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Path file : files) {
      texts.put(file.toString(), JsonInput.readFile(file));
    }
    return parse(texts);
  }

  /**
   * Reads and merges every file of a directory named by a year, such as {@code 2024.json}, in name
   * order; other files (holiday-cn's {@code schema.json}) are ignored.
   *
   * @param directory the directory, such as a checkout of holiday-cn
   * @return the merged table
   * @throws IOException if the directory or a file cannot be read
   * @throws CalendarFormatException listing every problem in every file, and every conflict
   */
  public static HolidayTable loadDirectory(Path directory) throws IOException {
    TreeSet<Path> files = new TreeSet<>();
    try (DirectoryStream<Path> stream =
        Files.newDirectoryStream(directory, "[0-9][0-9][0-9][0-9].json")) {
      for (Path p : stream) {
        files.add(p);
      }
    }
    return load(List.copyOf(files));
  }

  /**
   * Parses and merges holiday-cn texts.
   *
   * @param textsBySource the JSON text of each file, keyed by a name used in messages
   * @return the merged table
   * @throws CalendarFormatException listing every problem in every file, and every conflict
   */
  public static HolidayTable parse(Map<String, String> textsBySource) {
    checkNotNull(textsBySource, "textsBySource");
    List<CalendarFormatException.Problem> problems = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    TreeMap<Integer, List<URI>> papersByYear = new TreeMap<>();
    TreeSet<Integer> published = new TreeSet<>();
    Map<Integer, String> unpublished = new TreeMap<>();
    for (Map.Entry<String, String> file : textsBySource.entrySet()) {
      JsonInput in = new JsonInput(checkNotNull(file.getKey(), "source"));
      in.parse(checkNotNull(file.getValue(), "text"))
          .ifPresent(root -> readFile(in, root, entries, papersByYear, published, unpublished));
      problems.addAll(in.problems());
    }

    // Conflicts and merging.
    Map<LocalDate, Entry> byDate = new TreeMap<>();
    for (Entry e : entries) {
      Entry seen = byDate.get(e.date);
      if (seen == null) {
        byDate.put(e.date, e);
      } else if (seen.offDay != e.offDay) {
        problems.add(
            new CalendarFormatException.Problem(
                e.source,
                e.path,
                e.date
                    + " is "
                    + describe(e.offDay)
                    + " here but "
                    + describe(seen.offDay)
                    + " in "
                    + seen.source
                    + " at "
                    + seen.path));
      } else if (e.fileYear == e.date.getYear() && seen.fileYear != e.date.getYear()) {
        byDate.put(e.date, e);
      }
    }

    // Validity: consecutive published years.
    Optional<DateRange> validity = Optional.empty();
    if (published.isEmpty()) {
      problems.add(
          new CalendarFormatException.Problem(
              String.join(", ", textsBySource.keySet()),
              "$.days",
              "no published year: every file has \"days\": [] or could not be read"));
    } else {
      int first = published.first();
      int last = published.last();
      for (int y = first; y <= last; y++) {
        if (!published.contains(y)) {
          String why =
              unpublished.containsKey(y)
                  ? unpublished.get(y) + " has \"days\": [] (not published)"
                  : "no file for " + y;
          problems.add(
              new CalendarFormatException.Problem(
                  unpublished.getOrDefault(y, String.join(", ", textsBySource.keySet())),
                  "$.days",
                  "published years must be consecutive, but "
                      + why
                      + " between "
                      + first
                      + " and "
                      + last));
        }
      }
      validity = Optional.of(DateRange.ofYears(first, last));
    }
    if (!problems.isEmpty()) {
      throw new CalendarFormatException(problems);
    }
    List<DateOverride> overrides = new ArrayList<>();
    for (Entry e : byDate.values()) {
      overrides.add(
          e.offDay
              ? DateOverride.dayOff(e.date, e.name)
              : DateOverride.makeUpWorkday(e.date, e.name));
    }
    Set<URI> sources = new LinkedHashSet<>();
    papersByYear.values().forEach(sources::addAll);
    return HolidayTable.of(TABLE_NAME, overrides, validity, List.copyOf(sources));
  }

  private static String describe(boolean offDay) {
    return offDay ? "a day off" : "a make-up working day";
  }

  private static void readFile(
      JsonInput in,
      JsonNode root,
      List<Entry> entries,
      Map<Integer, List<URI>> papersByYear,
      Set<Integer> published,
      Map<Integer, String> unpublished) {
    if (!root.isObject()) {
      in.add("$", "expected an object with year, papers and days, got " + JsonInput.describe(root));
      return;
    }
    JsonNode yearNode = root.path("year");
    int year;
    if (yearNode.canConvertToInt() && yearNode.isIntegralNumber()) {
      year = yearNode.intValue();
      if (year < 1901 || year > 2298) {
        in.add("$.year", "expected a year from 1901 to 2298, got " + year);
        return;
      }
    } else {
      in.add("$.year", "expected a year number, got " + JsonInput.describe(yearNode));
      return;
    }
    JsonNode papers = root.path("papers");
    List<URI> uris = new ArrayList<>();
    if (!papers.isArray()) {
      in.add("$.papers", "expected an array of notice URLs, got " + JsonInput.describe(papers));
    } else {
      for (int i = 0; i < papers.size(); i++) {
        JsonNode p = papers.get(i);
        try {
          if (!p.isTextual()) {
            throw new URISyntaxException(JsonInput.describe(p), "not a string");
          }
          uris.add(new URI(p.asText()));
        } catch (URISyntaxException e) {
          in.add("$.papers[" + i + "]", "expected a URL, got " + JsonInput.describe(p));
        }
      }
    }
    papersByYear.computeIfAbsent(year, y -> new ArrayList<>()).addAll(uris);
    JsonNode days = root.path("days");
    if (!days.isArray()) {
      in.add("$.days", "expected an array of days, got " + JsonInput.describe(days));
      return;
    }
    if (days.isEmpty()) {
      unpublished.put(year, in.source());
      return;
    }
    published.add(year);
    for (int i = 0; i < days.size(); i++) {
      String path = "$.days[" + i + "]";
      JsonNode day = days.get(i);
      if (!day.isObject()) {
        in.add(
            path,
            "expected an object with name, date and isOffDay, got " + JsonInput.describe(day));
        continue;
      }
      JsonNode name = day.path("name");
      JsonNode date = day.path("date");
      JsonNode off = day.path("isOffDay");
      boolean ok = true;
      if (!name.isTextual()) {
        in.add(path + ".name", "expected a holiday name, got " + JsonInput.describe(name));
        ok = false;
      }
      if (!off.isBoolean()) {
        in.add(path + ".isOffDay", "expected true or false, got " + JsonInput.describe(off));
        ok = false;
      }
      LocalDate parsed = null;
      try {
        if (date.isTextual()) {
          parsed = LocalDate.parse(date.asText());
        }
      } catch (DateTimeParseException e) {
        parsed = null;
      }
      if (parsed == null) {
        in.add(
            path + ".date",
            "expected an ISO date such as \"2024-02-04\", got " + JsonInput.describe(date));
        ok = false;
      } else if (Math.abs(parsed.getYear() - year) > 1) {
        in.add(
            path + ".date",
            "expected a date in " + year + " or a neighbouring year, got " + parsed);
        ok = false;
      } else if (!WorkingCalendar.SUPPORTED_DATES.contains(parsed)) {
        in.add(
            path + ".date",
            "expected a date in " + WorkingCalendar.SUPPORTED_DATES + ", got " + parsed);
        ok = false;
      }
      for (Iterator<String> it = day.fieldNames(); it.hasNext(); ) {
        String field = it.next();
        if (!field.equals("name") && !field.equals("date") && !field.equals("isOffDay")) {
          in.add(path + "." + field, "unknown field, expected name, date and isOffDay");
          ok = false;
        }
      }
      if (ok && parsed != null) {
        entries.add(new Entry(parsed, off.booleanValue(), name.asText(), in.source(), path, year));
      }
    }
  }

  private record Entry(
      LocalDate date, boolean offDay, String name, String source, String path, int fileYear) {}
}
