package org.gridgov.sla.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.Optional;

/**
 * One milestone across the cases of a unit: how many met it, on time or late, how many are overdue
 * on it, and how long meeting it took in its own clock (working time on a working calendar, pauses
 * excluded). Percentiles come from a log-linear histogram: exact below 64 seconds, within 1/64 (1.6
 * %) above, and never longer than the longest.
 *
 * @param id the milestone's id
 * @param met cases that met it
 * @param metOnTime of those, by their due instant
 * @param metLate of those, after it
 * @param overdue cases past due on it and not yet meeting it
 * @param mean the mean time to meet it, empty if none met it
 * @param median the 50th percentile
 * @param p90 the 90th percentile
 * @param p95 the 95th percentile
 * @param max the longest, exact
 */
public record MilestoneMetrics(
    String id,
    long met,
    long metOnTime,
    long metLate,
    long overdue,
    Optional<Duration> mean,
    Optional<Duration> median,
    Optional<Duration> p90,
    Optional<Duration> p95,
    Optional<Duration> max) {
  /**
   * Checks the counts.
   *
   * @param id the id
   * @param met met
   * @param metOnTime met on time
   * @param metLate met late
   * @param overdue overdue
   * @param mean mean
   * @param median median
   * @param p90 90th percentile
   * @param p95 95th percentile
   * @param max max
   */
  public MilestoneMetrics {
    checkNotNull(id, "id");
    checkArgument(
        metOnTime >= 0 && metLate >= 0 && metOnTime + metLate == met && overdue >= 0,
        "met on time + met late must be met");
    checkNotNull(mean, "mean");
    checkNotNull(median, "median");
    checkNotNull(p90, "p90");
    checkNotNull(p95, "p95");
    checkNotNull(max, "max");
  }

  /**
   * The share met on time among those met.
   *
   * @return the rate
   */
  public Rate onTimeRate() {
    return new Rate(metOnTime, met);
  }
}
