package org.gridgov.benchmarks.clock;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.Atlas;
import org.gridgov.core.DivisionLevel;
import org.gridgov.samples.YingkouSample;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.clock.CaseLog;
import org.gridgov.sla.clock.CaseRegister;
import org.gridgov.sla.metrics.CaseMetrics;
import org.gridgov.sla.metrics.UnitMetrics;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Status and metrics grouped by street for {@code cases} cases at one instant (a synthetic month
 * over the 营口 sample, 6–12 events and up to 5 suspensions each, under the 数字站前 promise in working
 * hours), both sides from the same event lists: ours building each case's log from its events
 * ({@link CaseLog#of}) and adding it to the metrics, on two threads (a metric state per thread,
 * merged, then rolled up to the streets) and on one, against the naive baseline on two threads
 * re-deriving each case from its events with a day-loop calendar; and ours over the logs a desk
 * keeps ({@code oursFromLogsTwoThreads}, logs built at setup); the {@code oursByStreet…} variants
 * group by street as the baseline does, instead of by community. The default is 200,000 cases;
 * {@code -p cases=1000000} for the million of the README. Both sides run with transparent huge
 * pages ({@code -XX:+UseTransparentHugePages}, as a host holding a million cases in memory should);
 * {@code -jvmArgs "-Xms6g -Xmx6g"} runs without them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xms6g", "-Xmx6g", "-XX:+UseTransparentHugePages"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class CityMetricsBenchmark {
  /** Cases. */
  @Param({"200000"})
  public int cases;

  private Atlas atlas = YingkouSample.atlas();
  private List<List<CaseEvent>> events = new ArrayList<>();
  private List<CaseLog> logs = new ArrayList<>();
  private final CaseRegister[] halves = {CaseRegister.create(), CaseRegister.create()};
  private final List<String> streets = new ArrayList<>();
  private final NaiveCaseClock naive = new NaiveCaseClock();
  private ExecutorService pool = Executors.newFixedThreadPool(2);

  /** Generates the cases and checks the baseline against ours on the first 20,000. */
  @Setup(Level.Trial)
  public void setUp() {
    atlas = YingkouSample.atlas();
    events = ClockCases.events(atlas, cases, 20240501L);
    List<CaseLog> checked = new ArrayList<>();
    for (List<CaseEvent> c : events) {
      streets.add(ClockCases.street(atlas, c));
      if (checked.size() < 20_000) {
        checked.add(ClockCases.log(c));
      }
    }
    ClockCases.check(checked, naive, checked.size());
    logs = new ArrayList<>(events.size());
    for (List<CaseEvent> c : events) {
      logs.add(ClockCases.log(c));
    }
    int half = logs.size() / 2;
    for (int i = 0; i < logs.size(); i++) {
      halves[i < half ? 0 : 1].put(logs.get(i));
    }
    pool = Executors.newFixedThreadPool(2);
  }

  /** Stops the threads. */
  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  private CaseMetrics ours(int from, int to) {
    return ours(CaseMetrics.empty(), from, to);
  }

  private CaseMetrics ours(CaseMetrics m, int from, int to) {
    for (int i = from; i < to; i++) {
      boolean unused = m.add(atlas, ClockCases.log(events.get(i)), ClockCases.AT);
    }
    return m;
  }

  /** Ours on two threads: logs from the events, a metric state each, merged, rolled up. */
  @Benchmark
  public List<UnitMetrics> oursTwoThreads() throws InterruptedException, ExecutionException {
    return twoThreads(this::ours);
  }

  /** A shard of cases counted into a metric state: cases {@code from} to {@code to}. */
  private interface Shard {
    CaseMetrics count(int from, int to);
  }

  /** Each half of the cases counted on its own thread, the states merged, rolled up to streets. */
  private List<UnitMetrics> twoThreads(Shard shard)
      throws InterruptedException, ExecutionException {
    int half = events.size() / 2;
    Future<CaseMetrics> a = pool.submit(() -> shard.count(0, half));
    Future<CaseMetrics> b = pool.submit(() -> shard.count(half, events.size()));
    CaseMetrics m = a.get();
    m.merge(b.get());
    return m.report(atlas).atLevel(DivisionLevel.TOWN);
  }

  private CaseMetrics oursFromLogs(int from, int to) {
    return oursFromLogs(CaseMetrics.empty(), from, to);
  }

  private CaseMetrics oursFromLogs(CaseMetrics m, int from, int to) {
    for (int i = from; i < to; i++) {
      boolean unused = m.add(atlas, logs.get(i), ClockCases.AT);
    }
    return m;
  }

  /**
   * Ours on two threads over the logs a case desk keeps (built at setup, as events arrive in
   * service): the big screen's question at one instant, without re-deriving any case.
   */
  @Benchmark
  public List<UnitMetrics> oursFromLogsTwoThreads()
      throws InterruptedException, ExecutionException {
    return twoThreads(this::oursFromLogs);
  }

  private static CaseMetrics byStreet() {
    return CaseMetrics.empty(CaseMetrics.DEFAULT_OVERDUE_LIMIT, DivisionLevel.TOWN);
  }

  /**
   * Ours on two threads over the logs a desk keeps, grouped by street as the baseline groups
   * ({@link CaseMetrics#empty(int, DivisionLevel)}): a cell per street instead of one per
   * community.
   */
  @Benchmark
  public List<UnitMetrics> oursByStreetFromLogsTwoThreads()
      throws InterruptedException, ExecutionException {
    return twoThreads((from, to) -> oursFromLogs(byStreet(), from, to));
  }

  /** The register of the half of the cases that begins at {@code from}. */
  private CaseMetrics oursFromRegister(CaseMetrics m, int from) {
    long unused = m.addAll(atlas, halves[from == 0 ? 0 : 1], ClockCases.AT);
    return m;
  }

  /**
   * Ours on two threads over a {@link CaseRegister} per thread (the same logs, put at setup, as a
   * desk puts each log as its events arrive), grouped by community as {@code
   * oursFromLogsTwoThreads}.
   */
  @Benchmark
  public List<UnitMetrics> oursFromRegisterTwoThreads()
      throws InterruptedException, ExecutionException {
    return twoThreads((from, to) -> oursFromRegister(CaseMetrics.empty(), from));
  }

  /** The same grouped by street. */
  @Benchmark
  public List<UnitMetrics> oursByStreetFromRegisterTwoThreads()
      throws InterruptedException, ExecutionException {
    return twoThreads((from, to) -> oursFromRegister(byStreet(), from));
  }

  /**
   * What the register costs a desk: putting every case's log into a new register (done once, then
   * once per case as its events arrive), one thread.
   */
  @Benchmark
  public int registerPutAll() {
    CaseRegister r = CaseRegister.create();
    for (CaseLog log : logs) {
      r.put(log);
    }
    return r.size();
  }

  /** Ours on one thread over both registers, grouped by street. */
  @Benchmark
  public List<UnitMetrics> oursByStreetFromRegisterOneThread() {
    CaseMetrics m = byStreet();
    for (CaseRegister r : halves) {
      long unused = m.addAll(atlas, r, ClockCases.AT);
    }
    return m.report(atlas).atLevel(DivisionLevel.TOWN);
  }

  /** The same from the events: each case's log built from its events, grouped by street. */
  @Benchmark
  public List<UnitMetrics> oursByStreetTwoThreads()
      throws InterruptedException, ExecutionException {
    return twoThreads((from, to) -> ours(byStreet(), from, to));
  }

  /** Ours on one thread over the logs, grouped by street. */
  @Benchmark
  public List<UnitMetrics> oursByStreetFromLogsOneThread() {
    return oursFromLogs(byStreet(), 0, logs.size()).report(atlas).atLevel(DivisionLevel.TOWN);
  }

  /** Ours on one thread, over the logs, one at a time. */
  @Benchmark
  public List<UnitMetrics> oursFromLogsOneThread() {
    return oursFromLogs(0, logs.size()).report(atlas).atLevel(DivisionLevel.TOWN);
  }

  /** Ours on one thread, from the events. */
  @Benchmark
  public List<UnitMetrics> oursOneThread() {
    return ours(0, events.size()).report(atlas).atLevel(DivisionLevel.TOWN);
  }

  private NaiveCaseClock.StreetTotals naive(int from, int to) {
    NaiveCaseClock.StreetTotals t = new NaiveCaseClock.StreetTotals();
    for (int i = from; i < to; i++) {
      t.add(streets.get(i), naive.evaluate(events.get(i), ClockCases.AT));
    }
    return t;
  }

  /** The baseline on two threads: re-derive every case, count per street, merge. */
  @Benchmark
  public Object naiveTwoThreads() throws InterruptedException, ExecutionException {
    int half = events.size() / 2;
    Future<NaiveCaseClock.StreetTotals> a = pool.submit(() -> naive(0, half));
    Future<NaiveCaseClock.StreetTotals> b = pool.submit(() -> naive(half, events.size()));
    NaiveCaseClock.StreetTotals t = a.get();
    t.merge(b.get());
    return t.byStreet;
  }
}
