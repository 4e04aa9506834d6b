package org.gridgov.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gridgov.core.Atlas;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.WhistleRoute;
import org.gridgov.core.io.AtlasJson;
import org.gridgov.core.io.GridgovCoreModule;
import org.gridgov.samples.YingkouSample;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gridgov route GRID SECTOR [--atlas FILE] [--json]}: where a grid's whistle goes. */
@Command(
    name = "route",
    description = {
      "Where a grid's whistle for a sector goes (网格吹哨，部门报到): the liaison of the nearest"
          + " unit at or above the grid that has one, or nobody (exit code 1).",
      "Example: gridgov route 210802001007001 heating --atlas yingkou.json"
    },
    mixinStandardHelpOptions = true)
final class RouteCommand implements Callable<Integer> {
  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GRID", description = "a grid code of the atlas")
  String grid = "";

  @Parameters(
      index = "1",
      paramLabel = "SECTOR",
      description = "a sector code of the atlas's catalogue, such as heating")
  String sector = "";

  @Option(
      names = "--atlas",
      paramLabel = "FILE",
      description = "an atlas in JSON (default: the bundled 营口 sample)")
  @Nullable Path atlas;

  @Option(names = "--json", description = "print the route as JSON (the Jackson module's form)")
  boolean json;

  @Override
  public Integer call() throws IOException {
    Atlas a = atlas == null ? YingkouSample.atlas() : AtlasJson.read(atlas);
    GridCode code = GridCode.parse(grid);
    WhistleRoute route = a.routeWhistle(code, sector);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper mapper = new ObjectMapper().registerModule(new GridgovCoreModule());
      out.println(mapper.writeValueAsString(route));
    } else {
      Grid g = a.grid(code).orElseThrow();
      String answer =
          route instanceof WhistleRoute.Answered answered
              ? answered.answeredBy().name()
                  + " at "
                  + a.division(answered.answeredBy().unit()).orElseThrow().name()
                  + " ["
                  + answered.answeredBy().unit()
                  + "], "
                  + answered.levelsUp()
                  + (answered.levelsUp() == 1 ? " level up" : " levels up")
              : "nobody: no unit at or above the grid has a liaison for it";
      out.println(g.name() + " [" + code + "] blows for " + route.sector() + " -> " + answer);
    }
    out.flush();
    return route.kind() == WhistleRoute.Kind.ANSWERED ? 0 : 1;
  }
}
