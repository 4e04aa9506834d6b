package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * At most {@code max} ballots within any {@code window}: the per-IP and per-device limits of a
 * round ("每个IP每5分钟只能投一票" is {@code RateLimit.of(1, Duration.ofMinutes(5))}) and the thresholds of
 * the burst detectors.
 *
 * @param max the most ballots allowed within the window, at least 1
 * @param window the window, from 1 second to 7 days
 */
public record RateLimit(int max, Duration window) {
  /** The longest window: 7 days. */
  public static final Duration MAX_WINDOW = Duration.ofDays(7);

  /**
   * Checks the fields.
   *
   * @param max the most ballots, at least 1
   * @param window the window, 1 second to 7 days
   */
  public RateLimit {
    checkNotNull(window, "window");
    checkArgument(max >= 1, "a rate limit allows at least 1 ballot, got %s", max);
    checkArgument(
        window.compareTo(Duration.ofSeconds(1)) >= 0 && window.compareTo(MAX_WINDOW) <= 0,
        "a rate limit's window is from PT1S to P7D, got %s",
        window);
  }

  /**
   * A limit.
   *
   * @param max the most ballots within the window
   * @param window the window
   * @return the limit
   */
  public static RateLimit of(int max, Duration window) {
    return new RateLimit(max, window);
  }

  /**
   * The limit as {@code 1 per PT5M}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return max + " per " + window;
  }
}
