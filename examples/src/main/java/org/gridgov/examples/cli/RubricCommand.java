package org.gridgov.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gridgov.scoring.io.RubricJson;
import org.gridgov.scoring.rating.InvalidRubricException;
import org.gridgov.scoring.rating.Rubric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gridgov rubric show|lint}: star-rating rubrics in their JSON form. */
@Command(
    name = "rubric",
    mixinStandardHelpOptions = true,
    description = "Star-rating rubrics: show a bundled rubric's JSON, lint a rubric file.",
    subcommands = {RubricCommand.Show.class, RubricCommand.Lint.class})
final class RubricCommand implements Runnable {
  @Spec CommandSpec spec = CommandSpec.create();

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code gridgov rubric show R}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Write a rubric (bundled: two-new-default, xiqing-style; or a file) as JSON.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec = CommandSpec.create();

    @Parameters(index = "0", paramLabel = "R", description = "a bundled rubric or a rubric file")
    String rubric = "";

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      RubricJson.write(RateCommand.rubric(rubric), out);
      out.flush();
      return 0;
    }
  }

  /** {@code gridgov rubric lint FILE}. */
  @Command(
      name = "lint",
      mixinStandardHelpOptions = true,
      description = "Check a rubric file; list every problem with its JSON path (exit code 1).")
  static final class Lint implements Callable<Integer> {
    @Spec CommandSpec spec = CommandSpec.create();

    @Parameters(index = "0", paramLabel = "FILE", description = "a rubric in JSON")
    Path file = Path.of("");

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      try {
        Rubric r = RubricJson.reader().read(file);
        out.println(
            file
                + ": valid rubric "
                + r.id()
                + "@"
                + r.version()
                + ", "
                + r.sections().size()
                + " sections, "
                + r.items().size()
                + " items, totals up to "
                + r.maxTotal());
        return 0;
      } catch (InvalidRubricException e) {
        ProblemLines.print(out, file.toString(), e);
        return 1;
      } finally {
        out.flush();
      }
    }
  }
}
