package org.gridgov.sla.clock;

import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Problem;

/**
 * An event log was refused as input: every problem found (a missing field, an unknown event type, a
 * bad instant, an amount on the wrong kind of event) at its JSON path, with the line for JSON
 * lines. Refusals of valid events by a case ({@link CaseLog#rejections()}) are not input problems.
 */
public final class InvalidEventLogException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems the problems, not empty
   * @param omitted problems found beyond those kept
   */
  public InvalidEventLogException(List<Problem> problems, long omitted) {
    super("invalid case event log", problems, omitted);
  }
}
