package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;

/**
 * How many winners a round has and the regional limits on them.
 *
 * <pre>{@code
 * SeatRules seats = SeatRules.of(20)
 *     .withRegion(RegionalSeats.of("210802", 2, 6))    // 站前区: 2 to 6 winners
 *     .withRegion(RegionalSeats.of("210811", 2, 6));   // 老边区
 * }</pre>
 *
 * <p>Winners are chosen down the ranking: a candidate takes a seat unless their district is at its
 * maximum, or taking it would leave too few seats for the districts still below their minimum (a
 * minimum counts only as far as the district has eligible candidates). So the minimums are met
 * whenever enough candidates exist, and otherwise the ranking decides.
 *
 * @param seats the number of winners, at least 1
 * @param regions the regional limits, at most one per district
 */
public record SeatRules(int seats, List<RegionalSeats> regions) {
  /**
   * Checks and copies.
   *
   * @param seats the number of winners
   * @param regions the limits
   */
  public SeatRules {
    regions = List.copyOf(checkNotNull(regions, "regions"));
    checkArgument(seats >= 1, "a round has at least 1 seat, got %s", seats);
  }

  /**
   * Seats without regional limits.
   *
   * @param seats the number of winners
   * @return the rules
   */
  public static SeatRules of(int seats) {
    return new SeatRules(seats, List.of());
  }

  /**
   * These rules with one more regional limit.
   *
   * @param region the limit
   * @return the rules
   */
  public SeatRules withRegion(RegionalSeats region) {
    List<RegionalSeats> more = new ArrayList<>(regions);
    more.add(region);
    return new SeatRules(seats, more);
  }
}
