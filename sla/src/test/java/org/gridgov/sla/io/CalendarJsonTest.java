package org.gridgov.sla.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.gridgov.sla.calendar.CalendarFormatException;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.calendar.DailyHours;
import org.gridgov.sla.calendar.OutOfRangePolicy;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

class CalendarJsonTest {
  private static final String UNIT =
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

  @Test
  void aUnitCalendarComposesTheBundledTableWithItsOwnClosures() {
    WorkingCalendar unit = CalendarJson.parse(UNIT, "unit.json");
    assertThat(unit.layers()).hasSize(2).first().isEqualTo(ChinaHolidays.table());
    assertThat(unit.day(LocalDate.of(2024, 6, 3)).isWorkingDay()).isFalse();
    assertThat(unit.day(LocalDate.of(2024, 3, 8)).hours())
        .isEqualTo(DailyHours.parse("08:30-12:00"));
    // Saturday 2024-02-17 is still 春节: the national layer beats the Saturday hours.
    assertThat(unit.day(LocalDate.of(2024, 2, 17)).isWorkingDay()).isFalse();
    assertThat(unit.day(LocalDate.of(2024, 3, 9)).isWorkingDay()).isTrue();
    assertThat(unit.outOfRangePolicy()).isEqualTo(OutOfRangePolicy.PROVISIONAL);
    assertThat(CalendarJson.write(unit)).contains("\"bundled\" : \"china-mainland\"");
    assertThat(CalendarJson.parse(CalendarJson.write(unit), "again")).isEqualTo(unit);
    var saturday =
        LocalDateTime.parse("2024-03-09T11:00").atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    assertThat(unit.plus(saturday, Duration.ofHours(2)).instant())
        .isEqualTo(
            LocalDateTime.parse("2024-03-11T09:30").atZone(ZoneId.of("Asia/Shanghai")).toInstant());
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
    assertThatThrownBy(() -> CalendarJson.parse(bad, "bad.json"))
        .isInstanceOfSatisfying(
            CalendarFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(CalendarFormatException.Problem::location)
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
                        "$.outOfRange"));
    assertThatThrownBy(() -> CalendarJson.parse("{\"zone\": ", "cut.json"))
        .hasMessageContaining("cut.json line 1, column");
    assertThatThrownBy(() -> CalendarJson.parse("{\"zone\":\"UTC\",\"zone\":\"UTC\"}", "dup.json"))
        .hasMessageContaining("Duplicate field");
  }

  @Test
  void nullsAreRejected() {
    new NullPointerTester().testAllPublicStaticMethods(CalendarJson.class);
  }
}
