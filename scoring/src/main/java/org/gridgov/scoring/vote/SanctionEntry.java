package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * One decision of the committee recorded in {@link Sanctions}: a sanction applied to a candidate,
 * or an earlier one revoked, with the date and the reason given.
 *
 * @param candidate the candidate's id
 * @param sanction the sanction
 * @param revoked false when applied, true when an earlier application is revoked
 * @param decidedOn the date of the decision
 * @param reason the reason as recorded, 1 to 1000 characters, not blank
 */
public record SanctionEntry(
    String candidate, Sanction sanction, boolean revoked, LocalDate decidedOn, String reason) {
  /**
   * Checks the fields.
   *
   * @param candidate the candidate
   * @param sanction the sanction
   * @param revoked whether it is a revocation
   * @param decidedOn the date
   * @param reason the reason
   */
  public SanctionEntry {
    checkNotNull(candidate, "candidate");
    checkNotNull(sanction, "sanction");
    checkNotNull(decidedOn, "decidedOn");
    checkNotNull(reason, "reason");
    Ids.check("a candidate id", candidate);
    checkArgument(
        !reason.isBlank() && reason.length() <= 1000,
        "a sanction's reason has 1 to 1000 characters and is not blank");
  }
}
