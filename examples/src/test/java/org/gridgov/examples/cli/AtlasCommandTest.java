package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.Atlas;
import org.gridgov.core.AtlasChange;
import org.gridgov.core.AtlasDiff;
import org.gridgov.core.Grid;
import org.gridgov.core.io.AtlasJson;
import org.gridgov.core.io.GridgovCoreModule;
import org.gridgov.samples.YingkouSample;
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
  void diffsTwoAtlasesAsTextAndAsJson() throws IOException {
    Path old = dir.resolve("old.json");
    Path changed = dir.resolve("new.json");
    Atlas sample = YingkouSample.atlas();
    Grid first = sample.grids().get(0);
    Atlas next =
        sample.apply(
            AtlasChange.updateGrid(first.withCounts(first.households() + 1, first.residents())));
    AtlasJson.write(sample, old);
    AtlasJson.write(next, changed);
    AtlasDiff expected = sample.diff(next);
    assertThat(expected.entries()).isNotEmpty();

    Cli.Run same = Cli.run("atlas", "diff", old.toString(), old.toString());
    assertThat(same.exit()).isZero();
    assertThat(same.out()).contains("no differences");

    Cli.Run text = Cli.run("atlas", "diff", old.toString(), changed.toString());
    assertThat(text.exit()).isEqualTo(1);
    assertThat(text.out())
        .contains(
            expected.entries().size()
                + (expected.entries().size() == 1 ? " difference" : " differences"))
        .doesNotContain("difference(s)")
        .contains("GRID: 1 CHANGED")
        .contains(expected.entries().get(0).toString());

    Cli.Run json = Cli.run("atlas", "diff", old.toString(), changed.toString(), "--json");
    assertThat(json.exit()).isEqualTo(1);
    AtlasDiff back =
        new ObjectMapper()
            .registerModule(new GridgovCoreModule())
            .readValue(json.out(), AtlasDiff.class);
    assertThat(back).isEqualTo(expected);
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
    assertThat(unknown.err()).contains("--unit 210803001: not in the atlas " + file);
    Cli.Run invalid = Cli.run("atlas", "stats", file.toString(), "--unit", "21080");
    assertThat(invalid.exit()).isEqualTo(2);
    assertThat(invalid.err()).contains("--unit 21080: invalid code");
  }
}
