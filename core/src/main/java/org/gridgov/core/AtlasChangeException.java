package org.gridgov.core;

import java.util.List;

/**
 * Thrown when a change to an atlas is refused: a move into the unit's own subtree, a split that
 * does not add up, a removal of something still referred to, or a result that would be invalid. The
 * atlas the change was applied to is unchanged (atlases are immutable); the exception lists every
 * problem, each located at the change that caused it ({@code changes[2]}, {@link Location.Change}).
 */
public final class AtlasChangeException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems every problem found; not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public AtlasChangeException(List<Problem> problems) {
    this(problems, 0);
  }

  /**
   * Creates the exception for problems beyond a cap.
   *
   * @param problems the problems kept; not empty
   * @param omittedProblems how many more were found
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public AtlasChangeException(List<Problem> problems, long omittedProblems) {
    super("change refused", problems, omittedProblems);
  }
}
