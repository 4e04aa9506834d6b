package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One candidate in a result: the ledger line (received, accepted, rejected by reason, flagged,
 * final), the score and its parts, the rank and whether they won a seat.
 *
 * @param candidate the candidate
 * @param count the candidate's line of the count
 * @param finalVotes the votes that count after sanctions: the accepted votes, or 0 when the online
 *     score is zeroed or the candidate disqualified
 * @param onlinePoints the online part of the score
 * @param panelScore the panel's score, if given
 * @param score the score the ranking uses
 * @param rank 1 for the first; candidates tied after every tie-break share a rank; 0 for a
 *     disqualified candidate
 * @param status whether the candidate won a seat
 */
public record Standing(
    Candidate candidate,
    CandidateCount count,
    long finalVotes,
    BigDecimal onlinePoints,
    Optional<BigDecimal> panelScore,
    BigDecimal score,
    int rank,
    Status status) {

  /** Where a candidate ends. */
  public enum Status {
    /** Won a seat (当选). */
    ELECTED,
    /** Ranked, no seat. */
    NOT_ELECTED,
    /** Disqualified by a sanction: no rank, no seat. */
    DISQUALIFIED
  }

  /**
   * Checks the fields.
   *
   * @param candidate the candidate
   * @param count the count line
   * @param finalVotes the final votes
   * @param onlinePoints the online points
   * @param panelScore the panel score
   * @param score the score
   * @param rank the rank
   * @param status the status
   */
  public Standing {
    checkNotNull(candidate, "candidate");
    checkNotNull(count, "count");
    checkNotNull(onlinePoints, "onlinePoints");
    checkNotNull(panelScore, "panelScore");
    checkNotNull(score, "score");
    checkNotNull(status, "status");
    checkArgument(
        count.candidate().equals(candidate.id()), "the count line is not the candidate's");
    checkArgument(
        finalVotes >= 0 && finalVotes <= count.accepted(),
        "final votes are 0 to the accepted %s, got %s",
        count.accepted(),
        finalVotes);
    checkArgument(
        (rank == 0) == (status == Status.DISQUALIFIED),
        "rank 0 is for disqualified candidates only, got rank %s and %s",
        rank,
        status);
    checkArgument(rank >= 0, "a rank is at least 0, got %s", rank);
  }

  /**
   * Whether the candidate won a seat.
   *
   * @return true if elected
   */
  public boolean isElected() {
    return status == Status.ELECTED;
  }
}
