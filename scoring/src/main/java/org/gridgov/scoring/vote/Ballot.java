package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One ballot (选票) as a vote platform records it: its id, the voter's opaque key, the candidates
 * chosen, when it was cast, the channel, and where the platform knows them the IP address and
 * device it came from (which only the anti-brushing detectors and the per-IP and per-device limits
 * read; they are never published).
 *
 * <pre>{@code
 * Ballot b = Ballot.of("b-000001", voter, "zq-001", Instant.parse("2022-11-01T01:30:00Z"), "wechat")
 *     .withIp("10.8.0.17")
 *     .withDevice("dev-7f3a");
 * }</pre>
 *
 * <p>Counts decide ballots in the documented order ({@link #order()}): by instant, then ballot id,
 * then voter key, choices and channel, so that the same ballots in any order give the same count.
 *
 * @param id the ballot's id: 1 to 64 ASCII letters, digits, {@code . _ : -}
 * @param voter the voter's key
 * @param choices the candidate ids chosen, 1 to {@value VoteRules#MAX_VOTES_PER_DAY}, none twice
 * @param at when the ballot was cast
 * @param channel the channel's id, one of the round's channels for the ballot to count
 * @param ip the IP address, if known: 1 to 128 characters without control characters
 * @param device the device id, if known: 1 to 128 characters without control characters
 */
public record Ballot(
    String id,
    VoterKey voter,
    List<String> choices,
    Instant at,
    String channel,
    Optional<String> ip,
    Optional<String> device)
    implements Submission {

  private static final Comparator<Ballot> ORDER = Ballot::compare;

  private static int compare(Ballot a, Ballot b) {
    int c = a.at.compareTo(b.at);
    if (c != 0) {
      return c;
    }
    c = a.id.compareTo(b.id);
    if (c != 0) {
      return c;
    }
    c = a.voter.compareTo(b.voter);
    if (c != 0) {
      return c;
    }
    for (int i = 0; i < a.choices.size() && i < b.choices.size(); i++) {
      c = a.choices.get(i).compareTo(b.choices.get(i));
      if (c != 0) {
        return c;
      }
    }
    c = Integer.compare(a.choices.size(), b.choices.size());
    return c != 0 ? c : a.channel.compareTo(b.channel);
  }

  /**
   * Checks and copies.
   *
   * @param id the id
   * @param voter the voter
   * @param choices the choices
   * @param at the instant
   * @param channel the channel
   * @param ip the IP address
   * @param device the device
   */
  public Ballot {
    checkNotNull(id, "id");
    checkNotNull(voter, "voter");
    checkNotNull(choices, "choices");
    checkNotNull(at, "at");
    checkNotNull(channel, "channel");
    checkNotNull(ip, "ip");
    checkNotNull(device, "device");
    Ids.check("a ballot id", id);
    choices = List.copyOf(choices);
    checkArgument(
        !choices.isEmpty() && choices.size() <= VoteRules.MAX_VOTES_PER_DAY,
        "a ballot names 1 to %s candidates, got %s",
        VoteRules.MAX_VOTES_PER_DAY,
        choices.size());
    for (int i = 0; i < choices.size(); i++) {
      Ids.check("a candidate id", choices.get(i));
      for (int j = 0; j < i; j++) {
        checkArgument(
            !choices.get(j).equals(choices.get(i)),
            "a ballot names candidate \"%s\" twice",
            choices.get(i));
      }
    }
    Ids.check("a channel id", channel);
    ip.flatMap(v -> Ids.tagProblem("an IP address", v))
        .ifPresent(
            m -> {
              throw new IllegalArgumentException(m);
            });
    device
        .flatMap(v -> Ids.tagProblem("a device id", v))
        .ifPresent(
            m -> {
              throw new IllegalArgumentException(m);
            });
  }

  /**
   * A ballot for one candidate, without IP address or device.
   *
   * @param id the id
   * @param voter the voter
   * @param candidate the candidate's id
   * @param at the instant
   * @param channel the channel
   * @return the ballot
   */
  public static Ballot of(String id, VoterKey voter, String candidate, Instant at, String channel) {
    return new Ballot(
        id, voter, List.of(candidate), at, channel, Optional.empty(), Optional.empty());
  }

  /**
   * The documented order of a count: by instant, then ballot id (ASCII order), then voter key,
   * choices (candidate ids in the order given, compared one by one) and channel. Ballots equal in
   * all of these are copies, which a count decides alike.
   *
   * @return the comparator
   */
  public static Comparator<Ballot> order() {
    return ORDER;
  }

  /**
   * What is wrong with an id (of a ballot, candidate, channel or round), if anything: ids are 1 to
   * 64 ASCII letters, digits, {@code . _ : -}.
   *
   * @param text the id
   * @return the problem, or empty for a valid id
   */
  public static Optional<String> problemWithId(String text) {
    return Ids.problemWith("an id", checkNotNull(text, "text"));
  }

  /**
   * What is wrong with an IP address or device id, if anything: 1 to 128 characters, not blank, no
   * control characters.
   *
   * @param text the text
   * @return the problem, or empty if valid
   */
  public static Optional<String> problemWithTag(String text) {
    return Ids.tagProblem("an IP address or device id", checkNotNull(text, "text"));
  }

  /**
   * This ballot with an IP address.
   *
   * @param address the address
   * @return the ballot
   */
  public Ballot withIp(String address) {
    return new Ballot(id, voter, choices, at, channel, Optional.of(address), device);
  }

  /**
   * This ballot with a device id.
   *
   * @param deviceId the device
   * @return the ballot
   */
  public Ballot withDevice(String deviceId) {
    return new Ballot(id, voter, choices, at, channel, ip, Optional.of(deviceId));
  }

  /**
   * This ballot without IP address and device, as the published decision log shows it.
   *
   * @return the ballot
   */
  public Ballot withoutOrigin() {
    return ip.isEmpty() && device.isEmpty()
        ? this
        : new Ballot(id, voter, choices, at, channel, Optional.empty(), Optional.empty());
  }

  @Override
  public Kind kind() {
    return Kind.BALLOT;
  }
}
