package org.gridgov.scoring.vote;

import org.gridgov.scoring.ScoringException;

/**
 * Thrown when a count receives a ballot before one it has already decided or let through to be
 * decided, in the documented order ({@link Ballot#order()}): a {@link VoteTally} decides in that
 * order, and a {@link VoteCounter} reorders only within its reorder window. Sort the input, widen
 * the window, or count each sorted part in its own tally and merge.
 */
public final class OutOfOrderBallotException extends ScoringException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which ballot came after which
   */
  public OutOfOrderBallotException(String message) {
    super(message);
  }

  /** The exception for a ballot that comes after {@code previous}, ending with the rule broken. */
  static OutOfOrderBallotException after(Ballot b, Ballot previous, String rule) {
    return new OutOfOrderBallotException(
        "ballot "
            + b.id()
            + " at "
            + b.at()
            + " comes after ballot "
            + previous.id()
            + " at "
            + previous.at()
            + "; "
            + rule);
  }
}
