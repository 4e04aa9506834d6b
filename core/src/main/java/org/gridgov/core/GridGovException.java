package org.gridgov.core;

/**
 * Root of the exceptions gridgov throws for domain failures. Every message says what failed, what
 * was expected and what was given, and where (field, line or JSON path) when input was read.
 *
 * <p>Each module has its own small family below this class; catch this type to handle any of them.
 */
public abstract class GridGovException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with the given message.
   *
   * @param message what failed, what was expected and what was given
   */
  protected GridGovException(String message) {
    super(message);
  }

  /**
   * Creates an exception with the given message and cause.
   *
   * @param message what failed, what was expected and what was given
   * @param cause the underlying failure
   */
  protected GridGovException(String message, Throwable cause) {
    super(message, cause);
  }
}
