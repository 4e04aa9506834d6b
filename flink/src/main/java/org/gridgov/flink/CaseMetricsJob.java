package org.gridgov.flink;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.metrics.CaseMetrics;

/**
 * 考核指标 on Flink: case events keyed by case id through the library's case clock, then the day's
 * metrics per street and for all cases in event-time daily windows. The metrics of a day equal the
 * library's {@link CaseMetrics} of every case's log as at the day's last instant ({@link
 * MetricsSettings#endOf}), grouped the library's way (by community, rolled up by the report).
 *
 * <pre>{@code
 * DataStream<CaseEvent> events = env.fromData(list, GridgovTypes.caseEvents())
 *     .assignTimestampsAndWatermarks(CaseMetricsJob.watermarks(Duration.ofHours(1)));
 * SingleOutputStreamOperator<DailyMetrics> days = CaseMetricsJob.daily(events, settings);
 * // one DailyMetrics per day with cases (group "*"); report(atlas) gives streets and districts
 * }</pre>
 *
 * <p>Lateness: the watermark strategy's bound is the allowed lateness of events. An event at most
 * that far behind the latest one seen is placed where it belongs (a case log depends on its event
 * set only). A later event still counts from the next day not yet emitted and goes to {@link
 * #LATE}; the days already emitted are not revised. The daily windows themselves need no allowed
 * lateness: their input is emitted by event-time timers when the watermark passes a day's end, so
 * it is never late.
 */
public final class CaseMetricsJob {
  /** Events that came after the watermark had passed them: the days already emitted miss them. */
  public static final OutputTag<CaseEvent> LATE =
      new OutputTag<>("late-case-events", GridgovTypes.caseEvents());

  private CaseMetricsJob() {}

  /**
   * The watermark strategy of case events: event time is the event's instant, and events may come
   * up to {@code lateness} behind the latest one seen.
   *
   * @param lateness the allowed lateness, not negative
   * @return the strategy
   */
  public static WatermarkStrategy<CaseEvent> watermarks(Duration lateness) {
    checkNotNull(lateness, "lateness");
    checkArgument(!lateness.isNegative(), "a lateness is not negative, got %s", lateness);
    return WatermarkStrategy.<CaseEvent>forBoundedOutOfOrderness(lateness)
        .withTimestampAssigner((e, previous) -> e.at().toEpochMilli());
  }

  /**
   * The metrics of each reported day per street ({@link DailyMetrics#group()} a street's code, or
   * {@link DailyMetrics#UNPLACED}); late events on {@link #LATE} of the case clock operator, see
   * {@link #clocks}.
   *
   * @param events case events with timestamps and watermarks ({@link #watermarks})
   * @param settings the settings
   * @return per street and day
   */
  public static SingleOutputStreamOperator<DailyMetrics> byStreet(
      DataStream<CaseEvent> events, MetricsSettings settings) {
    return byStreet(clocks(events, settings), settings);
  }

  /**
   * The metrics of all cases per reported day ({@link DailyMetrics#ALL}); {@link
   * DailyMetrics#report} rolls them up by community, street and district.
   *
   * @param events case events with timestamps and watermarks ({@link #watermarks})
   * @param settings the settings
   * @return per day
   */
  public static SingleOutputStreamOperator<DailyMetrics> daily(
      DataStream<CaseEvent> events, MetricsSettings settings) {
    return allStreets(byStreet(events, settings), settings);
  }

  /**
   * The case clocks: each case's one-case metrics at the end of every reported day, keyed by
   * street; late events on the side output {@link #LATE}.
   *
   * @param events case events with timestamps and watermarks
   * @param settings the settings
   * @return (street, one case's metrics) at each day's last millisecond
   */
  public static SingleOutputStreamOperator<Tuple2<String, CaseMetrics>> clocks(
      DataStream<CaseEvent> events, MetricsSettings settings) {
    checkNotNull(events, "events");
    checkNotNull(settings, "settings");
    TypeInformation<Tuple2<String, CaseMetrics>> type =
        Types.TUPLE(Types.STRING, GridgovTypes.caseMetrics());
    return events
        .keyBy(CaseEvent::caseId, Types.STRING)
        .process(new CaseClock(settings), type)
        .name("case clock")
        .uid("gridgov-case-clock");
  }

  /**
   * Merges the case clocks' output per street and day.
   *
   * @param clocks the output of {@link #clocks}
   * @param settings the settings
   * @return per street and day
   */
  public static SingleOutputStreamOperator<DailyMetrics> byStreet(
      SingleOutputStreamOperator<Tuple2<String, CaseMetrics>> clocks, MetricsSettings settings) {
    return clocks
        .keyBy(t -> t.f0, Types.STRING)
        .window(TumblingEventTimeWindows.of(Duration.ofDays(1), settings.windowOffset()))
        .aggregate(
            new Merge<Tuple2<String, CaseMetrics>>(settings.overdueLimit(), t -> t.f1),
            new Label<String>(settings, k -> k),
            GridgovTypes.caseMetrics(),
            GridgovTypes.caseMetrics(),
            GridgovTypes.dailyMetrics())
        .name("metrics per street and day")
        .uid("gridgov-metrics-street");
  }

  /**
   * Merges every street of a day.
   *
   * @param streets the output of {@link #byStreet}
   * @param settings the settings
   * @return per day
   */
  public static SingleOutputStreamOperator<DailyMetrics> allStreets(
      DataStream<DailyMetrics> streets, MetricsSettings settings) {
    return streets
        .keyBy(d -> d.day().toEpochDay(), Types.LONG)
        .window(TumblingEventTimeWindows.of(Duration.ofDays(1), settings.windowOffset()))
        .aggregate(
            new Merge<DailyMetrics>(settings.overdueLimit(), DailyMetrics::metrics),
            new Label<Long>(settings, k -> DailyMetrics.ALL),
            GridgovTypes.caseMetrics(),
            GridgovTypes.caseMetrics(),
            GridgovTypes.dailyMetrics())
        .name("metrics per day")
        .uid("gridgov-metrics-day");
  }

  /** A serialisable function, for the parts of the aggregations. */
  interface Part<A, B> extends java.io.Serializable {
    B apply(A a);
  }

  /** Merges accumulators: the library's merge is associative and commutative. */
  private static final class Merge<I> implements AggregateFunction<I, CaseMetrics, CaseMetrics> {
    private static final long serialVersionUID = 1L;
    private final int overdueLimit;
    private final Part<I, CaseMetrics> metrics;

    Merge(int overdueLimit, Part<I, CaseMetrics> metrics) {
      this.overdueLimit = overdueLimit;
      this.metrics = metrics;
    }

    @Override
    public CaseMetrics createAccumulator() {
      return CaseMetrics.empty(overdueLimit);
    }

    @Override
    public CaseMetrics add(I value, CaseMetrics accumulator) {
      accumulator.merge(metrics.apply(value));
      return accumulator;
    }

    @Override
    public CaseMetrics getResult(CaseMetrics accumulator) {
      return accumulator;
    }

    @Override
    public CaseMetrics merge(CaseMetrics a, CaseMetrics b) {
      a.merge(b);
      return a;
    }
  }

  /** Labels a window's metrics with its day and group. */
  private static final class Label<K>
      extends ProcessWindowFunction<CaseMetrics, DailyMetrics, K, TimeWindow> {
    private static final long serialVersionUID = 1L;
    private final MetricsSettings settings;
    private final Part<K, String> group;

    Label(MetricsSettings settings, Part<K, String> group) {
      this.settings = settings;
      this.group = group;
    }

    @Override
    public void process(
        K key, Context context, Iterable<CaseMetrics> metrics, Collector<DailyMetrics> out) {
      for (CaseMetrics m : metrics) {
        out.collect(
            new DailyMetrics(settings.dayOf(context.window().maxTimestamp()), group.apply(key), m));
      }
    }
  }
}
