package org.gridgov.flink;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.Objects;
import org.gridgov.core.Atlas;
import org.gridgov.core.io.AtlasJson;
import org.gridgov.sla.clock.PolicyTable;
import org.gridgov.sla.io.PolicyJson;
import org.gridgov.sla.metrics.CaseMetrics;
import org.jspecify.annotations.Nullable;

/**
 * What the case metrics job measures under: the atlas (grids to communities, streets, districts),
 * the policy table of the case clock, the zone whose days the metrics are per, the days reported
 * and the overdue list's length. The atlas and table travel as their JSON forms (Flink ships
 * functions by Java serialisation) and are decoded once per worker.
 *
 * <p>The zone must keep one offset over the days reported, because Flink's daily windows are
 * aligned by a fixed offset ({@code Asia/Shanghai} has had one since 1991).
 */
public final class MetricsSettings implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String atlasJson;
  private final String policyJson;
  private final String zone;
  private final long from;
  private final long until;
  private final int overdueLimit;
  private transient @Nullable Atlas atlas;
  private transient @Nullable PolicyTable policies;

  private MetricsSettings(
      Atlas atlas,
      PolicyTable policies,
      ZoneId zone,
      LocalDate from,
      LocalDate until,
      int overdueLimit) {
    this.atlasJson = AtlasJson.toJson(atlas);
    this.policyJson = PolicyJson.toJson(policies);
    this.zone = zone.getId();
    this.from = from.toEpochDay();
    this.until = until.toEpochDay();
    this.overdueLimit = overdueLimit;
    this.atlas = atlas;
    this.policies = policies;
  }

  /**
   * Settings with the default overdue list ({@value CaseMetrics#DEFAULT_OVERDUE_LIMIT} per unit).
   *
   * @param atlas the atlas
   * @param policies the policy table
   * @param zone the zone of the days
   * @param from the first day reported
   * @param until the last day reported, inclusive
   * @return the settings
   * @throws IllegalArgumentException if the days are reversed or the zone changes its offset within
   *     them
   */
  public static MetricsSettings of(
      Atlas atlas, PolicyTable policies, ZoneId zone, LocalDate from, LocalDate until) {
    return of(atlas, policies, zone, from, until, CaseMetrics.DEFAULT_OVERDUE_LIMIT);
  }

  /**
   * Settings.
   *
   * @param atlas the atlas
   * @param policies the policy table
   * @param zone the zone of the days
   * @param from the first day reported
   * @param until the last day reported, inclusive
   * @param overdueLimit the overdue list's length per unit
   * @return the settings
   */
  public static MetricsSettings of(
      Atlas atlas,
      PolicyTable policies,
      ZoneId zone,
      LocalDate from,
      LocalDate until,
      int overdueLimit) {
    checkNotNull(atlas, "atlas");
    checkNotNull(policies, "policies");
    checkNotNull(zone, "zone");
    checkNotNull(from, "from");
    checkNotNull(until, "until");
    checkArgument(!until.isBefore(from), "the days run from %s to %s: reversed", from, until);
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = until.plusDays(1).atStartOfDay(zone).toInstant();
    ZoneOffsetTransition next = zone.getRules().nextTransition(start);
    checkArgument(
        next == null || !next.getInstant().isBefore(end),
        "the zone %s changes its offset between %s and %s; daily windows need one offset",
        zone,
        from,
        until);
    CaseMetrics unused = CaseMetrics.empty(overdueLimit);
    return new MetricsSettings(atlas, policies, zone, from, until, overdueLimit);
  }

  /**
   * The atlas.
   *
   * @return the atlas
   */
  public Atlas atlas() {
    Atlas a = atlas;
    if (a == null) {
      a = AtlasJson.read(atlasJson);
      atlas = a;
    }
    return a;
  }

  /**
   * The policy table.
   *
   * @return the table
   */
  public PolicyTable policies() {
    PolicyTable p = policies;
    if (p == null) {
      p = PolicyJson.reader().read(policyJson);
      policies = p;
    }
    return p;
  }

  /**
   * The zone of the days.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return ZoneId.of(zone);
  }

  /**
   * The first day reported.
   *
   * @return the day
   */
  public LocalDate from() {
    return LocalDate.ofEpochDay(from);
  }

  /**
   * The last day reported.
   *
   * @return the day
   */
  public LocalDate until() {
    return LocalDate.ofEpochDay(until);
  }

  /**
   * The overdue list's length per unit.
   *
   * @return the limit
   */
  public int overdueLimit() {
    return overdueLimit;
  }

  /**
   * The instant a day's metrics are taken at: its last nanosecond, so that every event of the day
   * counts and none of the next.
   *
   * @param day the day
   * @return the instant
   */
  public Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(zone()).toInstant().minusNanos(1);
  }

  /** The event-time timer of a day: its last millisecond. */
  long timerOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(zone()).toInstant().toEpochMilli() - 1;
  }

  /** The day an event-time millisecond falls on. */
  LocalDate dayOf(long millis) {
    return LocalDate.ofInstant(Instant.ofEpochMilli(millis), zone());
  }

  /** The offset of Flink's daily windows, so that they start at the zone's midnight. */
  Duration windowOffset() {
    ZoneOffset offset = zone().getRules().getOffset(from().atStartOfDay(zone()).toInstant());
    return Duration.ofSeconds(-offset.getTotalSeconds());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof MetricsSettings s)) {
      return false;
    }
    return s.atlasJson.equals(atlasJson)
        && s.policyJson.equals(policyJson)
        && s.zone.equals(zone)
        && s.from == from
        && s.until == until
        && s.overdueLimit == overdueLimit;
  }

  @Override
  public int hashCode() {
    return Objects.hash(atlasJson, policyJson, zone, from, until, overdueLimit);
  }

  @Override
  public String toString() {
    return "MetricsSettings[" + zone + ", " + from() + ".." + until() + "]";
  }
}
