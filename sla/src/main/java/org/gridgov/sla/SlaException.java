package org.gridgov.sla;

import org.gridgov.core.GridGovException;

/**
 * Root of the exceptions of the sla module: calendar data out of range, malformed calendar input,
 * no working time where some is needed. Catch {@link GridGovException} to handle those of every
 * module.
 */
public abstract class SlaException extends GridGovException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with the given message.
   *
   * @param message what failed, what was expected and what was given
   */
  protected SlaException(String message) {
    super(message);
  }

  /**
   * Creates an exception with the given message and cause.
   *
   * @param message what failed, what was expected and what was given
   * @param cause the underlying failure
   */
  protected SlaException(String message, Throwable cause) {
    super(message, cause);
  }
}
