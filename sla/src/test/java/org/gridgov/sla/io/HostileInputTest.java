package org.gridgov.sla.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.FormatReader;
import org.gridgov.sla.calendar.CalendarFormatException;
import org.gridgov.sla.calendar.DateRange;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hostile and malformed inputs of issue 6 §4, each reproduced as it was measured. */
class HostileInputTest {
  private static final String HOLIDAYS =
      HolidayCnTest.file(2024, HolidayCnTest.day("2024-02-04", false));
  private static final String CALENDAR = "{\"zone\": \"Asia/Shanghai\"}";

  private static CalendarFormatException refused(FormatReader<?> reader, String text) {
    try {
      var unused = reader.read(text);
    } catch (CalendarFormatException e) {
      return e;
    }
    throw new AssertionError("accepted: " + text.substring(0, Math.min(200, text.length())));
  }

  @Test
  void fourMebibytesOfBadDaysMakeASmallMessage() {
    // Issue 6: 4 MiB of "days":[1,1,…] made a CalendarFormatException message of 183 MB.
    String prefix = "{\"year\":2024,\"papers\":[],\"days\":[";
    StringBuilder sb = new StringBuilder(4 << 20).append(prefix);
    while (sb.length() < (4 << 20) - 10) {
      sb.append("1,");
    }
    sb.append("1]}");
    CalendarFormatException whole = refused(HolidayCn.reader(), sb.toString());
    assertThat(String.valueOf(whole.getMessage())).hasSizeLessThan(4_000);
    // Within the element limit every element is a problem: the list is capped, the rest counted.
    StringBuilder many = new StringBuilder(prefix);
    for (int i = 0; i < 300_000; i++) {
      many.append(i == 0 ? "1" : ",1");
    }
    CalendarFormatException e = refused(HolidayCn.reader(), many.append("]}").toString());
    assertThat(e.problems()).hasSize(1000);
    assertThat(e.omittedProblems()).isEqualTo(299_000);
    assertThat(String.valueOf(e.getMessage())).hasSizeLessThan(30_000);
    assertThat(e.getMessage()).contains("300000 problems").contains("and 299980 more");
  }

  @Test
  void theBundledTableNamedOverAHundredThousandTimesIsAppliedOnce() {
    // 4 MiB of {"bundled": "china-mainland"} layers, 144 627 of them, each 678 overrides: building
    // the calendar made 98 million map insertions (5.8 s) and every hashCode() walked them all
    // again (6.6 s), a hundredfold amplification of the input. A repeated table adds nothing
    // beyond its last place, where it beats every earlier copy of itself.
    String layer = "{\"bundled\":\"china-mainland\"},";
    StringBuilder sb =
        new StringBuilder(4 << 20).append("{\"zone\":\"Asia/Shanghai\",\"layers\":[");
    int layers = 0;
    while (sb.length() + layer.length() + 2 < 4 << 20) {
      sb.append(layer);
      layers++;
    }
    sb.setLength(sb.length() - 1);
    String json = sb.append("]}").toString();
    WorkingCalendar calendar =
        assertTimeoutPreemptively(
            Duration.ofSeconds(6), // 12 s before, 1.3 s after, on a loaded two-core machine
            () -> {
              WorkingCalendar read = CalendarJson.reader().read(json);
              var unused = read.hashCode();
              return read;
            });
    assertThat(calendar.layers()).hasSize(layers);
    assertThat(calendar.day(LocalDate.of(2024, 2, 4)).isWorkingDay()).isTrue(); // 调休上班
    assertThat(calendar.day(LocalDate.of(2024, 2, 12)).isWorkingDay()).isFalse(); // 春节
  }

  @Test
  void trailingContentAfterTheJsonValueIsRefused() {
    // Issue 6: both readers accepted {...}{...} and valid + " garbage".
    for (FormatReader<?> reader : java.util.List.of(HolidayCn.reader(), CalendarJson.reader())) {
      String valid = reader == CalendarJson.reader() ? CALENDAR : HOLIDAYS;
      assertThat(refused(reader, valid + valid).problems())
          .extracting(Problem::kind)
          .containsExactly(ProblemKind.MALFORMED_INPUT);
      assertThat(refused(reader, valid + " garbage").problems())
          .extracting(Problem::kind)
          .containsExactly(ProblemKind.MALFORMED_INPUT);
    }
  }

  @Test
  void aByteOrderMarkIsAcceptedEverywhere(@TempDir Path dir) throws IOException {
    // Issue 6: the atlas and CSV readers accepted a UTF-8 BOM, the calendar readers refused it.
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    for (FormatReader<?> reader : java.util.List.of(HolidayCn.reader(), CalendarJson.reader())) {
      String valid = reader == CalendarJson.reader() ? CALENDAR : HOLIDAYS;
      Object expected = reader.read(valid);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      bytes.write(bom);
      bytes.write(valid.getBytes(StandardCharsets.UTF_8));
      Path file = dir.resolve("bom.json");
      Files.write(file, bytes.toByteArray());
      assertThat(reader.read(file)).isEqualTo(expected);
      assertThat(reader.read(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(expected);
      assertThat(reader.read("\uFEFF" + valid)).isEqualTo(expected);
      assertThat(reader.read(new StringReader("\uFEFF" + valid))).isEqualTo(expected);
    }
    assertThat(HolidayCn.reader().readAll(java.util.Map.of("2024.json", "\uFEFF" + HOLIDAYS)))
        .isEqualTo(HolidayCn.reader().read(HOLIDAYS));
  }

  @Test
  void bytesThatAreNotUtf8AreAProblemAtTheirLineAndColumn(@TempDir Path dir) throws IOException {
    // Issue 6: HolidayCn.load of a non-UTF-8 file threw a bare MalformedInputException.
    Path file = dir.resolve("2024.json");
    byte[] head =
        "{\"year\":2024,\n\"papers\":[],\n\"days\":[{\"name\":\"".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 3];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xC4; // GBK 春 starts with C4 BA; C4 then '"' is not UTF-8
    all[head.length + 1] = '"';
    all[head.length + 2] = '}';
    Files.write(file, all);
    for (ThrowingRead read :
        java.util.List.<ThrowingRead>of(
            () -> HolidayCn.reader().read(file),
            () -> HolidayCn.reader().readAll(java.util.List.of(file)),
            () -> CalendarJson.reader().read(file))) {
      assertThatThrownBy(read::run)
          .isInstanceOfSatisfying(
              CalendarFormatException.class,
              e ->
                  assertThat(e.problems())
                      .singleElement()
                      .satisfies(
                          p -> {
                            assertThat(p.kind()).isEqualTo(ProblemKind.MALFORMED_INPUT);
                            Location.InSource at = (Location.InSource) p.location();
                            assertThat(at.source()).isEqualTo(file.toString());
                            Location.JsonPath path = (Location.JsonPath) at.within();
                            assertThat(path.line()).isEqualTo(3);
                            assertThat(path.column()).isEqualTo(18);
                          }));
    }
  }

  @FunctionalInterface
  interface ThrowingRead {
    Object run() throws Exception;
  }

  @Test
  void aLoneSurrogateIsNotAName() {
    // Issue 6: a lone surrogate was accepted in names; no file could hold it.
    String holidays =
        "{\"year\":2024,\"papers\":[],\"days\":[{\"name\":\"\\ud800\",\"date\":\"2024-02-04\","
            + "\"isOffDay\":false}]}";
    assertThat(refused(HolidayCn.reader(), holidays).problems())
        .extracting(Problem::kind, p -> p.location().toString())
        .containsExactly(tuple(ProblemKind.INVALID_VALUE, "$.days[0].name"));
    String calendar =
        "{\"zone\":\"UTC\",\"layers\":[{\"name\":\"\\udc00x\",\"overrides\":[{\"date\":"
            + "\"2024-01-01\",\"kind\":\"DAY_OFF\",\"name\":\"a\\ud800\"}]}]}";
    assertThat(refused(CalendarJson.reader(), calendar).problems())
        .extracting(p -> p.location().toString())
        .containsExactly("$.layers[0].name", "$.layers[0].overrides[0].name");
  }

  /** 43,200 one-second intervals on Monday, as the 864 KB file of issue 6 had them. */
  static String secondIntervals() {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < 43_200; i++) {
      int s = 2 * i;
      sb.append(i == 0 ? "" : ",")
          .append(
              String.format(
                  java.util.Locale.ROOT, "\"%02d:%02d:%02d-", s / 3600, s / 60 % 60, s % 60))
          .append(
              String.format(
                  java.util.Locale.ROOT,
                  "%02d:%02d:%02d\"",
                  (s + 1) / 3600,
                  (s + 1) / 60 % 60,
                  (s + 1) % 60));
    }
    return sb.append(']').toString();
  }

  @Test
  void theSecondIntervalsCalendarBuildsSmallAndItsCenturiesOfOverridesAreRefused() {
    // Issue 6: an 864 KB calendar file (43,200 one-second intervals on Monday, validity
    // 1900..2299) threw OutOfMemoryError while building.
    String monday = secondIntervals();
    String file =
        "{\"zone\":\"Asia/Shanghai\",\"weekly\":{\"MONDAY\":"
            + monday
            + "},\"validity\":\"1900-01-01..2299-12-31\",\"outOfRange\":\"REFUSE\"}";
    assertThat(file.length()).isBetween(800_000, 1_000_000);
    WorkingCalendar calendar = CalendarJson.reader().read(file);
    assertThat(calendar.validity()).contains(DateRange.ofYears(1900, 2299));
    assertThat(calendar.weekly().hours(DayOfWeek.MONDAY).workingTime())
        .isEqualTo(Duration.ofHours(12));
    Instant monday0900 = Instant.parse("2024-03-04T01:00:00Z"); // 09:00 in Shanghai
    assertThat(calendar.between(monday0900, monday0900.plusSeconds(10)).duration())
        .isEqualTo(Duration.ofSeconds(5));
    // The same hours with overrides four centuries apart would precompute about 900 million
    // intervals: refused as over the budget.
    String centuries =
        "{\"zone\":\"Asia/Shanghai\",\"weekly\":{\"MONDAY\":"
            + monday
            + "},\"layers\":[{\"name\":\"ends\",\"overrides\":["
            + "{\"date\":\"1900-01-01\",\"kind\":\"DAY_OFF\"},"
            + "{\"date\":\"2299-12-31\",\"kind\":\"DAY_OFF\"}]}]}";
    assertThat(refused(CalendarJson.reader(), centuries).problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(ProblemKind.BUDGET_EXCEEDED);
              assertThat(p.location().toString()).isEqualTo("$.layers");
              assertThat(p.message()).contains("MAX_PRECOMPUTED_INTERVALS").contains("1000000");
            });
  }
}
