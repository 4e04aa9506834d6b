package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a count found, frozen: totals, one line per candidate in the round's order, counted ballots
 * per channel, and the audit digest. {@link VoteResult} turns it into a ranking.
 *
 * @param round the round's id
 * @param roundFingerprint the round's fingerprint ({@link Round#fingerprint()})
 * @param totals the totals
 * @param candidates one line per candidate, in the round's order
 * @param channels counted ballots per channel, in the round's order
 * @param digest the audit digest
 */
public record Count(
    String round,
    String roundFingerprint,
    Totals totals,
    List<CandidateCount> candidates,
    Map<String, Long> channels,
    AuditDigest digest) {
  /**
   * Checks and copies.
   *
   * @param round the round id
   * @param roundFingerprint the fingerprint
   * @param totals the totals
   * @param candidates the lines
   * @param channels per channel
   * @param digest the digest
   */
  public Count {
    checkNotNull(round, "round");
    checkNotNull(roundFingerprint, "roundFingerprint");
    checkNotNull(totals, "totals");
    checkNotNull(digest, "digest");
    candidates = List.copyOf(candidates);
    channels = Collections.unmodifiableMap(new LinkedHashMap<>(checkNotNull(channels)));
    long perChannel = channels.values().stream().mapToLong(Long::longValue).sum();
    checkArgument(
        perChannel == totals.accepted(),
        "counted ballots per channel add up to %s, not the %s accepted",
        perChannel,
        totals.accepted());
  }

  /**
   * A candidate's line.
   *
   * @param candidate the candidate's id
   * @return the line, or empty
   */
  public Optional<CandidateCount> candidate(String candidate) {
    return candidates.stream().filter(c -> c.candidate().equals(candidate)).findFirst();
  }
}
