package org.gridgov.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * Thrown when input is refused whole: an atlas, a change batch, a calendar, a policy, a rubric or
 * any file a gridgov reader reads. It carries every problem found, up to the reader's cap ({@link
 * #omittedProblems()} counts those beyond it); nothing half-built escapes.
 *
 * <p>Each module has its own subclasses ({@link InvalidAtlasException}, {@link
 * AtlasChangeException}, the calendar, policy, rubric and vote formats' exceptions); catch this
 * type to handle any refused input. The message lists the first {@value #SHOWN} problems; each
 * problem's message is at most {@value Problem#MAX_MESSAGE_LENGTH} characters, so the message stays
 * small whatever the input.
 */
public abstract class InvalidInputException extends GridGovException {
  private static final long serialVersionUID = 1L;

  /** How many problems the message shows: {@value}. */
  public static final int SHOWN = 20;

  @SuppressWarnings("serial") // an immutable List.copyOf list of records
  private final List<Problem> problems;

  private final long omittedProblems;

  /**
   * Creates the exception.
   *
   * @param what what was refused, such as {@code "invalid atlas"}
   * @param problems the problems kept; not empty
   * @param omittedProblems how many more problems were found but not kept, at least 0
   * @throws IllegalArgumentException if {@code problems} is empty or the count negative
   */
  protected InvalidInputException(String what, List<Problem> problems, long omittedProblems) {
    super(describe(what, problems, omittedProblems));
    checkArgument(!problems.isEmpty(), "refused input has at least one problem");
    checkArgument(omittedProblems >= 0, "omitted problems must be >= 0, got %s", omittedProblems);
    this.problems = List.copyOf(problems);
    this.omittedProblems = omittedProblems;
  }

  /**
   * The problems found, in the order of the input, up to the reader's cap.
   *
   * @return the problems; never empty
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * How many more problems were found beyond those in {@link #problems()}.
   *
   * @return 0 unless the cap was reached
   */
  public long omittedProblems() {
    return omittedProblems;
  }

  private static String describe(String what, List<Problem> problems, long omitted) {
    long total = problems.size() + Math.max(0, omitted);
    StringBuilder sb =
        new StringBuilder(Problem.cut(what, 200))
            .append(": ")
            .append(total)
            .append(total == 1 ? " problem" : " problems");
    for (int i = 0; i < problems.size() && i < SHOWN; i++) {
      sb.append('\n').append("  ").append(problems.get(i));
    }
    if (total > SHOWN) {
      sb.append('\n').append("  ... and ").append(total - Math.min(SHOWN, problems.size()));
      sb.append(" more");
    }
    return sb.toString();
  }
}
