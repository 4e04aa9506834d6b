package org.gridgov.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.DivisionLevel;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridCodeScheme;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/** The {@code gridgov} command: entry point of the command-line tool. */
@Command(
    name = "gridgov",
    mixinStandardHelpOptions = true,
    versionProvider = GridgovCommand.Version.class,
    description =
        "Grid governance tools: atlas, working-time calendars, case clocks, star ratings and"
            + " vote tallies.",
    subcommands = {
      DemoCommand.class,
      AtlasCommand.class,
      GridgovCommand.CodeCommand.class,
      CalendarCommand.class,
      CaseCommand.class,
      RateCommand.class,
      RubricCommand.class,
      RouteCommand.class,
      TallyCommand.class,
      GeoCommand.class,
      AutoComplete.GenerateCompletion.class
    })
public final class GridgovCommand implements Runnable {
  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    // not reached: the execution strategy refuses a command line without a subcommand
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /**
   * The tool's command line, with domain and I/O errors reported as one line on standard error and
   * exit code 2 instead of a stack trace.
   *
   * @return a fresh command line
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new GridgovCommand());
    cli.setExecutionStrategy(GridgovCommand::execute);
    CommandLine.IParameterExceptionHandler standard = cli.getParameterExceptionHandler();
    cli.setParameterExceptionHandler(
        (e, args) ->
            e instanceof UnmatchedArgumentException u && unknownSubcommand(u)
                ? refuseUnknownSubcommand(u)
                : standard.handleParseException(e, args));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          String message = Failures.describe(e, parseResult);
          commandLine.getErr().println("gridgov: " + message);
          commandLine.getErr().flush();
          return 2;
        });
    // the completion script is for the shell, not listed among the tool's commands
    Objects.requireNonNull(cli.getSubcommands().get("generate-completion"))
        .getCommandSpec()
        .usageMessage()
        .hidden(true);
    return cli;
  }

  /**
   * Runs the most specific command, after refusing what picocli lets through when help is asked
   * for: unknown subcommands and arguments (so {@code gridgov nosuch --help} is an error, not the
   * top-level usage), and a command group without a subcommand ({@code gridgov}, {@code gridgov
   * atlas}).
   */
  private static int execute(ParseResult parseResult) {
    ParseResult last = parseResult;
    while (true) {
      refuseUnmatched(last);
      if (!last.hasSubcommand()) {
        break;
      }
      last = last.subcommand();
    }
    CommandLine command = last.commandSpec().commandLine();
    boolean helpAsked = last.isUsageHelpRequested() || last.isVersionHelpRequested();
    if (!helpAsked
        && !command.getSubcommands().isEmpty()
        && command.getCommand() instanceof Runnable) {
      throw new ParameterException(command, "a subcommand is required");
    }
    return new CommandLine.RunLast().execute(parseResult);
  }

  /** Whether the first argument left over is where a command group expects its subcommand. */
  private static boolean unknownSubcommand(UnmatchedArgumentException e) {
    List<String> unmatched = e.getUnmatched();
    return !e.getCommandLine().getSubcommands().isEmpty()
        && !unmatched.isEmpty()
        && !unmatched.get(0).startsWith("-");
  }

  /**
   * Says "Unknown subcommand", as {@link #refuseUnmatched} does when help is asked for, where
   * picocli says "Unmatched argument at index 0"; with picocli's suggestions, else the usage.
   */
  private static int refuseUnknownSubcommand(UnmatchedArgumentException e) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("Unknown subcommand '" + e.getUnmatched().get(0) + "'");
    if (!UnmatchedArgumentException.printSuggestions(e, err)) {
      command.usage(err);
    }
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  private static void refuseUnmatched(ParseResult result) {
    List<String> unmatched = result.unmatched();
    if (unmatched.isEmpty()) {
      return;
    }
    CommandLine command = result.commandSpec().commandLine();
    String first = unmatched.get(0);
    boolean looksLikeACommand = !command.getSubcommands().isEmpty() && !first.startsWith("-");
    throw new ParameterException(
        command,
        looksLikeACommand
            ? "Unknown subcommand '" + first + "'"
            : "Unknown argument(s): " + String.join(" ", unmatched));
  }

  /** The library's version, as the build wrote it into the tool's resources. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = GridgovCommand.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          throw new IOException("version.properties missing from the tool's resources");
        }
        p.load(in);
      }
      return new String[] {"gridgov " + p.getProperty("version", "unknown")};
    }
  }

  /** {@code gridgov code CODE}: explains a division code or a grid code. */
  @Command(
      name = "code",
      description = {
        "Explain a statistical division code (2, 4, 6, 9 or 12 digits) or a grid code in the"
            + " standard scheme (a 12-digit village-level code and a sequence).",
        "Example: gridgov code 210802001007"
      },
      mixinStandardHelpOptions = true)
  static final class CodeCommand implements Callable<Integer> {
    @SuppressWarnings("NullAway.Init") // injected by picocli
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CODE", description = "a division code or a grid code")
    String code = "";

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      int digits = code.length();
      boolean gridCode =
          digits > DivisionLevel.VILLAGE.digits()
              && digits <= DivisionLevel.VILLAGE.digits() + 6
              && code.chars().allMatch(c -> c >= '0' && c <= '9');
      if (gridCode) {
        GridCode grid = GridCode.parse(code);
        DivisionCode unit = DivisionCode.parse(code.substring(0, DivisionLevel.VILLAGE.digits()));
        if (unit.level() != DivisionLevel.VILLAGE) {
          // the padded code of a town or above: no grid is under it
          throw new IllegalArgumentException(
              "not a grid code: "
                  + code
                  + " begins with "
                  + unit.toPaddedString()
                  + ", the padded code of "
                  + unit
                  + " ("
                  + unit.level().chineseName()
                  + "), not a community or village");
        }
        GridCodeScheme scheme = GridCodeScheme.standard(digits - DivisionLevel.VILLAGE.digits());
        int sequence =
            scheme
                .sequenceOf(grid, unit)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            scheme.problemWith(grid, unit).orElse("not a grid code of " + unit)));
        out.println(
            grid
                + ": grid "
                + sequence
                + " of "
                + unit
                + " in the "
                + scheme.name()
                + " scheme (the unit's 12-digit code and a "
                + (digits - DivisionLevel.VILLAGE.digits())
                + "-digit sequence)");
        explain(out, unit);
      } else {
        explain(out, DivisionCode.parse(code));
      }
      out.flush();
      return 0;
    }

    private static void explain(PrintWriter out, DivisionCode c) {
      out.println(
          c
              + ": "
              + c.kind().chineseName()
              + " "
              + words(c.kind().name())
              + ", a "
              + c.level().chineseName()
              + " "
              + words(c.level().name())
              + "-level unit");
      StringBuilder chain = new StringBuilder();
      for (DivisionCode p = c.parent().orElse(null); p != null; p = p.parent().orElse(null)) {
        chain.insert(0, "  " + p.level().chineseName() + " " + p + "\n");
      }
      if (chain.length() > 0) {
        out.print("  parent " + c.parent().orElseThrow() + "; above it:\n" + chain);
      }
      out.println("  padded to 12 digits: " + c.toPaddedString());
    }

    private static String words(String constant) {
      return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
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
