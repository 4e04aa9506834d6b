package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.gridgov.samples.SyntheticCases;
import org.gridgov.samples.YingkouSample;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.io.CaseEventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseCommandTest {
  @TempDir Path dir;

  private Path drain() throws IOException {
    Path file = dir.resolve("drain.json");
    Files.writeString(
        file,
        CaseEventJson.toJson(CaseDemo.saturdayDrain(), ChinaHolidays.ZONE),
        StandardCharsets.UTF_8);
    return file;
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
            "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("policy").asText()).isEqualTo("数字站前-工作时");
    assertThat(json.get("milestones").get(1).get("due").asText())
        .isEqualTo("2022-12-15T10:00+08:00");
    assertThat(json.get("holder").get("tier").asText()).isEqualTo("COMMUNITY");
  }

  @Test
  void metricsOfASyntheticMonthRollUpToTheCity() throws IOException {
    Path file = dir.resolve("may.jsonl");
    StringBuilder lines = new StringBuilder();
    for (List<CaseEvent> c :
        SyntheticCases.month(YingkouSample.atlas(), YearMonth.of(2024, 5), 300, 1)) {
      for (CaseEvent e : c) {
        lines.append(CaseEventJson.toJsonLine(e, ChinaHolidays.ZONE)).append('\n');
      }
    }
    Files.writeString(file, lines, StandardCharsets.UTF_8);
    Cli.Run r =
        Cli.run(
            "case",
            "metrics",
            "--policy",
            "数字城管",
            "--events",
            file.toString(),
            "--at",
            "2024-06-01T00:00");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("300 cases").containsPattern("营口市 +300 ").contains("站前区");
    Cli.Run json =
        Cli.run(
            "case",
            "metrics",
            "--policy",
            "数字城管",
            "--events",
            file.toString(),
            "--at",
            "2024-06-01T00:00",
            "--unit",
            "210802",
            "--json");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode units = new ObjectMapper().readTree(json.out()).get("units");
    assertThat(units.get(0).get("name").asText()).isEqualTo("站前区");
    assertThat(units.get(0).get("rates").get("onTime").get("percent").asText()).endsWith("%");
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
}
