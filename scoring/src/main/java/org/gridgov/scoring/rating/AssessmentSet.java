package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;

/**
 * The assessments of a round as one file holds them: optionally the rubric they are for and the
 * period, and one assessment per organisation.
 *
 * @param rubricId the id of the rubric the assessments are for, if stated
 * @param period the period, if stated
 * @param assessments the assessments, in order
 */
public record AssessmentSet(
    Optional<String> rubricId, Optional<String> period, List<Assessment> assessments) {
  /**
   * Checks and copies.
   *
   * @param rubricId the rubric's id
   * @param period the period
   * @param assessments the assessments
   */
  public AssessmentSet {
    checkNotNull(rubricId, "rubricId").ifPresent(id -> Checks.id(id, "rubric id"));
    checkNotNull(period, "period").ifPresent(p -> Checks.id(p, "period"));
    assessments = List.copyOf(assessments);
  }

  /**
   * Assessments without rubric or period.
   *
   * @param assessments the assessments
   * @return the set
   */
  public static AssessmentSet of(List<Assessment> assessments) {
    return new AssessmentSet(Optional.empty(), Optional.empty(), assessments);
  }
}
