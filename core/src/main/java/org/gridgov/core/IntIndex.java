package org.gridgov.core;

import java.util.function.IntFunction;

/**
 * An open-addressing hash index from keys to their positions in an array held elsewhere: O(1)
 * expected lookups over two flat int arrays (hash codes and positions). The keys themselves stay in
 * the caller's array and are read through {@code keyAt} only when a hash code matches, so a probe
 * rarely follows a pointer, and building the index stores no references (which the G1 collector's
 * write barriers make expensive at millions of entries). Immutable after construction.
 */
final class IntIndex<K> {
  private final IntFunction<? extends K> keyAt;
  private final int[] hashes;
  private final int[] positions; // position + 1; 0 marks an empty slot
  private final int mask;

  private IntIndex(IntFunction<? extends K> keyAt, int[] hashes, int[] positions, int mask) {
    this.keyAt = keyAt;
    this.hashes = hashes;
    this.positions = positions;
    this.mask = mask;
  }

  /**
   * Indexes positions 0..count-1 by {@code keyAt(i)}; a key that occurs again keeps its first
   * position. If {@code firstOf} is given, records for every position the position of the first
   * equal key (itself when the key is unique so far).
   */
  IntIndex(
      int count,
      IntFunction<? extends K> keyAt,
      int @org.jspecify.annotations.Nullable [] firstOf) {
    // Load factor at most 2/3: linear probing stays short, the table stays small at 5M keys.
    int capacity = Integer.highestOneBit(Math.max(4, count + count / 2 - 1)) << 1;
    this.keyAt = keyAt;
    this.hashes = new int[capacity];
    this.positions = new int[capacity];
    this.mask = capacity - 1;
    for (int i = 0; i < count; i++) {
      K key = keyAt.apply(i);
      int hash = spread(key.hashCode());
      int slot = hash & mask;
      while (true) {
        int p = positions[slot];
        if (p == 0) {
          hashes[slot] = hash;
          positions[slot] = i + 1;
          if (firstOf != null) {
            firstOf[i] = i;
          }
          break;
        }
        if (hashes[slot] == hash && keyAt.apply(p - 1).equals(key)) {
          if (firstOf != null) {
            firstOf[i] = p - 1;
          }
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
  }

  /** An index of no keys. */
  static <K> IntIndex<K> empty() {
    return new IntIndex<>(
        0,
        i -> {
          throw new IndexOutOfBoundsException("an empty index has no keys");
        },
        null);
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 15);
  }

  /** The position of {@code key}, or -1. */
  int get(Object key) {
    int hash = spread(key.hashCode());
    int slot = hash & mask;
    while (true) {
      int p = positions[slot];
      if (p == 0) {
        return -1;
      }
      if (hashes[slot] == hash && keyAt.apply(p - 1).equals(key)) {
        return p - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * The same index after the keys moved: position p is now {@code newPosition[p]} and the keys are
   * read through {@code newKeyAt}. O(capacity).
   */
  IntIndex<K> remap(int[] newPosition, IntFunction<? extends K> newKeyAt) {
    int[] remapped = new int[positions.length];
    for (int slot = 0; slot < positions.length; slot++) {
      int p = positions[slot];
      if (p != 0) {
        remapped[slot] = newPosition[p - 1] + 1;
      }
    }
    return new IntIndex<>(newKeyAt, hashes, remapped, mask);
  }
}
