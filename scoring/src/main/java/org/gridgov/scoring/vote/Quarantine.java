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
 * <p>{@link Screening}'s flags attach to one ballot: its id, its voter and its day of the round. A
 * copy of a flagged ballot (a replay: same id, same voter, same day) is flagged too, but a ballot
 * of another voter or another day that happens to share the id is not. A flag added by id alone
 * ({@link Builder#flag(String, int)}, for flags found elsewhere) applies to every ballot with that
 * id. A ballot flagged by several findings keeps a {@link FlagKind#LIMIT} flag over a suspect one,
 * and otherwise the first finding.
 */
public final class Quarantine {
  private static final Quarantine NONE = new Quarantine(List.of(), Map.of(), Map.of());

  private final List<Finding> findings;

  /** The flag of each flagged id: its own, or the strongest of its ballots'. */
  private final Map<String, Flag> flags;

  /** Flags by id alone, for every ballot with the id. */
  private final Map<String, Flag> byId;

  /** Flags of one ballot each. */
  private final Map<Key, Flag> byBallot;

  private volatile byte @Nullable [] fingerprint;

  private Quarantine(List<Finding> findings, Map<String, Flag> byId, Map<Key, Flag> byBallot) {
    this.findings = List.copyOf(findings);
    this.byId = byId;
    this.byBallot = byBallot;
    Map<String, Flag> all = new HashMap<>(byId);
    byBallot.forEach((k, f) -> all.merge(k.id(), f, Quarantine::stronger));
    this.flags = all;
  }

  /** A limit flag over a suspect one, else the lower finding. */
  private static Flag stronger(Flag a, Flag b) {
    if (a.kind() != b.kind()) {
      return a.kind() == FlagKind.LIMIT ? a : b;
    }
    return a.finding() <= b.finding() ? a : b;
  }

  /** One ballot: id, voter and day of the round. */
  private record Key(String id, long high, long low, int day) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = id.compareTo(o.id);
      if (c == 0) {
        c = Long.compareUnsigned(high, o.high);
      }
      if (c == 0) {
        c = Long.compareUnsigned(low, o.low);
      }
      return c != 0 ? c : Integer.compare(day, o.day);
    }
  }

  /**
   * A flag of one ballot, as {@link #entries()} lists them.
   *
   * @param ballotId the ballot's id
   * @param voter the ballot's voter, or empty for a flag of every ballot with the id
   * @param day the ballot's day of the round (0 for the first), or -1 with no voter
   * @param flag the flag
   */
  public record Entry(String ballotId, Optional<VoterKey> voter, int day, Flag flag) {
    /**
     * Checks the fields.
     *
     * @param ballotId the id
     * @param voter the voter, if one ballot
     * @param day the day, at least 0 with a voter, -1 without
     * @param flag the flag
     */
    public Entry {
      Ids.check("a ballot id", ballotId);
      checkNotNull(voter, "voter");
      checkNotNull(flag, "flag");
      checkArgument(
          voter.isPresent() ? day >= 0 : day == -1,
          "a flag of one ballot has a day of at least 0, a flag by id alone -1; got %s",
          day);
    }
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
   * The flag of a ballot id: the flag of the ballot with this id, or, where several ballots share
   * it, the strongest of their flags (limit over suspect, then the first finding). O(1).
   *
   * @param ballotId the ballot's id
   * @return the flag, or empty
   */
  public Optional<Flag> flag(String ballotId) {
    return Optional.ofNullable(flags.get(ballotId));
  }

  /**
   * Every flag: those by id alone, then those of one ballot, each sorted by id (then voter and
   * day). {@link Builder#flag(Entry)} adds them back.
   *
   * @return the flags
   */
  public List<Entry> entries() {
    List<Entry> out = new ArrayList<>(byId.size() + byBallot.size());
    new TreeMap<>(byId).forEach((id, f) -> out.add(new Entry(id, Optional.empty(), -1, f)));
    new TreeMap<>(byBallot)
        .forEach(
            (k, f) ->
                out.add(
                    new Entry(k.id(), Optional.of(VoterKey.of(k.high(), k.low())), k.day(), f)));
    return out;
  }

  /** The flag of one ballot on a day of the round (-1 outside it), or null. O(1). */
  @Nullable Flag flagOrNull(String ballotId, VoterKey voter, int day) {
    if (flags.isEmpty()) {
      return null;
    }
    Flag one =
        byBallot.isEmpty() || day < 0
            ? null
            : byBallot.get(new Key(ballotId, voter.high(), voter.low(), day));
    Flag all = byId.isEmpty() ? null : byId.get(ballotId);
    return one == null ? all : all == null ? one : stronger(one, all);
  }

  /**
   * The number of flagged ballot ids (ballots that share an id count once).
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
      // version 2: flags of one ballot carry its voter and day
      md.update("gridgov-vote-quarantine/2\n".getBytes(StandardCharsets.UTF_8));
      new TreeMap<>(byId)
          .forEach(
              (id, flag) ->
                  md.update(
                      (id + "\t*\t" + flag.kind() + "\n").getBytes(StandardCharsets.US_ASCII)));
      new TreeMap<>(byBallot)
          .forEach(
              (k, flag) ->
                  md.update(
                      (k.id()
                              + "\t"
                              + VoterKey.of(k.high(), k.low())
                              + "\t"
                              + k.day()
                              + "\t"
                              + flag.kind()
                              + "\n")
                          .getBytes(StandardCharsets.US_ASCII)));
      f = md.digest();
      fingerprint = f;
    }
    return f;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Quarantine q
        && q.findings.equals(findings)
        && q.byId.equals(byId)
        && q.byBallot.equals(byBallot);
  }

  @Override
  public int hashCode() {
    return (findings.hashCode() * 31 + byId.hashCode()) * 31 + byBallot.hashCode();
  }

  @Override
  public String toString() {
    return "Quarantine[" + flags.size() + " ballots, " + findings.size() + " findings]";
  }

  /** Builds a {@link Quarantine}; not thread-safe. */
  public static final class Builder {
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Flag> flags = new HashMap<>();
    private final Map<Key, Flag> ballots = new HashMap<>();

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
     * Flags every ballot with an id, whatever its voter and day, with a finding's kind; a limit
     * flag is kept over a suspect one.
     *
     * @param ballotId the ballot's id
     * @param finding the finding's number
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder flag(String ballotId, int finding) {
      Ids.check("a ballot id", ballotId);
      put(flags, ballotId, finding);
      return this;
    }

    /**
     * Flags one ballot, known by its id, voter and day of the round (0 for the first), with a
     * finding's kind; a limit flag is kept over a suspect one. A replay of the ballot (same id,
     * voter and day) has the flag too; another ballot that shares the id has not.
     *
     * @param ballotId the ballot's id
     * @param voter the ballot's voter
     * @param day the ballot's day of the round, at least 0
     * @param finding the finding's number
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder flag(String ballotId, VoterKey voter, int day, int finding) {
      Ids.check("a ballot id", ballotId);
      checkNotNull(voter, "voter");
      checkArgument(day >= 0, "a day of the round is at least 0, got %s", day);
      put(ballots, new Key(ballotId, voter.high(), voter.low(), day), finding);
      return this;
    }

    /**
     * Adds a flag as {@link Quarantine#entries()} lists it.
     *
     * @param entry the flag; its finding must have been added
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder flag(Entry entry) {
      checkNotNull(entry, "entry");
      return entry.voter().isPresent()
          ? flag(entry.ballotId(), entry.voter().get(), entry.day(), entry.flag().finding())
          : flag(entry.ballotId(), entry.flag().finding());
    }

    private <K> void put(Map<K, Flag> into, K key, int finding) {
      checkElementIndex(finding, findings.size(), "finding");
      Flag f = new Flag(findings.get(finding).kind(), finding);
      Flag old = into.get(key);
      if (old == null || (old.kind() == FlagKind.SUSPECT && f.kind() == FlagKind.LIMIT)) {
        into.put(key, f);
      }
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
      return findings.isEmpty() && flags.isEmpty() && ballots.isEmpty()
          ? NONE
          : new Quarantine(findings, new HashMap<>(flags), new HashMap<>(ballots));
    }
  }
}
