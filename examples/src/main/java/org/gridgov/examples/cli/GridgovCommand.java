package org.gridgov.examples.cli;

import java.util.concurrent.Callable;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.GridGovException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code gridgov} command: entry point of the command-line tool. */
@Command(
    name = "gridgov",
    mixinStandardHelpOptions = true,
    version = "gridgov 0.1.0-SNAPSHOT",
    description = "Grid governance tools: atlas, working-time calendars and case clocks.",
    subcommands = {
      DemoCommand.class,
      AtlasCommand.class,
      GridgovCommand.CodeCommand.class,
      CalendarCommand.class,
      RateCommand.class,
      RubricCommand.class,
      GeoCommand.class
    })
public final class GridgovCommand implements Runnable {
  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * The tool's command line, with domain and I/O errors reported as one line on standard error and
   * exit code 2 instead of a stack trace.
   *
   * @return a fresh command line
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new GridgovCommand());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof GridGovException || e instanceof IllegalArgumentException) {
            commandLine.getErr().println("gridgov: " + e.getMessage());
            commandLine.getErr().flush();
            return 2;
          }
          if (e instanceof java.nio.file.NoSuchFileException) {
            commandLine.getErr().println("gridgov: no such file: " + e.getMessage());
            commandLine.getErr().flush();
            return 2;
          }
          if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            commandLine.getErr().println("gridgov: cannot read or write: " + e.getMessage());
            commandLine.getErr().flush();
            return 2;
          }
          throw e;
        });
    return cli;
  }

  /** {@code gridgov code CODE}: explains a division code. */
  @Command(
      name = "code",
      description = "Explain a statistical division code.",
      mixinStandardHelpOptions = true)
  static final class CodeCommand implements Callable<Integer> {
    @SuppressWarnings("NullAway.Init") // injected by picocli
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "a 2, 4, 6, 9 or 12 digit division code")
    String code = "";

    @Override
    public Integer call() {
      DivisionCode c = DivisionCode.parse(code);
      spec.commandLine()
          .getOut()
          .println(
              c
                  + " "
                  + c.level()
                  + " "
                  + c.kind()
                  + c.parent().map(p -> " parent " + p).orElse("")
                  + " padded "
                  + c.toPaddedString());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /**
   * Runs the tool.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
