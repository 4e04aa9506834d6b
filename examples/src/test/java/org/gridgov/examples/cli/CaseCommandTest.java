package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.Atlas;
import org.gridgov.samples.SyntheticCases;
import org.gridgov.samples.YingkouSample;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.clock.CaseLog;
import org.gridgov.sla.clock.PolicyPresets;
import org.gridgov.sla.clock.PolicyTable;
import org.gridgov.sla.io.CaseEventJson;
import org.gridgov.sla.io.ClockJson;
import org.gridgov.sla.metrics.CaseMetrics;
import org.gridgov.sla.metrics.UnitMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseCommandTest {
  @TempDir Path dir;

  /** The drain's log as {@code gridgov case sample} writes it. */
  private Path drain() {
    Cli.Run r = Cli.run("case", "sample", dir.toString(), "--cases", "0");
    assertThat(r.exit()).as(r.err()).isZero();
    return dir.resolve("drain.json");
  }

  @Test
  void theSampleWritesTheDemosDrainAndMonth() throws IOException {
    Cli.Run r = Cli.run("case", "sample", dir.toString(), "--cases", "300", "--seed", "1");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("300 cases").contains("2024-05");
    assertThat(CaseEventJson.reader().read(dir.resolve("drain.json")))
        .isEqualTo(CaseDemo.saturdayDrain());
    List<CaseEvent> read = new ArrayList<>();
    CaseEventJson.reader().forEachLine(dir.resolve("may.jsonl"), read::add);
    List<CaseEvent> month = new ArrayList<>();
    SyntheticCases.month(YingkouSample.atlas(), CaseDemo.MONTH, 300, 1).forEach(month::addAll);
    assertThat(read).isEqualTo(month);
    assertThat(Cli.run("case", "sample", dir.toString(), "--cases", "-1").exit()).isEqualTo(2);
  }

  @Test
  void theStatusOfTheSaturdayDrainAtElevenOClock() throws IOException {
    Cli.Run r =
        Cli.run(
            "case",
            "status",
            "--policy",
            "数字站前",
            "--events",
            drain().toString(),
            "--at",
            "2022-12-10T11:00",
            "--explain");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("ZQ-20221210-001  数字站前  OPEN  OPEN  at 2022-12-10T11:00+08:00")
        .contains("解决 resolve")
        .contains("2022-12-11T09:00+08:00")
        .contains("held by: COMMUNITY")
        .contains("next: YELLOW of resolve at 2022-12-10T21:00+08:00")
        .contains("why verify is due 2022-12-10T12:00+08:00:");
  }

  @Test
  void jsonStatusUnderTheWorkingTimePolicy() throws IOException {
    Cli.Run r =
        Cli.run(
            "case",
            "status",
            "--policy",
            "zhanqian-working",
            "--events",
            drain().toString(),
            "--at",
            "2022-12-10T11:00+08:00",
            "--case",
            "ZQ-20221210-001",
            "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.isObject()).isTrue();
    assertThat(json.get("policy").asText()).isEqualTo("数字站前-工作时");
    assertThat(json.get("milestones").get(1).get("due").asText())
        .isEqualTo("2022-12-15T10:00+08:00");
    assertThat(json.get("holder").get("tier").asText()).isEqualTo("COMMUNITY");
  }

  @Test
  void jsonStatusIsAnArrayOfCasesWhateverTheirNumberUnlessOneCaseIsAskedFor() throws IOException {
    // a file of one case printed an object and a file of two an array: a script had to know which
    Path drain = drain();
    Path none = dir.resolve("none.json");
    Files.writeString(
        none, "{\"format\": \"gridgov-events/1\", \"events\": []}", StandardCharsets.UTF_8);
    for (Path events : List.of(drain, none)) {
      Cli.Run r =
          Cli.run(
              "case",
              "status",
              "--policy",
              "数字站前",
              "--events",
              events.toString(),
              "--at",
              "2022-12-10T11:00",
              "--json");
      assertThat(r.exit()).as(r.err()).isZero();
      JsonNode json = new ObjectMapper().readTree(r.out());
      assertThat(json.isArray()).as(r.out()).isTrue();
      assertThat(json.size()).isEqualTo(events.equals(drain) ? 1 : 0);
    }
  }

  @Test
  void metricsOfASyntheticMonthRollUpToTheCity() throws IOException {
    assertThat(Cli.run("case", "sample", dir.toString(), "--cases", "300", "--seed", "1").exit())
        .isZero();
    Path file = dir.resolve("may.jsonl");
    Cli.Run r = mayMetrics(file);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("300 cases").containsPattern("营口市 +300 ").contains("站前区");
    Cli.Run json = mayMetrics(file, "--unit", "210802", "--json");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode units = new ObjectMapper().readTree(json.out()).get("units");
    assertThat(units.get(0).get("name").asText()).isEqualTo("站前区");
    assertThat(units.get(0).get("rates").get("onTime").get("percent").asText()).endsWith("%");
    // the city's figures are the library's over the same cases
    Cli.Run city = mayMetrics(file, "--json");
    assertThat(city.exit()).as(city.err()).isZero();
    Atlas yingkou = YingkouSample.atlas();
    PolicyTable table = PolicyPresets.chengguan();
    Instant end = Instant.parse("2024-05-31T16:00:00Z");
    CaseMetrics metrics = CaseMetrics.empty();
    for (List<CaseEvent> c : SyntheticCases.month(yingkou, CaseDemo.MONTH, 300, 1)) {
      boolean unused = metrics.add(yingkou, CaseLog.of(c.get(0).caseId(), table, c).status(end));
    }
    UnitMetrics expected =
        metrics.report(yingkou, table.milestoneIds()).unit(YingkouSample.CITY).orElseThrow();
    JsonNode library =
        new ObjectMapper().readTree(ClockJson.toJson(List.of(expected), ChinaHolidays.ZONE));
    assertThat(new ObjectMapper().readTree(city.out()).get("units").get(0))
        .isEqualTo(library.get("units").get(0));
  }

  /** {@code gridgov case metrics} of the month's log under 数字城管 at its end, with more options. */
  private static Cli.Run mayMetrics(Path events, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "case",
                "metrics",
                "--policy",
                "数字城管",
                "--events",
                events.toString(),
                "--at",
                "2024-06-01T00:00"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void badInputIsOneLineWithEveryProblem() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        "{\"format\": \"gridgov-events/1\", \"events\": [{\"id\": \"e\", \"case\": \"C\"}]}",
        StandardCharsets.UTF_8);
    Cli.Run r =
        Cli.run(
            "case",
            "status",
            "--policy",
            "12345",
            "--events",
            bad.toString(),
            "--at",
            "2024-01-01T00:00");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("invalid case event log: 2 problems")
        .contains("MISSING_FIELD at " + bad + ": $.events[0].type");
    Cli.Run p =
        Cli.run(
            "case",
            "status",
            "--policy",
            "nope",
            "--events",
            bad.toString(),
            "--at",
            "2024-01-01T00:00");
    assertThat(p.exit()).isEqualTo(2);
    assertThat(p.err()).contains("--policy nope is neither a bundled table");
  }

  @Test
  void metricsWithNoCaseOpenedByThenAreAnEmptyTable() throws IOException {
    Path drain = drain();
    Path none = dir.resolve("none.json");
    Files.writeString(
        none, "{\"format\": \"gridgov-events/1\", \"events\": []}", StandardCharsets.UTF_8);
    for (Path events : List.of(drain, none)) {
      Cli.Run r =
          Cli.run(
              "case",
              "metrics",
              "--policy",
              "数字站前",
              "--events",
              events.toString(),
              "--at",
              "2022-12-01T11:00");
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out()).contains("0 cases at 2022-12-01T11:00+08:00");
      assertThat(r.err()).isEmpty();
    }
  }

  @Test
  void casesInTheLogThatAreNotCountedAreNamed() throws IOException {
    // X has events but no report, W is reported after the instant: the table counted Y and Z and
    // said nothing of the other two cases in the log
    Path events = dir.resolve("lost.jsonl");
    Files.writeString(
        events,
        """
        {"id":"1","case":"X","type":"VERIFIED","at":"2024-05-08T12:42+08:00"}
        {"id":"0","case":"Y","type":"REPORTED","at":"2024-05-08T12:36+08:00",\
        "category":"暴露垃圾","grid":"210882401201005"}
        {"id":"0","case":"Z","type":"REPORTED","at":"2024-05-08T12:36+08:00",\
        "category":"暴露垃圾","grid":"999999999999001"}
        {"id":"0","case":"W","type":"REPORTED","at":"2024-06-08T12:36+08:00",\
        "category":"暴露垃圾","grid":"210882401201005"}
        """,
        StandardCharsets.UTF_8);
    Cli.Run r = metrics(events);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("2 cases at 2024-06-01T00:00+08:00")
        .contains(
            "2 of the 4 cases in the log are not counted: not opened (reported or registered) by"
                + " 2024-06-01T00:00+08:00: X, W")
        .containsPattern("unplaced +1 ");
    // the JSON on standard output stays a document; the note goes to standard error
    Cli.Run json =
        Cli.run(
            "case",
            "metrics",
            "--policy",
            "数字城管",
            "--events",
            events.toString(),
            "--at",
            "2024-06-01T00:00",
            "--json");
    assertThat(json.exit()).as(json.err()).isZero();
    assertThat(new ObjectMapper().readTree(json.out()).get("units")).hasSize(3);
    assertThat(json.err()).contains("2 of the 4 cases in the log are not counted");
  }

  @Test
  void aBadUnitIsRefusedNamingTheOption() throws IOException {
    Path drain = drain();
    for (String unit : List.of("21080", "110101")) {
      Cli.Run r =
          Cli.run(
              "case",
              "metrics",
              "--policy",
              "数字站前",
              "--events",
              drain.toString(),
              "--at",
              "2022-12-11T11:00",
              "--unit",
              unit);
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).startsWith("gridgov: --unit " + unit + ": ");
    }
  }

  @Test
  void anUnknownCaseIdNamesOnlyAFewOfTheCasesThere() throws IOException {
    Cli.Run s = Cli.run("case", "sample", dir.toString(), "--cases", "500", "--seed", "1");
    assertThat(s.exit()).as(s.err()).isZero();
    Cli.Run r =
        Cli.run(
            "case",
            "status",
            "--policy",
            "数字城管",
            "--events",
            dir.resolve("may.jsonl").toString(),
            "--case",
            "nope",
            "--at",
            "2024-06-01T00:00");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("case nope is not in").contains("500 cases");
    assertThat(r.err().length()).isLessThan(1_000);
  }

  @Test
  void jsonLinesAreKnownByTheirExtensionInAnyCase() throws IOException {
    // a file named MONTH.NDJSON was read as one gridgov-events/1 document and refused at line 2
    // ("content after the end of the JSON value"), where `gridgov tally` takes BALLOTS.JSONL
    Cli.Run s = Cli.run("case", "sample", dir.toString(), "--cases", "20", "--seed", "1");
    assertThat(s.exit()).as(s.err()).isZero();
    Path upper = Files.copy(dir.resolve("may.jsonl"), dir.resolve("MONTH.NDJSON"));
    Cli.Run lower = metrics(dir.resolve("may.jsonl"));
    Cli.Run r = metrics(upper);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(lower.out()).contains("20 cases");
  }

  private static Cli.Run metrics(Path events) {
    return Cli.run(
        "case",
        "metrics",
        "--policy",
        "数字城管",
        "--events",
        events.toString(),
        "--at",
        "2024-06-01T00:00");
  }
}
