package org.gridgov.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * Thrown when an atlas cannot be built because its input is invalid. It carries every problem
 * found, not just the first; nothing half-built escapes.
 */
public final class InvalidAtlasException extends GridGovException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 20;

  @SuppressWarnings("serial") // an immutable List.copyOf list of records
  private final List<AtlasProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found; not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidAtlasException(List<AtlasProblem> problems) {
    super(describe("invalid atlas", problems));
    checkArgument(!problems.isEmpty(), "an invalid atlas has at least one problem");
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found, in the order of the input.
   *
   * @return the problems; never empty
   */
  public List<AtlasProblem> problems() {
    return problems;
  }

  static String describe(String what, List<AtlasProblem> problems) {
    StringBuilder sb =
        new StringBuilder(what)
            .append(": ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems");
    for (int i = 0; i < problems.size() && i < SHOWN; i++) {
      sb.append(System.lineSeparator()).append("  ").append(problems.get(i));
    }
    if (problems.size() > SHOWN) {
      sb.append(System.lineSeparator())
          .append("  ... and ")
          .append(problems.size() - SHOWN)
          .append(" more");
    }
    return sb.toString();
  }
}
