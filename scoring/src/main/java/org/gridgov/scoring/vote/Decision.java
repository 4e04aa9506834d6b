package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * What a count decided for one submission: {@link Accepted} or {@link Rejected} with its reason.
 * Every submission gets exactly one decision, so received = accepted + rejected. The decisions in
 * the documented order, hash-chained, are the audit trail of a count ({@link AuditDigest}).
 *
 * <pre>{@code
 * Decision d = tally.ingest(ballot);
 * switch (d.kind()) {
 *   case ACCEPTED -> ...
 *   case REJECTED -> ((Decision.Rejected) d).reason();   // e.g. OVER_DAILY_CAP
 * }
 * }</pre>
 */
public sealed interface Decision permits Decision.Accepted, Decision.Rejected {
  /** The cases, for {@code switch}. */
  enum Kind {
    /** {@link Accepted}. */
    ACCEPTED,
    /** {@link Rejected}. */
    REJECTED
  }

  /**
   * Which case this is.
   *
   * @return the case
   */
  Kind kind();

  /**
   * What was decided.
   *
   * @return the ballot or malformed line
   */
  Submission submission();

  /**
   * The screening flag the ballot carried, if any.
   *
   * @return the flag
   */
  Optional<FlagKind> flag();

  /**
   * Why it was rejected.
   *
   * @return the reason, or empty if accepted
   */
  Optional<RejectionReason> reason();

  /**
   * The ballot was counted.
   *
   * @param ballot the ballot
   * @param flag {@link FlagKind#SUSPECT} if a detector flagged it and its candidates are not
   *     sanctioned to lose flagged votes; never {@link FlagKind#LIMIT}
   */
  record Accepted(Ballot ballot, Optional<FlagKind> flag) implements Decision {
    /**
     * Checks the fields.
     *
     * @param ballot the ballot
     * @param flag the flag
     */
    public Accepted {
      checkNotNull(ballot, "ballot");
      checkNotNull(flag, "flag");
      checkArgument(
          flag.orElse(FlagKind.SUSPECT) == FlagKind.SUSPECT,
          "a ballot over a limit is never accepted");
    }

    @Override
    public Kind kind() {
      return Kind.ACCEPTED;
    }

    @Override
    public Submission submission() {
      return ballot;
    }

    @Override
    public Optional<RejectionReason> reason() {
      return Optional.empty();
    }
  }

  /**
   * The submission was not counted.
   *
   * @param submission the ballot or malformed line
   * @param rejection why
   * @param flag the screening flag the ballot carried, if any
   * @param detail more about a {@link RejectionReason#MALFORMED} ballot, or empty
   */
  record Rejected(
      Submission submission, RejectionReason rejection, Optional<FlagKind> flag, String detail)
      implements Decision {
    /**
     * Checks the fields.
     *
     * @param submission the submission
     * @param rejection the reason
     * @param flag the flag
     * @param detail the detail
     */
    public Rejected {
      checkNotNull(submission, "submission");
      checkNotNull(rejection, "rejection");
      checkNotNull(flag, "flag");
      checkNotNull(detail, "detail");
      checkArgument(
          submission.kind() == Submission.Kind.BALLOT || rejection == RejectionReason.MALFORMED,
          "a malformed line is rejected as MALFORMED, got %s",
          rejection);
    }

    @Override
    public Kind kind() {
      return Kind.REJECTED;
    }

    @Override
    public Optional<RejectionReason> reason() {
      return Optional.of(rejection);
    }
  }
}
