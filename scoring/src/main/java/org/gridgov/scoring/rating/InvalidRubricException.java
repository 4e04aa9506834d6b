package org.gridgov.scoring.rating;

import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Problem;

/**
 * Thrown when a rubric is refused whole: built in code (problems located as {@code
 * sections[0].items[3].clauses[1].deduction}) or read from JSON (the same steps as a JSON path,
 * {@code $.sections[0].items[3].clauses[1].deduction}), with every problem its lint finds: item
 * maxima that do not add up to their section's, sections that do not add up to the total, bands
 * with gaps or overlaps, clauses that deduct more than their item, references to nothing, duplicate
 * ids.
 */
public final class InvalidRubricException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems the problems kept, not empty
   * @param omittedProblems how many more were found
   */
  public InvalidRubricException(List<Problem> problems, long omittedProblems) {
    super("invalid rubric", problems, omittedProblems);
  }
}
