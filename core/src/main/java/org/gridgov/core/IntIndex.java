package org.gridgov.core;

import java.util.Arrays;

/**
 * An open-addressing hash index from keys to their positions in an array: O(1) expected lookups,
 * two small arrays instead of a node per entry. Immutable after construction.
 */
final class IntIndex<K> {
  private final Object[] keys;
  private final int[] positions;
  private final int mask;
  private final int firstDuplicate;

  /** Indexes {@code values[i] -> i}; a key that occurs twice keeps its first position. */
  IntIndex(K[] values) {
    this(values, values.length);
  }

  IntIndex(K[] values, int count) {
    int capacity = Integer.highestOneBit(Math.max(4, count * 2 - 1)) << 1;
    this.keys = new Object[capacity];
    this.positions = new int[capacity];
    this.mask = capacity - 1;
    int dup = -1;
    for (int i = 0; i < count; i++) {
      K key = values[i];
      int slot = spread(key.hashCode()) & mask;
      while (true) {
        Object existing = keys[slot];
        if (existing == null) {
          keys[slot] = key;
          positions[slot] = i;
          break;
        }
        if (existing.equals(key)) {
          if (dup < 0) {
            dup = i;
          }
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    this.firstDuplicate = dup;
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
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

  /** The position of the first key that repeated an earlier one, or -1. */
  int firstDuplicate() {
    return firstDuplicate;
  }

  long retainedBytesEstimate() {
    return 16L + 8L * keys.length + 16L + 4L * positions.length;
  }

  @Override
  public String toString() {
    return "IntIndex[capacity="
        + keys.length
        + ", used="
        + Arrays.stream(keys).filter(k -> k != null).count()
        + "]";
  }
}
