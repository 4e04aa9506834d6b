package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Problem;

/** A refusal's problems as every command prints them: a count, a line each, then those not kept. */
final class ProblemLines {
  private ProblemLines() {}

  /**
   * Prints {@code what: 1 problem} or {@code what: N problems}, each kept problem on its own
   * indented line, and {@code ... and N more} for the problems the refusal counted but did not
   * keep.
   */
  static void print(
      PrintWriter out,
      String what,
      List<Problem> problems,
      long omitted,
      Function<Problem, String> line) {
    long total = problems.size() + omitted;
    out.println(what + ": " + total + (total == 1 ? " problem" : " problems"));
    for (Problem p : problems) {
      out.println("  " + line.apply(p));
    }
    if (omitted > 0) {
      out.println("  ... and " + omitted + " more");
    }
  }

  /** The same for a refused input, each problem as it prints itself. */
  static void print(PrintWriter out, String what, InvalidInputException e) {
    print(out, what, e.problems(), e.omittedProblems(), Problem::toString);
  }
}
