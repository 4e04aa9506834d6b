package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.geo.io.GridBoundariesJson;
import org.gridgov.samples.SyntheticBoundaries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gridgov geo locate|check} and the geo part of the demo. */
class GeoCommandTest {
  @Test
  void locateAPointInZhanqian() {
    Cli.Run run =
        Cli.run(
            "geo",
            "locate",
            "122.2655",
            "40.6672",
            "--atlas",
            "yingkou",
            "--boundaries",
            "yingkou");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("122.2655,40.6672 WGS84: grid 210802001005002 富强社区第2网格");
    Cli.Run json =
        Cli.run(
            "geo",
            "locate",
            "121.9",
            "40.2",
            "--atlas",
            "yingkou",
            "--boundaries",
            "yingkou",
            "--json");
    assertThat(json.out())
        .startsWith(
            "{\"point\": [121.9, 40.2], \"crs\": \"WGS84\", \"inside\": null, \"nearest\": \"21080")
        .contains("\"metres\": ");
  }

  @Test
  void checkTheSyntheticBoundariesAndABrokenFile(@TempDir Path dir) throws IOException {
    Cli.Run clean = Cli.run("geo", "check", "--atlas", "yingkou", "--boundaries", "yingkou");
    assertThat(clean.exit()).isZero();
    assertThat(clean.out())
        .isEqualTo("yingkou: clean, GridBoundaries[WGS84, 7955 grids, 1020 divisions]");
    Path file = dir.resolve("b.geojson");
    Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[]}");
    Cli.Run bad = Cli.run("geo", "check", "--atlas", "yingkou", "--boundaries", file.toString());
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.out())
        .startsWith(file + ": 1 problem\n")
        .contains("MISSING_FIELD at")
        .contains("the coordinate system is not declared");
    // locate refuses the file (exit 2, the problems on standard error), where check answers it
    Cli.Run refused = locate("122.2655", "40.6672", file.toString());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err()).startsWith(file + ": 1 problem\n").contains("MISSING_FIELD at");
  }

  @Test
  void checkCountsTheProblemsBeyondThoseItPrints(@TempDir Path dir) throws IOException {
    // the check keeps 1,000 problems; the 7,955 grids without a boundary were reported as
    // "1000 problems", with nothing to say that more had been found
    Path file = dir.resolve("empty.geojson");
    Files.writeString(
        file, "{\"type\":\"FeatureCollection\",\"gridgov:crs\":\"WGS84\",\"features\":[]}");
    Cli.Run run = Cli.run("geo", "check", "--atlas", "yingkou", "--boundaries", file.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .startsWith(file + ": 7955 problems\n")
        .contains("MISSING_BOUNDARY at grids[0]")
        .endsWith("  ... and 6955 more");
  }

  @Test
  void theSampleBoundariesWrittenToAFileCheckCleanAndLocateAsTheBundledOnes(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("yingkou.geojson");
    Cli.Run sample = Cli.run("geo", "sample", file.toString());
    assertThat(sample.exit()).as(sample.err()).isZero();
    assertThat(GridBoundariesJson.reader().read(file)).isEqualTo(SyntheticBoundaries.yingkou());
    Cli.Run check = Cli.run("geo", "check", "--atlas", "yingkou", "--boundaries", file.toString());
    assertThat(check.exit()).as(check.out()).isZero();
    Cli.Run fromFile = locate("122.2655", "40.6672", file.toString());
    assertThat(fromFile.out())
        .isEqualTo(locate("122.2655", "40.6672", "yingkou").out())
        .contains("210802001005002");
  }

  private static Cli.Run locate(String lon, String lat, String boundaries) {
    return Cli.run("geo", "locate", lon, lat, "--atlas", "yingkou", "--boundaries", boundaries);
  }

  @Test
  void theDemoMapsCoordinatesInZhanqian() {
    assertThat(Cli.run("demo").out())
        .contains(
            "== Geo: from a coordinate to its grid (synthetic 营口 boundaries, WGS-84) ==",
            "  122.2655,40.6672 WGS84 → 210802001005002 富强社区第2网格",
            "  122.24,40.71 WGS84 → outside every grid; nearest 210802004005003 at 1112 m",
            "  a heating whistle at 122.2655,40.6672 WGS84 → 供暖联络员955 (210802001005)");
  }
}
