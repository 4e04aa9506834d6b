package org.gridgov.benchmarks;

import java.util.concurrent.TimeUnit;
import org.gridgov.core.DivisionCode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Parsing a division code, against {@link Long#parseLong} of the same text as a floor. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class DivisionCodeBenchmark {
  private final String text = "210802001007";

  /** Our parser, with segment validation. */
  @Benchmark
  public DivisionCode parse() {
    return DivisionCode.parse(text);
  }

  /** The floor: digits to a long, no validation. */
  @Benchmark
  public long parseLong() {
    return Long.parseLong(text);
  }
}
