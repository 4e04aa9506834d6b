package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gridgov demo}: every capability on the bundled sample data. */
@Command(
    name = "demo",
    description = "Show the library on the bundled 营口 sample data.",
    mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    AtlasDemo.print(out);
    out.println();
    CalendarDemo.print(out);
    out.println();
    CaseDemo.print(out);
    out.println();
    RatingDemo.print(out);
    out.println();
    VoteDemo.print(out);
    out.println();
    GeoDemo.print(out);
    out.flush();
    return 0;
  }
}
