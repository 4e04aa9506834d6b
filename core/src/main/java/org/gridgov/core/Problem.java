package org.gridgov.core;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One problem found in input — an atlas, a change batch, a calendar, a policy, a rubric, a ballot
 * file — with what kind it is, where it is and what is wrong. Every module of gridgov reports its
 * problems with this type, and every exception that refuses input whole ({@link
 * InvalidInputException}) carries a list of them.
 *
 * <pre>{@code
 * try {
 *   atlas = builder.build();
 * } catch (InvalidAtlasException e) {
 *   for (Problem p : e.problems()) {
 *     p.kind();       // UNKNOWN_UNIT
 *     p.location();   // grids[17].unit, or $.grids[17].unit (line 40, column 15) from a file
 *     p.message();    // unit 210802001099 is not in the atlas
 *   }
 * }
 * }</pre>
 *
 * <p>Messages are at most {@value #MAX_MESSAGE_LENGTH} characters: a longer one is cut and says how
 * much was cut, so that hostile input cannot make problem lists or exception messages large.
 *
 * @param kind what kind of problem
 * @param location where it is
 * @param message what is wrong: what was expected and what was given
 */
public record Problem(ProblemKind kind, Location location, String message) {
  /** The longest message kept: {@value} characters. */
  public static final int MAX_MESSAGE_LENGTH = 1000;

  /**
   * Checks the fields and cuts a message longer than {@value #MAX_MESSAGE_LENGTH} characters.
   *
   * @param kind what kind of problem
   * @param location where it is
   * @param message what is wrong
   */
  public Problem {
    checkNotNull(kind, "kind");
    checkNotNull(location, "location");
    checkNotNull(message, "message");
    message = cut(message, MAX_MESSAGE_LENGTH);
  }

  /**
   * A problem.
   *
   * @param kind what kind of problem
   * @param location where it is
   * @param message what is wrong
   * @return the problem
   */
  public static Problem of(ProblemKind kind, Location location, String message) {
    return new Problem(kind, location, message);
  }

  /**
   * The same problem at another location.
   *
   * @param newLocation the location
   * @return the moved problem
   */
  public Problem withLocation(Location newLocation) {
    return new Problem(kind, checkNotNull(newLocation, "newLocation"), message);
  }

  /**
   * The problem as one line: {@code KIND at location: message}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return kind + " at " + location + ": " + message;
  }

  /**
   * Cuts a text to a length, saying how many characters were left out.
   *
   * @param text the text
   * @param max the length kept, at least 1
   * @return the text, or its first characters and a note of the rest
   */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int keep = max;
    if (Character.isHighSurrogate(text.charAt(keep - 1))) {
      keep--;
    }
    return text.substring(0, keep) + "… (" + (text.length() - keep) + " more characters)";
  }
}
