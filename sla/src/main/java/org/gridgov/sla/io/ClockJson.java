package org.gridgov.sla.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.gridgov.sla.clock.CaseStatus;
import org.gridgov.sla.clock.Explanation;
import org.gridgov.sla.clock.Holder;
import org.gridgov.sla.metrics.UnitMetrics;

/**
 * JSON output of case statuses and metrics, for hosts and the command line: instants with the
 * offset of the case's zone, durations in ISO form ({@code PT22H}), rates as numerator, denominator
 * and percentage.
 *
 * <pre>{@code
 * String json = ClockJson.toJson(log.status(at), Optional.of(status.holder(atlas)),
 *     List.of(log.explain(at, "resolve")));
 * String metrics = ClockJson.toJson(report.atLevel(DivisionLevel.TOWN), ChinaHolidays.ZONE);
 * }</pre>
 *
 * <p>A status is an object with {@code case}, {@code at}, {@code policy}, {@code phase}, {@code
 * outcome}, {@code facts}, {@code clockStart}, {@code closedAt}, {@code firstResolved}, {@code
 * closing}, {@code milestones} (each with {@code id}, {@code name}, {@code state}, {@code
 * calendar}, {@code budget}, {@code startedAt}, {@code due}, {@code elapsed}, {@code remaining},
 * {@code shareUsed}, {@code yellowAt}, {@code redAt}, {@code metAt}, {@code breached}, {@code
 * reminderAt}, {@code reminded}, {@code extensions}, {@code resets}; absent instants left out),
 * {@code escalation}, {@code holder}, {@code counts}, {@code nextAlert}, {@code nextWarning},
 * {@code nextBreach}, {@code rejections} and {@code explanations}. A unit's metrics are an object
 * with {@code unit}, {@code name}, {@code totals}, {@code rates}, {@code milestones} and {@code
 * overdue}.
 */
public final class ClockJson {
  private ClockJson() {}

  /**
   * A status.
   *
   * @param status the status
   * @return the JSON text
   */
  public static String toJson(CaseStatus status) {
    return toJson(status, Optional.empty(), List.of());
  }

  /**
   * A status with who holds the case and explanations of due instants.
   *
   * @param status the status
   * @param holder the holder, named in an atlas
   * @param explanations explanations of some milestones
   * @return the JSON text
   */
  public static String toJson(
      CaseStatus status, Optional<Holder> holder, List<Explanation> explanations) {
    checkNotNull(status, "status");
    checkNotNull(holder, "holder");
    checkNotNull(explanations, "explanations");
    return Writers.pretty(ReportTrees.status(status, holder.orElse(null), explanations));
  }

  /**
   * Units' metrics, as {@code {"units": [...]}}.
   *
   * @param units the units
   * @param zone the zone of the overdue cases' due instants
   * @return the JSON text
   */
  public static String toJson(List<UnitMetrics> units, ZoneId zone) {
    checkNotNull(units, "units");
    checkNotNull(zone, "zone");
    ObjectNode root = ClockTrees.F.objectNode();
    ArrayNode a = root.putArray("units");
    for (UnitMetrics u : units) {
      a.add(ReportTrees.unit(u, zone));
    }
    return Writers.pretty(root);
  }
}
