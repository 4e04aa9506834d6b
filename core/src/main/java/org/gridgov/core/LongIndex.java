package org.gridgov.core;

import java.util.function.IntToLongFunction;

/**
 * An open-addressing hash index from long keys (12-digit division codes) to positions, stored as
 * key and position side by side in one long array: a lookup usually touches one cache line and
 * follows no pointer. Immutable after construction.
 */
final class LongIndex {
  private static final long EMPTY = -1L;

  private final long[] table; // [2 * slot] = key, [2 * slot + 1] = position; key -1 = empty
  private final int mask;

  private LongIndex(long[] table, int mask) {
    this.table = table;
    this.mask = mask;
  }

  /**
   * Indexes positions 0..count-1 by {@code keyAt(i)} (keys are non-negative); a key that occurs
   * again keeps its first position. If {@code firstOf} is given, records for every position the
   * position of the first equal key.
   */
  LongIndex(int count, IntToLongFunction keyAt, int @org.jspecify.annotations.Nullable [] firstOf) {
    int capacity = Integer.highestOneBit(Math.max(4, count + count / 2 - 1)) << 1;
    this.table = new long[2 * capacity];
    this.mask = capacity - 1;
    java.util.Arrays.fill(table, EMPTY);
    for (int i = 0; i < count; i++) {
      long key = keyAt.applyAsLong(i);
      int slot = slot(key);
      while (true) {
        long existing = table[2 * slot];
        if (existing == EMPTY) {
          table[2 * slot] = key;
          table[2 * slot + 1] = i;
          if (firstOf != null) {
            firstOf[i] = i;
          }
          break;
        }
        if (existing == key) {
          if (firstOf != null) {
            firstOf[i] = (int) table[2 * slot + 1];
          }
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
  }

  private int slot(long key) {
    long x = key * 0x9E3779B97F4A7C15L;
    return (int) (x >>> 32) & mask;
  }

  /** The position of a division code, or -1. */
  int get(DivisionCode code) {
    return get(code.toTwelveDigits());
  }

  /** The position of {@code key}, or -1. */
  int get(long key) {
    int slot = slot(key);
    while (true) {
      long existing = table[2 * slot];
      if (existing == key) {
        return (int) table[2 * slot + 1];
      }
      if (existing == EMPTY) {
        return -1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The same keys with every position p replaced by {@code newPosition[p]}. O(capacity). */
  LongIndex remap(int[] newPosition) {
    long[] remapped = table.clone();
    for (int slot = 0; slot <= mask; slot++) {
      if (remapped[2 * slot] != EMPTY) {
        remapped[2 * slot + 1] = newPosition[(int) remapped[2 * slot + 1]];
      }
    }
    return new LongIndex(remapped, mask);
  }
}
