package org.gridgov.geo;

import org.gridgov.core.GridGovException;

/**
 * Root of the geo module's domain failures other than refused input ({@link
 * InvalidBoundariesException} is an {@link org.gridgov.core.InvalidInputException}).
 */
public abstract class GeoException extends GridGovException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, what was expected and what was given
   */
  protected GeoException(String message) {
    super(message);
  }
}
