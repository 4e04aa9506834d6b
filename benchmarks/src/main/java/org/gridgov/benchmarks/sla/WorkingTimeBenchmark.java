package org.gridgov.benchmarks.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.calendar.WorkingCalendar;
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
 * Working hours on the bundled China calendar: {@code between} over a span of {@code spanDays} and
 * {@code plus} of {@code addHours} working hours, ours against a day loop and a minute stepper on
 * the same holidays and hours. Starts are 1024 random minute-aligned instants in 2023–2025.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class WorkingTimeBenchmark {
  @Param({"30"})
  public int spanDays;

  @Param({"24"})
  public int addHours;

  private final WorkingCalendar calendar = ChinaHolidays.calendar();
  private final NaiveCalendars naive = new NaiveCalendars();
  private final Instant[] starts = new Instant[1024];
  private final Instant[] ends = new Instant[1024];
  private Duration add = Duration.ZERO;
  private int i;

  /** Draws the inputs and checks that all implementations agree on them. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom r = new SplittableRandom(20240209);
    Instant base = LocalDateTime.parse("2023-01-01T00:00").atZone(NaiveCalendars.ZONE).toInstant();
    for (int k = 0; k < starts.length; k++) {
      starts[k] = base.plusSeconds(r.nextLong(2L * 365 * 86_400) / 60 * 60);
      ends[k] = starts[k].plus(Duration.ofDays(spanDays));
    }
    add = Duration.ofHours(addHours);
    for (int k = 0; k < 16; k++) {
      long ours = calendar.between(starts[k], ends[k]).duration().toSeconds();
      check(ours == naive.dayLoopBetween(starts[k], ends[k]), "day loop between", k);
      check(ours == naive.minuteBetween(starts[k], ends[k]), "minute between", k);
      Instant due = calendar.plus(starts[k], add).instant();
      check(due.equals(naive.dayLoopPlus(starts[k], add.toSeconds())), "day loop plus", k);
      check(due.equals(naive.minutePlus(starts[k], add.toSeconds())), "minute plus", k);
    }
  }

  private void check(boolean ok, String what, int k) {
    if (!ok) {
      throw new IllegalStateException(what + " disagrees with ours at " + starts[k]);
    }
  }

  private int next() {
    i = (i + 1) & 1023;
    return i;
  }

  /** Ours: O(1) from prefix sums. */
  @Benchmark
  public Duration betweenOurs() {
    int k = next();
    return calendar.between(starts[k], ends[k]).duration();
  }

  /** One date at a time. */
  @Benchmark
  public long betweenDayLoop() {
    int k = next();
    return naive.dayLoopBetween(starts[k], ends[k]);
  }

  /** One minute at a time. */
  @Benchmark
  public long betweenMinuteStepper() {
    int k = next();
    return naive.minuteBetween(starts[k], ends[k]);
  }

  /** Ours: O(log n) binary search on the prefix sums. */
  @Benchmark
  public Instant plusOurs() {
    return calendar.plus(starts[next()], add).instant();
  }

  /** One date at a time. */
  @Benchmark
  public Instant plusDayLoop() {
    return naive.dayLoopPlus(starts[next()], add.toSeconds());
  }

  /** One minute at a time. */
  @Benchmark
  public Instant plusMinuteStepper() {
    return naive.minutePlus(starts[next()], add.toSeconds());
  }
}
