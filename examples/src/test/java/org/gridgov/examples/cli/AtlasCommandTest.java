package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtlasCommandTest {
  @TempDir Path dir;

  @Test
  void writesValidatesAndSummarisesTheSample() {
    Path file = dir.resolve("yingkou.json");
    assertThat(Cli.run("atlas", "sample", file.toString()).exit()).isZero();
    Cli.Run valid = Cli.run("atlas", "validate", file.toString());
    assertThat(valid.exit()).isZero();
    assertThat(valid.out()).contains("valid atlas as of 2022-12-10").contains("grids=7955");
    Cli.Run stats = Cli.run("atlas", "stats", file.toString(), "--unit", "2108");
    assertThat(stats.exit()).isZero();
    assertThat(stats.out())
        .containsPattern("站前区\\s+6\\s+66\\s+0\\s+514")
        .containsPattern("营口市\\s+70\\s+306\\s+644\\s+7955");
  }

  @Test
  void statsAsJsonNameEveryUnitWithItsTotals() throws IOException {
    Path file = dir.resolve("yingkou.json");
    Cli.run("atlas", "sample", file.toString());
    Cli.Run json = Cli.run("atlas", "stats", file.toString(), "--unit", "210802", "--json");
    assertThat(json.exit()).isZero();
    // the library's roll-up report (RollUpJson), not a form of the tool's own
    com.fasterxml.jackson.databind.JsonNode doc =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
    assertThat(doc.get("format").asText()).isEqualTo("gridgov-rollup/1");
    assertThat(doc.get("asOf").asText()).isEqualTo("2022-12-10");
    com.fasterxml.jackson.databind.JsonNode units = doc.get("units");
    assertThat(units.get(0).get("code").asText()).isEqualTo("210802001");
    assertThat(units.get(0).get("name").asText()).isEqualTo("八田地街道");
    assertThat(units.get(0).get("level").asText()).isEqualTo("town");
    com.fasterxml.jackson.databind.JsonNode district = units.get(units.size() - 1);
    assertThat(district.get("code").asText()).isEqualTo("210802");
    assertThat(district.get("name").asText()).isEqualTo("站前区");
    assertThat(district.get("towns").asInt()).isEqualTo(6);
    assertThat(district.get("communities").asInt()).isEqualTo(66);
    assertThat(district.at("/posts/SECONDED_CADRE").isInt()).isTrue();
  }

  @Test
  void listsEveryProblemOfAnInvalidFileWithItsPath() throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(
        file,
        """
        {"format": "gridgov-atlas/1", "asOf": "2022-12-10",
         "divisions": [{"code": "21", "name": "辽宁省"}, {"code": "210802001", "name": "孤儿街道"}],
         "grids": [{"code": "210802001007001", "unit": "210802001007", "kind": "BASE",
                    "name": "网格", "households": -1, "residents": 3}]}
        """,
        StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("atlas", "validate", file.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains("UNKNOWN_PARENT at $.divisions[1].code")
        .contains("NEGATIVE_COUNT at $.grids[0].households")
        .contains("UNKNOWN_UNIT at $.grids[0].unit");
  }

  @Test
  void aMissingFileOrUnitIsReportedOnOneLine() {
    Cli.Run missing = Cli.run("atlas", "validate", dir.resolve("none.json").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("gridgov: no such file: " + dir.resolve("none.json"));
    Path file = dir.resolve("yingkou.json");
    Cli.run("atlas", "sample", file.toString());
    Cli.Run unknown = Cli.run("atlas", "stats", file.toString(), "--unit", "210803001");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("division 210803001 is not in");
  }
}
