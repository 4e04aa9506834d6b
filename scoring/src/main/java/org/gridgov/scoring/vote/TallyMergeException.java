package org.gridgov.scoring.vote;

import org.gridgov.scoring.ScoringException;

/**
 * Thrown when two tallies cannot be merged: they count different rounds, quarantines or sanctions,
 * or both counted the same voter bucket, which a split by {@link VoterKey#bucket()} never does.
 */
public final class TallyMergeException extends ScoringException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   */
  public TallyMergeException(String message) {
    super(message);
  }
}
