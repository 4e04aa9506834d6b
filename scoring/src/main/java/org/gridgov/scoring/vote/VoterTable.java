package org.gridgov.scoring.vote;

import java.util.Arrays;

/**
 * The voters of the current day of a count, in one open-addressing table of longs: each slot holds
 * a voter's 128-bit key, the instant of their last counted ballot, today's vote and ballot counts,
 * the id fingerprints of today's counted ballots and the candidates of today's counted votes. One
 * slot is a few cache lines, so a ballot costs one probe sequence; memory is one day's (voter,
 * candidate) pairs. Linear probing, load at most one half; slots are never deleted within a day.
 *
 * <p>Slot layout ({@code stride = 4 + cap + ceil(cap / 2)} longs): {@code [0]} key high, {@code
 * [1]} key low, {@code [2]} last counted instant in epoch nanoseconds or {@link #NONE}, {@code [3]}
 * occupied bit 63, votes today bits 0–15, ballots today bits 16–31; then {@code cap} id
 * fingerprints; then the candidate index of each vote, two ints per long.
 */
final class VoterTable {
  static final long NONE = Long.MIN_VALUE;
  private static final long OCCUPIED = 1L << 63;
  private static final int MIN_CAPACITY = 16;

  private final int cap;
  private final int stride;
  private final int idBase;
  private final int candBase;
  private long[] slots;
  private int capacity;
  private int size;

  VoterTable(int cap) {
    this(cap, MIN_CAPACITY);
  }

  private VoterTable(int cap, int capacity) {
    this.cap = cap;
    this.idBase = 4;
    this.candBase = 4 + cap;
    this.stride = 4 + cap + (cap + 1) / 2;
    this.capacity = capacity;
    this.slots = new long[capacity * stride];
  }

  int size() {
    return size;
  }

  int cap() {
    return cap;
  }

  static int hash(long high, long low) {
    long h = high * 0x9E3779B97F4A7C15L ^ low;
    h ^= h >>> 32;
    h *= 0xD6E8FEB86659FD93L;
    h ^= h >>> 32;
    return (int) h;
  }

  /** The offset of a voter's slot, or -1. O(1) expected. */
  int find(long high, long low) {
    int mask = capacity - 1;
    int i = hash(high, low) & mask;
    while (true) {
      int at = i * stride;
      long meta = slots[at + 3];
      if (meta == 0) {
        return -1;
      }
      if (slots[at] == high && slots[at + 1] == low) {
        return at;
      }
      i = (i + 1) & mask;
    }
  }

  /** The offset of a new slot for a voter known to be absent. O(1) amortised. */
  int insert(long high, long low, long lastCounted) {
    if ((size + 1) * 2 > capacity) {
      grow();
    }
    int mask = capacity - 1;
    int i = hash(high, low) & mask;
    while (slots[i * stride + 3] != 0) {
      i = (i + 1) & mask;
    }
    int at = i * stride;
    slots[at] = high;
    slots[at + 1] = low;
    slots[at + 2] = lastCounted;
    slots[at + 3] = OCCUPIED;
    size++;
    return at;
  }

  private void grow() {
    long[] old = slots;
    int oldCapacity = capacity;
    capacity *= 2;
    slots = new long[capacity * stride];
    int mask = capacity - 1;
    for (int s = 0; s < oldCapacity; s++) {
      int from = s * stride;
      if (old[from + 3] == 0) {
        continue;
      }
      int i = hash(old[from], old[from + 1]) & mask;
      while (slots[i * stride + 3] != 0) {
        i = (i + 1) & mask;
      }
      System.arraycopy(old, from, slots, i * stride, stride);
    }
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
    slots[at + 3] = OCCUPIED | ((long) (ballots + 1) << 16) | (votes + k);
  }

  /** Restores a slot from its parts, as read back or merged. */
  void restore(int at, int votes, int ballots, long[] ids, int[] candidates) {
    for (int j = 0; j < ballots; j++) {
      slots[at + idBase + j] = ids[j];
    }
    for (int j = 0; j < votes; j++) {
      setCandidate(at, j, candidates[j]);
    }
    slots[at + 3] = OCCUPIED | ((long) ballots << 16) | votes;
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
   * of the new day's start stay, with no votes; everyone else is forgotten. O(capacity).
   */
  VoterTable nextDay(long dayStartNanos, long minIntervalNanos) {
    VoterTable next = new VoterTable(cap, MIN_CAPACITY);
    if (minIntervalNanos > 0) {
      for (int s = 0; s < capacity; s++) {
        int at = s * stride;
        long last = slots[at + 2];
        if (slots[at + 3] != 0 && last != NONE && last > dayStartNanos - minIntervalNanos) {
          int unused = next.insert(slots[at], slots[at + 1], last);
        }
      }
    }
    return next;
  }

  /** Calls the visitor with the offset of every occupied slot, in slot order. */
  void forEach(java.util.function.IntConsumer visitor) {
    for (int s = 0; s < capacity; s++) {
      if (slots[s * stride + 3] != 0) {
        visitor.accept(s * stride);
      }
    }
  }

  VoterTable copy() {
    VoterTable c = new VoterTable(cap, capacity);
    c.slots = Arrays.copyOf(slots, slots.length);
    c.size = size;
    return c;
  }

  /** Bytes held by the table, for footprint reports. */
  long bytes() {
    return 8L * slots.length;
  }
}
