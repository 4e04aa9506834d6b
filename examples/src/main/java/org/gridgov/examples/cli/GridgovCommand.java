package org.gridgov.examples.cli;

import org.gridgov.core.DivisionCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The {@code gridgov} command: entry point of the command-line tool. */
@Command(
    name = "gridgov",
    mixinStandardHelpOptions = true,
    version = "gridgov 0.1.0-SNAPSHOT",
    description = "Grid governance tools: atlas, calendars, case clocks, rating and votes.",
    subcommands = {GridgovCommand.CodeCommand.class, CalendarCommand.class})
public final class GridgovCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** {@code gridgov code CODE}: explains a division code. */
  @Command(name = "code", description = "Explain a statistical division code.")
  static final class CodeCommand implements Runnable {
    @Parameters(index = "0", description = "a 2, 4, 6, 9 or 12 digit division code")
    String code = "";

    @Override
    public void run() {
      DivisionCode c = DivisionCode.parse(code);
      System.out.println(c + " " + c.level() + " " + c.kind());
    }
  }

  /**
   * Runs the tool.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new GridgovCommand()).execute(args));
  }
}
