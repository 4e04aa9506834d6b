package org.gridgov.sla.calendar;

import static com.google.common.base.Preconditions.checkNotNull;

import org.gridgov.sla.SlaException;

/**
 * Thrown when a calculation needs working time that the calendar does not have, such as adding an
 * hour in a calendar whose weekly rule is closed every day beyond its last make-up day.
 */
public final class NoWorkingTimeException extends SlaException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was asked and why no working time answers it
   */
  public NoWorkingTimeException(String message) {
    super(checkNotNull(message, "message"));
  }
}
