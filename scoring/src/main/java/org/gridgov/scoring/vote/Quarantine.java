package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The ballots {@link Screening} flagged (隔离), each by id with its kind and the finding that holds
 * its evidence. A count reads it: ballots over a limit are always rejected, suspect ones count
 * until their candidate is sanctioned. Immutable and thread-safe.
 *
 * <pre>{@code
 * Quarantine q = Screening.screen(round, ballots);
 * q.findings();                 // the evidence, one finding per burst, device-day or surge
 * q.flag("b-000123");           // Optional[Flag[kind=SUSPECT, finding=3]]
 * }</pre>
 *
 * <p>Flags attach to ballot ids: a copy of a flagged ballot is flagged too. A ballot flagged by
 * several findings keeps a {@link FlagKind#LIMIT} flag over a suspect one, and otherwise the first
 * finding.
 */
public final class Quarantine {
  private static final Quarantine NONE = new Quarantine(List.of(), Map.of());

  private final List<Finding> findings;
  private final Map<String, Flag> flags;
  private volatile byte @Nullable [] fingerprint;

  private Quarantine(List<Finding> findings, Map<String, Flag> flags) {
    this.findings = List.copyOf(findings);
    this.flags = flags;
  }

  /**
   * A ballot's flag.
   *
   * @param kind the kind
   * @param finding the number of the finding with the evidence
   */
  public record Flag(FlagKind kind, int finding) {
    /**
     * Checks the fields.
     *
     * @param kind the kind
     * @param finding the finding's number, at least 0
     */
    public Flag {
      checkNotNull(kind, "kind");
      checkArgument(finding >= 0, "a finding's number is at least 0, got %s", finding);
    }
  }

  /**
   * The empty quarantine.
   *
   * @return no flags
   */
  public static Quarantine none() {
    return NONE;
  }

  /**
   * A builder, for flags found elsewhere.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The findings, by number.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * A ballot's flag. O(1).
   *
   * @param ballotId the ballot's id
   * @return the flag, or empty
   */
  public Optional<Flag> flag(String ballotId) {
    return Optional.ofNullable(flags.get(ballotId));
  }

  @Nullable Flag flagOrNull(String ballotId) {
    return flags.isEmpty() ? null : flags.get(ballotId);
  }

  /**
   * The number of flagged ballot ids.
   *
   * @return the count
   */
  public int size() {
    return flags.size();
  }

  /**
   * The flagged ballot ids of one kind, sorted.
   *
   * @param kind the kind
   * @return the ids
   */
  public List<String> flagged(FlagKind kind) {
    List<String> out = new ArrayList<>();
    new TreeMap<>(flags)
        .forEach(
            (id, f) -> {
              if (f.kind() == kind) {
                out.add(id);
              }
            });
    return out;
  }

  /**
   * Whether nothing is flagged.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return flags.isEmpty();
  }

  /** SHA-256 over the flags sorted by ballot id: what a count's decisions depend on. */
  byte[] fingerprint() {
    byte[] f = fingerprint;
    if (f == null) {
      MessageDigest md = Round.sha256();
      md.update("gridgov-vote-quarantine/1\n".getBytes(StandardCharsets.UTF_8));
      new TreeMap<>(flags)
          .forEach(
              (id, flag) ->
                  md.update((id + "\t" + flag.kind() + "\n").getBytes(StandardCharsets.US_ASCII)));
      f = md.digest();
      fingerprint = f;
    }
    return f;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Quarantine q && q.findings.equals(findings) && q.flags.equals(flags);
  }

  @Override
  public int hashCode() {
    return findings.hashCode() * 31 + flags.hashCode();
  }

  @Override
  public String toString() {
    return "Quarantine[" + flags.size() + " ballots, " + findings.size() + " findings]";
  }

  /** Builds a {@link Quarantine}; not thread-safe. */
  public static final class Builder {
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Flag> flags = new HashMap<>();

    private Builder() {}

    /**
     * Adds a finding; its number must be the number of findings added before it.
     *
     * @param finding the finding
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addFinding(Finding finding) {
      checkArgument(
          finding.number() == findings.size(),
          "finding number %s added as number %s",
          finding.number(),
          findings.size());
      findings.add(finding);
      return this;
    }

    /**
     * Flags a ballot with a finding's kind; a limit flag is kept over a suspect one.
     *
     * @param ballotId the ballot's id
     * @param finding the finding's number
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder flag(String ballotId, int finding) {
      Ids.check("a ballot id", ballotId);
      checkElementIndex(finding, findings.size(), "finding");
      Flag f = new Flag(findings.get(finding).kind(), finding);
      Flag old = flags.get(ballotId);
      if (old == null || (old.kind() == FlagKind.SUSPECT && f.kind() == FlagKind.LIMIT)) {
        flags.put(ballotId, f);
      }
      return this;
    }

    /**
     * The number of findings added so far, the number of the next one.
     *
     * @return the count
     */
    public int findingCount() {
      return findings.size();
    }

    /**
     * Builds the quarantine.
     *
     * @return the quarantine
     */
    public Quarantine build() {
      return findings.isEmpty() && flags.isEmpty()
          ? NONE
          : new Quarantine(findings, new HashMap<>(flags));
    }
  }
}
