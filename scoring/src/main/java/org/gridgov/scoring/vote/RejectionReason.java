package org.gridgov.scoring.vote;

/**
 * Why a ballot was rejected. A count checks them in this order and gives the first that applies:
 * the form, the window, the candidates, a replay, a flag, then the voter's caps.
 */
public enum RejectionReason {
  /**
   * Not a ballot of this round's form: a line of the input that is not a ballot, an unknown
   * channel, or more choices than the round allows.
   */
  MALFORMED("malformed"),
  /** Cast outside the round's window. */
  OUTSIDE_WINDOW("outside the window"),
  /** Names a candidate the round does not have. */
  UNKNOWN_CANDIDATE("unknown candidate"),
  /** The voter already has a counted ballot with this id on this day (重复提交). */
  REPLAYED("replayed id"),
  /**
   * Flagged: over the round's per-IP or per-device limit, or flagged as suspect by a detector for a
   * candidate sanctioned with {@link Sanction#REMOVE_FLAGGED_VOTES}. Uses none of the voter's caps.
   */
  FLAGGED("flagged"),
  /** The voter has no votes left today. */
  OVER_DAILY_CAP("over the daily cap"),
  /** The voter has no votes left today for one of the candidates. */
  OVER_CANDIDATE_CAP("over the per-candidate cap"),
  /** Sooner after the voter's last counted ballot than the minimum interval. */
  TOO_SOON("too soon");

  private final String description;

  RejectionReason(String description) {
    this.description = description;
  }

  /**
   * The reason's code in the audit records: 1 for {@link #MALFORMED} to 8 for {@link #TOO_SOON}, in
   * the order above (0 means accepted).
   *
   * @return the code
   */
  public int code() {
    return switch (this) {
      case MALFORMED -> 1;
      case OUTSIDE_WINDOW -> 2;
      case UNKNOWN_CANDIDATE -> 3;
      case REPLAYED -> 4;
      case FLAGGED -> 5;
      case OVER_DAILY_CAP -> 6;
      case OVER_CANDIDATE_CAP -> 7;
      case TOO_SOON -> 8;
    };
  }

  /**
   * The reason in a few words, for reports.
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
