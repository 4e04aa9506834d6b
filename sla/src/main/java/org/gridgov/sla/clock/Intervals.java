package org.gridgov.sla.clock;

import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Disjoint half-open intervals in time order, the last possibly open (no end): the pauses of a
 * milestone profile, the resolved periods of a case. Opening while open and closing while closed do
 * nothing, so overlapping pauses merge. Mutable, for the replay only.
 */
final class Intervals {
  private static final Instant[] EMPTY = new Instant[0];

  // allocated on the first interval: most cases have no pauses of most kinds
  private Instant[] starts = EMPTY;
  private @Nullable Instant[] ends = EMPTY;
  private int size;

  int size() {
    return size;
  }

  Instant start(int i) {
    return starts[i];
  }

  /** The end, or null while open. */
  @Nullable Instant end(int i) {
    return ends[i];
  }

  boolean isOpen() {
    return size > 0 && ends[size - 1] == null;
  }

  /** The start of the open interval, or null. */
  @Nullable Instant openSince() {
    return isOpen() ? starts[size - 1] : null;
  }

  void open(Instant at) {
    if (isOpen()) {
      return;
    }
    if (size > 0) {
      Instant lastEnd = ends[size - 1];
      if (lastEnd != null && !lastEnd.isBefore(at)) {
        // touching the previous interval: reopen it
        ends[size - 1] = null;
        return;
      }
    }
    if (size == starts.length) {
      grow();
    }
    starts[size] = at;
    ends[size] = null;
    size++;
  }

  void close(Instant at) {
    if (!isOpen()) {
      return;
    }
    if (!at.isAfter(starts[size - 1])) {
      size--; // empty interval
      return;
    }
    ends[size - 1] = at;
  }

  /** The union of two interval lists, as a new list. */
  static Intervals union(Intervals a, Intervals b) {
    Intervals out = new Intervals();
    int i = 0;
    int j = 0;
    while (i < a.size || j < b.size) {
      boolean takeA = j >= b.size || (i < a.size && !a.starts[i].isAfter(b.starts[j]));
      Instant s = takeA ? a.starts[i] : b.starts[j];
      @Nullable Instant e = takeA ? a.ends[i] : b.ends[j];
      if (takeA) {
        i++;
      } else {
        j++;
      }
      out.add(s, e);
    }
    return out;
  }

  /** Adds an interval starting at or after the last start, merging overlaps. */
  void add(Instant s, @Nullable Instant e) {
    if (size > 0) {
      Instant lastEnd = ends[size - 1];
      if (lastEnd == null) {
        return;
      }
      if (!s.isAfter(lastEnd)) {
        if (e == null || e.isAfter(lastEnd)) {
          ends[size - 1] = e;
        }
        return;
      }
    }
    if (size == starts.length) {
      grow();
    }
    starts[size] = s;
    ends[size] = e;
    size++;
  }

  private void grow() {
    int capacity = Math.max(2, size * 2);
    starts = Arrays.copyOf(starts, capacity);
    ends = Arrays.copyOf(ends, capacity);
  }

  Intervals copy() {
    Intervals c = new Intervals();
    c.starts = starts.clone();
    c.ends = ends.clone();
    c.size = size;
    return c;
  }
}
