package org.gridgov.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gridgov.core.Atlas;
import org.gridgov.core.Problem;
import org.gridgov.core.io.AtlasJson;
import org.gridgov.geo.GeoAtlas;
import org.gridgov.geo.GeoPoint;
import org.gridgov.geo.GridBoundaries;
import org.gridgov.geo.InvalidBoundariesException;
import org.gridgov.geo.Lookup;
import org.gridgov.geo.TopologyCheck;
import org.gridgov.geo.io.GridBoundariesJson;
import org.gridgov.samples.SyntheticBoundaries;
import org.gridgov.samples.YingkouSample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gridgov geo locate|check|sample}: grid boundaries, point lookup, topology checks, and the
 * synthetic 营口 boundaries as a file.
 */
@Command(
    name = "geo",
    mixinStandardHelpOptions = true,
    description = "Grid boundaries (GeoJSON): locate a point's grid, check the topology.",
    subcommands = {GeoCommand.Locate.class, GeoCommand.Check.class, GeoCommand.Sample.class})
final class GeoCommand implements Runnable {
  @Spec CommandSpec spec = CommandSpec.create();

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The atlas and boundaries options: a file, or {@code yingkou} for the bundled samples. */
  static class Inputs {
    @Option(
        names = "--atlas",
        required = true,
        paramLabel = "A",
        description = "an atlas JSON file, or yingkou for the bundled sample")
    String atlas = "";

    @Option(
        names = "--boundaries",
        required = true,
        paramLabel = "B",
        description = "a GeoJSON file, or yingkou for the synthetic 营口 boundaries")
    String boundaries = "";

    GeoAtlas load() throws IOException {
      Atlas a = atlas.equals("yingkou") ? YingkouSample.atlas() : AtlasJson.read(Path.of(atlas));
      GridBoundaries b =
          boundaries.equals("yingkou")
              ? SyntheticBoundaries.yingkou()
              : GridBoundariesJson.reader().read(Path.of(boundaries));
      return GeoAtlas.of(a, b);
    }
  }

  static void printProblems(PrintWriter out, String what, List<Problem> problems, long omitted) {
    ProblemLines.print(out, what, problems, omitted, Problem::toString);
  }

  /** {@code gridgov geo locate LON LAT --atlas A --boundaries B [--json]}. */
  @Command(
      name = "locate",
      mixinStandardHelpOptions = true,
      description = "The grid a point (longitude latitude, in the boundaries' CRS) is in.")
  static final class Locate implements Callable<Integer> {
    @Spec CommandSpec spec = CommandSpec.create();

    @Parameters(index = "0", paramLabel = "LON", description = "longitude in degrees")
    double lon;

    @Parameters(index = "1", paramLabel = "LAT", description = "latitude in degrees")
    double lat;

    @picocli.CommandLine.Mixin Inputs inputs = new Inputs();

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      GeoAtlas geo;
      try {
        geo = inputs.load();
      } catch (InvalidBoundariesException e) {
        // refused input: the problems on standard error and exit 2, as every command answers it
        PrintWriter err = spec.commandLine().getErr();
        printProblems(err, inputs.boundaries, e.problems(), e.omittedProblems());
        err.flush();
        return 2;
      }
      GeoPoint p = GeoPoint.of(lon, lat, geo.boundaries().crs());
      Lookup where = geo.locate(p);
      Optional<String> name = where.grid().flatMap(g -> geo.atlas().grid(g)).map(g -> g.name());
      if (json) {
        if (where.kind() == Lookup.Kind.INSIDE) {
          out.printf(
              Locale.ROOT,
              "{\"point\": [%s, %s], \"crs\": \"%s\", \"inside\": \"%s\"}%n",
              lon,
              lat,
              p.crs(),
              where.grid().orElseThrow());
        } else {
          Optional<Lookup.Nearest> n = ((Lookup.Outside) where).nearest();
          out.printf(
              Locale.ROOT,
              "{\"point\": [%s, %s], \"crs\": \"%s\", \"inside\": null%s}%n",
              lon,
              lat,
              p.crs(),
              n.map(
                      x ->
                          String.format(
                              Locale.ROOT,
                              ", \"nearest\": \"%s\", \"metres\": %.1f",
                              x.grid(),
                              x.metres()))
                  .orElse(""));
        }
      } else if (where.kind() == Lookup.Kind.INSIDE) {
        out.println(p + ": grid " + where.grid().orElseThrow() + name.map(s -> " " + s).orElse(""));
      } else {
        Optional<Lookup.Nearest> n = ((Lookup.Outside) where).nearest();
        out.println(
            p
                + ": outside every grid"
                + n.map(
                        x ->
                            String.format(
                                Locale.ROOT, "; nearest grid %s at %.1f m", x.grid(), x.metres()))
                    .orElse(""));
      }
      out.flush();
      return 0;
    }
  }

  /** {@code gridgov geo check --atlas A --boundaries B}. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description =
          "Check boundaries against an atlas: invalid geometry, overlaps, gaps, grids outside"
              + " their community, boundaries and grids that do not match (exit code 1).")
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec = CommandSpec.create();

    @picocli.CommandLine.Mixin Inputs inputs = new Inputs();

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      try {
        GeoAtlas geo = inputs.load();
        // requireClean, not check: its refusal counts the problems beyond those it keeps
        TopologyCheck.defaults().requireClean(geo.atlas(), geo.boundaries());
        out.println(inputs.boundaries + ": clean, " + geo.boundaries());
        out.flush();
        return 0;
      } catch (InvalidBoundariesException e) {
        printProblems(out, inputs.boundaries, e.problems(), e.omittedProblems());
      }
      out.flush();
      return 1;
    }
  }

  /** {@code gridgov geo sample [FILE]}: the synthetic 营口 boundaries as GeoJSON. */
  @Command(
      name = "sample",
      mixinStandardHelpOptions = true,
      description =
          "Write the synthetic 营口 grid boundaries (made up, for the bundled sample atlas) as"
              + " GeoJSON, to FILE or standard output.")
  static final class Sample extends SampleCommand {
    @Override
    void write(Writer out) throws IOException {
      GridBoundariesJson.write(SyntheticBoundaries.yingkou(), out);
    }
  }
}
