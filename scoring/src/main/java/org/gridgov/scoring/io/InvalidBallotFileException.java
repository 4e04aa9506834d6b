package org.gridgov.scoring.io;

import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Problem;

/**
 * Thrown when a ballot file cannot be read at all: a missing or malformed CSV header, or input
 * beyond the reader's limits. A single bad line is not refused this way: it becomes a {@link
 * org.gridgov.scoring.vote.MalformedBallot} that the count rejects.
 */
public final class InvalidBallotFileException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems the problems kept; not empty
   * @param omittedProblems how many more were found
   */
  public InvalidBallotFileException(List<Problem> problems, long omittedProblems) {
    super("invalid ballot file", problems, omittedProblems);
  }
}
