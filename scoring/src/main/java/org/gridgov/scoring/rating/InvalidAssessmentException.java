package org.gridgov.scoring.rating;

import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Problem;

/**
 * Thrown when assessments are refused whole: an item, clause, bonus, veto, gate, honour or trigger
 * the rubric does not define, a count on a clause that deducts once, two assessments of one
 * organisation in a round, an assessment for another rubric. Problems are located in the assessment
 * ({@code assessment.deductions[2].clause}), in the round ({@code
 * assessments[7].deductions[2].clause}) or in the file read ({@code
 * $.assessments[7].deductions[2].clause}).
 */
public final class InvalidAssessmentException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems the problems kept, not empty
   * @param omittedProblems how many more were found
   */
  public InvalidAssessmentException(List<Problem> problems, long omittedProblems) {
    super("invalid assessments", problems, omittedProblems);
  }
}
