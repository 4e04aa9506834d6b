package org.gridgov.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gridgov.core.Atlas;
import org.gridgov.core.AtlasDiff;
import org.gridgov.core.Division;
import org.gridgov.core.InvalidAtlasException;
import org.gridgov.core.Location;
import org.gridgov.core.io.AtlasJson;
import org.gridgov.core.io.GridgovCoreModule;
import org.gridgov.core.io.RollUpJson;
import org.gridgov.samples.YingkouSample;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gridgov atlas validate|stats|sample}: work on atlases in their JSON form. */
@Command(
    name = "atlas",
    description = "Validate, summarise, compare or write atlases in the gridgov-atlas/1 JSON form.",
    mixinStandardHelpOptions = true,
    subcommands = {
      AtlasCommand.Validate.class,
      AtlasCommand.Stats.class,
      AtlasCommand.Diff.class,
      AtlasCommand.Sample.class
    })
final class AtlasCommand implements Runnable {
  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code gridgov atlas validate FILE}. */
  @Command(
      name = "validate",
      description = "Check an atlas file; list every problem with its JSON path (exit code 1).",
      mixinStandardHelpOptions = true)
  static final class Validate implements Callable<Integer> {
    @SuppressWarnings("NullAway.Init") // injected by picocli
    @Spec
    CommandSpec spec;

    @SuppressWarnings("NullAway.Init") // injected by picocli
    @Parameters(index = "0", paramLabel = "FILE", description = "an atlas in JSON")
    Path file;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      try {
        Atlas atlas = AtlasJson.read(file);
        out.println(file + ": valid atlas as of " + atlas.asOf() + ", " + atlas.size());
        return 0;
      } catch (InvalidAtlasException e) {
        // the file is named above; each problem says where in it
        ProblemLines.print(
            out,
            file.toString(),
            e.problems(),
            e.omittedProblems(),
            p -> {
              Location at = p.location();
              Location within = at instanceof Location.InSource s ? s.within() : at;
              return p.kind() + " at " + within + ": " + p.message();
            });
        return 1;
      } finally {
        out.flush();
      }
    }
  }

  /** {@code gridgov atlas stats FILE [--unit CODE] [--json]}. */
  @Command(
      name = "stats",
      description = "Roll up an atlas: the unit (default: each province) and its children.",
      mixinStandardHelpOptions = true)
  static final class Stats implements Callable<Integer> {
    @SuppressWarnings("NullAway.Init") // injected by picocli
    @Spec
    CommandSpec spec;

    @SuppressWarnings("NullAway.Init") // injected by picocli
    @Parameters(index = "0", paramLabel = "FILE", description = "an atlas in JSON")
    Path file;

    @Option(names = "--unit", paramLabel = "CODE", description = "division code to roll up")
    @Nullable String unit;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      Atlas atlas = AtlasJson.read(file);
      List<Division> units = new ArrayList<>();
      List<Division> tops =
          unit == null ? atlas.roots() : List.of(UnitOption.find(atlas, unit, file.toString()));
      for (Division top : tops) {
        units.addAll(atlas.children(top.code()));
        units.add(top);
      }
      if (json) {
        out.print(RollUpJson.toJson(atlas, units.stream().map(Division::code).toList()));
      } else {
        out.println(file + ": atlas as of " + atlas.asOf() + ", " + atlas.size());
        out.println();
        RollUpTable.print(out, atlas, units);
      }
      out.flush();
      return 0;
    }
  }

  /** {@code gridgov atlas diff OLD NEW [--json]}. */
  @Command(
      name = "diff",
      description = {
        "What changed between two atlases: typed entries (added, removed, moved, split, merged,"
            + " changed, retired) per subject; exit code 1 when they differ, 0 when they do not.",
        "Example: gridgov atlas diff 2022-11.json 2022-12.json --json"
      },
      mixinStandardHelpOptions = true)
  static final class Diff implements Callable<Integer> {
    @SuppressWarnings("NullAway.Init") // injected by picocli
    @Spec
    CommandSpec spec;

    @SuppressWarnings("NullAway.Init") // injected by picocli
    @Parameters(index = "0", paramLabel = "OLD", description = "the older atlas in JSON")
    Path older;

    @SuppressWarnings("NullAway.Init") // injected by picocli
    @Parameters(index = "1", paramLabel = "NEW", description = "the newer atlas in JSON")
    Path newer;

    @Option(names = "--json", description = "print the diff as JSON (the Jackson module's form)")
    boolean json;

    @Override
    public Integer call() throws IOException {
      Atlas before = AtlasJson.read(older);
      Atlas after = AtlasJson.read(newer);
      AtlasDiff diff = before.diff(after);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(
            new ObjectMapper().registerModule(new GridgovCoreModule()).writeValueAsString(diff));
      } else {
        out.println(
            older
                + " ("
                + before.asOf()
                + ") -> "
                + newer
                + " ("
                + after.asOf()
                + "): "
                + (diff.isEmpty()
                    ? "no differences"
                    : diff.entries().size()
                        + (diff.entries().size() == 1 ? " difference" : " differences")));
        for (AtlasDiff.Subject subject : AtlasDiff.Subject.values()) {
          StringBuilder counts = new StringBuilder();
          for (AtlasDiff.Kind kind : AtlasDiff.Kind.values()) {
            long n = diff.count(subject, kind);
            if (n > 0) {
              counts.append(counts.length() == 0 ? "" : ", ").append(n).append(' ').append(kind);
            }
          }
          if (counts.length() > 0) {
            out.println("  " + subject + ": " + counts);
          }
        }
        for (AtlasDiff.Entry e : diff.entries()) {
          out.println(e);
        }
      }
      out.flush();
      return diff.isEmpty() ? 0 : 1;
    }
  }

  /** {@code gridgov atlas sample [FILE]}. */
  @Command(
      name = "sample",
      description = "Write the bundled 营口 sample atlas as JSON (to FILE or standard output).",
      mixinStandardHelpOptions = true)
  static final class Sample extends SampleCommand {
    @Override
    void write(Writer out) throws IOException {
      AtlasJson.write(YingkouSample.atlas(), out);
    }
  }
}
