package org.gridgov.benchmarks.core;

import java.util.concurrent.TimeUnit;
import org.gridgov.core.Atlas;
import org.gridgov.samples.SyntheticNational;
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
 * Validating and indexing a national atlas: {@link Atlas.Builder#build()} on a filled builder (the
 * builder is generated once; building does not change it). See {@link AtlasFootprint} for the
 * retained size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class AtlasBuildBenchmark {
  /** Grids in the synthetic atlas. */
  @Param({"5000000"})
  public int grids;

  private Atlas.Builder builder;

  /** Generates the contents once. */
  @Setup(Level.Trial)
  public void setUp() {
    builder = SyntheticNational.builder(grids, 1);
  }

  /** Validates everything and builds the indexes and roll-up tables. */
  @Benchmark
  public Atlas build() {
    return builder.build();
  }
}
