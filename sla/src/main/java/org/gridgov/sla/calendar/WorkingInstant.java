package org.gridgov.sla.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * An instant computed by a calendar, such as a deadline (期限), in the calendar's zone, with whether
 * it depends on dates outside the calendar's data.
 *
 * <pre>{@code
 * WorkingInstant due = ChinaHolidays.calendar().plus(received, Duration.ofHours(4));
 * due.instant();   // 2022-12-12T06:00:00Z
 * due.zoned();     // 2022-12-12T14:00+08:00[Asia/Shanghai]
 * due.toString();  // 2022-12-12T14:00:00+08:00[Asia/Shanghai]
 * }</pre>
 *
 * @param instant the instant
 * @param zone the zone of the calendar that computed it, in which it is shown
 * @param provisional true if the calendar's {@link OutOfRangePolicy#PROVISIONAL} policy applied the
 *     weekly rule to dates outside its validity range: the answer may change once that data exists
 */
public record WorkingInstant(Instant instant, ZoneId zone, boolean provisional) {
  /** The earliest epoch second whose local date-time exists in every zone. */
  private static final long FIRST_SECOND = LocalDateTime.MIN.toEpochSecond(ZoneOffset.MIN);

  /** The latest epoch second whose local date-time exists in every zone. */
  private static final long LAST_SECOND = LocalDateTime.MAX.toEpochSecond(ZoneOffset.MAX);

  /**
   * Checks for nulls, and that the instant has a local date-time in any zone (years -999999999 to
   * 999999999), so that {@link #zoned()} always answers.
   *
   * @param instant the instant
   * @param zone the calendar's zone
   * @param provisional whether the answer is provisional
   */
  public WorkingInstant {
    checkNotNull(instant, "instant");
    checkNotNull(zone, "zone");
    checkArgument(
        instant.getEpochSecond() >= FIRST_SECOND && instant.getEpochSecond() <= LAST_SECOND,
        "instant %s has no local date-time in every zone",
        instant);
  }

  /**
   * The instant in its zone, as the calendar's wall clock shows it.
   *
   * @param zoned the date-time with its zone
   * @param provisional whether the answer is provisional
   * @return the working instant
   */
  public static WorkingInstant of(ZonedDateTime zoned, boolean provisional) {
    checkNotNull(zoned, "zoned");
    return new WorkingInstant(zoned.toInstant(), zoned.getZone(), provisional);
  }

  /**
   * The instant in the calendar's zone: local date-time, offset and zone.
   *
   * @return the zoned date-time
   */
  public ZonedDateTime zoned() {
    return ZonedDateTime.ofInstant(instant, zone);
  }

  /**
   * The instant in the calendar's zone with its offset and zone ({@link
   * DateTimeFormatter#ISO_ZONED_DATE_TIME}, as {@link ZonedDateTime#parse} reads it), such as
   * {@code 2022-12-12T11:30:00+08:00[Asia/Shanghai]}, followed by {@code (provisional)} when it is.
   */
  @Override
  public String toString() {
    return zoned().format(DateTimeFormatter.ISO_ZONED_DATE_TIME)
        + (provisional ? " (provisional)" : "");
  }
}
