package org.gridgov.scoring.vote;

/**
 * What a committee may decide against a candidate found brushing (刷票处理), as rule texts list them.
 * Sanctions are recorded in {@link Sanctions} and can be revoked.
 */
public enum Sanction {
  /**
   * Remove the flagged votes one by one (逐票剔除): the candidate's suspect ballots are rejected as
   * {@link RejectionReason#FLAGGED} and use none of their voters' caps, so the count is exactly the
   * count without them. Changes decisions, so the count is run again (from the decision log).
   */
  REMOVE_FLAGGED_VOTES,
  /** Zero the candidate's online score (网络投票成绩清零); a panel score still counts. */
  ZERO_ONLINE_SCORE,
  /** Disqualify the candidate (取消评选资格): no seat, no rank. */
  DISQUALIFY
}
