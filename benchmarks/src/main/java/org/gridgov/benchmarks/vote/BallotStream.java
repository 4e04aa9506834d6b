package org.gridgov.benchmarks.vote;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.Candidate;
import org.gridgov.scoring.vote.Round;
import org.gridgov.scoring.vote.SeatRules;
import org.gridgov.scoring.vote.VoteRules;
import org.gridgov.scoring.vote.VoterKey;
import org.jspecify.annotations.Nullable;

/**
 * Synthetic ballots generated on the fly, in the documented order, never stored: a 60-day round of
 * 200 candidates (Zipf popularity), 30 % of the ballots from 100,000 heavy voters whom the daily
 * caps stop, 70 % from 3,000,000 casual ones, 1 % of ballots resent (a replay to dedupe). The
 * generator is kept cheap, since it is timed with both tallies: one list per candidate's choice,
 * ballot ids counted up in a byte array, the candidate drawn by binary search; it still allocates
 * each ballot, its id, voter key and instant.
 */
final class BallotStream {
  static final int CANDIDATES = 200;
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Instant START = Instant.parse("2022-10-31T16:00:00Z");
  static final int DAYS = 60;

  final Round round;
  final List<String> candidates = new ArrayList<>();
  private final List<List<String>> choices = new ArrayList<>();
  private final double[] cumulative = new double[CANDIDATES];

  BallotStream() {
    Round.Builder b =
        Round.builder("bench")
            .window(START, START.plus(Duration.ofDays(DAYS)), ZONE)
            .channels("wechat", "app")
            .rules(VoteRules.of(5, 1))
            .seats(SeatRules.of(20));
    double sum = 0;
    for (int i = 0; i < CANDIDATES; i++) {
      String id = "c" + (1000 + i);
      candidates.add(id);
      choices.add(List.of(id));
      b.addCandidate(Candidate.of(id, "候选人" + i, "210802", "210802001003" + (100 + i % 800)));
      sum += 1.0 / Math.pow(i + 1, 1.1);
      cumulative[i] = sum;
    }
    round = b.build();
  }

  /** A generator of {@code n} ballots spread evenly over the round. */
  Generator generator(long n, long seed) {
    return new Generator(n, seed);
  }

  /** Ballots one at a time; {@code next()} returns null at the end. */
  final class Generator {
    private final long n;
    private final SplittableRandom r;
    private final long spanNanos = Duration.ofDays(DAYS).toNanos() - 1;
    private final long startNanos = START.getEpochSecond() * 1_000_000_000L;
    private long i;
    private Ballot previous;
    // the ballot id "b" + (10^10 + i) as ASCII digits, counted up in place
    private final byte[] id = "b10000000000".getBytes(StandardCharsets.US_ASCII);

    Generator(long n, long seed) {
      this.n = n;
      this.r = new SplittableRandom(seed);
      this.previous = Ballot.of("b0", VoterKey.of(0, 0), candidates.get(0), START, "wechat");
    }

    /** The ballots not yet generated, as an iterable to read once, one ballot at a time. */
    Iterable<Ballot> remaining() {
      return () ->
          new Iterator<>() {
            @Override
            public boolean hasNext() {
              return i < n;
            }

            @Override
            public Ballot next() {
              Ballot b = Generator.this.next();
              if (b == null) {
                throw new NoSuchElementException();
              }
              return b;
            }
          };
    }

    @Nullable Ballot next() {
      if (i >= n) {
        return null;
      }
      if (i > 0 && r.nextInt(100) == 0) {
        i++;
        increment();
        return previous; // a resent ballot
      }
      long at = startNanos + Math.multiplyHigh(spanNanos, i * (Long.MAX_VALUE / n)) * 2;
      long voter = r.nextInt(10) < 3 ? r.nextInt(100_000) : 100_000 + r.nextInt(3_000_000);
      double x = r.nextDouble() * cumulative[CANDIDATES - 1];
      // the first candidate whose cumulative weight reaches x
      int c = Arrays.binarySearch(cumulative, x);
      if (c < 0) {
        c = -c - 1;
      }
      Ballot b =
          new Ballot(
              new String(id, StandardCharsets.ISO_8859_1),
              VoterKey.of(voter * 0x9E3779B97F4A7C15L, voter),
              choices.get(c),
              Instant.ofEpochSecond(at / 1_000_000_000L, at % 1_000_000_000L),
              (voter & 1) == 0 ? "wechat" : "app",
              Optional.empty(),
              Optional.empty());
      previous = b;
      i++;
      increment();
      return b;
    }

    /** The next ballot id's digits. */
    private void increment() {
      int d = id.length - 1;
      while (id[d] == '9') {
        id[d--] = '0';
      }
      id[d]++;
    }
  }
}
