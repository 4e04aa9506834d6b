package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.Atlas;
import org.gridgov.core.Grid;
import org.gridgov.core.WhistleRoute;
import org.gridgov.samples.YingkouSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RouteCommandTest {
  private static final Atlas SAMPLE = YingkouSample.atlas();

  @Test
  void routesAWhistleOfAnAtlasFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("yingkou.json");
    assertThat(Cli.run("atlas", "sample", file.toString()).exit()).isZero();
    Grid grid = SAMPLE.grids().get(0);
    WhistleRoute expected = SAMPLE.routeWhistle(grid.code(), "heating");
    Cli.Run run = Cli.run("route", grid.code().toString(), "heating", "--atlas", file.toString());
    assertThat(run.exit()).isEqualTo(expected.kind() == WhistleRoute.Kind.ANSWERED ? 0 : 1);
    assertThat(run.out())
        .startsWith(grid.name() + " [" + grid.code() + "] blows for heating (供暖) -> ");
    if (expected instanceof WhistleRoute.Answered a) {
      assertThat(run.out())
          .contains(a.answeredBy().name())
          .contains("[" + a.answeredBy().unit() + "]");
    }
  }

  @Test
  void printsTheRouteAsJsonWithItsKind() {
    Grid grid = SAMPLE.grids().get(0);
    WhistleRoute expected = SAMPLE.routeWhistle(grid.code(), "heating");
    Cli.Run run = Cli.run("route", grid.code().toString(), "heating", "--json");
    assertThat(run.out())
        .startsWith("{")
        .contains("\"kind\":\"" + expected.kind().name())
        .contains("\"grid\":\"" + grid.code() + "\"")
        .contains("\"sector\":\"heating\"");
  }

  @Test
  void anUnansweredWhistleExitsWithOne() {
    var gap = SAMPLE.liaisonGaps(YingkouSample.CITY).get(0);
    Grid grid = SAMPLE.gridsBelow(gap.unit().code()).get(0);
    Cli.Run run = Cli.run("route", grid.code().toString(), gap.sector().code());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("-> nobody");
  }

  @Test
  void unknownGridsSectorsAndFilesAreNamed(@TempDir Path dir) throws IOException {
    String grid = SAMPLE.grids().get(0).code().toString();
    Cli.Run sector = Cli.run("route", grid, "astrology");
    assertThat(sector.exit()).isEqualTo(2);
    assertThat(sector.err()).contains("astrology");
    Cli.Run unknownGrid = Cli.run("route", "999999999999001", "heating");
    assertThat(unknownGrid.exit()).isEqualTo(2);
    assertThat(unknownGrid.err()).contains("999999999999001");
    Path missing = dir.resolve("missing.json");
    Cli.Run noFile = Cli.run("route", grid, "heating", "--atlas", missing.toString());
    assertThat(noFile.exit()).isEqualTo(2);
    assertThat(noFile.err()).contains("no such file: " + missing);
    Path binary = dir.resolve("binary.json");
    Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    Cli.Run bad = Cli.run("route", grid, "heating", "--atlas", binary.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains(binary.toString());
  }
}
