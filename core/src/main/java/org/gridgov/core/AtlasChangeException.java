package org.gridgov.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * Thrown when a change to an atlas is refused: a move into the unit's own subtree, a split that
 * does not add up, a removal of something still referred to, or a result that would be invalid. The
 * atlas the change was applied to is unchanged (atlases are immutable); the exception lists every
 * problem.
 */
public final class AtlasChangeException extends GridGovException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an immutable List.copyOf list of records
  private final List<AtlasProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found; not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public AtlasChangeException(List<AtlasProblem> problems) {
    super(InvalidAtlasException.describe("change refused", problems));
    checkArgument(!problems.isEmpty(), "a refused change has at least one problem");
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found.
   *
   * @return the problems; never empty
   */
  public List<AtlasProblem> problems() {
    return problems;
  }
}
