package org.gridgov.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Exhaustive over 2007–2026: every date listed in a holiday-cn file (MIT, copied with its LICENSE
 * into the test resources; facts of the State Council notices in each file's {@code papers}) is
 * classified as the file says, and every other date by Monday–Friday.
 */
class ChinaHolidaysProperties {

  /** The files read with a plain JSON tree, independently of the library's loader. */
  static Map<LocalDate, Boolean> listedDays() throws IOException {
    Map<LocalDate, Boolean> offDays = new HashMap<>();
    ObjectMapper mapper = new ObjectMapper();
    for (int year = 2007; year <= 2027; year++) {
      try (InputStream in =
          ChinaHolidaysProperties.class.getResourceAsStream("/holiday-cn/" + year + ".json")) {
        JsonNode root = mapper.readTree(in);
        for (JsonNode day : root.get("days")) {
          offDays.put(LocalDate.parse(day.get("date").asText()), day.get("isOffDay").asBoolean());
        }
      }
    }
    return offDays;
  }

  @Test
  void everyDateIsClassifiedAsTheFilesSayOrByMondayToFriday() throws IOException {
    Map<LocalDate, Boolean> listed = listedDays();
    WorkingCalendar office = ChinaHolidays.calendar();
    int checked = 0;
    for (LocalDate d = LocalDate.of(2006, 12, 30);
        !d.isAfter(LocalDate.of(2026, 12, 31));
        d = d.plusDays(1)) {
      Boolean off = listed.get(d);
      boolean expected =
          off != null
              ? !off
              : d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
      CalendarDay day = office.day(d);
      assertThat(day.isWorkingDay()).as("%s", d).isEqualTo(expected);
      assertThat(day.override().isPresent()).as("%s", d).isEqualTo(off != null);
      if (expected) {
        assertThat(day.hours()).isEqualTo(DailyHours.chinaOffice());
      }
      checked++;
    }
    assertThat(checked).isEqualTo(7307);
    assertThat(office.validity()).contains(DateRange.ofYears(2007, 2026));
  }

  @Test
  void workingDayCountsAgreeWithTheDayLoopOverTwentyYears() throws IOException {
    Map<LocalDate, Boolean> listed = listedDays();
    WorkingCalendar office = ChinaHolidays.calendar();
    LocalDate from = LocalDate.of(2007, 1, 1);
    int count = 0;
    for (LocalDate d = from.plusDays(1);
        !d.isAfter(LocalDate.of(2026, 12, 31));
        d = d.plusDays(1)) {
      Boolean off = listed.get(d);
      boolean working =
          off != null
              ? !off
              : d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
      count += working ? 1 : 0;
      assertThat(office.workingDaysBetween(from, d).days()).as("%s", d).isEqualTo(count);
    }
  }
}
