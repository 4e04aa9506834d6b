package org.gridgov.benchmarks.vote;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.gridgov.scoring.io.BallotCsv;
import org.gridgov.scoring.io.BallotCsvWriter;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.VoterKey;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading {@code lines} lines of ballot CSV from bytes into ballots, ours (streamed, strict UTF-8
 * per line, every field checked, a malformed line becoming a malformed ballot) against a naive
 * reader ({@code BufferedReader}, {@code String.split}, {@code OffsetDateTime.parse}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class BallotCsvBenchmark {
  @Param({"1000000"})
  public int lines;

  private byte[] csv = new byte[0];

  /** Writes the CSV. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    BallotStream stream = new BallotStream();
    BallotStream.Generator g = stream.generator(lines, 7);
    StringWriter out = new StringWriter(lines * 110);
    BallotCsvWriter w = BallotCsv.writer(out);
    for (Ballot b = g.next(); b != null; b = g.next()) {
      w.write(b.withIp("10.8.0." + (b.voter().low() & 127)).withDevice("dev-" + b.voter().low()));
    }
    csv = out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Ours.
   *
   * @param bh the blackhole
   * @return the submissions read
   * @throws IOException never
   */
  @Benchmark
  public long gridgov(Blackhole bh) throws IOException {
    return BallotCsv.reader().forEach(new ByteArrayInputStream(csv), bh::consume);
  }

  /**
   * The naive reader, which stops at the first bad line.
   *
   * @param bh the blackhole
   * @return the ballots read
   * @throws IOException never
   */
  @Benchmark
  public long naive(Blackhole bh) throws IOException {
    long n = 0;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))) {
      String header = in.readLine();
      bh.consume(header);
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.split(",", -1);
        bh.consume(
            new Ballot(
                f[0],
                VoterKey.parse(f[1]),
                List.of(f[2].split(";")),
                OffsetDateTime.parse(f[3]).toInstant(),
                f[4],
                f[5].isEmpty() ? Optional.empty() : Optional.of(f[5]),
                f[6].isEmpty() ? Optional.empty() : Optional.of(f[6])));
        n++;
      }
    }
    return n;
  }
}
