package org.gridgov.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.gridgov.scoring.vote.VoteTally;
import org.jspecify.annotations.Nullable;

/**
 * The final merge: every key's tally into one (one key, so one task), emitted at the end of input.
 * Merge is associative and commutative with the fresh tally as identity, so the order tallies
 * arrive in does not matter.
 */
final class MergeTallies extends KeyedProcessFunction<Integer, VoteTally, VoteTally> {
  private static final long serialVersionUID = 1L;

  private final TallySettings settings;
  private transient @Nullable ValueState<VoteTally> merged;

  MergeTallies(TallySettings settings) {
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) {
    merged =
        getRuntimeContext()
            .getState(
                new ValueStateDescriptor<>(
                    "merged", new CodecTypeInfo<>(new TallyCodec(settings))));
  }

  @Override
  public void processElement(VoteTally t, Context ctx, Collector<VoteTally> out) throws Exception {
    ValueState<VoteTally> m = state();
    VoteTally current = m.value();
    if (current == null) {
      current = settings.start();
      ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }
    m.update(current.merge(t));
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<VoteTally> out)
      throws Exception {
    VoteTally current = state().value();
    out.collect(current == null ? settings.start() : current);
    state().clear();
  }

  private ValueState<VoteTally> state() {
    ValueState<VoteTally> m = merged;
    if (m == null) {
      throw new IllegalStateException("the function is not open");
    }
    return m;
  }
}
