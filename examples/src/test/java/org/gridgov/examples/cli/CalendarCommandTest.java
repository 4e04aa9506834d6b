package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarCommandTest {
  private static Cli.Run run(String... args) {
    return Cli.run(args);
  }

  @Test
  void addsWorkingHoursAndDaysOnTheBundledCalendar() {
    // 国务院办公厅关于2024年部分节假日安排的通知,
    // https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm
    assertThat(run("calendar", "add", "2024-02-09T15:00+08:00", "PT24H", "--working").out())
        .isEqualTo("2024-02-20T16:30+08:00");
    assertThat(run("calendar", "add", "2024-02-09T15:00+08:00", "PT3H").out())
        .isEqualTo("2024-02-18T09:00+08:00");
    assertThat(run("calendar", "add", "2024-02-09T07:00:00Z", "P5D").out())
        .isEqualTo("2024-02-22T17:30+08:00");
    assertThat(run("calendar", "add", "2024-02-09T15:00", "P5D", "--rule", "SAME_TIME").out())
        .isEqualTo("2024-02-22T15:00+08:00");
    assertThat(run("calendar", "add", "2024-02-18T09:00+08:00", "--", "-PT3H").out())
        .isEqualTo("2024-02-09T15:00+08:00");
  }

  @Test
  void naturalTimeAndZones() {
    assertThat(run("calendar", "add", "2022-12-10T09:00+08:00", "PT3H", "--natural").out())
        .isEqualTo("2022-12-10T12:00+08:00");
    assertThat(
            run(
                    "calendar",
                    "add",
                    "2024-03-31T01:30+01:00",
                    "PT1H",
                    "--natural",
                    "--zone",
                    "Europe/Berlin")
                .out())
        .isEqualTo("2024-03-31T03:30+02:00");
  }

  @Test
  void betweenAndIsWorking() {
    assertThat(run("calendar", "between", "2024-02-09T15:00+08:00", "2024-02-19T10:00+08:00").out())
        .isEqualTo("PT11H30M");
    assertThat(run("calendar", "is-working", "2024-02-04T10:00+08:00").out()).isEqualTo("true");
    assertThat(run("calendar", "is-working", "2024-02-12T10:00+08:00").out()).isEqualTo("false");
    assertThat(run("calendar", "is-working", "2024-03-05T17:30+08:00").out()).isEqualTo("false");
    assertThat(run("calendar", "is-working", "2024-03-05T12:30+08:00").out()).isEqualTo("false");
  }

  @Test
  void provisionalAnswersAreFlaggedAndErrorsExplained() {
    Cli.Run beyond = run("calendar", "is-working", "2027-01-04T10:00+08:00");
    assertThat(beyond.out()).isEqualTo("true");
    assertThat(beyond.err()).contains("provisional").contains("2007-01-01..2026-12-31");
    Cli.Run bad = run("calendar", "add", "yesterday", "PT1H");
    assertThat(bad.exit()).isNotZero();
    assertThat(bad.err()).contains("yesterday");
    Cli.Run far = run("calendar", "add", "2024-02-09T15:00+08:00", "PT1000000H");
    assertThat(far.exit()).isEqualTo(2);
    assertThat(far.err()).contains("2300-01-01");
  }

  @Test
  void readsACalendarFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("unit.json");
    Files.writeString(
        file,
        "{\"zone\":\"Asia/Shanghai\",\"weekly\":{\"SATURDAY\":[\"09:00-12:00\"]},"
            + "\"outOfRange\":\"ASSUME_WEEKLY\"}",
        StandardCharsets.UTF_8);
    assertThat(
            run("calendar", "add", "2022-12-10T09:00+08:00", "PT4H", "--calendar", file.toString())
                .out())
        .isEqualTo("2022-12-17T10:00+08:00");
    Files.writeString(file, "{\"zone\":\"Mars/Olympus\"}", StandardCharsets.UTF_8);
    Cli.Run bad =
        run("calendar", "is-working", "2024-02-04T10:00+08:00", "--calendar", file.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("$.zone");
  }

  @Test
  void helpIsAvailableOnEverySubcommand() {
    Cli.Run help = run("calendar", "add", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("gridgov calendar add 2024-02-09T15:00+08:00 PT24H --working");
  }

  @Test
  void demoPrintsTheSpringFestivalCase() {
    StringWriter buffer = new StringWriter();
    CalendarDemo.print(new PrintWriter(buffer, true));
    String text = buffer.toString();
    assertThat(text)
        .contains("3 hours   2024-02-09T18:00+08:00   2024-02-18T09:00+08:00")
        .contains("24 hours  2024-02-10T15:00+08:00   2024-02-20T16:30+08:00")
        .contains("5 days    2024-02-15T00:00+08:00   2024-02-22T17:30+08:00");
  }
}
