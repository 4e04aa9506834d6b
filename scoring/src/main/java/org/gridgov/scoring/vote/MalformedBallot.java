package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkNotNull;

import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;

/**
 * A line of a ballot file that is not a ballot, with where it is and what is wrong; a count rejects
 * it as {@link RejectionReason#MALFORMED}.
 *
 * @param problem what is wrong and where: a {@link Location.Text} line and column (for CSV the
 *     field's position), or a JSON path at the line, possibly in a named source
 */
public record MalformedBallot(Problem problem) implements Submission {
  /**
   * Checks the field.
   *
   * @param problem the problem
   */
  public MalformedBallot {
    checkNotNull(problem, "problem");
  }

  /**
   * A malformed ballot.
   *
   * @param kind the kind of problem
   * @param location where
   * @param message what is wrong
   * @return the malformed ballot
   */
  public static MalformedBallot of(ProblemKind kind, Location location, String message) {
    return new MalformedBallot(new Problem(kind, location, message));
  }

  @Override
  public Kind kind() {
    return Kind.MALFORMED;
  }

  /**
   * The line of the input, from 1, or 0 if the location has none.
   *
   * @return the line
   */
  public int line() {
    return lineOf(problem.location());
  }

  /**
   * The column of the input, from 1, or 0 if the location has none.
   *
   * @return the column
   */
  public int column() {
    return columnOf(problem.location());
  }

  private static int lineOf(Location at) {
    return switch (at.kind()) {
      case TEXT -> ((Location.Text) at).line();
      case JSON_PATH -> ((Location.JsonPath) at).line();
      case IN_SOURCE -> lineOf(((Location.InSource) at).within());
      default -> 0;
    };
  }

  private static int columnOf(Location at) {
    return switch (at.kind()) {
      case TEXT -> ((Location.Text) at).column();
      case JSON_PATH -> ((Location.JsonPath) at).column();
      case IN_SOURCE -> columnOf(((Location.InSource) at).within());
      default -> 0;
    };
  }
}
