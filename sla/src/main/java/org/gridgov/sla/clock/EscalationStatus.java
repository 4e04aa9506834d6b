package org.gridgov.sla.clock;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;

/**
 * Who holds a case at an instant as it escalates along the atlas; {@link Holder#find} names the
 * people in an atlas.
 *
 * @param level 0 while the community holds it, then the policy's escalation level from 1
 * @param tier who holds it
 * @param since when it reached this level, empty at level 0
 * @param next when it moves to the next level if nothing happens, if it will
 */
public record EscalationStatus(
    int level, Tier tier, Optional<Instant> since, Optional<Instant> next) {
  /** The community holds the case and it will not escalate. */
  public static final EscalationStatus NONE =
      new EscalationStatus(0, Tier.COMMUNITY, Optional.empty(), Optional.empty());

  /**
   * Checks the parts.
   *
   * @param level the level, at least 0
   * @param tier the tier
   * @param since since when
   * @param next when next
   */
  public EscalationStatus {
    checkArgument(level >= 0, "level is >= 0, got %s", level);
    checkNotNull(tier, "tier");
    checkNotNull(since, "since");
    checkNotNull(next, "next");
  }
}
