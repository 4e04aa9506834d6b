package org.gridgov.core;

/**
 * An open-addressing hash index from keys to their positions in an array: O(1) expected lookups,
 * two flat arrays instead of a node per entry. Immutable after construction.
 */
final class IntIndex<K> {
  private final Object[] keys;
  private final int[] positions;
  private final int mask;

  private IntIndex(Object[] keys, int[] positions, int mask) {
    this.keys = keys;
    this.positions = positions;
    this.mask = mask;
  }

  /** Indexes {@code values[i] -> i}; a key that occurs again keeps its first position. */
  IntIndex(K[] values) {
    this(values, null);
  }

  /**
   * Indexes {@code values[i] -> i} and, if {@code firstOf} is given, records for every position the
   * position of the first equal key (itself when the key is unique so far).
   */
  IntIndex(K[] values, int @org.jspecify.annotations.Nullable [] firstOf) {
    int count = values.length;
    // Load factor at most 2/3: linear probing stays short, the table stays small at 5M keys.
    int capacity = Integer.highestOneBit(Math.max(4, count + count / 2 - 1)) << 1;
    this.keys = new Object[capacity];
    this.positions = new int[capacity];
    this.mask = capacity - 1;
    for (int i = 0; i < count; i++) {
      K key = values[i];
      int slot = spread(key.hashCode()) & mask;
      while (true) {
        Object existing = keys[slot];
        if (existing == null) {
          keys[slot] = key;
          positions[slot] = i;
          if (firstOf != null) {
            firstOf[i] = i;
          }
          break;
        }
        if (existing.equals(key)) {
          if (firstOf != null) {
            firstOf[i] = positions[slot];
          }
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 15);
  }

  /** The position of {@code key}, or -1. */
  int get(Object key) {
    int slot = spread(key.hashCode()) & mask;
    while (true) {
      Object existing = keys[slot];
      if (existing == null) {
        return -1;
      }
      if (existing.equals(key)) {
        return positions[slot];
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The same keys with every position p replaced by {@code newPosition[p]}; O(capacity). */
  IntIndex<K> remap(int[] newPosition) {
    int[] remapped = new int[positions.length];
    for (int slot = 0; slot < keys.length; slot++) {
      if (keys[slot] != null) {
        remapped[slot] = newPosition[positions[slot]];
      }
    }
    return new IntIndex<>(keys, remapped, mask);
  }
}
