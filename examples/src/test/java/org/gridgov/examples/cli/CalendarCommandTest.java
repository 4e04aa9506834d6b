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
  void theSampleCalendarFileValidatesAndAnswersAsTheBundledOne(@TempDir Path dir)
      throws IOException {
    Path unit = dir.resolve("unit.json");
    assertThat(run("calendar", "sample", unit.toString()).exit()).isZero();
    assertThat(run("calendar", "sample").out())
        .isEqualTo(Files.readString(unit, StandardCharsets.UTF_8).strip());
    Cli.Run valid = run("calendar", "validate", unit.toString());
    assertThat(valid.exit()).as(valid.out()).isZero();
    assertThat(valid.out()).contains("valid calendar in Asia/Shanghai");
    for (String at : new String[] {"2024-02-04T10:00+08:00", "2024-02-12T10:00+08:00"}) {
      assertThat(run("calendar", "is-working", at, "--calendar", unit.toString()).out())
          .isEqualTo(run("calendar", "is-working", at).out());
    }
    assertThat(
            run("calendar", "add", "2024-02-09T15:00+08:00", "PT3H", "--calendar", unit.toString())
                .out())
        .isEqualTo("2024-02-18T09:00+08:00");
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
  void zoneSetsTheZoneOfLocalTimesOnEveryCalendar() {
    // `--zone` is documented as the zone "of the natural calendar and of local times", but on the
    // bundled calendar a local time was read in Asia/Shanghai whatever --zone said: Friday 15:00
    // in Berlin (22:00 in Shanghai, after hours before 春节) came out as 16:00 the same day.
    assertThat(run("calendar", "add", "2024-02-09T15:00", "PT1H", "--zone", "Europe/Berlin").out())
        .isEqualTo(run("calendar", "add", "2024-02-09T15:00+01:00", "PT1H").out())
        .isEqualTo("2024-02-18T09:30+08:00");
    // Monday 03:00 in Berlin is 10:00 in Shanghai
    assertThat(run("calendar", "is-working", "2024-02-05T03:00", "--zone", "Europe/Berlin").out())
        .isEqualTo("true");
    assertThat(
            run(
                    "calendar",
                    "between",
                    "2024-02-05T02:00",
                    "2024-02-05T03:00",
                    "--working",
                    "--zone",
                    "UTC")
                .out())
        .isEqualTo("PT1H");
    // an offset in the text still wins over --zone, and without --zone nothing changes
    assertThat(
            run("calendar", "add", "2024-02-09T15:00+08:00", "PT1H", "--zone", "Europe/Berlin")
                .out())
        .isEqualTo("2024-02-09T16:00+08:00");
    assertThat(run("calendar", "add", "2024-02-09T15:00", "PT1H").out())
        .isEqualTo("2024-02-09T16:00+08:00");
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
  void mixedDayAndTimeAmountsAreRefused() {
    // Issue 7: P1D meant one working day but P1DT2H 26 working hours.
    Cli.Run mixed = run("calendar", "add", "2024-02-09T15:00+08:00", "P1DT2H");
    assertThat(mixed.exit()).isEqualTo(2);
    assertThat(mixed.out()).isEmpty();
    assertThat(mixed.err())
        .contains("P1DT2H mixes days and time")
        .contains("P1D is one working day")
        .contains("PT26H");
    assertThat(run("calendar", "add", "2024-02-09T15:00+08:00", "P1W").err())
        .contains("expected working days as P<n>D");
    assertThat(run("calendar", "add", "2024-02-09T15:00+08:00", "P1D").out())
        .isEqualTo("2024-02-18T17:30+08:00");
    assertThat(run("calendar", "add", "2024-02-22T10:00+08:00", "--", "-P1D").out())
        .isEqualTo("2024-02-21T17:30+08:00");
    assertThat(run("calendar", "add", "2024-02-09T15:00+08:00", "PT26H").out())
        .isEqualTo("2024-02-21T09:30+08:00");
  }

  @Test
  void aWorkingDayRuleWithWorkingTimeIsRefusedNotIgnored() {
    // --rule was silently ignored for a time amount, where it means nothing
    Cli.Run run = run("calendar", "add", "2024-02-09T15:00+08:00", "PT24H", "--rule", "SAME_TIME");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--rule goes with working days (P5D), not with working time");
    assertThat(
            run("calendar", "add", "2024-02-09T15:00+08:00", "P1D", "--rule", "SAME_TIME").exit())
        .isZero();
  }

  @Test
  void instantsWithAZoneAreAccepted() {
    // Issue 7: 2022-12-10T09:30+08:00[Asia/Shanghai] was refused.
    assertThat(run("calendar", "add", "2022-12-10T09:30+08:00[Asia/Shanghai]", "PT4H").out())
        .isEqualTo("2022-12-12T14:00+08:00");
    assertThat(run("calendar", "add", "2022-12-10T09:30[Asia/Shanghai]", "PT3H", "--natural").out())
        .isEqualTo("2022-12-10T12:30+08:00");
    Cli.Run wrong = run("calendar", "add", "2022-12-10T09:30+09:00[Asia/Shanghai]", "PT4H");
    assertThat(wrong.exit()).isEqualTo(2);
    assertThat(wrong.err()).contains("is not the offset of Asia/Shanghai");
  }

  @Test
  void validateListsEveryProblemWithItsLocation(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("good.json");
    Files.writeString(
        good,
        "{\"zone\":\"Asia/Shanghai\",\"layers\":[{\"bundled\":\"china-mainland\"}],"
            + "\"weekly\":{\"SUNDAY\":[\"22:00-06:00+1\"]}}",
        StandardCharsets.UTF_8);
    Cli.Run ok = run("calendar", "validate", good.toString());
    assertThat(ok.exit()).isZero();
    assertThat(ok.out())
        .isEqualTo(
            good
                + ": valid calendar in Asia/Shanghai, 1 layer, data for 2007-01-01..2026-12-31,"
                + " outside it REFUSE");
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        "{\"zone\":\"Mars/Olympus\",\n\"weekly\":{\"MONDAY\":[\"14:00-12:00\"]},\"colour\":1}",
        StandardCharsets.UTF_8);
    Cli.Run invalid = run("calendar", "validate", bad.toString());
    // problems found are a negative answer, exit 1, as `atlas validate` and `rubric lint` answer
    assertThat(invalid.exit()).isEqualTo(1);
    assertThat(invalid.out().lines())
        .containsExactly(
            bad + ": 3 problems",
            "  INVALID_VALUE at "
                + bad
                + ": $.colour: unknown field \"colour\", expected one of"
                + " layers, makeUpDayHours, outOfRange, validity, weekly, zone",
            "  INVALID_VALUE at "
                + bad
                + ": $.zone: invalid value \"Mars/Olympus\", expected a zone id such as"
                + " \"Asia/Shanghai\": Unknown time-zone ID: Mars/Olympus",
            "  INVALID_VALUE at "
                + bad
                + ": $.weekly.MONDAY[0]: invalid value \"14:00-12:00\", expected an interval such"
                + " as \"08:30-12:00\" or, across midnight, \"22:00-06:00+1\": interval 14:00-12:00"
                + " does not end after it starts: the end must be after the start on the same day"
                + " (24:00 for midnight); a night shift across midnight is written with +1 after its"
                + " end, such as 14:00-12:00+1");
    Files.writeString(bad, "{\"zone\": ", StandardCharsets.UTF_8);
    assertThat(run("calendar", "validate", bad.toString()).out())
        .contains("MALFORMED_INPUT at " + bad + ": $.zone (line 1, column 10): malformed JSON");
    Cli.Run missing = run("calendar", "validate", dir.resolve("none.json").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err())
        .isEqualTo("gridgov calendar: no such file: " + dir.resolve("none.json"));
  }

  @Test
  void aBinaryCalendarFileIsAnErrorNamingTheFile(@TempDir Path dir) throws IOException {
    // Issue 7: a binary --calendar file gave "cannot read or write: Input length = 1".
    Path binary = dir.resolve("calendar.bin");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xFF});
    Cli.Run run =
        run("calendar", "is-working", "2024-02-04T10:00+08:00", "--calendar", binary.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains(binary.toString())
        .contains("MALFORMED_INPUT")
        .contains("not UTF-8")
        .doesNotContain("Input length");
    Cli.Run directory =
        run("calendar", "is-working", "2024-02-04T10:00+08:00", "--calendar", dir.toString());
    assertThat(directory.exit()).isEqualTo(2);
    assertThat(directory.err()).contains(dir.toString());
  }

  @Test
  void helpIsAvailableOnEverySubcommand() {
    Cli.Run help = run("calendar", "add", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("gridgov calendar add 2024-02-09T15:00+08:00 PT24H --working");
    assertThat(run("calendar", "validate", "--help").out())
        .contains("gridgov calendar validate unit.json");
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
