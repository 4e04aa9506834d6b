package org.gridgov.flink;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.util.OutputTag;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.Submission;
import org.gridgov.scoring.vote.VoteTally;
import org.gridgov.scoring.vote.VoterKey;

/**
 * 计票 on Flink: the round's count of any stream of submissions, keyed by voter bucket, with the
 * library's {@link VoteTally} as keyed state, merged to one tally at the end of input. Its {@link
 * VoteTally#count()} (totals, ledger lines, digest) and the {@code VoteResult} made from it are
 * identical to one {@code VoteCounter} over the same submissions, at any parallelism.
 *
 * <pre>{@code
 * DataStream<Submission> ballots =
 *     env.fromSource(BallotFiles.csv(Path.of("ballots.csv")), WatermarkStrategy.noWatermarks(), "ballots");
 * SingleOutputStreamOperator<VoteTally> tally = VoteTallyJob.tally(ballots, settings);
 * Count count = tally.executeAndCollect(1).get(0).count();
 * }</pre>
 *
 * <p>How: ballots are keyed by {@link VoterKey#bucket()} (1024 keys: every rule of the count reads
 * one voter's ballots, so per-voter daily caps, intervals and replay checks hold exactly within a
 * key); malformed lines go to key {@value #MALFORMED_KEY}. Each key buffers its ballots until the
 * watermark passes them and decides them sorted in the documented order (instant, then id); see
 * {@link BucketTally}. Bounded input needs no watermarks at all: the final watermark at the end of
 * input releases everything, sorted. For unbounded input give the source a bounded-out-of-orderness
 * watermark strategy: ballots later than it are not counted and go to the side output {@link #LATE}
 * (the library's {@code VoteCounter} would refuse them the same way). At the end of input (or
 * {@code flink stop --drain}) each key emits its tally and one task merges them.
 *
 * <p>Memory per key: the tally (one day's voters of the bucket) and the ballots not yet passed by
 * the watermark (all of the bucket's ballots when the input has no watermarks).
 *
 * <p>Collecting the merged tally to the client ({@code executeAndCollect}) goes through Flink's
 * collect sink, whose batch ({@code collect-sink.batch-size.max}, 2 MB by default) must hold the
 * whole tally: the synthetic 营口 round's is 2.3 MB. For a large round collect {@link #perKey}'s
 * tallies (a bucket's is about a thousandth) and merge them on the client, as {@link VoteTallyMain}
 * does.
 */
public final class VoteTallyJob {
  /** The key of malformed lines: any tally may count them; this one does. */
  public static final int MALFORMED_KEY = VoterKey.BUCKETS;

  /** Ballots that came after the watermark had passed them: not counted. */
  public static final OutputTag<Submission> LATE =
      new OutputTag<>("late-ballots", GridgovTypes.submissions());

  private VoteTallyJob() {}

  /**
   * The key of a submission: its voter's bucket, or {@link #MALFORMED_KEY}.
   *
   * @param s the submission
   * @return the key
   */
  public static int key(Submission s) {
    return s.kind() == Submission.Kind.BALLOT ? ((Ballot) s).voter().bucket() : MALFORMED_KEY;
  }

  /**
   * Counts a stream of submissions: one tally per key, merged into one at the end of input.
   *
   * @param submissions ballots and malformed lines, in any order
   * @param settings the round, quarantine and sanctions
   * @return a stream of one merged tally, emitted at the end of input (a fresh one for an input
   *     without submissions); {@link #LATE} on the per-key operator is {@link #perKey}'s side
   *     output
   */
  public static SingleOutputStreamOperator<VoteTally> tally(
      DataStream<Submission> submissions, TallySettings settings) {
    return merge(perKey(submissions, settings), settings);
  }

  /**
   * The per-key tallies, each emitted once at the end of input; late ballots on the side output
   * {@link #LATE}.
   *
   * @param submissions ballots and malformed lines
   * @param settings the settings
   * @return the per-key tallies
   */
  public static SingleOutputStreamOperator<VoteTally> perKey(
      DataStream<Submission> submissions, TallySettings settings) {
    checkNotNull(submissions, "submissions");
    checkNotNull(settings, "settings");
    return submissions
        .keyBy(VoteTallyJob::key, Types.INT)
        .process(new BucketTally(settings), GridgovTypes.tallies(settings))
        .name("tally per voter bucket")
        .uid("gridgov-tally-per-bucket");
  }

  /**
   * Merges tallies into one, emitted at the end of input: the fresh tally when there are none.
   *
   * @param tallies tallies of distinct voter buckets
   * @param settings the settings
   * @return a stream of one tally
   */
  public static SingleOutputStreamOperator<VoteTally> merge(
      DataStream<VoteTally> tallies, TallySettings settings) {
    checkNotNull(tallies, "tallies");
    checkNotNull(settings, "settings");
    // a fresh tally, the identity of merge: without it an input with no submission would leave
    // the merge without its key, and it would emit nothing rather than the empty count
    DataStream<VoteTally> identity =
        tallies
            .getExecutionEnvironment()
            .fromData(List.of(settings.start()), GridgovTypes.tallies(settings))
            .name("fresh tally")
            .uid("gridgov-tally-identity");
    return tallies
        .union(identity)
        .keyBy(t -> 0, Types.INT)
        .process(new MergeTallies(settings), GridgovTypes.tallies(settings))
        .setParallelism(1)
        .name("merge tallies")
        .uid("gridgov-tally-merge");
  }
}
