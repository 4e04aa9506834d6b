package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Map;

/**
 * Ballots received, accepted and rejected by reason over a whole count; received = accepted + the
 * sum of the rejections, always.
 *
 * @param received the submissions received, malformed lines included
 * @param accepted the ballots counted
 * @param rejected the rejections by reason, every reason present
 */
public record Totals(long received, long accepted, Map<RejectionReason, Long> rejected) {
  /**
   * Checks the conservation and copies.
   *
   * @param received received
   * @param accepted accepted
   * @param rejected rejected by reason
   */
  public Totals {
    rejected = Rejections.copy(rejected);
    checkArgument(accepted >= 0, "accepted is at least 0, got %s", accepted);
    checkArgument(
        received == accepted + Rejections.sum(rejected),
        "received %s is not accepted %s + rejected %s",
        received,
        accepted,
        Rejections.sum(rejected));
  }

  /**
   * The ballots rejected for one reason.
   *
   * @param reason the reason
   * @return the count
   */
  public long rejected(RejectionReason reason) {
    Long v = rejected.get(reason);
    return v == null ? 0 : v;
  }

  /**
   * All rejections.
   *
   * @return the sum over the reasons
   */
  public long rejectedTotal() {
    return received - accepted;
  }
}
