package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The running count of a round (计票): every submission it receives is decided at once, accepted or
 * rejected with a reason, and counted. It is the state a distributed engine keeps: mergeable,
 * serialisable, and bounded by one day's (voter, candidate) pairs.
 *
 * <pre>{@code
 * VoteTally tally = VoteTally.start(round, quarantine, sanctions);
 * for (Submission s : ballotsInDocumentedOrder) {
 *   Decision d = tally.ingest(s);          // ACCEPTED, or REJECTED with its reason
 * }
 * Count count = tally.count();             // totals, one line per candidate, the digest
 * }</pre>
 *
 * <h2>Rules</h2>
 *
 * <p>A tally decides ballots in the documented order ({@link Ballot#order()}: by instant, then
 * ballot id) and refuses one that comes before a ballot it has decided ({@link
 * OutOfOrderBallotException}); {@link VoteCounter} puts input of any order into that order. A
 * ballot is checked in the order of {@link RejectionReason}: its form for this round (channel,
 * number of choices), the window, the candidates, then against the voter's day in the round's zone:
 * a ballot id the voter already had counted that day is {@code REPLAYED}; a flag from the {@link
 * Quarantine} that rejects it ({@link FlagKind#LIMIT}, or {@link FlagKind#SUSPECT} for a candidate
 * with {@link Sanction#REMOVE_FLAGGED_VOTES}) is {@code FLAGGED} and uses none of the voter's caps;
 * then the daily cap (votes, each choice one vote), the per-candidate cap and the minimum interval
 * since the voter's last counted ballot, which spans midnight. A ballot that breaks none is
 * counted. Malformed lines are counted as received and rejected.
 *
 * <h2>Splitting and merging</h2>
 *
 * <p>Every rule reads one voter's ballots only, so a count can be split by voter: give each tally
 * the ballots of whole voter buckets ({@link VoterKey#bucket()}, 1024 of them) in the documented
 * order, and {@link #merge(VoteTally)} the tallies; the result, ledger and digest are exactly those
 * of one tally over all ballots, at any split. {@code merge} is associative and commutative, and a
 * fresh tally ({@link #start}) is its identity. A distributed engine keys its state by bucket,
 * keeps one tally per key, feeds it in event-time order, and merges all tallies at the end;
 * malformed lines go to any tally.
 *
 * <h2>Memory</h2>
 *
 * <p>A tally holds counters (O(candidates)), the voters of the current day, each in a slot of
 * {@code 4 + cap + cap/2} longs for a daily cap of {@code cap} votes (so memory is bounded by one
 * day's voters and their (voter, candidate) pairs, not the round), the audit chains (at most 64
 * pending records per bucket) and the last ballot decided. At a new day only voters whose last
 * counted ballot is within the minimum interval of midnight are kept.
 *
 * <h2>Binary form</h2>
 *
 * <p>{@link #writeTo(DataOutput)} writes a compact, versioned form of JDK primitives (magic {@code
 * GVT1}, version 4, the payload's length, then the fingerprint of the round, quarantine and removal
 * sanctions, counters, voters, chains, last ballot, then a CRC32C over all of it); {@link
 * #readFrom(DataInput, Round, Quarantine, Sanctions)} reads it back under the same settings,
 * refusing a changed or missing byte by the checksum and counters no count could make by checking
 * them. Hot path: {@link #ingest} is O(1) expected (one probe of the voter table, O(cap) scans
 * within the voter's slot).
 *
 * <p>Not thread-safe; a tally is owned by one thread at a time.
 */
public final class VoteTally {
  private final TallyState state;

  private VoteTally(TallyState state) {
    this.state = state;
  }

  /**
   * A fresh tally without flags or sanctions.
   *
   * @param round the round
   * @return the tally
   */
  public static VoteTally start(Round round) {
    return start(round, Quarantine.none(), Sanctions.none());
  }

  /**
   * A fresh tally: nothing received yet. It is the identity of {@link #merge}.
   *
   * @param round the round
   * @param quarantine the flags from screening
   * @param sanctions the sanctions; only {@link Sanction#REMOVE_FLAGGED_VOTES} changes decisions
   * @return the tally
   * @throws IllegalArgumentException if the sanctions name a candidate the round does not have
   */
  public static VoteTally start(Round round, Quarantine quarantine, Sanctions sanctions) {
    return new VoteTally(
        new TallyState(
            checkNotNull(round, "round"),
            checkNotNull(quarantine, "quarantine"),
            checkNotNull(sanctions, "sanctions")));
  }

  /**
   * The round counted.
   *
   * @return the round
   */
  public Round round() {
    return state.round;
  }

  /**
   * The flags the tally reads.
   *
   * @return the quarantine
   */
  public Quarantine quarantine() {
    return state.quarantine;
  }

  /**
   * The sanctions the tally was started with.
   *
   * @return the sanctions
   */
  public Sanctions sanctions() {
    return state.sanctions;
  }

  /**
   * Decides and counts one submission. O(1) expected.
   *
   * @param submission a ballot, not before the last ballot decided in the documented order, or a
   *     malformed line
   * @return the decision
   * @throws OutOfOrderBallotException if the ballot comes before the last one decided
   */
  public Decision ingest(Submission submission) {
    return state.ingest(checkNotNull(submission, "submission"));
  }

  /**
   * Decides and counts submissions in the order given, passing each decision to the sink: the same
   * decisions, count and digest as {@link #ingest(Submission)} called for each in turn. The form
   * for a stream: it takes the submissions {@value TallyState#LOOKAHEAD} at a time and, before it
   * decides them, reads the voter-table and audit memory their decisions need for all of them at
   * once, so that on a round whose voters outgrow the processor's caches the waits for memory
   * overlap instead of queueing (see the README's vote figures).
   *
   * <pre>{@code
   * tally.ingestAll(ballots, decision -> log.write(decision)); // a List, or a stream::iterator
   * }</pre>
   *
   * @param submissions ballots in the documented order and malformed lines, read once
   * @param sink receives every decision, in the order of the submissions
   * @throws OutOfOrderBallotException if a ballot comes before the last one decided; the
   *     submissions before it are decided, and up to {@value TallyState#LOOKAHEAD} taken after it
   *     are not
   * @throws NullPointerException if a submission is null; the ones before its run are decided
   * @throws IllegalStateException if the sink uses this tally (to ingest, merge, copy or write it)
   *     before the call returns: until then the tally keeps its last ballot in a local, to spare
   *     the collector's write barrier on every ballot, and is not whole
   */
  public void ingestAll(
      Iterable<? extends Submission> submissions, Consumer<? super Decision> sink) {
    state.ingestAll(checkNotNull(submissions, "submissions"), checkNotNull(sink, "sink"));
  }

  /**
   * Decides a ballot as flagged in a decision log rather than by the quarantine: how a {@link
   * Recount} replays a log.
   *
   * @param ballot the ballot
   * @param flag the flag the log records
   * @return the decision
   * @throws OutOfOrderBallotException if the ballot comes before the last one decided
   */
  public Decision ingest(Ballot ballot, Optional<FlagKind> flag) {
    return state.ingestFlagged(checkNotNull(ballot, "ballot"), checkNotNull(flag, "flag"));
  }

  /**
   * The submissions received so far.
   *
   * @return the count
   */
  public long received() {
    return state.received;
  }

  /**
   * A frozen copy of the count so far, with the digest of the decisions so far. O(candidates +
   * buckets); the tally is unchanged and can go on.
   *
   * @return the count
   */
  public Count count() {
    return state.snapshot();
  }

  /**
   * A tally counting this one's submissions and another's: the same as one tally receiving both,
   * when they counted different voter buckets. Neither tally changes.
   *
   * @param other a tally of the same round, quarantine and removal sanctions
   * @return the merged tally
   * @throws TallyMergeException if the settings differ or both counted the same voter bucket
   */
  public VoteTally merge(VoteTally other) {
    TallyState merged = state.copy();
    merged.absorb(checkNotNull(other, "other").state);
    return new VoteTally(merged);
  }

  /**
   * An independent copy.
   *
   * @return the copy
   */
  public VoteTally copy() {
    return new VoteTally(state.copy());
  }

  /**
   * Writes the tally's binary form.
   *
   * @param out where to write
   * @throws IOException if writing fails
   */
  public void writeTo(DataOutput out) throws IOException {
    state.writeTo(checkNotNull(out, "out"));
  }

  /**
   * Reads a tally written by {@link #writeTo}, under the same settings.
   *
   * @param in where to read
   * @param round the round
   * @param quarantine the quarantine
   * @param sanctions the sanctions
   * @return the tally
   * @throws IOException if reading fails, or ({@link java.io.StreamCorruptedException}) the bytes
   *     are not a tally: another magic number or version, a checksum that does not match, input
   *     that ends inside the tally, or counters that no count could have made
   * @throws TallyMergeException if the tally was counted under other settings
   */
  public static VoteTally readFrom(
      DataInput in, Round round, Quarantine quarantine, Sanctions sanctions) throws IOException {
    VoteTally t = start(round, quarantine, sanctions);
    t.state.readFrom(checkNotNull(in, "in"));
    return t;
  }

  @Override
  public String toString() {
    return "VoteTally[" + state.round.id() + ", " + state.received + " received]";
  }
}
