package org.gridgov.sla.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import org.gridgov.sla.calendar.Theories;
import org.gridgov.sla.clock.TestCases;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The duration histogram behind the percentiles against the obvious oracle (one long per bucket
 * over the whole range): counts, quantiles, merging and the binary form, with counts past an int.
 */
class HistogramProperties {
  /** The oracle: a count per bucket, every bucket. */
  private static final class Oracle {
    final long[] counts = new long[Histogram.MAX_INDEX + 1];
    long total;

    void add(int index, long n) {
      counts[index] += n;
      total += n;
    }

    Long quantile(double q) {
      long rank = Math.max(1, (long) Math.ceil(q * total));
      long seen = 0;
      for (int i = 0; i < counts.length; i++) {
        seen += counts[i];
        if (seen >= rank) {
          return Histogram.representative(i);
        }
      }
      throw new AssertionError("no bucket reaches rank " + rank);
    }
  }

  /** A duration of any magnitude: seconds, hours, days, years, and now and then huge. */
  private static long value(SplittableRandom r) {
    return switch (r.nextInt(5)) {
      case 0 -> r.nextLong(64);
      case 1 -> r.nextLong(3600L * 48);
      case 2 -> 3600L * 24 * r.nextLong(1, 400);
      case 3 -> r.nextLong(Long.MAX_VALUE);
      default -> -r.nextLong(1, 1000); // counted as 0
    };
  }

  @Test
  void countsAndQuantilesEqualTheOracleAndShardsMergeToTheWhole() {
    Theories.qt(TestCases.scaled(200))
        .forAll(SourceDSL.longs().all(), SourceDSL.integers().between(0, 400))
        .checkAssert(
            (seed, n) -> {
              SplittableRandom r = new SplittableRandom(seed);
              Histogram whole = new Histogram();
              Histogram[] shards = {new Histogram(), new Histogram(), new Histogram()};
              Oracle oracle = new Oracle();
              for (int i = 0; i < n; i++) {
                long v = value(r);
                whole.add(v);
                shards[r.nextInt(shards.length)].add(v);
                oracle.add(Histogram.index(v), 1);
              }
              Histogram merged = new Histogram();
              for (int k = shards.length - 1; k >= 0; k--) {
                merged.merge(shards[k]);
              }
              assertThat(merged).isEqualTo(whole).hasSameHashCodeAs(whole);
              assertThat(roundTrip(whole)).isEqualTo(whole).hasSameHashCodeAs(whole);
              assertThat(bytes(merged)).isEqualTo(bytes(whole)).isEqualTo(oracleBytes(oracle));
              for (double q : new double[] {0.01, 0.5, 0.9, 0.95, 1.0}) {
                assertThat(whole.quantile(q, n)).isEqualTo(n == 0 ? null : oracle.quantile(q));
              }
            });
  }

  @Test
  void countsPastAnIntAreKeptExactly() {
    Theories.qt(TestCases.scaled(50))
        .forAll(SourceDSL.longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              Oracle oracle = new Oracle();
              Histogram h = new Histogram();
              for (int k = 0; k < 6; k++) {
                Oracle part = new Oracle();
                int index = r.nextInt(40, 60);
                part.add(index, Integer.MAX_VALUE - r.nextLong(3));
                part.add(r.nextInt(Histogram.MAX_INDEX + 1), 1 + r.nextLong(1L << 40));
                h.merge(of(part));
                for (int i = 0; i < part.counts.length; i++) {
                  oracle.add(i, part.counts[i]);
                }
                long v = value(r);
                h.add(v);
                oracle.add(Histogram.index(v), 1);
              }
              assertThat(bytes(h)).isEqualTo(oracleBytes(oracle));
              assertThat(h.quantile(0.5, oracle.total)).isEqualTo(oracle.quantile(0.5));
            });
  }

  /** The oracle's counts read through the histogram's binary form. */
  private static Histogram of(Oracle o) {
    try {
      return Histogram.readFrom(new DataInputStream(new ByteArrayInputStream(oracleBytes(o))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The binary form of the oracle's counts: how many buckets are used, then (gap, count) pairs. */
  private static byte[] oracleBytes(Oracle o) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      DataOutputStream data = new DataOutputStream(out);
      int nonZero = 0;
      for (long c : o.counts) {
        nonZero += c != 0 ? 1 : 0;
      }
      Varints.write(data, nonZero);
      int last = -1;
      for (int i = 0; i < o.counts.length; i++) {
        if (o.counts[i] != 0) {
          Varints.write(data, i - last - 1);
          Varints.write(data, o.counts[i]);
          last = i;
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(Histogram h) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      h.writeTo(new DataOutputStream(out));
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Histogram roundTrip(Histogram h) {
    try {
      return Histogram.readFrom(new DataInputStream(new ByteArrayInputStream(bytes(h))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
