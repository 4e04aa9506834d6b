package org.gridgov.flink;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.gridgov.samples.VoteSample;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.Count;
import org.gridgov.scoring.vote.Quarantine;
import org.gridgov.scoring.vote.Sanctions;
import org.gridgov.scoring.vote.Submission;
import org.gridgov.scoring.vote.VoteCounter;
import org.gridgov.scoring.vote.VoteTally;

/**
 * The throughput harness (not a test, not JMH: a Flink job is seconds long and starts a cluster):
 * ballots per second of the Flink tally on a local MiniCluster at parallelism 1 and 2 against the
 * library's single-thread {@link VoteCounter#count} on the same shuffled ballots of the synthetic
 * 营口 round, best of a few runs each, and a check that all counts are equal. Kept in the flink
 * module's test code so that the benchmarks jar does not carry Flink.
 *
 * <pre>
 * mvn -B -q -pl flink -am test-compile exec:exec -Dflink.exec.scope=test \
 *     -Dflink.exec.main=org.gridgov.flink.TallyThroughput -Dflink.args="300000 3"
 * </pre>
 *
 * Arguments: the number of ballots (the first n of the round), the runs of each kind.
 */
public final class TallyThroughput {
  private TallyThroughput() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    VoteSample sample = VoteSample.of(VoteSample.SEED);
    List<Submission> ballots = new ArrayList<>(n);
    for (Iterator<Ballot> it = sample.ballots(); it.hasNext() && ballots.size() < n; ) {
      ballots.add(it.next());
    }
    Collections.shuffle(ballots, new Random(1));
    TallySettings settings = TallySettings.of(sample.round());
    Count expected = null;
    double single = 0;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      expected = VoteCounter.count(sample.round(), Quarantine.none(), Sanctions.none(), ballots);
      single = Math.max(single, ballots.size() / ((System.nanoTime() - t0) / 1e9));
    }
    System.out.printf(Locale.ROOT, "library, one thread: %,.0f ballots/s%n", single);
    for (int p : new int[] {1, 2}) {
      double best = 0;
      for (int i = 0; i < runs; i++) {
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(p, conf);
        long t0 = System.nanoTime();
        List<VoteTally> out =
            VoteTallyJob.tally(env.fromData(ballots, GridgovTypes.submissions()), settings)
                .executeAndCollect(2);
        best = Math.max(best, ballots.size() / ((System.nanoTime() - t0) / 1e9));
        if (!out.get(0).count().equals(expected)) {
          throw new AssertionError("the Flink count differs from the library's");
        }
      }
      System.out.printf(
          Locale.ROOT,
          "flink MiniCluster, parallelism %d: %,.0f ballots/s (%.2f× the library)%n",
          p,
          best,
          best / single);
    }
  }
}
