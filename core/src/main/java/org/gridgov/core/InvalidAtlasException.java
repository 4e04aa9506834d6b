package org.gridgov.core;

import java.util.List;

/**
 * Thrown when an atlas cannot be built because its input is invalid: by {@link
 * Atlas.Builder#build()}, by the atlas readers, or by the division list reader. It carries every
 * problem found (up to the cap; {@link #omittedProblems()} counts the rest), each with its {@link
 * Location}, in the {@linkplain AtlasSection#locationOrder() canonical order}; nothing half-built
 * escapes.
 */
public final class InvalidAtlasException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems every problem found; not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidAtlasException(List<Problem> problems) {
    this(problems, 0);
  }

  /**
   * Creates the exception for problems beyond a cap.
   *
   * @param problems the problems kept; not empty
   * @param omittedProblems how many more were found
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidAtlasException(List<Problem> problems, long omittedProblems) {
    super("invalid atlas", problems, omittedProblems);
  }
}
