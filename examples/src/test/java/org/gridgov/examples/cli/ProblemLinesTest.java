package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.junit.jupiter.api.Test;

/**
 * Every command prints a refusal alike; rubric lint and rate did not say how many were left out.
 */
class ProblemLinesTest {
  private static String printed(List<Problem> problems, long omitted) {
    StringWriter s = new StringWriter();
    try (PrintWriter out = new PrintWriter(s)) {
      ProblemLines.print(out, "r.json", problems, omitted, Problem::toString);
    }
    return s.toString().replace(System.lineSeparator(), "\n");
  }

  @Test
  void aCountALineEachAndThoseLeftOut() {
    Problem one = Problem.of(ProblemKind.INVALID_VALUE, Location.json(), "bad");
    assertThat(printed(List.of(one), 0)).isEqualTo("r.json: 1 problem\n  " + one + "\n");
    assertThat(printed(List.of(one, one), 1000))
        .isEqualTo("r.json: 1002 problems\n  " + one + "\n  " + one + "\n  ... and 1000 more\n");
  }
}
