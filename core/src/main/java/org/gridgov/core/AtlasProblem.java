package org.gridgov.core;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One problem found while validating an atlas or a change, with where it is.
 *
 * <p>The location is a JSON path into the atlas's JSON form ({@code $.grids[17].households}) — also
 * for atlases built in code, where the index is the position in the order things were added — or
 * {@code line N} for CSV input, or the change's position for a refused change ({@code changes[2]}).
 *
 * @param kind what kind of problem
 * @param path where it is
 * @param message what is wrong: what was expected and what was given
 */
public record AtlasProblem(ProblemKind kind, String path, String message) {

  /**
   * Validates the fields.
   *
   * @param kind what kind of problem
   * @param path where it is
   * @param message what is wrong: what was expected and what was given
   */
  public AtlasProblem {
    checkNotNull(kind, "kind");
    checkNotNull(path, "path");
    checkNotNull(message, "message");
  }

  /**
   * The problem as one line: {@code KIND at path: message}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return kind + " at " + path + ": " + message;
  }
}
