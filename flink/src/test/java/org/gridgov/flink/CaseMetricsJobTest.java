package org.gridgov.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.gridgov.core.Atlas;
import org.gridgov.samples.SyntheticCases;
import org.gridgov.samples.SyntheticNational;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.clock.CaseLog;
import org.gridgov.sla.clock.CaseLogs;
import org.gridgov.sla.clock.PolicyPresets;
import org.gridgov.sla.clock.PolicyTable;
import org.gridgov.sla.metrics.CaseMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseMetricsJobTest {
  @RegisterExtension static final MiniClusterExtension CLUSTER = Cluster.extension();

  static final Atlas ATLAS = SyntheticNational.atlas(1000, 3L);
  static final PolicyTable POLICIES = PolicyPresets.chengguan();
  static final LocalDate FROM = LocalDate.of(2024, 5, 1);
  static final LocalDate UNTIL = LocalDate.of(2024, 5, 20);
  static final Duration LATENESS = Duration.ofHours(2);

  /** Events of synthetic cases, each at most an hour out of order: within the lateness. */
  static List<CaseEvent> events(long seed, int cases) {
    List<CaseEvent> all = new ArrayList<>();
    SyntheticCases.month(ATLAS, YearMonth.of(2024, 5), cases, seed).forEach(all::addAll);
    Random r = new Random(seed);
    Map<CaseEvent, Long> jitter = new HashMap<>();
    for (CaseEvent e : all) {
      jitter.put(e, e.at().toEpochMilli() + (long) (r.nextDouble() * 3_600_000));
    }
    all.sort(Comparator.comparing(jitter::get));
    return all;
  }

  /** The library's metrics of every day: each case's log as at the day's last instant. */
  static Map<LocalDate, CaseMetrics> oracle(MetricsSettings settings, List<CaseEvent> events) {
    Map<String, CaseLog> logs = CaseLogs.byCase(POLICIES, events);
    Map<LocalDate, CaseMetrics> out = new TreeMap<>();
    for (LocalDate d = settings.from(); !d.isAfter(settings.until()); d = d.plusDays(1)) {
      CaseMetrics m = CaseMetrics.empty();
      for (CaseLog log : logs.values()) {
        boolean unused = m.add(ATLAS, log, settings.endOf(d));
      }
      if (!m.units().isEmpty()) {
        out.put(d, m);
      }
    }
    return out;
  }

  static Map<LocalDate, CaseMetrics> flink(int parallelism, MetricsSettings s, List<CaseEvent> in)
      throws Exception {
    StreamExecutionEnvironment env = Cluster.env(parallelism);
    DataStream<CaseEvent> events =
        env.fromData(in, GridgovTypes.caseEvents())
            .assignTimestampsAndWatermarks(CaseMetricsJob.watermarks(LATENESS));
    Map<LocalDate, CaseMetrics> out = new TreeMap<>();
    for (DailyMetrics d : Cluster.collect(CaseMetricsJob.daily(events, s))) {
      assertThat(d.group()).isEqualTo(DailyMetrics.ALL);
      assertThat(out.put(d.day(), d.metrics())).isNull();
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4})
  void dailyMetricsAreTheLibrarysMetricsAtAnyParallelism(int parallelism) throws Exception {
    MetricsSettings settings =
        MetricsSettings.of(ATLAS, POLICIES, SyntheticCases.ZONE, FROM, UNTIL);
    List<CaseEvent> events = events(parallelism, 60);

    Map<LocalDate, CaseMetrics> expected = oracle(settings, events);

    assertThat(expected).hasSizeGreaterThan(10);
    assertThat(flink(parallelism, settings, events)).isEqualTo(expected);
  }

  @Test
  void streetsOfADayMergeToTheDayAndAreStreets() throws Exception {
    MetricsSettings settings =
        MetricsSettings.of(ATLAS, POLICIES, SyntheticCases.ZONE, FROM, FROM.plusDays(4));
    List<CaseEvent> events = events(9L, 40);
    StreamExecutionEnvironment env = Cluster.env(2);
    SingleOutputStreamOperator<DailyMetrics> streets =
        CaseMetricsJob.byStreet(
            env.fromData(events, GridgovTypes.caseEvents())
                .assignTimestampsAndWatermarks(CaseMetricsJob.watermarks(LATENESS)),
            settings);
    Map<LocalDate, CaseMetrics> merged = new TreeMap<>();
    for (DailyMetrics d : Cluster.collect(streets)) {
      assertThat(ATLAS.division(org.gridgov.core.DivisionCode.parse(d.group()))).isPresent();
      merged.computeIfAbsent(d.day(), k -> CaseMetrics.empty()).merge(d.metrics());
    }
    assertThat(merged).isEqualTo(oracle(settings, events));
  }

  // Once flaky: with the job's periodic watermarks (every 200 ms of processing time) a small
  // bounded
  // input could be read whole before the first watermark, so the late event was not yet behind
  // it. A watermark after every event (PerEvent, the same bound) makes lateness a property of the
  // input's order alone.
  @Test
  void eventsLaterThanTheLatenessGoToTheSideOutput() throws Exception {
    MetricsSettings settings =
        MetricsSettings.of(ATLAS, POLICIES, SyntheticCases.ZONE, FROM, FROM.plusDays(9));
    List<CaseEvent> events = events(5L, 20);
    CaseEvent early = events.stream().min(Comparator.comparing(CaseEvent::at)).orElseThrow();
    events.remove(early);
    events.add(early); // now days late
    StreamExecutionEnvironment env = Cluster.env(1);
    SingleOutputStreamOperator<org.apache.flink.api.java.tuple.Tuple2<String, CaseMetrics>> clocks =
        CaseMetricsJob.clocks(
            env.fromData(events, GridgovTypes.caseEvents())
                .assignTimestampsAndWatermarks(
                    WatermarkStrategy.<CaseEvent>forGenerator(context -> new PerEvent())
                        .withTimestampAssigner((e, previous) -> e.at().toEpochMilli())),
            settings);
    List<CaseEvent> late = Cluster.collect(clocks.getSideOutput(CaseMetricsJob.LATE));
    assertThat(late).containsExactly(early);
  }

  /** Bounded out-of-orderness by {@link #LATENESS}, a watermark after every event. */
  static final class PerEvent implements WatermarkGenerator<CaseEvent> {
    private long max = Long.MIN_VALUE + LATENESS.toMillis() + 1;

    @Override
    public void onEvent(CaseEvent e, long timestamp, WatermarkOutput out) {
      max = Math.max(max, timestamp);
      out.emitWatermark(new Watermark(max - LATENESS.toMillis() - 1));
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput out) {}
  }
}
