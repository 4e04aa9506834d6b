package org.gridgov.sla.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.sla.calendar.CalendarFormatException;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.calendar.DateOverride;
import org.gridgov.sla.calendar.DateRange;
import org.gridgov.sla.calendar.HolidayTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidayCnTest {

  static Path directory() {
    try {
      Path file = Path.of(HolidayCnTest.class.getResource("/holiday-cn/2024.json").toURI());
      return Objects.requireNonNull(file.getParent());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String file(int year, String days) {
    return "{\"year\":"
        + year
        + ",\"papers\":[\"https://example.org/"
        + year
        + "\"],\"days\":["
        + days
        + "]}";
  }

  static String day(String date, boolean off) {
    return "{\"name\":\"x\",\"date\":\"" + date + "\",\"isOffDay\":" + off + "}";
  }

  private static CalendarFormatException refused(Map<String, String> files) {
    try {
      var unused = HolidayCn.reader().readAll(files);
    } catch (CalendarFormatException e) {
      return e;
    }
    throw new AssertionError("accepted: " + files);
  }

  @Test
  void theHolidayCnFilesMergeIntoTheBundledTable() throws Exception {
    // Files: holiday-cn 2007..2027 (MIT, LICENSE beside them); 2027.json has "days": [].
    HolidayTable loaded = HolidayCn.reader().readDirectory(directory());
    HolidayTable bundled = ChinaHolidays.table();
    assertThat(loaded.validity()).contains(DateRange.ofYears(2007, 2026));
    assertThat(loaded.overrides()).isEqualTo(bundled.overrides());
    assertThat(loaded.sources()).isEqualTo(bundled.sources());
    assertThat(bundled.validity()).isEqualTo(loaded.validity());
    // 国务院办公厅关于2024年部分节假日安排的通知,
    // https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm
    assertThat(loaded.sources())
        .contains(URI.create("https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm"));
    HolidayTable one = HolidayCn.reader().read(directory().resolve("2024.json"));
    assertThat(one.validity()).contains(DateRange.ofYears(2024, 2024));
    assertThat(one.find(LocalDate.of(2024, 2, 4)).map(DateOverride::kind))
        .contains(DateOverride.Kind.MAKE_UP_WORKDAY);
  }

  @Test
  void anEmptyDaysListMeansNotPublishedAndEndsTheValidityRange() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("2026.json", file(2026, day("2026-01-01", true)));
    files.put("2027.json", "{\"year\":2027,\"papers\":[],\"days\":[]}");
    HolidayTable table = HolidayCn.reader().readAll(files);
    assertThat(table.validity()).contains(DateRange.ofYears(2026, 2026));
  }

  @Test
  void datesOfTheNeighbouringYearAreAcceptedAndFarOnesAreNot() {
    // 2019.json lists 2018-12-29..31 (元旦 2019).
    HolidayTable table =
        HolidayCn.reader()
            .read(file(2019, day("2018-12-29", false) + "," + day("2018-12-30", true)));
    assertThat(table.find(LocalDate.of(2018, 12, 29)).map(DateOverride::kind))
        .contains(DateOverride.Kind.MAKE_UP_WORKDAY);
    assertThat(refused(Map.of("2019.json", file(2019, day("2017-12-29", false)))).problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location()).isInstanceOf(Location.InSource.class);
              assertThat(p.location().toString()).isEqualTo("2019.json: $.days[0].date");
              assertThat(p.kind()).isEqualTo(ProblemKind.INVALID_VALUE);
              assertThat(p.message()).contains("2017-12-29");
            });
  }

  @Test
  void conflictingEntriesAreReportedInEachFileNotResolved() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("2018.json", file(2018, day("2018-12-29", true)));
    files.put("2019.json", file(2019, day("2018-12-29", false) + "," + day("2019-01-01", true)));
    assertThat(refused(files).problems())
        .extracting(Problem::kind, p -> p.location().toString(), Problem::message)
        .containsExactly(
            tuple(
                ProblemKind.CONFLICT,
                "2019.json: $.days[0]",
                "2018-12-29 is a make-up working day here but a day off at 2018.json: $.days[0]"),
            tuple(
                ProblemKind.CONFLICT,
                "2018.json: $.days[0]",
                "2018-12-29 is a day off here but a make-up working day at 2019.json: $.days[0]"));
    // Agreeing duplicates merge silently.
    files.put("2018.json", file(2018, day("2018-12-29", false)));
    assertThat(HolidayCn.reader().readAll(files).overrides()).hasSize(2);
  }

  @Test
  void everyProblemOfEveryFileIsReportedWithItsJsonPath() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "a.json",
        "{\"year\":2024,\"papers\":[],\"days\":[{\"name\":1,\"date\":\"2024-13-01\","
            + "\"isOffDay\":\"yes\",\"extra\":0}]}");
    files.put("b.json", "{\"year\": 2025, \"days\": [");
    files.put("c.json", "[1,2]");
    assertThat(refused(files).problems())
        .extracting(p -> p.location().toString())
        .containsExactly(
            "a.json: $.days[0].extra",
            "a.json: $.days[0].name",
            "a.json: $.days[0].isOffDay",
            "a.json: $.days[0].date",
            "b.json: $.days[0] (line 1, column 25)",
            "c.json: $");
  }

  @Test
  void gapsBetweenPublishedYearsAreReported() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("2023.json", file(2023, day("2023-01-02", true)));
    files.put("2024.json", "{\"year\":2024,\"papers\":[],\"days\":[]}");
    files.put("2025.json", file(2025, day("2025-01-01", true)));
    assertThat(refused(files).problems())
        .extracting(Problem::kind, p -> p.location().toString())
        .containsExactly(tuple(ProblemKind.GAP, "2024.json: $.days"));
    assertThat(refused(files).getMessage())
        .contains("2024 is not published (\"days\": []) between 2023 and 2025");
    files.remove("2024.json");
    assertThat(refused(files).problems())
        .extracting(Problem::kind, p -> p.location().toString(), Problem::message)
        .containsExactly(
            tuple(
                ProblemKind.GAP,
                "2025.json: $.year",
                "published years must be consecutive, but there is no file for 2024 between 2023"
                    + " and 2025"));
    assertThatThrownBy(() -> HolidayCn.reader().read("{\"year\":2027,\"papers\":[],\"days\":[]}"))
        .hasMessageContaining("no published year");
  }

  @Test
  void oversizedOrDeeplyNestedInputIsRefused() {
    String deep = "[".repeat(100) + "]".repeat(100);
    assertThat(refused(Map.of("deep.json", deep)).problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(ProblemKind.INPUT_TOO_LARGE);
              assertThat(p.location().toString()).startsWith("deep.json: $");
              assertThat(p.message()).contains("nesting deeper than the limit of 32");
            });
    String big = "{\"year\":2024,\"papers\":[\"" + "x".repeat(5 << 20) + "\"],\"days\":[]}";
    assertThat(refused(Map.of("big.json", big)).problems())
        .extracting(Problem::kind)
        .containsExactly(ProblemKind.INPUT_TOO_LARGE);
  }

  @Test
  void filesAreReadAndNamed(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("2026.json");
    Path b = dir.resolve("2027.json");
    Files.writeString(a, file(2026, day("2026-01-01", true)));
    Files.writeString(b, "{\"year\":2027,\"papers\":[],\"days\":[{}]}");
    assertThatThrownBy(() -> HolidayCn.reader().readAll(List.of(a, b)))
        .isInstanceOfSatisfying(
            CalendarFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.location().toString())
                    .containsExactly(
                        b + ": $.days[0].name",
                        b + ": $.days[0].date",
                        b + ": $.days[0].isOffDay"));
    Files.writeString(b, "{\"year\":2027,\"papers\":[],\"days\":[]}");
    assertThat(HolidayCn.reader().readAll(List.of(a, b)).validity())
        .contains(DateRange.ofYears(2026, 2026));
    assertThatThrownBy(() -> HolidayCn.reader().readAll(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HolidayCn.reader().readDirectory(dir.resolve("none")))
        .isInstanceOf(IOException.class);
  }
}
