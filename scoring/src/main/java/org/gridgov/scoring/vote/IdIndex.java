package org.gridgov.scoring.vote;

import java.util.List;

/**
 * A fixed list of distinct ids and their positions, for the hot path of a count: open addressing
 * with linear probing over a table at most a quarter full, keyed by {@link String#hashCode()}
 * (cached in the string, and kept beside each key), compared by identity first, then by hash, and
 * only then by text. Immutable.
 */
final class IdIndex {
  private final String[] keys;
  private final int[] hashes;
  private final int[] positions;
  private final int mask;
  private final int size;

  IdIndex(List<String> ids) {
    int capacity = Integer.highestOneBit(Math.max(4, ids.size() * 4 - 1)) << 1;
    this.keys = new String[capacity];
    this.hashes = new int[capacity];
    this.positions = new int[capacity];
    this.mask = capacity - 1;
    this.size = ids.size();
    for (int p = 0; p < ids.size(); p++) {
      String id = ids.get(p);
      int i = spread(id.hashCode()) & mask;
      while (keys[i] != null) {
        if (keys[i].equals(id)) {
          throw new IllegalArgumentException("id \"" + id + "\" is listed twice");
        }
        i = (i + 1) & mask;
      }
      keys[i] = id;
      hashes[i] = id.hashCode();
      positions[i] = p;
    }
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x85EBCA6B;
  }

  /** The id's position in the list, or -1. O(1) expected. */
  @SuppressWarnings("ReferenceEquality") // the same string is the common case; equals follows
  int indexOf(String id) {
    int h = id.hashCode();
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        return -1;
      }
      // another id on the probe's way usually has another hash, which spares comparing the text
      if (k == id || (hashes[i] == h && k.equals(id))) {
        return positions[i];
      }
    }
  }

  int size() {
    return size;
  }
}
