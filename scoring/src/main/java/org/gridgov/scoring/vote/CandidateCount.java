package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Map;

/**
 * One candidate's line of a count: the ballots naming them received, counted and rejected by
 * reason, and how many of them screening flagged (whatever their decision). received = accepted +
 * the sum of the rejections.
 *
 * @param candidate the candidate's id
 * @param received ballots naming the candidate
 * @param accepted of those, counted: the candidate's votes
 * @param rejected of those, rejected, by reason
 * @param flagged of those, flagged by screening
 */
public record CandidateCount(
    String candidate,
    long received,
    long accepted,
    Map<RejectionReason, Long> rejected,
    long flagged) {
  /**
   * Checks and copies.
   *
   * @param candidate the id
   * @param received received
   * @param accepted accepted
   * @param rejected rejected by reason
   * @param flagged flagged
   */
  public CandidateCount {
    checkNotNull(candidate, "candidate");
    rejected = Rejections.copy(rejected);
    checkArgument(accepted >= 0, "accepted is at least 0, got %s", accepted);
    checkArgument(
        received == accepted + Rejections.sum(rejected),
        "received %s is not accepted %s + rejected %s for %s",
        received,
        accepted,
        Rejections.sum(rejected),
        candidate);
    checkArgument(
        flagged >= 0 && flagged <= received,
        "flagged is 0 to received %s, got %s",
        received,
        flagged);
  }

  /**
   * The ballots naming the candidate rejected for one reason.
   *
   * @param reason the reason
   * @return the count
   */
  public long rejected(RejectionReason reason) {
    Long v = rejected.get(reason);
    return v == null ? 0 : v;
  }
}
