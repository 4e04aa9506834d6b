package org.gridgov.sla.metrics;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Case counts of a unit at an instant. Every case counts once in {@code onTime + late + open +
 * deferred + cancelled == total}; the other counts overlap those.
 *
 * @param total cases opened (reported or registered) by the instant
 * @param onTime 按期结案 — closed by the due instant of their closing milestone
 * @param late 超期结案 — closed after it
 * @param open 未结案 — not closed, not deferred, not cancelled
 * @param openOverdue open cases whose closing milestone is past due
 * @param deferred 缓办 — deferred at the instant (not closed or cancelled)
 * @param cancelled 撤销 — cancelled
 * @param overdue cases with any milestone past due and unmet (the overdue list counts these)
 * @param closedInCommunity closed cases that never left the community (held by the community or a
 *     sector liaison)
 * @param closedInStreet closed cases that never went above the street
 * @param resolved cases resolved (处置) at least once, not cancelled
 * @param reworked 返工 — cases with at least one failed acceptance, not cancelled
 * @param reworks failed acceptances, in all
 * @param extended 延期 — cases with at least one extension, not cancelled
 * @param extensions extensions, in all
 */
public record CaseTotals(
    long total,
    long onTime,
    long late,
    long open,
    long openOverdue,
    long deferred,
    long cancelled,
    long overdue,
    long closedInCommunity,
    long closedInStreet,
    long resolved,
    long reworked,
    long reworks,
    long extended,
    long extensions) {
  /**
   * Checks that the counts are consistent.
   *
   * @param total total
   * @param onTime on time
   * @param late late
   * @param open open
   * @param openOverdue open and overdue
   * @param deferred deferred
   * @param cancelled cancelled
   * @param overdue with a milestone overdue
   * @param closedInCommunity closed in the community
   * @param closedInStreet closed in the street
   * @param resolved resolved at least once
   * @param reworked reworked at least once
   * @param reworks reworks
   * @param extended extended at least once
   * @param extensions extensions
   */
  public CaseTotals {
    checkArgument(
        onTime >= 0
            && late >= 0
            && open >= 0
            && deferred >= 0
            && cancelled >= 0
            && onTime + late + open + deferred + cancelled == total,
        "on time + late + open + deferred + cancelled must be the total: %s + %s + %s + %s + %s != %s",
        onTime,
        late,
        open,
        deferred,
        cancelled,
        total);
    checkArgument(
        openOverdue >= 0
            && openOverdue <= open
            && overdue >= 0
            && closedInStreet >= closedInCommunity
            && closedInCommunity >= 0
            && closedInStreet <= onTime + late
            && resolved >= 0
            && reworked >= 0
            && reworked <= resolved
            && reworks >= reworked
            && extended >= 0
            && extensions >= extended,
        "inconsistent case counts");
  }

  /**
   * 结案数 — cases closed.
   *
   * @return on time plus late
   */
  public long closed() {
    return onTime + late;
  }

  /**
   * 应结案数 — cases that should be closed by the instant: the closed ones, the open ones past the due
   * instant of their closing milestone, and the deferred ones.
   *
   * @return the count
   */
  public long due() {
    return onTime + late + openOverdue + deferred;
  }
}
