package org.gridgov.core;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Thrown when a division code or grid code is malformed: wrong length, non-digits, a segment out of
 * its range, or a shape the coding rules do not allow. The message quotes the code (the first 40
 * characters of a longer text) and says what is wrong.
 */
public final class InvalidCodeException extends GridGovException {
  private static final long serialVersionUID = 1L;
  private static final int QUOTED = 40;

  private final String code;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param code the code as given
   * @param reason what is wrong with it
   */
  public InvalidCodeException(String code, String reason) {
    super("invalid code " + quote(checkNotNull(code, "code")) + ": " + reason);
    this.code = code;
    this.reason = checkNotNull(reason, "reason");
  }

  /**
   * The code as it was given.
   *
   * @return the offending input, unchanged
   */
  public String code() {
    return code;
  }

  /**
   * What is wrong with the code, without the code itself.
   *
   * @return the reason, such as {@code "expected only ASCII digits, found 'x' at position 3"}
   */
  public String reason() {
    return reason;
  }

  private static String quote(String text) {
    String shown = text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "…";
    return "\"" + shown + "\"";
  }
}
