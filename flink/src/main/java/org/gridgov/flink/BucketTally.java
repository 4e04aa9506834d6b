package org.gridgov.flink;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.Decision;
import org.gridgov.scoring.vote.Submission;
import org.gridgov.scoring.vote.VoteTally;
import org.jspecify.annotations.Nullable;

/**
 * The tally of one key (a voter bucket, or {@link VoteTallyJob#MALFORMED_KEY}): ballots wait in
 * keyed state until the watermark passes their millisecond, then are decided sorted in the
 * documented order (instant, then ballot id); a ballot at or behind the watermark when it arrives
 * would break that order, so it goes to {@link VoteTallyJob#LATE} uncounted. At the end of input
 * (the final watermark) the key's tally is emitted for the final merge.
 *
 * <p>Why this reproduces one tally exactly: a watermark W promises no later ballot at or before W's
 * millisecond, so each step decides every ballot up to W, sorted, after every ballot before it; the
 * tally of a bucket therefore sees its ballots in the documented order, and the rules read one
 * voter's ballots only.
 */
final class BucketTally extends KeyedProcessFunction<Integer, Submission, VoteTally> {
  private static final long serialVersionUID = 1L;

  private final TallySettings settings;
  private transient @Nullable ValueState<VoteTally> tally;
  private transient @Nullable ListState<Submission> pending;

  BucketTally(TallySettings settings) {
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) {
    tally =
        getRuntimeContext()
            .getState(
                new ValueStateDescriptor<>("tally", new CodecTypeInfo<>(new TallyCodec(settings))));
    pending =
        getRuntimeContext()
            .getListState(new ListStateDescriptor<>("pending", GridgovTypes.submissions()));
  }

  @Override
  public void processElement(Submission s, Context ctx, Collector<VoteTally> out) throws Exception {
    ValueState<VoteTally> t = state(tally);
    VoteTally current = t.value();
    if (current == null) {
      current = settings.start();
      // one timer at the end of input per key: emit the tally for the final merge
      ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }
    if (s.kind() == Submission.Kind.MALFORMED) {
      Decision unused = current.ingest(s);
      t.update(current);
      return;
    }
    t.update(current);
    Ballot b = (Ballot) s;
    long ts = millis(b);
    if (ts <= ctx.timerService().currentWatermark()) {
      ctx.output(VoteTallyJob.LATE, s);
      return;
    }
    state(pending).add(s);
    ctx.timerService().registerEventTimeTimer(ts);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<VoteTally> out)
      throws Exception {
    ValueState<VoteTally> t = state(tally);
    VoteTally current = t.value();
    if (current == null) {
      return;
    }
    long watermark = ctx.timerService().currentWatermark();
    ListState<Submission> p = state(pending);
    Iterable<Submission> waiting = p.get();
    List<Ballot> ready = new ArrayList<>();
    List<Submission> later = new ArrayList<>();
    if (waiting != null) {
      for (Submission s : waiting) {
        if (millis((Ballot) s) <= watermark) {
          ready.add((Ballot) s);
        } else {
          later.add(s);
        }
      }
    }
    if (!ready.isEmpty()) {
      ready.sort(Ballot.order());
      current.ingestAll(ready, d -> {});
      p.update(later);
      t.update(current);
    }
    if (timestamp == Long.MAX_VALUE) {
      out.collect(current);
      t.clear();
      p.clear();
    }
  }

  /**
   * A ballot's event-time millisecond: its instant's, saturated to Flink's range (a ballot may
   * carry any instant, which a long of milliseconds does not reach) and above the watermark before
   * any (Long.MIN_VALUE), so that no ballot is late before the first watermark. Saturating keeps
   * the order, and ballots of one millisecond are sorted by their instants.
   */
  static long millis(Ballot b) {
    long ms;
    try {
      ms = b.at().toEpochMilli();
    } catch (ArithmeticException e) {
      ms = b.at().getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return Math.max(ms, Long.MIN_VALUE + 1);
  }

  private static <S> S state(@Nullable S s) {
    if (s == null) {
      throw new IllegalStateException("the function is not open");
    }
    return s;
  }
}
