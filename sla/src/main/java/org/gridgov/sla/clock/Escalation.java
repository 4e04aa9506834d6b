package org.gridgov.sla.clock;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * 升级 — how a case climbs the atlas when a milestone is breached (overdue or unanswered): it starts
 * with its {@link Tier#COMMUNITY community}; the first breach, or a {@link EventKind#ESCALATED 督办},
 * hands it to the first level; each level that does not get the case resolved within its own budget
 * hands it to the next. Time counts on the escalation's calendar while the case is unresolved and
 * not suspended; a resolution stops the climb.
 *
 * <pre>{@code
 * Escalation.of("natural", List.of(
 *     new Escalation.Level(Tier.LIAISON, Budget.time(Duration.ofHours(12))),
 *     new Escalation.Level(Tier.STREET, Budget.time(Duration.ofHours(24))),
 *     new Escalation.Level(Tier.DISTRICT, Budget.time(Duration.ofHours(48)))));
 * }</pre>
 *
 * @param calendar the name of the calendar the levels' budgets count on, in the policy table
 * @param levels the levels above the community, in order; tiers strictly rising
 */
public record Escalation(String calendar, List<Level> levels) {
  /**
   * Checks the levels.
   *
   * @param calendar the calendar's name
   * @param levels the levels, tiers strictly rising, none of them {@link Tier#COMMUNITY}
   */
  public Escalation {
    checkNotNull(calendar, "calendar");
    levels = List.copyOf(levels);
    checkArgument(!levels.isEmpty(), "an escalation has at least one level");
    Tier last = Tier.COMMUNITY;
    for (Level l : levels) {
      checkArgument(
          l.tier().compareTo(last) > 0,
          "escalation tiers rise strictly from COMMUNITY, got %s after %s",
          l.tier(),
          last);
      last = l.tier();
    }
  }

  /**
   * An escalation.
   *
   * @param calendar the calendar's name
   * @param levels the levels
   * @return the escalation
   */
  public static Escalation of(String calendar, List<Level> levels) {
    return new Escalation(calendar, levels);
  }

  /**
   * One level: who holds the case and how long they have to get it resolved.
   *
   * @param tier who holds it
   * @param budget how long before the next level takes it (unused for the last level)
   */
  public record Level(Tier tier, Budget budget) {
    /**
     * Checks for nulls.
     *
     * @param tier who holds it
     * @param budget how long before the next level
     */
    public Level {
      checkNotNull(tier, "tier");
      checkNotNull(budget, "budget");
    }
  }
}
