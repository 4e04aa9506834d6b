package org.gridgov.scoring.vote;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The voters of the current day of a count: an open-addressing index of longs over dense slots of
 * longs. An index entry holds 32 bits of the key's hash and the slot's number, so that a lookup of
 * a voter not seen today reads one cache line of the index and no slot. A slot holds the voter's
 * 128-bit key, the instant of their last counted ballot, today's vote and ballot counts, the id
 * fingerprints of today's counted ballots and the candidates of today's counted votes: memory is
 * one day's (voter, candidate) pairs. Linear probing, load at most one half; nothing is deleted
 * within a day.
 *
 * <p>Most ballots of a day come from voters not seen yet that day, and the index is larger than the
 * processor's near caches, so a lookup of such a voter would wait for memory. A bit array of four
 * bits per index entry (an eighth of the index's size, one hash bit per voter) answers most of
 * those lookups from cache: a clear bit means absent; a set bit (a voter seen, or another voter's
 * bit, about one lookup in eight at the highest load) goes on to the index.
 *
 * <p>Inserting such a voter would then wait for memory too, on the index line where its probe
 * starts. So a new voter's slot and seen bit are written at once but its index entry waits in a
 * small buffer of {@value #PENDING} hashes; when the buffer is full, one loop loads the index lines
 * of all of them, independent loads that the processor overlaps, and a second places them. A lookup
 * that misses in the index looks through the buffer before it answers absent.
 *
 * <p>A caller that reads ahead ({@code TallyState#ingestAll}) loads the index lines and slots of a
 * run of voters together ({@link #touchIndex}, {@link #touchSlots}) and then turns the filter off
 * ({@link #dropFilter}), whose word would be one more wait: {@link #find} goes straight to the
 * index, and {@link #insert} sets no bit, until the table grows or is cleared for a new day, which
 * rebuilds the filter.
 *
 * <p>Slot layout ({@code stride = 4 + cap + ceil(cap / 2)} longs): {@code [0]} key high, {@code
 * [1]} key low, {@code [2]} last counted instant in epoch nanoseconds or {@link #NONE}, {@code [3]}
 * votes today in bits 0–15 and ballots today in bits 16–31; then {@code cap} id fingerprints; then
 * the candidate index of each vote, two ints per long.
 */
final class VoterTable {
  static final long NONE = Long.MIN_VALUE;
  private static final int MIN_CAPACITY = 16;

  /** Index entries placed together; a power of two, a few dozen loads in flight. */
  static final int PENDING = 32;

  private final int cap;
  private final int stride;
  private final int idBase;
  private final int candBase;
  private long[] index;
  private long[] seen;

  /**
   * Whether {@link #seen} is kept and has the bit of every voter: false after {@link #dropFilter},
   * until the filter is rebuilt ({@link #grow}) or cleared with the table; {@link #find} probes the
   * index while it is false.
   */
  private boolean filtered = true;

  private long[] slots;
  private int size;

  /** Where the last find's probe for an absent voter ended, or -1 after any insert. */
  private int missAt = -1;

  private long missHigh;
  private long missLow;

  /** Hashes and slot numbers of new voters whose index entries are not placed yet. */
  private final long[] pendingHash = new long[PENDING];

  private final int[] pendingSlot = new int[PENDING];
  private int pending;

  /**
   * One bit per pending hash, chosen by its bits 26 to 31 ({@link #pendingBit}): a lookup whose bit
   * is clear skips the scan of the pending entries, as most lookups of new voters do.
   */
  private long pendingBits;

  /** The sum of the index entries a flush loaded first, kept so that the loads are not dropped. */
  @SuppressWarnings("unused")
  private long touched;

  VoterTable(int cap) {
    this(cap, MIN_CAPACITY);
  }

  private VoterTable(int cap, int capacity) {
    this.cap = cap;
    this.idBase = 4;
    this.candBase = 4 + cap;
    this.stride = 4 + cap + (cap + 1) / 2;
    this.index = new long[capacity];
    this.seen = new long[seenWords(capacity)];
    this.slots = new long[(capacity / 2) * stride];
  }

  int size() {
    return size;
  }

  /** Four bits per index entry, in longs; the index's capacity is a power of two of at least 16. */
  private static int seenWords(int capacity) {
    return capacity / 16;
  }

  /**
   * The bit of a hash in {@link #seen}: hash bits above the tag's lowest, apart from the index's.
   */
  private static int seenBit(long h, long[] seen) {
    return (int) (h >>> 33) & (seen.length * 64 - 1);
  }

  private static void see(long[] seen, long h) {
    int b = seenBit(h, seen);
    seen[b >>> 6] |= 1L << b;
  }

  static long hash(long high, long low) {
    long h = high * 0x9E3779B97F4A7C15L ^ low;
    h ^= h >>> 32;
    h *= 0xD6E8FEB86659FD93L;
    h ^= h >>> 32;
    h *= 0xD6E8FEB86659FD93L;
    h ^= h >>> 32;
    return h;
  }

  /**
   * The offset of a voter's slot, or -1. O(1) expected. A miss remembers where the probe ended, so
   * that inserting the same voter next takes that place without probing again.
   */
  int find(long high, long low) {
    long h = hash(high, low);
    if (!filtered) {
      return probe(h, high, low);
    }
    int b = seenBit(h, seen);
    if ((seen[b >>> 6] & (1L << b)) == 0) {
      missAt = -1; // absent, and where a probe would end is left to insert
      return -1;
    }
    return probe(h, high, low);
  }

  /**
   * Turns the filter off until the table grows or is cleared: for lookups whose index lines are
   * already read ({@link #touchIndex}), where the filter's word would be one more wait.
   */
  void dropFilter() {
    filtered = false;
  }

  private int probe(long h, long high, long low) {
    long tag = h >>> 32;
    int mask = index.length - 1;
    for (int i = (int) h & mask; ; i = (i + 1) & mask) {
      long e = index[i];
      if (e == 0) {
        int at = findPending(h, high, low);
        if (at >= 0) {
          return at;
        }
        missHigh = high;
        missLow = low;
        missAt = i;
        return -1;
      }
      if (e >>> 32 == tag) {
        int at = ((int) e - 1) * stride;
        if (slots[at] == high && slots[at + 1] == low) {
          return at;
        }
      }
    }
  }

  /**
   * Reads the index lines where lookups of the first {@code n} hashes start, all loads in flight at
   * once, and returns something of them to be kept: a look ahead's first pass ({@code
   * TallyState#ingestAll}), after which {@link #find}, with the filter dropped, finds the voters
   * without waiting.
   */
  long touchIndex(long[] hashes, int n) {
    long[] index = this.index;
    int mask = index.length - 1;
    long sum = 0;
    for (int i = 0; i < n; i++) {
      sum += index[(int) hashes[i] & mask];
    }
    return sum;
  }

  /**
   * Reads every cache line of the slot of each of the first {@code n} hashes' voters that the first
   * four index entries of its lookup name (one word in every eight and the last, so that no line of
   * eight words lies between two words read): a look ahead's second pass, after {@link
   * #touchIndex}, whose lines it reads again from cache. A slot of more than eight words spans two
   * or three lines; reading only its first and last word left the middle line of a three-line slot,
   * where the counts are, to the decision. A voter whose entry linear probing has moved past the
   * first entry is found too (reading only the first entry left that slot to the decision: 100M
   * ballots, 8 runs of each alternated, the stream's median 30.3 s before and 29.7 s after).
   */
  long touchSlots(long[] hashes, int n) {
    long[] index = this.index;
    long[] slots = this.slots;
    int mask = index.length - 1;
    long sum = 0;
    for (int i = 0; i < n; i++) {
      long h = hashes[i];
      long tag = h >>> 32;
      int k = (int) h & mask;
      for (int q = 0; q < 4; q++) {
        long e = index[(k + q) & mask];
        if (e == 0) {
          break;
        }
        if (e >>> 32 == tag) {
          int at = ((int) e - 1) * stride;
          for (int j = 0; j < stride; j += 8) {
            sum += slots[at + j];
          }
          sum += slots[at + stride - 1];
          break;
        }
      }
    }
    return sum;
  }

  /** The offset of a voter's slot among the entries not placed yet, or -1. O(PENDING). */
  private int findPending(long h, long high, long low) {
    if ((pendingBits & pendingBit(h)) == 0) {
      return -1;
    }
    for (int p = 0; p < pending; p++) {
      if (pendingHash[p] == h) {
        int at = pendingSlot[p] * stride;
        if (slots[at] == high && slots[at + 1] == low) {
          return at;
        }
      }
    }
    return -1;
  }

  /** Forgets the pending index entries: placed, or rebuilt from the slots. */
  private void dropPending() {
    pending = 0;
    pendingBits = 0;
  }

  private static long pendingBit(long h) {
    return 1L << (int) (h >>> 26); // a long's shift takes the count's low six bits
  }

  /** The offset of a new slot for a voter known to be absent. O(1) amortised. */
  int insert(long high, long low, long lastCounted) {
    long h = hash(high, low);
    if ((size + 1) * 2 > index.length) {
      grow();
      place(index, h, size);
    } else if (missAt >= 0 && missHigh == high && missLow == low) {
      // the last find missed this voter and nothing was inserted since: its probe ended here
      index[missAt] = (h & 0xffff_ffff_0000_0000L) | (size + 1L);
    } else {
      if (pending == PENDING) {
        flush();
      }
      pendingHash[pending] = h;
      pendingSlot[pending] = size;
      pending++;
      pendingBits |= pendingBit(h);
    }
    if (filtered) { // a growth above has rebuilt it from the other slots
      see(seen, h);
    }
    missAt = -1;
    int slot = size++;
    int at = slot * stride;
    slots[at] = high;
    slots[at + 1] = low;
    slots[at + 2] = lastCounted;
    slots[at + 3] = 0;
    return at;
  }

  private static void place(long[] index, long h, int slot) {
    int mask = index.length - 1;
    int i = (int) h & mask;
    while (index[i] != 0) {
      i = (i + 1) & mask;
    }
    index[i] = (h & 0xffff_ffff_0000_0000L) | (slot + 1L);
  }

  /** Places the pending index entries: their index lines loaded together first, then written. */
  private void flush() {
    long[] index = this.index;
    int mask = index.length - 1;
    long sum = 0;
    for (int p = 0; p < pending; p++) {
      sum += index[(int) pendingHash[p] & mask];
    }
    touched = sum;
    for (int p = 0; p < pending; p++) {
      place(index, pendingHash[p], pendingSlot[p]);
    }
    dropPending();
  }

  /** Rebuilds the index from the slots at twice the capacity; nothing stays pending. */
  private void grow() {
    long[] bigger = new long[index.length * 2];
    long[] biggerSeen = new long[seenWords(bigger.length)];
    for (int s = 0; s < size; s++) {
      int at = s * stride;
      long h = hash(slots[at], slots[at + 1]);
      place(bigger, h, s);
      see(biggerSeen, h);
    }
    index = bigger;
    seen = biggerSeen;
    filtered = true;
    dropPending();
    slots = Arrays.copyOf(slots, (bigger.length / 2) * stride);
  }

  long high(int at) {
    return slots[at];
  }

  long low(int at) {
    return slots[at + 1];
  }

  long lastCounted(int at) {
    return slots[at + 2];
  }

  int votes(int at) {
    return (int) (slots[at + 3] & 0xffff);
  }

  int ballots(int at) {
    return (int) ((slots[at + 3] >>> 16) & 0xffff);
  }

  long idFingerprint(int at, int j) {
    return slots[at + idBase + j];
  }

  int candidate(int at, int j) {
    long packed = slots[at + candBase + (j >> 1)];
    return (j & 1) == 0 ? (int) packed : (int) (packed >>> 32);
  }

  /** Whether today's counted ballots of the voter include an id fingerprint. O(cap). */
  boolean hasId(int at, long fingerprint) {
    int n = ballots(at);
    for (int j = 0; j < n; j++) {
      if (slots[at + idBase + j] == fingerprint) {
        return true;
      }
    }
    return false;
  }

  /** Today's votes of the voter for a candidate. O(cap). */
  int votesFor(int at, int candidate) {
    int n = votes(at);
    int count = 0;
    for (int j = 0; j < n; j++) {
      if (candidate(at, j) == candidate) {
        count++;
      }
    }
    return count;
  }

  /** Records a counted ballot; the caller has checked the caps. */
  void count(int at, long idFingerprint, int[] candidates, int k, long atNanos) {
    int votes = votes(at);
    int ballots = ballots(at);
    slots[at + idBase + ballots] = idFingerprint;
    for (int j = 0; j < k; j++) {
      setCandidate(at, votes + j, candidates[j]);
    }
    slots[at + 2] = atNanos;
    slots[at + 3] = ((long) (ballots + 1) << 16) | (votes + k);
  }

  /** Restores a slot from its parts, as read back or merged. */
  void restore(int at, int votes, int ballots, long[] ids, int[] candidates) {
    for (int j = 0; j < ballots; j++) {
      slots[at + idBase + j] = ids[j];
    }
    for (int j = 0; j < votes; j++) {
      setCandidate(at, j, candidates[j]);
    }
    slots[at + 3] = ((long) ballots << 16) | votes;
  }

  private void setCandidate(int at, int j, int candidate) {
    int word = at + candBase + (j >> 1);
    long packed = slots[word];
    if ((j & 1) == 0) {
      packed = (packed & 0xffff_ffff_0000_0000L) | (candidate & 0xffff_ffffL);
    } else {
      packed = (packed & 0xffff_ffffL) | ((long) candidate << 32);
    }
    slots[word] = packed;
  }

  /**
   * The table for a new day: only voters whose last counted ballot is within the minimum interval
   * of the new day's start stay, with no votes; everyone else is forgotten. O(size). Days are
   * alike, so the new table starts at this one's capacity; without a minimum interval this table is
   * cleared and reused.
   */
  VoterTable nextDay(long dayStartNanos, long minIntervalNanos) {
    if (minIntervalNanos == 0) {
      Arrays.fill(index, 0);
      Arrays.fill(seen, 0);
      filtered = true;
      size = 0;
      dropPending();
      missAt = -1;
      return this;
    }
    VoterTable next = new VoterTable(cap, index.length);
    for (int s = 0; s < size; s++) {
      int at = s * stride;
      long last = slots[at + 2];
      if (last != NONE && last > dayStartNanos - minIntervalNanos) {
        int unused = next.insert(slots[at], slots[at + 1], last);
      }
    }
    return next;
  }

  /** Calls the visitor with the offset of every slot, in the order inserted. */
  void forEach(IntConsumer visitor) {
    for (int s = 0; s < size; s++) {
      visitor.accept(s * stride);
    }
  }

  /** An independent copy, with every index entry placed. */
  VoterTable copy() {
    flush();
    VoterTable c = new VoterTable(cap, index.length);
    c.index = index.clone();
    c.seen = seen.clone();
    c.filtered = filtered;
    c.slots = slots.clone();
    c.size = size;
    return c;
  }

  /** Bytes held by the table, for footprint reports. */
  long bytes() {
    return 8L * (index.length + seen.length + slots.length) + 12L * PENDING;
  }
}
