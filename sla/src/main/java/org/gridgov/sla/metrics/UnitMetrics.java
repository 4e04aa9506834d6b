package org.gridgov.sla.metrics;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.gridgov.core.DivisionCode;

/**
 * The figures of one unit (a community, street, district, city, or the cases placed nowhere) at an
 * instant, its subtree included.
 *
 * @param unit the unit, empty for the cases the atlas does not place
 * @param name the unit's name
 * @param totals the case counts
 * @param milestones per milestone: in a report, in the order given to {@link
 *     CaseMetrics#report(org.gridgov.core.Atlas, List)} and the others by id; by id otherwise
 * @param overdue the most overdue cases, most overdue first, at most the metrics' limit
 */
public record UnitMetrics(
    Optional<DivisionCode> unit,
    String name,
    CaseTotals totals,
    List<MilestoneMetrics> milestones,
    List<OverdueCase> overdue) {
  /**
   * Checks and copies.
   *
   * @param unit the unit
   * @param name the name
   * @param totals the counts
   * @param milestones per milestone
   * @param overdue the overdue list
   */
  public UnitMetrics {
    checkNotNull(unit, "unit");
    checkNotNull(name, "name");
    checkNotNull(totals, "totals");
    milestones = List.copyOf(milestones);
    overdue = List.copyOf(overdue);
  }

  /**
   * 结案率 — closed over due to be closed ({@link CaseTotals#due()}).
   *
   * @return the rate
   */
  public Rate closureRate() {
    return new Rate(totals.closed(), totals.due());
  }

  /**
   * 按期结案率 — closed on time over due to be closed less deferred, as 金华 defines it: 按期结案数 / (应结案数 −
   * 缓办数).
   *
   * @return the rate
   */
  public Rate onTimeRate() {
    return new Rate(totals.onTime(), totals.due() - totals.deferred());
  }

  /**
   * 返工率 — cases reworked over cases resolved at least once.
   *
   * @return the rate
   */
  public Rate reworkRate() {
    return new Rate(totals.reworked(), totals.resolved());
  }

  /**
   * 延期率 — cases extended over cases not cancelled.
   *
   * @return the rate
   */
  public Rate extensionRate() {
    return new Rate(totals.extended(), totals.total() - totals.cancelled());
  }

  /**
   * 小事不出社区 — closed cases that never left the community, over closed cases.
   *
   * @return the rate
   */
  public Rate closedInCommunityShare() {
    return new Rate(totals.closedInCommunity(), totals.closed());
  }

  /**
   * 大事不出街道 — closed cases that never went above the street, over closed cases.
   *
   * @return the rate
   */
  public Rate closedInStreetShare() {
    return new Rate(totals.closedInStreet(), totals.closed());
  }

  /**
   * A milestone's figures.
   *
   * @param id the milestone's id
   * @return the figures, if any case of the unit has the milestone
   */
  public Optional<MilestoneMetrics> milestone(String id) {
    for (MilestoneMetrics m : milestones) {
      if (m.id().equals(id)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
