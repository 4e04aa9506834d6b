package org.gridgov.scoring.io;

import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Problem;

/**
 * Thrown when a decision log cannot be read: a missing or wrong header, a line that is not a
 * decision, or input beyond the limits. A log is a published record, so a bad line refuses it.
 */
public final class InvalidDecisionLogException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems the problems kept; not empty
   * @param omittedProblems how many more were found
   */
  public InvalidDecisionLogException(List<Problem> problems, long omittedProblems) {
    super("invalid decision log", problems, omittedProblems);
  }
}
