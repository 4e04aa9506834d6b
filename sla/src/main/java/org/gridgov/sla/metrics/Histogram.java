package org.gridgov.sla.metrics;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Counts of durations in whole seconds, in log-linear buckets: one bucket per second below 64, then
 * 64 buckets per power of two (a bucket's width is 1/64 of its start). Merging adds counts, so the
 * histogram of shards merged equals that of all values. Mutable.
 */
final class Histogram {
  static final int SUB = 64;
  static final int MAX_INDEX = SUB + 58 * SUB;

  private long[] counts = new long[0];

  static int index(long seconds) {
    if (seconds < SUB) {
      return (int) Math.max(0, seconds);
    }
    int e = 63 - Long.numberOfLeadingZeros(seconds); // >= 6
    int sub = (int) (seconds >>> (e - 6)) - SUB;
    return SUB + (e - 6) * SUB + sub;
  }

  /** The least value of a bucket. */
  static long lower(int index) {
    if (index < SUB) {
      return index;
    }
    int e = (index - SUB) / SUB + 6;
    long sub = (long) ((index - SUB) % SUB) + SUB;
    return sub << (e - 6);
  }

  /** A representative value of a bucket: its midpoint (its value below 64). */
  static long representative(int index) {
    if (index < SUB) {
      return index;
    }
    long lo = lower(index);
    long width = lower(index + 1) - lo;
    return lo + width / 2;
  }

  void add(long seconds) {
    int i = index(seconds);
    if (i >= counts.length) {
      counts = Arrays.copyOf(counts, Math.max(i + 1, Math.min(MAX_INDEX + 1, counts.length * 2)));
    }
    counts[i]++;
  }

  void merge(Histogram other) {
    if (other.counts.length > counts.length) {
      counts = Arrays.copyOf(counts, other.counts.length);
    }
    for (int i = 0; i < other.counts.length; i++) {
      counts[i] += other.counts[i];
    }
  }

  /** The value at a quantile (0 < q <= 1) of {@code total} values, or null if none. */
  @Nullable Long quantile(double q, long total) {
    if (total == 0) {
      return null;
    }
    long rank = Math.max(1, (long) Math.ceil(q * total));
    long seen = 0;
    for (int i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return representative(i);
      }
    }
    return null;
  }

  void writeTo(DataOutput out) throws IOException {
    int nonZero = 0;
    for (long c : counts) {
      nonZero += c != 0 ? 1 : 0;
    }
    Varints.write(out, nonZero);
    int last = -1;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] != 0) {
        Varints.write(out, i - last - 1);
        Varints.write(out, counts[i]);
        last = i;
      }
    }
  }

  static Histogram readFrom(DataInput in) throws IOException {
    Histogram h = new Histogram();
    int nonZero = Varints.readInt(in, MAX_INDEX + 1, "histogram buckets");
    int last = -1;
    for (int k = 0; k < nonZero; k++) {
      long index = last + 1 + Varints.read(in);
      if (index > MAX_INDEX) {
        throw new StreamCorruptedException("histogram bucket " + index + " beyond " + MAX_INDEX);
      }
      long count = Varints.read(in);
      if (count == 0) {
        throw new StreamCorruptedException("an empty histogram bucket written");
      }
      if (index >= h.counts.length) {
        h.counts = Arrays.copyOf(h.counts, (int) index + 1);
      }
      h.counts[(int) index] = count;
      last = (int) index;
    }
    return h;
  }

  private int used() {
    int n = counts.length;
    while (n > 0 && counts[n - 1] == 0) {
      n--;
    }
    return n;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Histogram h)) {
      return false;
    }
    int n = used();
    return n == h.used() && Arrays.equals(counts, 0, n, h.counts, 0, n);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(Arrays.copyOf(counts, used()));
  }
}
