package org.gridgov.sla.clock;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What a case went through, counted up to an instant.
 *
 * @param returns 退单 — times a unit returned it
 * @param redispatches 改派 — times it was dispatched again
 * @param reworks 返工 — failed acceptances
 * @param extensions 延期 — extensions granted
 * @param suspensions 挂起 — suspensions
 * @param reminders 催办 — reminders sent
 * @param escalations 督办 — escalations by hand
 */
public record CaseCounts(
    int returns,
    int redispatches,
    int reworks,
    int extensions,
    int suspensions,
    int reminders,
    int escalations) {
  /**
   * Checks that no count is negative.
   *
   * @param returns returns
   * @param redispatches re-dispatches
   * @param reworks reworks
   * @param extensions extensions
   * @param suspensions suspensions
   * @param reminders reminders
   * @param escalations escalations by hand
   */
  public CaseCounts {
    checkArgument(
        returns >= 0
            && redispatches >= 0
            && reworks >= 0
            && extensions >= 0
            && suspensions >= 0
            && reminders >= 0
            && escalations >= 0,
        "counts are >= 0");
  }
}
