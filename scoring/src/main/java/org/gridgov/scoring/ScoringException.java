package org.gridgov.scoring;

import org.gridgov.core.GridGovException;

/**
 * Root of the exceptions of the scoring module that are not refused input: a ballot out of the
 * order a count needs, tallies of different rounds merged. Catch {@link GridGovException} to handle
 * those of every module.
 */
public abstract class ScoringException extends GridGovException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with the given message.
   *
   * @param message what failed, what was expected and what was given
   */
  protected ScoringException(String message) {
    super(message);
  }

  /**
   * Creates an exception with the given message and cause.
   *
   * @param message what failed, what was expected and what was given
   * @param cause the underlying failure
   */
  protected ScoringException(String message, Throwable cause) {
    super(message, cause);
  }
}
