package org.gridgov.benchmarks.vote;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.Count;
import org.gridgov.scoring.vote.Decision;
import org.gridgov.scoring.vote.Quarantine;
import org.gridgov.scoring.vote.Sanctions;
import org.gridgov.scoring.vote.VoteTally;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Merging 16 shards, each the tally of the voter buckets {@code b % 16 == k} of a stream of {@code
 * ballots} synthetic ballots, into one, and writing and reading a shard's binary form; against a
 * naive merge that sums per-candidate maps of string keys.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class MergeBenchmark {
  @Param({"4000000"})
  public long ballots;

  private final BallotStream stream = new BallotStream();
  private final List<VoteTally> shards = new ArrayList<>();
  private final List<java.util.Map<String, Long>> naiveShards = new ArrayList<>();
  private byte[] shardBytes = new byte[0];

  /** Counts the 16 shards. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    for (int k = 0; k < 16; k++) {
      shards.add(VoteTally.start(stream.round));
      naiveShards.add(new java.util.HashMap<>());
    }
    BallotStream.Generator g = stream.generator(ballots, 42);
    for (Ballot b = g.next(); b != null; b = g.next()) {
      int k = b.voter().bucket() % 16;
      Decision d = shards.get(k).ingest(b);
      if (d.kind() == Decision.Kind.ACCEPTED) {
        naiveShards.get(k).merge(b.choices().get(0), 1L, Long::sum);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    shards.get(0).writeTo(new DataOutputStream(out));
    shardBytes = out.toByteArray();
  }

  /**
   * Merges the 16 shards into one and takes its count (with the digest).
   *
   * @return the count
   */
  @Benchmark
  public Count mergeSixteen() {
    VoteTally all = VoteTally.start(stream.round);
    for (VoteTally s : shards) {
      all = all.merge(s);
    }
    return all.count();
  }

  /**
   * The naive merge: per-candidate vote maps summed (no voter state, no audit).
   *
   * @return the merged map
   */
  @Benchmark
  public java.util.Map<String, Long> naiveMerge() {
    java.util.Map<String, Long> all = new java.util.HashMap<>();
    for (java.util.Map<String, Long> s : naiveShards) {
      s.forEach((c, v) -> all.merge(c, v, Long::sum));
    }
    return all;
  }

  /**
   * Writes a shard's binary form.
   *
   * @return the bytes
   * @throws IOException never
   */
  @Benchmark
  public byte[] writeShard() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(shardBytes.length);
    shards.get(0).writeTo(new DataOutputStream(out));
    return out.toByteArray();
  }

  /**
   * Reads a shard's binary form back.
   *
   * @return the tally
   * @throws IOException never
   */
  @Benchmark
  public VoteTally readShard() throws IOException {
    return VoteTally.readFrom(
        new DataInputStream(new ByteArrayInputStream(shardBytes)),
        stream.round,
        Quarantine.none(),
        Sanctions.none());
  }
}
