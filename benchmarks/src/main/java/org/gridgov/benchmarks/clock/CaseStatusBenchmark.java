package org.gridgov.benchmarks.clock;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.Atlas;
import org.gridgov.samples.YingkouSample;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.clock.CaseLog;
import org.gridgov.sla.clock.CaseStatus;
import org.gridgov.sla.clock.StatusView;
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
 * The status of one case of {@code events} events (with suspensions) at an instant, under the 数字站前
 * promise in working hours: ours from the log the host keeps, ours re-deriving it from the events,
 * the allocation-light view, and the naive baseline re-deriving it with a day-loop calendar.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
public class CaseStatusBenchmark {
  /** Events per case. */
  @Param({"10"})
  public int events;

  private final List<List<CaseEvent>> cases = new ArrayList<>();
  private final List<CaseLog> logs = new ArrayList<>();
  private final NaiveCaseClock naive = new NaiveCaseClock();
  private int i;

  /** Draws 1024 cases of the given size and checks that ours and the baseline agree on them. */
  @Setup(Level.Trial)
  public void setUp() {
    Atlas atlas = YingkouSample.atlas();
    for (List<CaseEvent> c : ClockCases.events(atlas, 60_000, 20240501L)) {
      if (c.size() == events && cases.size() < 1024) {
        cases.add(c);
        logs.add(ClockCases.log(c));
      }
    }
    if (cases.size() < 1024) {
      throw new IllegalStateException("only " + cases.size() + " cases of " + events + " events");
    }
    ClockCases.check(logs, naive, logs.size());
  }

  private int next() {
    i = (i + 1) & 1023;
    return i;
  }

  /** Ours: the status from the log (replayed when its last event arrived). */
  @Benchmark
  public CaseStatus ours() {
    return logs.get(next()).status(ClockCases.AT);
  }

  /** Ours, read as a view without building the status values. */
  @Benchmark
  public StatusView oursView() {
    return logs.get(next()).view(ClockCases.AT);
  }

  /** Ours, re-deriving the case from its events first (as the baseline does). */
  @Benchmark
  public CaseStatus oursFromEvents() {
    List<CaseEvent> c = cases.get(next());
    return CaseLog.of(c.get(0).caseId(), ClockCases.TABLE, c).status(ClockCases.AT);
  }

  /** The naive baseline: re-derive from the events with a day-loop calendar. */
  @Benchmark
  public Object naive() {
    return naive.evaluate(cases.get(next()), ClockCases.AT);
  }
}
