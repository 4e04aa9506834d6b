package org.gridgov.sla.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.gridgov.core.Location;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.internal.JsonCursor;
import org.gridgov.core.io.internal.ProblemList;
import org.gridgov.sla.calendar.DateOverride;
import org.gridgov.sla.calendar.DateRange;
import org.gridgov.sla.calendar.HolidayTable;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.jspecify.annotations.Nullable;

/**
 * The holiday-cn files read so far and their merge into one table: conflicts between entries,
 * consecutive published years. Locations of problems found across files are placed in their files.
 * Not thread-safe; one per read.
 */
final class HolidayCnMerge {
  private static final List<String> DAY = List.of("name", "date", "isOffDay");

  private final List<Entry> entries = new ArrayList<>();
  private final TreeMap<Integer, List<URI>> papersByYear = new TreeMap<>();
  private final TreeMap<Integer, Location> published = new TreeMap<>();
  private final TreeMap<Integer, Location> unpublished = new TreeMap<>();
  private @Nullable Location firstDays;

  private record Entry(
      LocalDate date, boolean offDay, String name, Location location, int fileYear) {}

  /**
   * Adds one file's content.
   *
   * @param root the file's root
   * @param source the file's name when several files are merged, so that locations kept for later
   *     problems name it; null for a single document, whose problem list places them
   */
  void add(JsonCursor root, @Nullable String source) {
    if (!root.node().isObject()) {
      root.problem(
          ProblemKind.INVALID_VALUE,
          "expected an object with year, papers and days, got " + JsonCursor.describe(root.node()));
      return;
    }
    long before = root.problems().count();
    Optional<Integer> yearValue =
        root.field("year").required().flatMap(y -> y.intValue(1901, 2298));
    List<URI> uris = new ArrayList<>();
    JsonCursor papers = root.field("papers");
    if (papers.required().isPresent()) {
      for (JsonCursor p : papers.elements()) {
        p.required()
            .flatMap(r -> r.parsed("a URL such as \"https://www.gov.cn/\"", URI::create))
            .ifPresent(uris::add);
      }
    }
    JsonCursor days = root.field("days");
    List<JsonCursor> items = days.required().isPresent() ? days.elements() : List.of();
    if (yearValue.isEmpty()) {
      return;
    }
    int year = yearValue.get();
    papersByYear.computeIfAbsent(year, y -> new ArrayList<>()).addAll(uris);
    Location daysAt = in(days.location(), source);
    if (firstDays == null) {
      firstDays = daysAt;
    }
    if (days.node().isArray() && items.isEmpty() && root.problems().count() == before) {
      unpublished.putIfAbsent(year, daysAt);
      return;
    }
    published.putIfAbsent(year, in(root.field("year").location(), source));
    for (JsonCursor day : items) {
      long at = day.problems().count();
      if (!day.expectObject(DAY, DAY)) {
        continue;
      }
      Optional<String> name = day.field("name").string();
      Optional<Boolean> off = day.field("isOffDay").bool();
      Optional<LocalDate> date = day.field("date").date();
      if (date.isPresent() && Math.abs(date.get().getYear() - year) > 1) {
        day.field("date")
            .problem(
                ProblemKind.INVALID_VALUE,
                "expected a date in " + year + " or a neighbouring year, got " + date.get());
      } else if (date.isPresent() && !WorkingCalendar.SUPPORTED_DATES.contains(date.get())) {
        day.field("date")
            .problem(
                ProblemKind.INVALID_VALUE,
                "expected a date in " + WorkingCalendar.SUPPORTED_DATES + ", got " + date.get());
      }
      if (day.problems().count() == at && name.isPresent() && off.isPresent() && date.isPresent()) {
        entries.add(new Entry(date.get(), off.get(), name.get(), in(day.location(), source), year));
      }
    }
  }

  /**
   * Merges the files added: reports conflicts and gaps between published years, and returns the
   * table if no problem at all was found.
   *
   * @param problems the problem list of the read; its source must be unset when files were named
   * @return the table, or null if there were problems
   */
  @Nullable HolidayTable finish(ProblemList problems) {
    Map<LocalDate, Entry> byDate = new TreeMap<>();
    for (Entry e : entries) {
      Entry seen = byDate.get(e.date);
      if (seen == null) {
        byDate.put(e.date, e);
      } else if (seen.offDay != e.offDay) {
        problems.add(ProblemKind.CONFLICT, e.location, conflict(e, seen));
        problems.add(ProblemKind.CONFLICT, seen.location, conflict(seen, e));
      } else if (e.fileYear == e.date.getYear() && seen.fileYear != e.date.getYear()) {
        byDate.put(e.date, e);
      }
    }
    Optional<DateRange> validity = Optional.empty();
    if (published.isEmpty()) {
      Location at = firstDays;
      if (at != null && problems.isEmpty()) {
        problems.add(
            ProblemKind.MISSING_FIELD,
            at,
            "no published year: \"days\": [] means the year's arrangements are not yet published");
      }
    } else {
      int first = published.firstKey();
      int last = published.lastKey();
      for (int y = first + 1; y < last; y++) {
        if (published.containsKey(y)) {
          continue;
        }
        Location notPublished = unpublished.get(y);
        if (notPublished != null) {
          problems.add(
              ProblemKind.GAP,
              notPublished,
              "published years must be consecutive, but "
                  + y
                  + " is not published (\"days\": []) between "
                  + first
                  + " and "
                  + last);
        } else {
          problems.add(
              ProblemKind.GAP,
              checkNotNull(published.ceilingEntry(y), "a later year").getValue(),
              "published years must be consecutive, but there is no file for "
                  + y
                  + " between "
                  + first
                  + " and "
                  + last);
        }
      }
      validity = Optional.of(DateRange.ofYears(first, last));
    }
    if (!problems.isEmpty()) {
      return null;
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
    return HolidayTable.of(HolidayCn.TABLE_NAME, overrides, validity, List.copyOf(sources));
  }

  private static String conflict(Entry here, Entry other) {
    return here.date
        + " is "
        + describe(here.offDay)
        + " here but "
        + describe(other.offDay)
        + " at "
        + other.location;
  }

  private static String describe(boolean offDay) {
    return offDay ? "a day off" : "a make-up working day";
  }

  private static Location in(Location location, @Nullable String source) {
    return source == null ? location : location.in(source);
  }
}
