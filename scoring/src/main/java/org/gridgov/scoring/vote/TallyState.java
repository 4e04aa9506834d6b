package org.gridgov.scoring.vote;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The counting kernel behind {@link VoteTally}: counters in long arrays, the current day's voters
 * in a {@link VoterTable}, and the {@link AuditChains}. Not thread-safe.
 *
 * <p>Why one file of about 650 lines: the decision of one ballot, its counters and its audit record
 * are one hot path that the JIT should see whole; the binary form that merges and restores these
 * counters is kept beside them so that the two cannot drift apart.
 */
final class TallyState {
  static final int REASONS = RejectionReason.values().length;
  static final int MAX_RECORD =
      1
          + 12
          + 16
          + 1
          + Ids.MAX_LENGTH
          + 1
          + VoteRules.MAX_VOTES_PER_DAY * (4 + 1 + Ids.MAX_LENGTH)
          + 1
          + 1
          + Ids.MAX_LENGTH;
  private static final long NANOS = 1_000_000_000L;
  private static final Optional<FlagKind> NO_FLAG = Optional.empty();
  private static final Optional<FlagKind> SUSPECT = Optional.of(FlagKind.SUSPECT);
  private static final Optional<FlagKind> LIMIT = Optional.of(FlagKind.LIMIT);

  final Round round;
  final Quarantine quarantine;
  final Sanctions sanctions;
  private final boolean[] removeFlagged;
  private final boolean anyRemoval;
  final byte[] configFingerprint;
  private final int cap;
  private final int perCandidate;
  private final int choicesMax;
  private final long minIntervalNanos;
  private final int candidates;

  long received;
  long accepted;
  final long[] rejected = new long[REASONS];
  final long[] candReceived;
  final long[] candAccepted;
  final long[] candFlagged;
  final long[] candRejected;
  final long[] channelAccepted;

  VoterTable voters;
  int day = -1;
  private long dayStartNanos;
  private long dayEndNanos;
  AuditChains chains;
  @Nullable Ballot last;

  /**
   * The detail of the last rejection {@link #decide} returned, as an index into {@link #DETAILS}: a
   * number, not a string, because storing a reference into this long-lived object on every ballot
   * costs the collector's write barrier, a memory fence, each time.
   */
  private int detail;

  private static final String[] DETAILS = {
    "", "channel not in the round", "more choices than the round allows"
  };

  private final int[] scratch = new int[VoteRules.MAX_VOTES_PER_DAY];

  /** A ballot id's bytes; a whole number of words, which the audit record copies word by word. */
  private final byte[] idBytes = new byte[(Ids.MAX_LENGTH + 7) / 8 * 8];

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle INTS =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

  TallyState(Round round, Quarantine quarantine, Sanctions sanctions) {
    this.round = round;
    this.quarantine = quarantine;
    this.sanctions = sanctions;
    this.candidates = round.candidateCount();
    this.removeFlagged = new boolean[candidates];
    boolean any = false;
    for (String c : sanctions.candidatesWith(Sanction.REMOVE_FLAGGED_VOTES)) {
      int i = round.candidateIndex(c);
      if (i < 0) {
        throw new IllegalArgumentException(
            "the sanctions name candidate \"" + c + "\", who is not in round " + round.id());
      }
      removeFlagged[i] = true;
      any = true;
    }
    for (SanctionEntry e : sanctions.entries()) {
      if (round.candidateIndex(e.candidate()) < 0) {
        throw new IllegalArgumentException(
            "the sanctions name candidate \""
                + e.candidate()
                + "\", who is not in round "
                + round.id());
      }
    }
    this.anyRemoval = any;
    VoteRules rules = round.rules();
    this.cap = rules.votesPerVoterPerDay();
    this.perCandidate = rules.votesPerCandidatePerDay();
    this.choicesMax = rules.choicesPerBallot();
    this.minIntervalNanos = rules.minInterval().toNanos();
    this.candReceived = new long[candidates];
    this.candAccepted = new long[candidates];
    this.candFlagged = new long[candidates];
    this.candRejected = new long[candidates * REASONS];
    this.channelAccepted = new long[round.channels().size()];
    this.voters = new VoterTable(cap);
    this.chains = new AuditChains(round.fingerprintBytes());
    this.configFingerprint = configFingerprint(round, quarantine, sanctions);
  }

  private static byte[] configFingerprint(Round round, Quarantine q, Sanctions s) {
    MessageDigest md = Round.sha256();
    md.update("gridgov-vote-tally-config/1\n".getBytes(StandardCharsets.UTF_8));
    md.update(round.fingerprintBytes());
    md.update(q.fingerprint());
    for (String c : s.candidatesWith(Sanction.REMOVE_FLAGGED_VOTES)) {
      md.update((c + "\n").getBytes(StandardCharsets.US_ASCII));
    }
    return md.digest();
  }

  // ---- ingest ---------------------------------------------------------------------------------

  /**
   * Decides and counts a submission. Small, so that it inlines into a caller that drops the
   * decision and the JIT can leave the decision unallocated; the work is in {@link #decide}, which
   * builds none.
   */
  Decision ingest(Submission s) {
    notStreaming();
    if (s.kind() == Submission.Kind.MALFORMED) {
      return malformed((MalformedBallot) s);
    }
    Ballot b = (Ballot) s;
    inOrder(b);
    return decideFlagged(b);
  }

  /** Decides a ballot already checked to be in order, with the quarantine's flag for it. */
  private Decision decideFlagged(Ballot b) {
    Optional<FlagKind> flag = lookUp(b);
    return decision(b, decide(b, flag), flag);
  }

  /** Submissions read ahead and prepared together by {@link #ingestAll}. */
  static final int LOOKAHEAD = 16;

  private final long[] aheadHash = new long[LOOKAHEAD];
  private final int[] aheadBucket = new int[LOOKAHEAD];

  /** The sum of the memory a look ahead read, kept so that the reads are not dropped. */
  @SuppressWarnings("unused")
  private long touched;

  /**
   * Whether {@link #ingestAll} is running, during which {@link #last} is behind and the sink may
   * not use this state ({@link #notStreaming}).
   */
  private boolean streaming;

  /** Refuses a call from the sink of a running {@link #ingestAll}. */
  private void notStreaming() {
    if (streaming) {
      throw new IllegalStateException(
          "the tally is inside ingestAll: its sink may not use it (ingest, merge, copy, write)");
    }
  }

  /**
   * Decides and counts submissions in the order given, each decision to the sink: the same as
   * {@link #ingest} one by one. The submissions are taken {@value #LOOKAHEAD} at a time, and before
   * any of them is decided the memory their decisions will read (the voter table's index line and
   * slot, the end of the bucket's audit block) is read for all of them at once, so that the
   * processor waits for it once per run instead of once per ballot. If a submission fails the order
   * check, the ones before it are decided and the exception propagates; the ones after it in its
   * run were taken from the iterator and are not decided.
   *
   * <p>No reference is stored into this long-lived object per ballot: the collector's write barrier
   * on such a store ends in a memory fence, which waits for every store before it, the audit
   * record's included. So each run is held in a new array (stores into a young object skip the
   * fence), the last ballot decided is kept in a local and written to {@link #last} when the call
   * ends, and the sink, which might see {@link #last} behind, may not use this state meanwhile.
   */
  void ingestAll(Iterable<? extends Submission> submissions, Consumer<? super Decision> sink) {
    notStreaming();
    Iterator<? extends Submission> it = submissions.iterator();
    Ballot previous = last;
    streaming = true;
    try {
      while (it.hasNext()) {
        Submission[] run = new Submission[LOOKAHEAD];
        int n = 0;
        while (n < LOOKAHEAD && it.hasNext()) {
          run[n++] = Objects.requireNonNull(it.next(), "a submission");
        }
        lookAhead(run, n);
        for (int i = 0; i < n; i++) {
          Submission s = run[i];
          if (s.kind() == Submission.Kind.MALFORMED) {
            sink.accept(malformed((MalformedBallot) s));
            continue;
          }
          Ballot b = (Ballot) s;
          checkOrder(b, previous);
          previous = b;
          sink.accept(decideFlagged(b));
        }
      }
    } finally {
      streaming = false;
      last = previous;
    }
  }

  /**
   * Reads what deciding a run of submissions will read, in passes of independent loads, each a
   * short loop so that all of its loads are in flight at once: the voters' hashes and buckets (from
   * the ballots, in cache), the index line where each lookup starts and the end of each bucket's
   * audit block, then the slot each index line names; then drops the voter table's filter, whose
   * word would be one more wait. Changes no count; a new day or a growth of the table within the
   * run only makes some of the reads useless (and brings the filter back until the next run).
   */
  private void lookAhead(Submission[] run, int n) {
    long[] hashes = aheadHash;
    int[] buckets = aheadBucket;
    for (int i = 0; i < n; i++) {
      if (run[i] instanceof Ballot b) {
        VoterKey v = b.voter();
        hashes[i] = VoterTable.hash(v.high(), v.low());
        buckets[i] = v.bucket();
      } else {
        hashes[i] = 0;
        buckets[i] = 0;
      }
    }
    VoterTable table = voters;
    long sum = table.touchIndex(hashes, n) + chains.touch(buckets, n);
    touched = sum + table.touchSlots(hashes, n);
    table.dropFilter();
  }

  /** Decides a ballot with a given flag, as a recount from the decision log does. */
  Decision ingestFlagged(Ballot b, Optional<FlagKind> flag) {
    notStreaming();
    inOrder(b);
    return decision(b, decide(b, flag), flag);
  }

  private Decision decision(Ballot b, @Nullable RejectionReason reason, Optional<FlagKind> flag) {
    return reason == null
        ? new Decision.Accepted(b, flag)
        : new Decision.Rejected(b, reason, flag, DETAILS[detail]);
  }

  /** Refuses a ballot before the last one decided, else makes it the last one. */
  private void inOrder(Ballot b) {
    checkOrder(b, last);
    last = b;
  }

  private static void checkOrder(Ballot b, @Nullable Ballot previous) {
    if (previous != null && Ballot.order().compare(b, previous) < 0) {
      throw OutOfOrderBallotException.after(
          b, previous, "a tally decides ballots in the documented order (instant, then id)");
    }
  }

  private Optional<FlagKind> lookUp(Ballot b) {
    if (quarantine.isEmpty()) {
      return NO_FLAG;
    }
    // screening flags no ballot outside the window: there, only a flag by id alone applies
    int d = round.contains(b.at()) ? round.dayOfSecond(b.at().getEpochSecond()) : -1;
    Quarantine.Flag f = quarantine.flagOrNull(b.id(), b.voter(), d);
    return f == null ? NO_FLAG : f.kind() == FlagKind.LIMIT ? LIMIT : SUSPECT;
  }

  private Decision malformed(MalformedBallot m) {
    received++;
    rejected[(RejectionReason.MALFORMED.code() - 1)]++;
    String kind = m.problem().kind().name();
    byte[] record = new byte[1 + 4 + 4 + 1 + kind.length()];
    int p = 0;
    record[p++] = (byte) 0xff;
    p = putInt(record, p, m.line());
    p = putInt(record, p, m.column());
    record[p++] = (byte) kind.length();
    for (int i = 0; i < kind.length(); i++) {
      record[p++] = (byte) kind.charAt(i);
    }
    chains.addMalformed(record);
    return new Decision.Rejected(m, RejectionReason.MALFORMED, NO_FLAG, "");
  }

  /**
   * Decides and counts a ballot: null if accepted, else the reason, with its detail in {@link
   * #detail}. Builds no decision.
   */
  private @Nullable RejectionReason decide(Ballot b, Optional<FlagKind> flag) {
    received++;
    List<String> choices = b.choices();
    int k = choices.size();
    int[] idx = scratch;
    boolean unknown = false;
    for (int j = 0; j < k; j++) {
      int i = round.candidateIndex(choices.get(j));
      idx[j] = i;
      if (i < 0) {
        unknown = true;
      } else {
        candReceived[i]++;
        if (flag.isPresent()) {
          candFlagged[i]++;
        }
      }
    }
    int channel = round.channelIndex(b.channel());
    int idLength = ascii(b.id(), idBytes);
    RejectionReason reason;
    detail = 0;
    int slot = -1;
    long fp = 0;
    long atNanos = 0;
    if (channel < 0) {
      reason = RejectionReason.MALFORMED;
      detail = 1;
    } else if (k > choicesMax) {
      reason = RejectionReason.MALFORMED;
      detail = 2;
    } else if (!round.contains(b.at())) {
      reason = RejectionReason.OUTSIDE_WINDOW;
    } else if (unknown) {
      reason = RejectionReason.UNKNOWN_CANDIDATE;
    } else {
      Instant at = b.at();
      long seconds = at.getEpochSecond();
      atNanos = seconds * NANOS + at.getNano();
      if (atNanos < dayStartNanos || atNanos >= dayEndNanos || day < 0) {
        advanceTo(round.dayOfSecond(seconds));
      }
      VoterKey v = b.voter();
      slot = voters.find(v.high(), v.low());
      fp = fingerprint(idBytes, idLength);
      reason = check(slot, fp, flag, idx, k, atNanos);
    }
    if (reason == null) {
      if (slot < 0) {
        slot = voters.insert(b.voter().high(), b.voter().low(), VoterTable.NONE);
      }
      voters.count(slot, fp, idx, k, atNanos);
      accepted++;
      channelAccepted[channel]++;
      for (int j = 0; j < k; j++) {
        candAccepted[idx[j]]++;
      }
      record(b, 0, flag, idLength, idx, channel);
      return null;
    }
    rejected[(reason.code() - 1)]++;
    for (int j = 0; j < k; j++) {
      if (idx[j] >= 0) {
        candRejected[idx[j] * REASONS + (reason.code() - 1)]++;
      }
    }
    record(b, 1 + (reason.code() - 1), flag, idLength, idx, channel);
    return reason;
  }

  /**
   * The first rule the ballot breaks, or null: replay, flag, daily cap, candidate cap, interval.
   */
  private @Nullable RejectionReason check(
      int slot, long fp, Optional<FlagKind> flag, int[] idx, int k, long atNanos) {
    if (slot >= 0 && voters.hasId(slot, fp)) {
      return RejectionReason.REPLAYED;
    }
    if (flag.isPresent()) {
      if (flag.get() == FlagKind.LIMIT) {
        return RejectionReason.FLAGGED;
      }
      if (anyRemoval) {
        for (int j = 0; j < k; j++) {
          if (removeFlagged[idx[j]]) {
            return RejectionReason.FLAGGED;
          }
        }
      }
    }
    if (slot < 0) {
      return null;
    }
    if (voters.votes(slot) + k > cap) {
      return RejectionReason.OVER_DAILY_CAP;
    }
    for (int j = 0; j < k; j++) {
      if (voters.votesFor(slot, idx[j]) + 1 > perCandidate) {
        return RejectionReason.OVER_CANDIDATE_CAP;
      }
    }
    long lastCounted = voters.lastCounted(slot);
    if (lastCounted != VoterTable.NONE && atNanos - lastCounted < minIntervalNanos) {
      return RejectionReason.TOO_SOON;
    }
    return null;
  }

  /** Moves to a later day, keeping only voters the minimum interval still binds. */
  private void advanceTo(int newDay) {
    if (newDay != day) {
      if (day >= 0) {
        voters = voters.nextDay(round.dayStart(newDay) * NANOS, minIntervalNanos);
      }
      day = newDay;
    }
    dayStartNanos = round.dayStart(newDay) * NANOS;
    dayEndNanos = round.dayStart(newDay + 1) * NANOS;
  }

  /**
   * The record of a decision, appended to the voter's bucket chain, as {@link AuditDigest}
   * documents it: decision and flag codes in one byte, instant (epoch second, nanosecond), voter
   * key, the ballot id as a length byte and ASCII, the number of choices, each choice as the
   * candidate's position in the round (or -1, its id's length and ASCII for a candidate not in it),
   * and the channel's position (or 255, its id's length and ASCII). The id's bytes are in {@link
   * #idBytes}; {@code idx} holds the candidates' positions (-1 for one not in the round) and {@code
   * channel} the channel's.
   */
  private void record(
      Ballot b, int code, Optional<FlagKind> flag, int idLength, int[] idx, int channel) {
    VoterKey v = b.voter();
    int bucket = v.bucket();
    int k = b.choices().size();
    int length = 1 + 12 + 16 + 1 + idLength + 1 + 4 * k + 1;
    for (int j = 0; j < k; j++) {
      if (idx[j] < 0) {
        length += 1 + b.choices().get(j).length();
      }
    }
    if (channel < 0) {
      length += 1 + b.channel().length();
    }
    // room for up to seven bytes past the id, which the word copy below may write
    byte[] buf = chains.reserve(bucket, length + 8);
    int p = chains.position(bucket);
    buf[p] = (byte) (code | (flag.isEmpty() ? 0 : flag.get().code() << 4));
    Instant at = b.at();
    LONGS.set(buf, p + 1, at.getEpochSecond());
    INTS.set(buf, p + 9, at.getNano());
    LONGS.set(buf, p + 13, v.high());
    LONGS.set(buf, p + 21, v.low());
    p += 29;
    buf[p++] = (byte) idLength;
    for (int i = 0; i < idLength; i += 8) { // idBytes holds a whole number of words
      WORDS.set(buf, p + i, (long) WORDS.get(idBytes, i));
    }
    p += idLength;
    buf[p++] = (byte) k;
    for (int j = 0; j < k; j++) {
      INTS.set(buf, p, idx[j]);
      p += 4;
      if (idx[j] < 0) {
        p = putAscii(buf, p, b.choices().get(j));
      }
    }
    if (channel >= 0) {
      buf[p++] = (byte) channel;
    } else {
      buf[p++] = (byte) 0xff;
      p = putAscii(buf, p, b.channel());
    }
    chains.commit(bucket, p);
  }

  private static int putAscii(byte[] buf, int p, String s) {
    buf[p++] = (byte) s.length();
    for (int i = 0; i < s.length(); i++) {
      buf[p++] = (byte) s.charAt(i);
    }
    return p;
  }

  private static int putInt(byte[] buf, int p, int v) {
    INTS.set(buf, p, v);
    return p + 4;
  }

  /**
   * Copies an id's characters into a buffer as bytes: ids are ASCII ({@link Ids}), so each
   * character is its byte, and the deprecated {@link String#getBytes(int, int, byte[], int)} is
   * exactly the copy wanted, without a new array.
   */
  @SuppressWarnings("deprecation")
  private static int ascii(String id, byte[] into) {
    int n = id.length();
    id.getBytes(0, n, into, 0);
    return n;
  }

  /**
   * A 64-bit fingerprint of a ballot id from its ASCII bytes, eight at a time: the bytes read as
   * little-endian words (the last one padded with zero bytes), each folded into a state seeded with
   * the length by {@code h = (h ^ word) * K; h ^= h >>> 32}, and a final avalanche. Every step is a
   * bijection of the state, so two ids of one length that differ in one word never collide; two ids
   * of one voter on one day collide with probability about {@code n² / 2^65} for n ids: below
   * 10^-16 at the daily cap of 64. A byte at a time (FNV-1a, tally format version 1) it was a chain
   * of one multiplication per byte: copying and fingerprinting a 12-character id took 25.6 ns that
   * way and 18.5 ns this way (a plain loop of 50M, 6 rounds each, 2026-12-03).
   *
   * @param id the bytes, at least {@code length} of them; bytes after {@code length} are not used
   * @param length the id's length
   */
  static long fingerprint(byte[] id, int length) {
    long h = 0x9E3779B97F4A7C15L ^ length;
    for (int i = 0; i < length; i += 8) {
      long w = 0; // up to eight bytes, little-endian, read one at a time
      for (int j = 0; j < 8 && i + j < length; j++) {
        w |= (id[i + j] & 0xffL) << (8 * j);
      }
      h = (h ^ w) * FOLD;
      h ^= h >>> 32;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  private static final long FOLD = 0xD6E8FEB86659FD93L;
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  // ---- merge, copy, snapshot ------------------------------------------------------------------

  void absorb(TallyState other) {
    notStreaming();
    other.notStreaming();
    if (!java.util.Arrays.equals(configFingerprint, other.configFingerprint)) {
      throw new TallyMergeException(
          "the tallies count different rounds, quarantines or sanctions (round "
              + round.id()
              + " and "
              + other.round.id()
              + ")");
    }
    chains.absorb(other.chains);
    received += other.received;
    accepted += other.accepted;
    add(rejected, other.rejected);
    add(candReceived, other.candReceived);
    add(candAccepted, other.candAccepted);
    add(candFlagged, other.candFlagged);
    add(candRejected, other.candRejected);
    add(channelAccepted, other.channelAccepted);
    Ballot otherLast = other.last;
    if (otherLast != null && (last == null || Ballot.order().compare(otherLast, last) > 0)) {
      last = otherLast;
    }
    if (other.day >= 0) {
      VoterTable theirs = other.voters;
      int theirDay = other.day;
      if (day < theirDay) {
        advanceTo(theirDay);
      } else if (theirDay < day) {
        theirs = theirs.nextDay(round.dayStart(day) * NANOS, minIntervalNanos);
      }
      VoterTable target = voters;
      VoterTable source = theirs;
      source.forEach(
          at -> {
            long high = source.high(at);
            long low = source.low(at);
            if (target.find(high, low) >= 0) {
              throw new TallyMergeException(
                  "voter "
                      + VoterKey.of(high, low)
                      + " was counted in both tallies; a split must keep each voter in one tally");
            }
            int to = target.insert(high, low, source.lastCounted(at));
            copySlot(source, at, target, to);
          });
    }
  }

  private static void copySlot(VoterTable from, int at, VoterTable to, int slot) {
    int votes = from.votes(at);
    int ballots = from.ballots(at);
    long[] ids = new long[ballots];
    for (int j = 0; j < ballots; j++) {
      ids[j] = from.idFingerprint(at, j);
    }
    int[] cands = new int[votes];
    for (int j = 0; j < votes; j++) {
      cands[j] = from.candidate(at, j);
    }
    to.restore(slot, votes, ballots, ids, cands);
  }

  private static void add(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  TallyState copy() {
    TallyState c = new TallyState(round, quarantine, sanctions);
    c.absorb(this);
    return c;
  }

  Count snapshot() {
    List<CandidateCount> lines = new ArrayList<>(candidates);
    for (int i = 0; i < candidates; i++) {
      lines.add(
          new CandidateCount(
              round.candidates().get(i).id(),
              candReceived[i],
              candAccepted[i],
              Rejections.of(candRejected, i * REASONS),
              candFlagged[i]));
    }
    Map<String, Long> perChannel = new LinkedHashMap<>();
    for (int i = 0; i < channelAccepted.length; i++) {
      perChannel.put(round.channels().get(i), channelAccepted[i]);
    }
    return new Count(
        round.id(),
        round.fingerprint(),
        new Totals(received, accepted, Rejections.of(rejected, 0)),
        lines,
        perChannel,
        AuditDigest.of(chains.digest()));
  }

  // ---- binary form ----------------------------------------------------------------------------

  /**
   * Writes the magic number, the version, the payload's length, the payload and a CRC32C over all
   * of them. The payload is built in memory first, a copy about the size of the state, so that its
   * length can come before it and a reader can check it whole before believing any of it.
   */
  void writeTo(DataOutput out) throws IOException {
    notStreaming();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    writePayload(new DataOutputStream(buffer));
    byte[] payload = buffer.toByteArray();
    byte[] head = new byte[12];
    INTS.set(head, 0, TallyFormat.MAGIC);
    INTS.set(head, 4, TallyFormat.VERSION);
    INTS.set(head, 8, payload.length);
    out.write(head);
    out.write(payload);
    out.writeInt(TallyFormat.checksum(head, payload, payload.length));
  }

  private void writePayload(DataOutput out) throws IOException {
    out.write(configFingerprint);
    out.writeInt(candidates);
    out.writeInt(channelAccepted.length);
    out.writeLong(received);
    out.writeLong(accepted);
    writeLongs(out, rejected);
    writeLongs(out, candReceived);
    writeLongs(out, candAccepted);
    writeLongs(out, candFlagged);
    writeLongs(out, candRejected);
    writeLongs(out, channelAccepted);
    out.writeInt(day);
    out.writeInt(voters.size());
    VoterTable table = voters;
    // voters sorted by key, so that equal states have equal bytes whatever the order of arrival
    List<Integer> offsets = new ArrayList<>(table.size());
    table.forEach(offsets::add);
    offsets.sort(
        (a, b) -> {
          int c = Long.compareUnsigned(table.high(a), table.high(b));
          return c != 0 ? c : Long.compareUnsigned(table.low(a), table.low(b));
        });
    for (int at : offsets) {
      out.writeLong(table.high(at));
      out.writeLong(table.low(at));
      out.writeLong(table.lastCounted(at));
      int votes = table.votes(at);
      int ballots = table.ballots(at);
      out.writeByte(votes);
      out.writeByte(ballots);
      for (int j = 0; j < ballots; j++) {
        out.writeLong(table.idFingerprint(at, j));
      }
      for (int j = 0; j < votes; j++) {
        out.writeInt(table.candidate(at, j));
      }
    }
    chains.writeTo(out);
    Ballot b = last;
    out.writeBoolean(b != null);
    if (b != null) {
      out.writeUTF(b.id());
      out.writeLong(b.voter().high());
      out.writeLong(b.voter().low());
      out.writeByte(b.choices().size());
      for (String c : b.choices()) {
        out.writeUTF(c);
      }
      Instant at = b.at();
      out.writeLong(at.getEpochSecond());
      out.writeInt(at.getNano());
      out.writeUTF(b.channel());
    }
  }

  /** Reads a tally; input that ends inside it is refused as corrupt, as a changed byte is. */
  void readFrom(DataInput in) throws IOException {
    try {
      read(in);
    } catch (EOFException e) {
      throw TallyFormat.truncated(e, "head or checksum");
    }
  }

  private void read(DataInput in) throws IOException {
    TallyFormat.check(in.readInt() == TallyFormat.MAGIC, "magic number");
    int version = in.readInt();
    String whyNot = TallyFormat.whyNot(version);
    if (whyNot != null) {
      throw new StreamCorruptedException(
          "a gridgov vote tally of version "
              + version
              + " cannot be read by version "
              + TallyFormat.VERSION
              + ": "
              + whyNot
              + "; count its ballots again");
    }
    TallyFormat.check(version == TallyFormat.VERSION, "version %s", version);
    int length = in.readInt();
    TallyFormat.check(length >= 0, "payload length %s", length);
    byte[] head = new byte[12];
    INTS.set(head, 0, TallyFormat.MAGIC);
    INTS.set(head, 4, version);
    INTS.set(head, 8, length);
    byte[] payload = TallyFormat.readPayload(in, length);
    int stored = in.readInt();
    TallyFormat.check(
        TallyFormat.checksum(head, payload, length) == stored,
        "checksum: the bytes were changed after they were written");
    DataInputStream body = new DataInputStream(new ByteArrayInputStream(payload, 0, length));
    try {
      readPayload(body);
    } catch (EOFException e) {
      throw TallyFormat.truncated(e, "payload");
    }
    TallyFormat.check(body.available() == 0, "payload: %s bytes after the tally", body.available());
    checkInvariants();
  }

  /**
   * Refuses counters that no count could have made: a tally that passed the checksum was written as
   * it is, but a writer with a bug, or bytes made by hand with a matching checksum, must not give a
   * count that fails later or differs under the same digest.
   */
  private void checkInvariants() throws IOException {
    long sum = 0;
    for (long v : rejected) {
      TallyFormat.check(v >= 0 && sum + v >= 0, "rejections %s", v);
      sum += v;
    }
    TallyFormat.check(
        received >= 0 && accepted >= 0 && received - accepted == sum,
        "totals: received %s, accepted %s, rejected %s",
        received,
        accepted,
        sum);
    long acceptedVotes = 0;
    for (int i = 0; i < candidates; i++) {
      long r = 0;
      for (int j = 0; j < REASONS; j++) {
        long v = candRejected[i * REASONS + j];
        TallyFormat.check(v >= 0 && r + v >= 0, "rejections of candidate %s", i);
        r += v;
      }
      TallyFormat.check(
          candReceived[i] >= 0
              && candAccepted[i] >= 0
              && candReceived[i] - candAccepted[i] == r
              && candFlagged[i] >= 0
              && candFlagged[i] <= candReceived[i]
              && candAccepted[i] <= accepted,
          "counts of candidate %s: received %s, accepted %s, rejected %s, flagged %s",
          i,
          candReceived[i],
          candAccepted[i],
          r,
          candFlagged[i]);
      acceptedVotes += candAccepted[i];
    }
    TallyFormat.check(
        acceptedVotes >= accepted && acceptedVotes / VoteRules.MAX_VOTES_PER_DAY <= accepted,
        "accepted votes %s for %s accepted ballots",
        acceptedVotes,
        accepted);
    long perChannel = 0;
    for (long v : channelAccepted) {
      TallyFormat.check(v >= 0 && v <= accepted, "accepted ballots of a channel %s", v);
      perChannel += v;
    }
    TallyFormat.check(
        perChannel == accepted, "channels: %s accepted, of %s in all", perChannel, accepted);
    TallyFormat.check(
        chains.records() == received,
        "audit records: %s for %s received",
        chains.records(),
        received);
    TallyFormat.check(
        chains.malformed() <= rejected[RejectionReason.MALFORMED.code() - 1],
        "malformed lines %s",
        chains.malformed());
  }

  private void readPayload(DataInput in) throws IOException {
    byte[] config = new byte[32];
    in.readFully(config);
    if (!java.util.Arrays.equals(config, configFingerprint)) {
      throw new TallyMergeException(
          "the tally was counted under another round, quarantine or sanctions than round "
              + round.id()
              + " with the ones given");
    }
    TallyFormat.check(in.readInt() == candidates, "candidate count");
    TallyFormat.check(in.readInt() == channelAccepted.length, "channel count");
    received = in.readLong();
    accepted = in.readLong();
    readLongs(in, rejected);
    readLongs(in, candReceived);
    readLongs(in, candAccepted);
    readLongs(in, candFlagged);
    readLongs(in, candRejected);
    readLongs(in, channelAccepted);
    int d = in.readInt();
    TallyFormat.check(d >= -1 && d < round.days(), "day %s", d);
    voters = new VoterTable(cap);
    day = -1;
    if (d >= 0) {
      advanceTo(d);
    }
    int n = in.readInt();
    TallyFormat.check(n >= 0 && (d >= 0 || n == 0), "voter count %s", n);
    long[] ids = new long[cap];
    int[] cands = new int[cap];
    for (int i = 0; i < n; i++) {
      long high = in.readLong();
      long low = in.readLong();
      long lastCounted = in.readLong();
      int votes = in.readUnsignedByte();
      int ballots = in.readUnsignedByte();
      TallyFormat.check(
          votes <= cap && ballots <= votes && voters.find(high, low) < 0, "voter %s", i);
      for (int j = 0; j < ballots; j++) {
        ids[j] = in.readLong();
      }
      for (int j = 0; j < votes; j++) {
        cands[j] = in.readInt();
        TallyFormat.check(cands[j] >= 0 && cands[j] < candidates, "candidate of voter %s", i);
      }
      int slot = voters.insert(high, low, lastCounted);
      voters.restore(slot, votes, ballots, ids, cands);
    }
    chains = new AuditChains(round.fingerprintBytes());
    chains.readFrom(in);
    last = null;
    if (in.readBoolean()) {
      try {
        String id = in.readUTF();
        VoterKey voter = VoterKey.of(in.readLong(), in.readLong());
        int k = in.readUnsignedByte();
        List<String> choices = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
          choices.add(in.readUTF());
        }
        Instant at = Instant.ofEpochSecond(in.readLong(), in.readInt());
        String channel = in.readUTF();
        last = new Ballot(id, voter, choices, at, channel, Optional.empty(), Optional.empty());
      } catch (IllegalArgumentException | java.time.DateTimeException e) {
        TallyFormat.check(false, "last ballot: %s", String.valueOf(e.getMessage()));
      }
    }
  }

  private static void writeLongs(DataOutput out, long[] values) throws IOException {
    for (long v : values) {
      out.writeLong(v);
    }
  }

  private static void readLongs(DataInput in, long[] values) throws IOException {
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readLong();
    }
  }
}
