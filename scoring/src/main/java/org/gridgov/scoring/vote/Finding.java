package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;

/**
 * The evidence for a group of flagged ballots (证据): which rule or detector, about what (an IP
 * address, a device, a candidate), over which span, how many ballots and voters, and the candidate
 * they favoured most.
 *
 * @param number the finding's number in its {@link Quarantine}, from 0
 * @param detector the rule or detector
 * @param subject what it is about: {@code ip 10.8.0.17}, {@code device dev-7f3a} or {@code
 *     candidate lb-017}
 * @param from the first flagged ballot's instant
 * @param to the last flagged ballot's instant
 * @param ballots the ballots flagged
 * @param voters the distinct voter keys among them
 * @param topCandidate the candidate named most often among them, if any
 * @param topCandidateBallots the ballots naming that candidate
 * @param evidence the finding in one sentence, with the threshold it crossed
 */
public record Finding(
    int number,
    Detector detector,
    String subject,
    Instant from,
    Instant to,
    long ballots,
    long voters,
    Optional<String> topCandidate,
    long topCandidateBallots,
    String evidence) {
  /**
   * Checks the fields.
   *
   * @param number the number
   * @param detector the detector
   * @param subject the subject
   * @param from the first instant
   * @param to the last instant
   * @param ballots the ballots
   * @param voters the voters
   * @param topCandidate the top candidate
   * @param topCandidateBallots its ballots
   * @param evidence the sentence
   */
  public Finding {
    checkNotNull(detector, "detector");
    checkNotNull(subject, "subject");
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(topCandidate, "topCandidate");
    checkNotNull(evidence, "evidence");
    checkArgument(number >= 0, "a finding's number is at least 0, got %s", number);
    checkArgument(!to.isBefore(from), "a finding ends at or after it starts");
    checkArgument(
        ballots >= 1 && voters >= 1 && voters <= ballots,
        "a finding has at least one ballot and at most as many voters, got %s and %s",
        ballots,
        voters);
    checkArgument(
        topCandidateBallots >= 0 && topCandidateBallots <= ballots,
        "the top candidate's ballots are 0 to %s, got %s",
        ballots,
        topCandidateBallots);
  }

  /**
   * The kind of flag the finding gives its ballots.
   *
   * @return the kind
   */
  public FlagKind kind() {
    return detector.flag();
  }
}
