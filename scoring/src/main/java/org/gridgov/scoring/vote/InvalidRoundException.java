package org.gridgov.scoring.vote;

import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Problem;

/**
 * Thrown when a round cannot be built, from a builder or from its JSON form: it lists every
 * problem, located as a builder element ({@code candidates[3].id}) or a JSON path ({@code
 * $.candidates[3].id}, line 40, column 15).
 */
public final class InvalidRoundException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems the problems kept; not empty
   * @param omittedProblems how many more were found
   */
  public InvalidRoundException(List<Problem> problems, long omittedProblems) {
    super("invalid round", problems, omittedProblems);
  }
}
