package org.gridgov.geo;

import java.util.List;
import org.gridgov.core.Problem;

/**
 * Thrown when a set of boundaries is refused whole: GeoJSON that is malformed or not the documented
 * form, codes given twice, a coordinate system that is missing or mixed, or (from {@link
 * TopologyCheck#requireClean}) a set whose topology does not match its atlas. Every problem is
 * located at its feature, {@code $.features[17].geometry}.
 */
public final class InvalidBoundariesException extends org.gridgov.core.InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems the problems kept, not empty
   * @param omittedProblems how many more were found
   */
  public InvalidBoundariesException(List<Problem> problems, long omittedProblems) {
    super("invalid boundaries", problems, omittedProblems);
  }
}
