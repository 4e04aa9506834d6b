package org.gridgov.benchmarks.vote;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.Count;
import org.gridgov.scoring.vote.Decision;
import org.gridgov.scoring.vote.Quarantine;
import org.gridgov.scoring.vote.Sanctions;
import org.gridgov.scoring.vote.VoteCounter;
import org.gridgov.scoring.vote.VoteTally;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Streaming {@code ballots} synthetic ballots generated on the fly ({@link BallotStream}) through
 * the tally with its daily caps, dedupe and audit chains, one ballot at a time ({@code gridgov})
 * and as a stream ({@code gridgovStream}, {@link VoteTally#ingestAll}), against {@link NaiveTally}
 * and against generating alone, in one run; both tallies get the same ballots from the same seed,
 * one at a time (never more than one held). One operation is the whole stream, generation included;
 * counting alone is {@code gridgov - generateOnly} (and {@code naive - generateOnly}), and ballots
 * per second counting is {@code ballots / (gridgov - generateOnly)}. The default is 5,000,000
 * ballots to stay short; the 100M run is {@code -p ballots=100000000}, in the same 1 GB
 * heap. Both sides run with transparent huge pages ({@code -XX:+UseTransparentHugePages}): the
 * voter tables are probed at random, and with 4 KB pages a fifth of the time went on TLB misses;
 * {@code -jvmArgsAppend "-Xmx1g -Xms1g"} runs without them. The collector is the JVM's default (G1
 * on a server-class machine); {@code -jvmArgsAppend "-Xmx1g -Xms1g -XX:+UseTransparentHugePages
 * -XX:+UseParallelGC -XX:ParallelGCThreads=1"} runs both sides on the throughput collector with one
 * collecting thread, so that the whole count, collection included, is one core's work: the README
 * gives both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g", "-Xms1g", "-XX:+UseTransparentHugePages"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class TallyBenchmark {
  @Param({"5000000"})
  public long ballots;

  private final BallotStream stream = new BallotStream();

  /**
   * The tally: every ballot decided, counted and hash-chained.
   *
   * @return the count
   */
  @Benchmark
  public Count gridgov() {
    VoteTally tally = VoteTally.start(stream.round);
    BallotStream.Generator g = stream.generator(ballots, 42);
    for (Ballot b = g.next(); b != null; b = g.next()) {
      Decision unused = tally.ingest(b);
    }
    return tally.count();
  }

  /**
   * The tally fed as a stream ({@link VoteTally#ingestAll}): the same decisions, read ahead 16 at a
   * time.
   *
   * @return the count
   */
  @Benchmark
  public Count gridgovStream() {
    VoteTally tally = VoteTally.start(stream.round);
    BallotStream.Generator g = stream.generator(ballots, 42);
    tally.ingestAll(g.remaining(), d -> {});
    return tally.count();
  }

  /**
   * The same ballots through a {@link VoteCounter} with a reorder window of {@link #WINDOW}, as a
   * host reading a file whose ballots may be a little out of order counts them (the CLI's {@code
   * vote tally}): each ballot waits in the window, then is decided.
   *
   * @return the count
   */
  @Benchmark
  public Count gridgovCounter() {
    VoteCounter counter =
        VoteCounter.start(stream.round, Quarantine.none(), Sanctions.none(), WINDOW, d -> {});
    BallotStream.Generator g = stream.generator(ballots, 42);
    for (Ballot b = g.next(); b != null; b = g.next()) {
      counter.accept(b);
    }
    return counter.finish();
  }

  /** The reorder window of {@link #gridgovCounter}. */
  static final Duration WINDOW = Duration.ofSeconds(10);

  /**
   * The naive tally over the same ballots.
   *
   * @return the ballots it accepted
   */
  @Benchmark
  public long naive() {
    NaiveTally tally = new NaiveTally(stream.round);
    BallotStream.Generator g = stream.generator(ballots, 42);
    for (Ballot b = g.next(); b != null; b = g.next()) {
      tally.ingest(b);
    }
    return tally.accepted;
  }

  /**
   * Generating the ballots alone, the floor under both.
   *
   * @param bh the blackhole
   */
  @Benchmark
  public void generateOnly(Blackhole bh) {
    BallotStream.Generator g = stream.generator(ballots, 42);
    for (Ballot b = g.next(); b != null; b = g.next()) {
      bh.consume(b);
    }
  }

  /**
   * Checks that the two tallies agree, for a run by hand.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    TallyBenchmark b = new TallyBenchmark();
    b.ballots = 1_000_000;
    Count ours = b.gridgov();
    long naive = b.naive();
    if (ours.totals().accepted() != naive) {
      throw new AssertionError("accepted " + ours.totals().accepted() + " vs naive " + naive);
    }
    if (!b.gridgovStream().equals(ours)) {
      throw new AssertionError("the stream form counts differently");
    }
    if (!b.gridgovCounter().equals(ours)) {
      throw new AssertionError("the counter counts differently");
    }
    System.out.println("both accept " + naive + " of " + b.ballots);
  }
}
