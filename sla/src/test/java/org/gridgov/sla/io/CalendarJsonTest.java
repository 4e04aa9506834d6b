package org.gridgov.sla.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.ReadLimits;
import org.gridgov.sla.calendar.CalendarFormatException;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.calendar.DailyHours;
import org.gridgov.sla.calendar.OutOfRangePolicy;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarJsonTest {
  static final String UNIT =
      """
      {
        "zone": "Asia/Shanghai",
        "weekly": {
          "MONDAY": ["08:30-12:00", "13:30-17:30"],
          "TUESDAY": ["08:30-12:00", "13:30-17:30"],
          "WEDNESDAY": ["08:30-12:00", "13:30-17:30"],
          "THURSDAY": ["08:30-12:00", "13:30-17:30"],
          "FRIDAY": ["08:30-12:00", "13:30-17:30"],
          "SATURDAY": ["09:00-12:00"]
        },
        "makeUpDayHours": ["08:30-12:00", "13:30-17:30"],
        "layers": [
          {"bundled": "china-mainland"},
          {"name": "站前区网格中心", "overrides": [
            {"date": "2024-06-03", "kind": "DAY_OFF", "name": "停电检修"},
            {"date": "2024-03-08", "kind": "CUSTOM_HOURS", "name": "妇女节", "hours": ["08:30-12:00"]}
          ]}
        ],
        "outOfRange": "PROVISIONAL"
      }
      """;

  private static CalendarFormatException refused(String json) {
    try {
      var unused = CalendarJson.reader().read(json);
    } catch (CalendarFormatException e) {
      return e;
    }
    throw new AssertionError("accepted: " + json);
  }

  @Test
  void aUnitCalendarComposesTheBundledTableWithItsOwnClosures() {
    WorkingCalendar unit = CalendarJson.reader().read(UNIT);
    assertThat(unit.layers()).hasSize(2).first().isEqualTo(ChinaHolidays.table());
    assertThat(unit.day(LocalDate.of(2024, 6, 3)).isWorkingDay()).isFalse();
    assertThat(unit.day(LocalDate.of(2024, 3, 8)).hours())
        .isEqualTo(DailyHours.parse("08:30-12:00"));
    // Saturday 2024-02-17 is still 春节: the national layer beats the Saturday hours.
    assertThat(unit.day(LocalDate.of(2024, 2, 17)).isWorkingDay()).isFalse();
    assertThat(unit.day(LocalDate.of(2024, 3, 9)).isWorkingDay()).isTrue();
    assertThat(unit.outOfRangePolicy()).isEqualTo(OutOfRangePolicy.PROVISIONAL);
    assertThat(CalendarJson.toJson(unit)).contains("\"bundled\" : \"china-mainland\"");
    assertThat(CalendarJson.reader().read(CalendarJson.toJson(unit))).isEqualTo(unit);
    var saturday =
        LocalDateTime.parse("2024-03-09T11:00").atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    assertThat(unit.plus(saturday, Duration.ofHours(2)).instant())
        .isEqualTo(
            LocalDateTime.parse("2024-03-11T09:30").atZone(ZoneId.of("Asia/Shanghai")).toInstant());
  }

  @Test
  void theFourReadsAndTheWritersAgree(@TempDir Path dir) throws IOException {
    WorkingCalendar unit = CalendarJson.reader().read(UNIT);
    Path file = dir.resolve("unit.json");
    CalendarJson.write(unit, file);
    assertThat(CalendarJson.reader().read(file)).isEqualTo(unit);
    StringWriter out = new StringWriter();
    CalendarJson.write(unit, out);
    assertThat(out.toString()).isEqualTo(CalendarJson.toJson(unit));
    assertThat(CalendarJson.reader().read(new StringReader(UNIT))).isEqualTo(unit);
    assertThat(
            CalendarJson.reader()
                .read(new ByteArrayInputStream(UNIT.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(unit);
    assertThat(Files.readString(file)).isEqualTo(CalendarJson.toJson(unit));
  }

  @Test
  void nightShiftsAreWrittenWithPlusOneAndReversedIntervalsAreRefused() {
    WorkingCalendar nights =
        CalendarJson.reader()
            .read("{\"zone\": \"Asia/Shanghai\", \"weekly\": {\"SUNDAY\": [\"22:00-06:00+1\"]}}");
    assertThat(nights.weekly().hours(java.time.DayOfWeek.SUNDAY).workingTime())
        .isEqualTo(Duration.ofHours(8));
    assertThat(CalendarJson.toJson(nights)).contains("\"22:00-06:00+1\"");
    // Issue 7: "14:00-12:00" was read as a 22-hour night shift.
    CalendarFormatException e =
        refused("{\"zone\": \"Asia/Shanghai\", \"weekly\": {\"MONDAY\": [\"14:00-12:00\"]}}");
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(ProblemKind.INVALID_VALUE);
              assertThat(p.location().toString()).isEqualTo("$.weekly.MONDAY[0]");
              assertThat(p.message()).contains("14:00-12:00+1");
            });
  }

  @Test
  void badInputFailsNamingEveryJsonPath() {
    String bad =
        """
        {
          "zone": "Asia/Shanghia",
          "weekly": {"MONDAY": ["08:30-12:00", "8.30-12"], "FUNDAY": [], "TUESDAY": ["13:00-14:00", "12:00-13:30"]},
          "layers": [
            {"bundled": "atlantis"},
            {"name": "unit", "overrides": [
              {"date": "2024-02-30", "kind": "DAY_OFF"},
              {"date": "2024-03-01", "kind": "HOLIDAY"},
              {"date": "2024-03-02", "kind": "CUSTOM_HOURS"},
              {"date": "2024-03-03", "kind": "DAY_OFF", "hours": [], "colour": "red"}
            ]}
          ],
          "validity": "2024-01-01..2023-01-01",
          "outOfRange": "MAYBE",
          "zones": 1
        }
        """;
    assertThat(refused(bad).problems())
        .extracting(p -> p.location().toString())
        .containsExactlyInAnyOrder(
            "$.zones",
            "$.zone",
            "$.weekly.MONDAY[1]",
            "$.weekly.FUNDAY",
            "$.weekly.TUESDAY",
            "$.layers[0].bundled",
            "$.layers[1].overrides[0].date",
            "$.layers[1].overrides[1].kind",
            "$.layers[1].overrides[2].hours",
            "$.layers[1].overrides[3].colour",
            "$.layers[1].overrides[3].hours",
            "$.validity",
            "$.outOfRange");
    assertThat(refused(bad).problems())
        .filteredOn(p -> p.location().toString().equals("$.layers[0].bundled"))
        .extracting(Problem::kind)
        .containsExactly(ProblemKind.UNKNOWN_REFERENCE);
    assertThat(refused("{\"zone\": ").problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(ProblemKind.MALFORMED_INPUT);
              assertThat(((Location.JsonPath) p.location()).line()).isEqualTo(1);
              assertThat(((Location.JsonPath) p.location()).column()).isPositive();
            });
    assertThat(refused("{\"zone\":\"UTC\",\"zone\":\"UTC\"}").getMessage())
        .contains("Duplicate field");
    assertThat(refused("{}").problems())
        .extracting(Problem::kind, p -> p.location().toString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemKind.MISSING_FIELD, "$.zone"));
  }

  @Test
  void layersWhoseValidityRangesDoNotMeetAreAConflict() {
    CalendarFormatException e =
        refused(
            """
            {"zone": "UTC", "layers": [
              {"name": "a", "validity": "2020-01-01..2020-12-31"},
              {"name": "b", "validity": "2022-01-01..2022-12-31"}]}
            """);
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(ProblemKind.CONFLICT);
              assertThat(p.location().toString()).isEqualTo("$.layers");
            });
    assertThat(
            refused(
                    "{\"zone\": \"UTC\", \"layers\": [{\"name\": \"a\", \"overrides\": ["
                        + "{\"date\": \"2024-01-01\", \"kind\": \"DAY_OFF\"},"
                        + "{\"date\": \"2024-01-01\", \"kind\": \"DAY_OFF\"}]}]}")
                .problems())
        .extracting(Problem::kind, p -> p.location().toString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ProblemKind.CONFLICT, "$.layers[0].overrides[1].date"));
  }

  @Test
  void aFileIsNamedInEveryLocation(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("unit.json");
    Files.writeString(file, "{\"zone\": \"Mars/Olympus\"}", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CalendarJson.reader().read(file))
        .isInstanceOfSatisfying(
            CalendarFormatException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.location()).isInstanceOf(Location.InSource.class);
                          assertThat(p.location().toString()).isEqualTo(file + ": $.zone");
                        }));
  }

  @Test
  void limitsAreTheReadersOwn() {
    assertThat(CalendarJson.reader().limits()).isEqualTo(ReadLimits.SMALL_DOCUMENT);
    CalendarJsonReader small =
        CalendarJson.reader().withLimits(ReadLimits.SMALL_DOCUMENT.withMaxInputLength(10));
    assertThat(small.limits().maxInputLength()).isEqualTo(10);
    assertThatThrownBy(() -> small.read(UNIT))
        .isInstanceOfSatisfying(
            CalendarFormatException.class,
            e -> assertThat(e.problems().get(0).kind()).isEqualTo(ProblemKind.INPUT_TOO_LARGE));
    assertThat(small.toString()).contains("maxInputLength=10");
  }
}
