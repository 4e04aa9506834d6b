package org.gridgov.core;

/**
 * Thrown when a division code or grid code is malformed: wrong length, non-digits, a segment out of
 * its range, or a shape the coding rules do not allow. The message quotes the code.
 */
public final class InvalidCodeException extends GridGovException {
  private static final long serialVersionUID = 1L;

  private final String code;

  /**
   * Creates the exception.
   *
   * @param code the code as given
   * @param reason what is wrong with it
   */
  public InvalidCodeException(String code, String reason) {
    super("invalid code \"" + code + "\": " + reason);
    this.code = code;
  }

  /**
   * The code as it was given.
   *
   * @return the offending input, unchanged
   */
  public String code() {
    return code;
  }
}
