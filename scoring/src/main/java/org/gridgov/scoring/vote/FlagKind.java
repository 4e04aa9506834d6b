package org.gridgov.scoring.vote;

/** Why {@link Screening} flagged a ballot. */
public enum FlagKind {
  /**
   * Over the round's per-IP or per-device limit: a rule of the round, so the ballot is always
   * rejected as {@link RejectionReason#FLAGGED}.
   */
  LIMIT,
  /**
   * Suspect of brushing (刷票) by a detector: the ballot counts, and shows in the candidate's flagged
   * votes, until the candidate is sanctioned with {@link Sanction#REMOVE_FLAGGED_VOTES}.
   */
  SUSPECT;

  /**
   * The flag's code in the audit records: 1 for {@link #LIMIT}, 2 for {@link #SUSPECT} (0 means
   * none).
   *
   * @return the code
   */
  public int code() {
    return this == LIMIT ? 1 : 2;
  }
}
