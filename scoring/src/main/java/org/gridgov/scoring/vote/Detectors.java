package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.Optional;

/**
 * The anti-brushing (防刷票) detectors of a round. Each one that is set flags ballots as suspect with
 * its evidence ({@link Finding}); a suspect ballot still counts until the candidate is sanctioned
 * with {@link Sanction#REMOVE_FLAGGED_VOTES} (see {@link Screening}).
 *
 * <ul>
 *   <li>{@code ipBurst}, {@code deviceBurst}: more than {@code max} ballots from one IP address or
 *       device within some window of the given length flags every ballot of that address or device
 *       inside such windows.
 *   <li>{@code votersPerDevice}: a device used by more than this many voter keys on one day of the
 *       round flags all of that device's ballots on that day.
 *   <li>{@code candidateSurge}: a candidate whose ballots in one period are more than {@code
 *       factor} times its own average over the previous {@code baselinePeriods} periods, and at
 *       least {@code minBallots}, has that period's ballots flagged.
 * </ul>
 *
 * <pre>{@code
 * Detectors d = Detectors.none()
 *     .withIpBurst(RateLimit.of(30, Duration.ofMinutes(10)))
 *     .withVotersPerDevice(5)
 *     .withCandidateSurge(new Detectors.Surge(8, 200, Duration.ofHours(1), 72));
 * }</pre>
 *
 * @param ipBurst the burst threshold per IP address, if detected
 * @param deviceBurst the burst threshold per device, if detected
 * @param votersPerDevice the most voter keys per device per day, if detected
 * @param candidateSurge the surge rule per candidate, if detected
 */
public record Detectors(
    Optional<RateLimit> ipBurst,
    Optional<RateLimit> deviceBurst,
    Optional<Integer> votersPerDevice,
    Optional<Surge> candidateSurge) {

  /**
   * Checks the fields.
   *
   * @param ipBurst per IP
   * @param deviceBurst per device
   * @param votersPerDevice voter keys per device per day, at least 1
   * @param candidateSurge per candidate
   */
  public Detectors {
    checkNotNull(ipBurst, "ipBurst");
    checkNotNull(deviceBurst, "deviceBurst");
    checkNotNull(votersPerDevice, "votersPerDevice");
    checkNotNull(candidateSurge, "candidateSurge");
    votersPerDevice.ifPresent(
        v -> checkArgument(v >= 1, "voters per device are at least 1, got %s", v));
  }

  /**
   * No detector.
   *
   * @return the detectors
   */
  public static Detectors none() {
    return new Detectors(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Whether no detector is set.
   *
   * @return true if none
   */
  public boolean isNone() {
    return ipBurst.isEmpty()
        && deviceBurst.isEmpty()
        && votersPerDevice.isEmpty()
        && candidateSurge.isEmpty();
  }

  /**
   * These detectors with an IP burst threshold.
   *
   * @param threshold more than {@code max} within the window is a burst
   * @return the detectors
   */
  public Detectors withIpBurst(RateLimit threshold) {
    return new Detectors(Optional.of(threshold), deviceBurst, votersPerDevice, candidateSurge);
  }

  /**
   * These detectors with a device burst threshold.
   *
   * @param threshold more than {@code max} within the window is a burst
   * @return the detectors
   */
  public Detectors withDeviceBurst(RateLimit threshold) {
    return new Detectors(ipBurst, Optional.of(threshold), votersPerDevice, candidateSurge);
  }

  /**
   * These detectors with a limit on voter keys per device per day.
   *
   * @param max more voter keys than this on one device in one day is suspect
   * @return the detectors
   */
  public Detectors withVotersPerDevice(int max) {
    return new Detectors(ipBurst, deviceBurst, Optional.of(max), candidateSurge);
  }

  /**
   * These detectors with a candidate surge rule.
   *
   * @param surge the rule
   * @return the detectors
   */
  public Detectors withCandidateSurge(Surge surge) {
    return new Detectors(ipBurst, deviceBurst, votersPerDevice, Optional.of(surge));
  }

  /**
   * A candidate's ballots far above its own baseline: more than {@code factor} times its average
   * per period over the previous {@code baselinePeriods} periods of the round, and at least {@code
   * minBallots}. Periods are aligned to the round's start; the first {@code baselinePeriods}
   * periods build the baseline and are not judged.
   *
   * @param factor how many times the baseline is a surge, 2 to 1000
   * @param minBallots the fewest ballots in a period that can be a surge, at least 1
   * @param period the period, from 1 minute to 1 day
   * @param baselinePeriods how many earlier periods make the baseline, 1 to 10,000
   */
  public record Surge(int factor, int minBallots, Duration period, int baselinePeriods) {
    /**
     * Checks the fields.
     *
     * @param factor the factor
     * @param minBallots the fewest ballots
     * @param period the period
     * @param baselinePeriods the baseline's periods
     */
    public Surge {
      checkNotNull(period, "period");
      checkArgument(factor >= 2 && factor <= 1000, "a surge factor is 2 to 1000, got %s", factor);
      checkArgument(minBallots >= 1, "a surge has at least 1 ballot, got %s", minBallots);
      checkArgument(
          period.compareTo(Duration.ofMinutes(1)) >= 0
              && period.compareTo(Duration.ofDays(1)) <= 0
              && period.toNanos() % 1_000_000_000L == 0,
          "a surge period is whole seconds from PT1M to P1D, got %s",
          period);
      checkArgument(
          baselinePeriods >= 1 && baselinePeriods <= 10_000,
          "a surge baseline has 1 to 10000 periods, got %s",
          baselinePeriods);
    }
  }
}
