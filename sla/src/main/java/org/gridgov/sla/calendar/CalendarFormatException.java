package org.gridgov.sla.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.stream.Collectors;
import org.gridgov.sla.SlaException;

/**
 * Thrown when calendar input (a calendar JSON file, holiday-cn files, the bundled table) is
 * malformed or contradicts itself. Carries every problem found, each with its source and location
 * (a JSON path such as {@code $.days[3].date}, or a line number).
 */
public final class CalendarFormatException extends SlaException {
  private static final long serialVersionUID = 1L;

  /** Every problem found. */
  @SuppressWarnings("serial") // List.copyOf of records of strings: serializable in practice
  private final List<Problem> problems;

  /**
   * One problem in the input.
   *
   * @param source the file or input name, such as {@code "2024.json"}
   * @param location where in the source, such as {@code "$.days[3].date"} or {@code "line 12"}
   * @param message what is wrong: what was expected and what was given
   */
  public record Problem(String source, String location, String message) {
    /**
     * Checks for nulls.
     *
     * @param source the file or input name
     * @param location where in the source
     * @param message what is wrong
     */
    public Problem {
      checkNotNull(source, "source");
      checkNotNull(location, "location");
      checkNotNull(message, "message");
    }

    /** The problem as {@code source location: message}. */
    @Override
    public String toString() {
      return source + " " + location + ": " + message;
    }
  }

  /**
   * Creates the exception.
   *
   * @param problems every problem found, at least one
   */
  public CalendarFormatException(List<Problem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<Problem> problems) {
    checkArgument(!problems.isEmpty(), "at least one problem is needed");
    return problems.size() == 1
        ? "invalid calendar input: " + problems.get(0)
        : problems.size()
            + " problems in calendar input:\n  "
            + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  "));
  }

  /**
   * Every problem found, in input order.
   *
   * @return at least one problem
   */
  public List<Problem> problems() {
    return problems;
  }
}
