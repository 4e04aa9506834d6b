package org.gridgov.scoring.vote;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Optional;

/**
 * The shape of identifiers in a vote: ballot, candidate, round and channel ids are 1 to {@value
 * #MAX_LENGTH} ASCII letters, digits, {@code .}, {@code _}, {@code :} or {@code -}, so that they
 * sort the same in every language and hash the same in every encoding.
 */
final class Ids {
  static final int MAX_LENGTH = 64;
  static final int MAX_TAG_LENGTH = 128;

  private Ids() {}

  /** Whether a text is an id: the fast check; {@link #problemWith} says what is wrong. */
  static boolean isId(String text) {
    int n = text.length();
    if (n == 0 || n > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 128 || !ID_CHARS[c]) {
        return false;
      }
    }
    return true;
  }

  /** What is wrong with an id, or empty if nothing. */
  static Optional<String> problemWith(String what, String text) {
    if (isId(text)) {
      return Optional.empty();
    }
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      return Optional.of(
          what + " has 1 to " + MAX_LENGTH + " characters, got " + text.length() + quoted(text));
    }
    for (int i = 0; i < text.length(); i++) {
      if (!isIdChar(text.charAt(i))) {
        return Optional.of(
            what
                + " has only ASCII letters, digits and . _ : -, found "
                + describe(text.charAt(i))
                + " at position "
                + (i + 1)
                + quoted(text));
      }
    }
    return Optional.empty();
  }

  @CanIgnoreReturnValue
  static String check(String what, String text) {
    if (isId(text)) {
      return text;
    }
    Optional<String> problem = problemWith(what, text);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    return text;
  }

  /** A free-text tag such as an IP address or device id: 1 to 128 characters, no controls. */
  static Optional<String> tagProblem(String what, String text) {
    int n = text.length();
    boolean blank = true;
    for (int i = 0; i < n && n <= MAX_TAG_LENGTH; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c)) {
        return Optional.of(what + " has a control character at position " + (i + 1));
      }
      blank &= Character.isWhitespace(c);
    }
    if (n == 0 || n > MAX_TAG_LENGTH || blank) {
      return Optional.of(
          what + " has 1 to " + MAX_TAG_LENGTH + " characters and is not blank" + quoted(text));
    }
    return Optional.empty();
  }

  private static final boolean[] ID_CHARS = new boolean[128];

  static {
    for (char c = '0'; c <= '9'; c++) {
      ID_CHARS[c] = true;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      ID_CHARS[c] = true;
      ID_CHARS[c - 'a' + 'A'] = true;
    }
    ID_CHARS['.'] = true;
    ID_CHARS['_'] = true;
    ID_CHARS[':'] = true;
    ID_CHARS['-'] = true;
  }

  static boolean isIdChar(char c) {
    return c < 128 && ID_CHARS[c];
  }

  private static String describe(char c) {
    return c < 0x20 || c > 0x7e
        ? String.format(java.util.Locale.ROOT, "U+%04X", (int) c)
        : "'" + c + "'";
  }

  private static String quoted(String text) {
    if (text.isEmpty()) {
      return "";
    }
    String shown = text.length() <= 40 ? text : text.substring(0, 40) + "…";
    StringBuilder sb = new StringBuilder(", \"");
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      sb.append(c < 0x20 ? '?' : c);
    }
    return sb.append('"').toString();
  }
}
