package org.gridgov.scoring.io;

import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Problem;

/** Thrown when a {@link ResultInputsJson} document is refused, with every problem located. */
public final class InvalidResultInputsException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems the problems kept; not empty
   * @param omittedProblems how many more were found
   */
  public InvalidResultInputsException(List<Problem> problems, long omittedProblems) {
    super("invalid result inputs", problems, omittedProblems);
  }
}
