package org.gridgov.sla.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import org.gridgov.sla.clock.Tier;

/**
 * A case on an overdue list: its most overdue milestone.
 *
 * @param caseId the case
 * @param milestone the milestone's id
 * @param due its due instant
 * @param overdueBy how far past due, in the milestone's clock
 * @param tier who held the case
 */
public record OverdueCase(
    String caseId, String milestone, Instant due, Duration overdueBy, Tier tier) {
  /**
   * Most overdue first, then by case id, milestone, due instant and tier: a total order, so that
   * overdue lists merge to the same list in any order even when one case id comes from two sources.
   */
  public static final Comparator<OverdueCase> ORDER = OverdueCase::compare;

  private static int compare(OverdueCase a, OverdueCase b) {
    int c = b.overdueBy.compareTo(a.overdueBy);
    if (c != 0) {
      return c;
    }
    c = a.caseId.compareTo(b.caseId);
    if (c != 0) {
      return c;
    }
    c = a.milestone.compareTo(b.milestone);
    if (c != 0) {
      return c;
    }
    c = a.due.compareTo(b.due);
    return c != 0 ? c : a.tier.compareTo(b.tier);
  }

  /**
   * Checks the parts.
   *
   * @param caseId the case
   * @param milestone the milestone
   * @param due the due instant
   * @param overdueBy not negative
   * @param tier the tier
   */
  public OverdueCase {
    checkNotNull(caseId, "caseId");
    checkNotNull(milestone, "milestone");
    checkNotNull(due, "due");
    checkNotNull(overdueBy, "overdueBy");
    checkArgument(!overdueBy.isNegative(), "overdue by is >= 0, got %s", overdueBy);
    checkNotNull(tier, "tier");
  }
}
