package org.gridgov.sla.clock;

import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Problem;

/**
 * A policy or policy table was refused: every problem found (duplicate ids, unknown milestones or
 * calendars, unreachable rows, gaps in the table) with its location — a builder element such as
 * {@code rows[3]}, or a JSON path when read from a file.
 */
public final class InvalidPolicyException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems the problems, not empty
   * @param omitted problems found beyond those kept
   */
  public InvalidPolicyException(List<Problem> problems, long omitted) {
    super("invalid case policy", problems, omitted);
  }
}
