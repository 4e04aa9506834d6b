package org.gridgov.scoring.vote;

/**
 * What a count receives: a {@link Ballot}, or a {@link MalformedBallot} where a ballot file had a
 * line that is not one. Both are decided: a malformed ballot is rejected as {@link
 * RejectionReason#MALFORMED} with its location, so that received = accepted + rejected holds for
 * every line of the input.
 */
public sealed interface Submission permits Ballot, MalformedBallot {
  /** The cases, for {@code switch}. */
  enum Kind {
    /** {@link Ballot}. */
    BALLOT,
    /** {@link MalformedBallot}. */
    MALFORMED
  }

  /**
   * Which case this is.
   *
   * @return the case
   */
  Kind kind();
}
