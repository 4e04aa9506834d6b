package org.gridgov.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.gridgov.core.DivisionCode;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.clock.CaseLog;
import org.gridgov.sla.metrics.CaseMetrics;
import org.jspecify.annotations.Nullable;

/**
 * One case's clock (keyed by case id): its {@link CaseLog} in keyed state takes every event, and at
 * the last millisecond of each reported day from the case's first event on (an event-time timer,
 * fired when the watermark passes it) the case's status as at the day's last instant is turned into
 * a one-case {@link CaseMetrics}, emitted with its street as the key of the daily window.
 *
 * <p>A {@link CaseLog} depends on the set of its events only, so events in any order give the same
 * statuses as long as they come before the watermark passes their day. An event later than that is
 * still added (it counts from the next day reported) and is also sent to {@link
 * CaseMetricsJob#LATE}: days already emitted are not revised.
 */
final class CaseClock extends KeyedProcessFunction<String, CaseEvent, Tuple2<String, CaseMetrics>> {
  private static final long serialVersionUID = 1L;

  private final MetricsSettings settings;
  private transient @Nullable ValueState<CaseLog> log;

  CaseClock(MetricsSettings settings) {
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) {
    log =
        getRuntimeContext()
            .getState(
                new ValueStateDescriptor<>(
                    "case", new CodecTypeInfo<>(new CaseLogCodec(settings))));
  }

  @Override
  public void processElement(CaseEvent e, Context ctx, Collector<Tuple2<String, CaseMetrics>> out)
      throws Exception {
    ValueState<CaseLog> state = state();
    CaseLog current = state.value();
    if (current == null) {
      current = CaseLog.empty(e.caseId(), settings.policies());
    }
    state.update(current.plus(e));
    long watermark = ctx.timerService().currentWatermark();
    if (e.at().toEpochMilli() <= watermark) {
      ctx.output(CaseMetricsJob.LATE, e);
    }
    java.time.LocalDate first = settings.dayOf(e.at().toEpochMilli());
    if (first.isBefore(settings.from())) {
      first = settings.from();
    }
    if (watermark != Long.MIN_VALUE && settings.timerOf(first) <= watermark) {
      // that day is emitted already (or will never be): the case goes on from the next one
      first = settings.dayOf(watermark).plusDays(1);
    }
    if (!first.isAfter(settings.until())) {
      ctx.timerService().registerEventTimeTimer(settings.timerOf(first));
    }
  }

  @Override
  public void onTimer(
      long timestamp, OnTimerContext ctx, Collector<Tuple2<String, CaseMetrics>> out)
      throws Exception {
    CaseLog current = state().value();
    if (current == null) {
      return;
    }
    java.time.LocalDate day = settings.dayOf(timestamp);
    CaseMetrics one = CaseMetrics.empty(settings.overdueLimit());
    if (one.add(settings.atlas(), current, settings.endOf(day))) {
      out.collect(Tuple2.of(group(one), one));
    }
    if (day.isBefore(settings.until())) {
      ctx.timerService().registerEventTimeTimer(settings.timerOf(day.plusDays(1)));
    }
  }

  private static String group(CaseMetrics one) {
    if (one.units().isEmpty()) {
      return DailyMetrics.UNPLACED;
    }
    DivisionCode unit = one.units().get(0);
    return unit.parent().map(DivisionCode::toString).orElse(unit.toString());
  }

  private ValueState<CaseLog> state() {
    ValueState<CaseLog> s = log;
    if (s == null) {
      throw new IllegalStateException("the function is not open");
    }
    return s;
  }
}
