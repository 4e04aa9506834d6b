package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.gridgov.core.DivisionCode;

/**
 * The least and most winners one district may have (名额分配), such as "每个县区至少2名".
 *
 * @param district the district, matched against {@link Candidate#district()}
 * @param min the fewest winners, at least 0
 * @param max the most winners, at least {@code min}
 */
public record RegionalSeats(DivisionCode district, int min, int max) {
  /**
   * Checks the fields.
   *
   * @param district the district
   * @param min the fewest winners
   * @param max the most winners
   */
  public RegionalSeats {
    checkNotNull(district, "district");
    checkArgument(min >= 0, "a regional minimum is at least 0, got %s", min);
    checkArgument(max >= min, "a regional maximum is at least the minimum %s, got %s", min, max);
  }

  /**
   * Limits for a district.
   *
   * @param district the district's code, such as {@code "210802"}
   * @param min the fewest winners
   * @param max the most winners
   * @return the limits
   */
  public static RegionalSeats of(String district, int min, int max) {
    return new RegionalSeats(DivisionCode.parse(checkNotNull(district, "district")), min, max);
  }
}
