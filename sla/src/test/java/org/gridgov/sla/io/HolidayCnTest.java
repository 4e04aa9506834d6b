package org.gridgov.sla.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gridgov.sla.calendar.CalendarFormatException;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.calendar.DateOverride;
import org.gridgov.sla.calendar.DateRange;
import org.gridgov.sla.calendar.HolidayTable;
import org.junit.jupiter.api.Test;

class HolidayCnTest {

  static Path directory() {
    try {
      Path file = Path.of(HolidayCnTest.class.getResource("/holiday-cn/2024.json").toURI());
      return Objects.requireNonNull(file.getParent());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String file(int year, String days) {
    return "{\"year\":"
        + year
        + ",\"papers\":[\"https://example.org/"
        + year
        + "\"],\"days\":["
        + days
        + "]}";
  }

  private static String day(String date, boolean off) {
    return "{\"name\":\"x\",\"date\":\"" + date + "\",\"isOffDay\":" + off + "}";
  }

  @Test
  void theHolidayCnFilesMergeIntoTheBundledTable() throws Exception {
    // Files: holiday-cn 2007..2027 (MIT, LICENSE beside them); 2027.json has "days": [].
    HolidayTable loaded = HolidayCn.loadDirectory(directory());
    HolidayTable bundled = ChinaHolidays.table();
    assertThat(loaded.validity()).contains(DateRange.ofYears(2007, 2026));
    assertThat(loaded.overrides()).isEqualTo(bundled.overrides());
    assertThat(loaded.sources()).isEqualTo(bundled.sources());
    assertThat(bundled.validity()).isEqualTo(loaded.validity());
    // 国务院办公厅关于2024年部分节假日安排的通知,
    // https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm
    assertThat(loaded.sources())
        .contains(URI.create("https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm"));
  }

  @Test
  void anEmptyDaysListMeansNotPublishedAndEndsTheValidityRange() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("2026.json", file(2026, day("2026-01-01", true)));
    files.put("2027.json", "{\"year\":2027,\"papers\":[],\"days\":[]}");
    HolidayTable table = HolidayCn.parse(files);
    assertThat(table.validity()).contains(DateRange.ofYears(2026, 2026));
  }

  @Test
  void datesOfTheNeighbouringYearAreAcceptedAndFarOnesAreNot() {
    // 2019.json lists 2018-12-29..31 (元旦 2019).
    HolidayTable table =
        HolidayCn.parse(
            Map.of(
                "2019.json", file(2019, day("2018-12-29", false) + "," + day("2018-12-30", true))));
    assertThat(table.find(LocalDate.of(2018, 12, 29)).map(DateOverride::kind))
        .contains(DateOverride.Kind.MAKE_UP_WORKDAY);
    assertThatThrownBy(
            () -> HolidayCn.parse(Map.of("2019.json", file(2019, day("2017-12-29", false)))))
        .isInstanceOfSatisfying(
            CalendarFormatException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.source()).isEqualTo("2019.json");
                          assertThat(p.location()).isEqualTo("$.days[0].date");
                          assertThat(p.message()).contains("2017-12-29");
                        }));
  }

  @Test
  void conflictingEntriesAreReportedNotResolved() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("2018.json", file(2018, day("2018-12-29", true)));
    files.put("2019.json", file(2019, day("2018-12-29", false) + "," + day("2019-01-01", true)));
    assertThatThrownBy(() -> HolidayCn.parse(files))
        .isInstanceOfSatisfying(
            CalendarFormatException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              assertThat(e.problems().get(0).toString())
                  .contains("2019.json $.days[0]")
                  .contains(
                      "2018-12-29 is a make-up working day here but a day off in 2018.json at $.days[0]");
            });
    // Agreeing duplicates merge silently.
    files.put("2018.json", file(2018, day("2018-12-29", false)));
    assertThat(HolidayCn.parse(files).overrides()).hasSize(2);
  }

  @Test
  void everyProblemOfEveryFileIsReportedWithItsJsonPath() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "a.json",
        "{\"year\":2024,\"papers\":[],\"days\":[{\"name\":1,\"date\":\"2024-13-01\",\"isOffDay\":\"yes\",\"extra\":0}]}");
    files.put("b.json", "{\"year\": 2025, \"days\": [");
    files.put("c.json", "[1,2]");
    assertThatThrownBy(() -> HolidayCn.parse(files))
        .isInstanceOfSatisfying(
            CalendarFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.source() + " " + p.location())
                    .containsExactly(
                        "a.json $.days[0].name",
                        "a.json $.days[0].isOffDay",
                        "a.json $.days[0].date",
                        "a.json $.days[0].extra",
                        "b.json line 1, column 25",
                        "c.json $"));
  }

  @Test
  void gapsBetweenPublishedYearsAreReported() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("2023.json", file(2023, day("2023-01-02", true)));
    files.put("2024.json", "{\"year\":2024,\"papers\":[],\"days\":[]}");
    files.put("2025.json", file(2025, day("2025-01-01", true)));
    assertThatThrownBy(() -> HolidayCn.parse(files))
        .hasMessageContaining("2024.json has \"days\": [] (not published) between 2023 and 2025");
    assertThatThrownBy(
            () -> HolidayCn.parse(Map.of("2027.json", "{\"year\":2027,\"papers\":[],\"days\":[]}")))
        .hasMessageContaining("no published year");
  }

  @Test
  void oversizedOrDeeplyNestedInputIsRefused() {
    String deep = "[".repeat(100) + "]".repeat(100);
    assertThatThrownBy(() -> HolidayCn.parse(Map.of("deep.json", deep)))
        .isInstanceOf(CalendarFormatException.class)
        .hasMessageContaining("deep.json")
        .hasMessageContaining("nesting depth");
    String big = "{\"year\":2024,\"papers\":[\"" + "x".repeat(5 << 20) + "\"],\"days\":[]}";
    assertThatThrownBy(() -> HolidayCn.parse(Map.of("big.json", big)))
        .hasMessageContaining("at most");
  }

  @Test
  void nullsAreRejected() {
    new NullPointerTester()
        .setDefault(List.class, List.of())
        .testAllPublicStaticMethods(HolidayCn.class);
  }
}
