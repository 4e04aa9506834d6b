package org.gridgov.sla.calendar;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.Location;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.ReadLimits;
import org.gridgov.core.io.internal.ProblemList;
import org.jspecify.annotations.Nullable;

/**
 * 全国法定节假日 — China mainland's statutory holidays and make-up working days (调休上班) from 2007 to 2026,
 * as the State Council General Office published them in its yearly notices on holiday arrangements
 * (国务院办公厅关于部分节假日安排的通知), including amendments such as the 2020 extension of the Spring Festival
 * holiday (COVID-19) and the 2025 rule change (Spring Festival 4 days, Labour Day 2).
 *
 * <p>The table ships with the library (read once, at first use); its {@link HolidayTable#sources()}
 * are the notice URLs and its {@link HolidayTable#validity() validity} is 2007-01-01 to 2026-12-31.
 * For later years load the holiday-cn file with {@code org.gridgov.sla.io.HolidayCn}, add it as a
 * further layer and set the calendar's validity to cover both (without it the layers' ranges are
 * intersected, and 2007–2026 and 2027 do not meet: building throws {@link
 * IllegalArgumentException}); or set a policy for dates beyond the range.
 *
 * <pre>{@code
 * WorkingCalendar office = ChinaHolidays.calendar();
 * office.day(LocalDate.of(2024, 2, 4)).isWorkingDay();  // true: Sunday, make-up working day
 * office.day(LocalDate.of(2024, 2, 12)).isWorkingDay(); // false: 春节
 * }</pre>
 */
public final class ChinaHolidays {
  /** The zone of China mainland, 北京时间 (UTC+8, no daylight saving time since 1991). */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The name of the bundled table, as calendar JSON files refer to it. */
  public static final String TABLE_NAME = "china-mainland";

  private static final String RESOURCE = "china-holidays.txt";
  private static final Splitter COMMA = Splitter.on(',').limit(3);
  private static final Splitter SPACE = Splitter.on(' ').omitEmptyStrings().limit(3);

  private ChinaHolidays() {}

  private static final class TableHolder {
    static final HolidayTable TABLE = load();
  }

  private static final class CalendarHolder {
    static final WorkingCalendar CALENDAR =
        calendar(WeeklySchedule.chinaOffice(), OutOfRangePolicy.PROVISIONAL);
  }

  /**
   * The bundled table.
   *
   * @return statutory holidays and make-up working days, 2007–2026, with the notices as sources
   */
  public static HolidayTable table() {
    return TableHolder.TABLE;
  }

  /**
   * The calendar of a government office in China mainland: Asia/Shanghai, Monday to Friday
   * 08:30–12:00 and 13:30–17:30, the bundled table, and results beyond 2026 marked {@code
   * provisional()} ({@link OutOfRangePolicy#PROVISIONAL}).
   *
   * @return the calendar, built once
   */
  public static WorkingCalendar calendar() {
    return CalendarHolder.CALENDAR;
  }

  /**
   * A calendar in Asia/Shanghai with the bundled table and the given weekly rule and policy.
   *
   * @param weekly the unit's office hours
   * @param policy what to do beyond 2026
   * @return the calendar
   */
  public static WorkingCalendar calendar(WeeklySchedule weekly, OutOfRangePolicy policy) {
    checkNotNull(weekly, "weekly");
    checkNotNull(policy, "policy");
    return WorkingCalendar.builder(ZONE).weekly(weekly).layer(table()).outOfRange(policy).build();
  }

  private static HolidayTable load() {
    InputStream in = ChinaHolidays.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          "missing resource " + RESOURCE + " beside " + ChinaHolidays.class);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return parse(RESOURCE, lines);
  }

  /**
   * Parses the bundled format, reporting every malformed line at its line number in the source.
   *
   * @throws CalendarFormatException listing each problem with its line number
   */
  static HolidayTable parse(String source, List<String> lines) {
    ProblemList problems = new ProblemList(ReadLimits.DEFAULT_MAX_PROBLEMS).inSource(source);
    List<DateOverride> overrides = new ArrayList<>();
    Set<URI> sources = new LinkedHashSet<>();
    @Nullable DateRange validity = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        if (line.startsWith("valid ")) {
          validity = DateRange.parse(line.substring("valid ".length()));
        } else if (line.startsWith("source ")) {
          List<String> parts = SPACE.splitToList(line);
          if (parts.size() != 3) {
            throw new IllegalArgumentException(
                "expected \"source YEAR URL\", got \"" + line + "\"");
          }
          sources.add(new URI(parts.get(2)));
        } else {
          List<String> parts = COMMA.splitToList(line);
          if (parts.size() != 3) {
            throw new IllegalArgumentException(
                "expected \"DATE,OFF|WORK,NAME\", got \"" + line + "\"");
          }
          LocalDate date = LocalDate.parse(parts.get(0));
          String name = parts.get(2);
          switch (parts.get(1)) {
            case "OFF" -> overrides.add(DateOverride.dayOff(date, name));
            case "WORK" -> overrides.add(DateOverride.makeUpWorkday(date, name));
            default ->
                throw new IllegalArgumentException(
                    "expected OFF or WORK, got \"" + parts.get(1) + "\"");
          }
        }
      } catch (IllegalArgumentException | DateTimeParseException | URISyntaxException e) {
        problems.add(
            ProblemKind.INVALID_VALUE, Location.line(i + 1), String.valueOf(e.getMessage()));
      }
    }
    if (validity == null) {
      problems.add(
          ProblemKind.MISSING_FIELD,
          Location.line(Math.max(1, lines.size())),
          "no \"valid FIRST..LAST\" line");
    }
    problems.throwIfAny(CalendarFormatException::new);
    try {
      return HolidayTable.of(
          TABLE_NAME, overrides, Optional.ofNullable(validity), List.copyOf(sources));
    } catch (IllegalArgumentException e) {
      problems.add(ProblemKind.CONFLICT, Location.line(1), String.valueOf(e.getMessage()));
      throw problems.failure(CalendarFormatException::new);
    }
  }
}
