package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.Optional;

/**
 * The caps of a round (投票规则): how many votes one voter may cast per day, how many for one candidate
 * per day, how many choices one ballot may carry, the least time between two of a voter's counted
 * ballots, and optional limits per IP address and per device. Days are the round's days in its
 * zone. Every channel counts against the same caps.
 *
 * <pre>{@code
 * VoteRules rules = VoteRules.of(5, 1)                      // 5 a day, 1 per candidate a day
 *     .withMinInterval(Duration.ofMinutes(1))
 *     .withPerIp(RateLimit.of(1, Duration.ofMinutes(5)));  // one vote per IP every 5 minutes
 * }</pre>
 *
 * @param votesPerVoterPerDay votes one voter may cast per day, 1 to {@value #MAX_VOTES_PER_DAY}
 * @param votesPerCandidatePerDay votes one voter may give one candidate per day, at least 1 and at
 *     most {@code votesPerVoterPerDay}
 * @param choicesPerBallot candidates one ballot may name, at least 1 and at most {@code
 *     votesPerVoterPerDay}
 * @param minInterval the least time from a voter's counted ballot to their next, zero to one day
 * @param perIp at most so many ballots from one IP address within a window, if limited
 * @param perDevice at most so many ballots from one device within a window, if limited
 */
public record VoteRules(
    int votesPerVoterPerDay,
    int votesPerCandidatePerDay,
    int choicesPerBallot,
    Duration minInterval,
    Optional<RateLimit> perIp,
    Optional<RateLimit> perDevice) {

  /**
   * The most votes per voter per day a round may allow: {@value}. Rule texts allow 3 or 5; the
   * count keeps a voter's day in a fixed-size slot of this many votes.
   */
  public static final int MAX_VOTES_PER_DAY = 64;

  /**
   * Checks the caps.
   *
   * @param votesPerVoterPerDay votes per voter per day
   * @param votesPerCandidatePerDay votes per voter per candidate per day
   * @param choicesPerBallot choices per ballot
   * @param minInterval the minimum interval
   * @param perIp the per-IP limit
   * @param perDevice the per-device limit
   */
  public VoteRules {
    checkNotNull(minInterval, "minInterval");
    checkNotNull(perIp, "perIp");
    checkNotNull(perDevice, "perDevice");
    checkArgument(
        votesPerVoterPerDay >= 1 && votesPerVoterPerDay <= MAX_VOTES_PER_DAY,
        "votes per voter per day are from 1 to %s, got %s",
        MAX_VOTES_PER_DAY,
        votesPerVoterPerDay);
    checkArgument(
        votesPerCandidatePerDay >= 1 && votesPerCandidatePerDay <= votesPerVoterPerDay,
        "votes per candidate per day are from 1 to the votes per voter per day (%s), got %s",
        votesPerVoterPerDay,
        votesPerCandidatePerDay);
    checkArgument(
        choicesPerBallot >= 1 && choicesPerBallot <= votesPerVoterPerDay,
        "choices per ballot are from 1 to the votes per voter per day (%s), got %s",
        votesPerVoterPerDay,
        choicesPerBallot);
    checkArgument(
        !minInterval.isNegative() && minInterval.compareTo(Duration.ofDays(1)) <= 0,
        "the minimum interval is from PT0S to P1D, got %s",
        minInterval);
  }

  /**
   * Caps with one choice per ballot, no minimum interval and no IP or device limits.
   *
   * @param votesPerVoterPerDay votes per voter per day
   * @param votesPerCandidatePerDay votes per voter per candidate per day
   * @return the rules
   */
  public static VoteRules of(int votesPerVoterPerDay, int votesPerCandidatePerDay) {
    return new VoteRules(
        votesPerVoterPerDay,
        votesPerCandidatePerDay,
        1,
        Duration.ZERO,
        Optional.empty(),
        Optional.empty());
  }

  /**
   * These rules with another number of choices per ballot.
   *
   * @param choices choices per ballot
   * @return the rules
   */
  public VoteRules withChoicesPerBallot(int choices) {
    return new VoteRules(
        votesPerVoterPerDay, votesPerCandidatePerDay, choices, minInterval, perIp, perDevice);
  }

  /**
   * These rules with another minimum interval.
   *
   * @param interval the interval
   * @return the rules
   */
  public VoteRules withMinInterval(Duration interval) {
    return new VoteRules(
        votesPerVoterPerDay, votesPerCandidatePerDay, choicesPerBallot, interval, perIp, perDevice);
  }

  /**
   * These rules with a per-IP limit.
   *
   * @param limit the limit
   * @return the rules
   */
  public VoteRules withPerIp(RateLimit limit) {
    return new VoteRules(
        votesPerVoterPerDay,
        votesPerCandidatePerDay,
        choicesPerBallot,
        minInterval,
        Optional.of(limit),
        perDevice);
  }

  /**
   * These rules with a per-device limit.
   *
   * @param limit the limit
   * @return the rules
   */
  public VoteRules withPerDevice(RateLimit limit) {
    return new VoteRules(
        votesPerVoterPerDay,
        votesPerCandidatePerDay,
        choicesPerBallot,
        minInterval,
        perIp,
        Optional.of(limit));
  }
}
