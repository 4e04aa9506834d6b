package org.gridgov.flink;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.gridgov.core.Atlas;
import org.gridgov.sla.metrics.CaseMetrics;
import org.gridgov.sla.metrics.MetricsReport;

/**
 * The metrics of one group of cases as at the last instant of one day: what {@link CaseMetricsJob}
 * emits. The group is a street's division code, {@link #UNPLACED} for cases in no known grid, or
 * {@link #ALL} for every case of the day (whose {@link #report} rolls up community → street →
 * district → city).
 *
 * @param day the day, in the job's zone
 * @param group the street's code, {@link #UNPLACED} or {@link #ALL}
 * @param metrics the accumulator; mutable, as the library's accumulator is: do not share
 */
public record DailyMetrics(LocalDate day, String group, CaseMetrics metrics) {
  /** The group of every case of a day. */
  public static final String ALL = "*";

  /** The group of cases whose grid the atlas does not know. */
  public static final String UNPLACED = "-";

  /**
   * Checks.
   *
   * @param day the day
   * @param group the group
   * @param metrics the metrics
   */
  public DailyMetrics {
    checkNotNull(day, "day");
    checkNotNull(group, "group");
    checkNotNull(metrics, "metrics");
  }

  /**
   * The report of these metrics along an atlas.
   *
   * @param atlas the atlas
   * @return the report
   */
  public MetricsReport report(Atlas atlas) {
    return metrics.report(atlas);
  }
}
