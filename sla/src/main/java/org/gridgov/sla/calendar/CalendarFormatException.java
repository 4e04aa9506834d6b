package org.gridgov.sla.calendar;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Problem;

/**
 * Thrown when calendar input — a calendar JSON file, holiday-cn files, the bundled table — is
 * malformed or contradicts itself. It carries every problem found (up to the reader's cap), each
 * with its {@link org.gridgov.core.ProblemKind kind} and {@link org.gridgov.core.Location
 * location}: a JSON path such as {@code $.days[3].date}, with line and column for syntax errors,
 * inside the named file ({@code 2024.json: $.days[3].date}) when a file was read.
 *
 * <pre>{@code
 * try {
 *   WorkingCalendar unit = CalendarJson.reader().read(Path.of("unit.json"));
 * } catch (CalendarFormatException e) {
 *   e.problems().forEach(p -> log.warn("{}", p)); // INVALID_VALUE at unit.json: $.zone: ...
 * }
 * }</pre>
 */
public final class CalendarFormatException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems the problems kept, at least one
   * @param omittedProblems how many more were found beyond the reader's cap
   * @throws IllegalArgumentException if {@code problems} is empty or the count negative
   */
  public CalendarFormatException(List<Problem> problems, long omittedProblems) {
    super("invalid calendar input", checkNotNull(problems, "problems"), omittedProblems);
  }

  /**
   * Creates the exception with every problem found.
   *
   * @param problems the problems, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public CalendarFormatException(List<Problem> problems) {
    this(problems, 0);
  }
}
