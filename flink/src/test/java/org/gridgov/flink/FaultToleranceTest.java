package org.gridgov.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.gridgov.scoring.vote.Count;
import org.gridgov.scoring.vote.Submission;
import org.gridgov.scoring.vote.VoteTally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checkpointing on, a mapper that throws once after a checkpoint has completed: the restored job
 * counts every submission exactly once. The source emits a batch per checkpoint (Flink's rate
 * limiter for tests), so checkpoints complete mid-stream without sleeps.
 */
class FaultToleranceTest {
  @RegisterExtension static final MiniClusterExtension CLUSTER = Cluster.extension();

  // The failure must happen once per test run across restarts of the job, so it lives outside the
  // job: shared counters of this test class (tests here do not run concurrently).
  static final AtomicInteger FAILURES = new AtomicInteger();
  static final AtomicInteger CHECKPOINTS = new AtomicInteger();

  @Test
  void aJobRestoredFromACheckpointCountsEveryBallotOnce(@TempDir Path dir) throws Exception {
    Ballots s = new Ballots(424242L, 1200);
    List<Submission> shuffled = new ArrayList<>(s.submissions);
    Collections.shuffle(shuffled, new Random(5));
    Path file = dir.resolve("submissions.bin");
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(Files.newOutputStream(file))) {
      SubmissionCodec codec = new SubmissionCodec();
      out.writeInt(shuffled.size());
      for (Submission x : shuffled) {
        codec.write(x, out);
      }
    }
    FAILURES.set(0);
    CHECKPOINTS.set(0);
    Configuration conf = new Configuration();
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 2);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, java.time.Duration.ZERO);
    StreamExecutionEnvironment env = Cluster.env(2);
    env.configure(conf);
    env.enableCheckpointing(100);
    DataStream<Submission> in =
        env.fromSource(
                new DataGeneratorSource<>(
                    new FromFile(file.toString()),
                    shuffled.size(),
                    RateLimiterStrategy.perCheckpoint(200),
                    GridgovTypes.submissions()),
                WatermarkStrategy.noWatermarks(),
                "submissions")
            .map(new FailOnce(), GridgovTypes.submissions());

    List<VoteTally> out = Cluster.collect(VoteTallyJob.tally(in, s.settings()));

    assertThat(FAILURES.get()).isEqualTo(1);
    assertThat(CHECKPOINTS.get()).isPositive();
    Count count = out.get(out.size() - 1).count();
    assertThat(count).isEqualTo(s.single());
    assertThat(count.totals().received()).isEqualTo(shuffled.size());
  }

  /** Submission i of a file written by the codec, for the generator source. */
  static final class FromFile implements GeneratorFunction<Long, Submission> {
    private static final long serialVersionUID = 1L;
    private final String file;
    private transient List<Submission> all = List.of();

    FromFile(String file) {
      this.file = file;
    }

    @Override
    public void open(SourceReaderContext context) throws Exception {
      try (java.io.DataInputStream in =
          new java.io.DataInputStream(Files.newInputStream(Path.of(file)))) {
        SubmissionCodec codec = new SubmissionCodec();
        int n = in.readInt();
        List<Submission> read = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          read.add(codec.read(in));
        }
        all = read;
      }
    }

    @Override
    public Submission map(Long index) {
      return all.get(index.intValue());
    }
  }

  /** Throws once, at its first record after a checkpoint has completed. */
  static final class FailOnce implements MapFunction<Submission, Submission>, CheckpointListener {
    private static final long serialVersionUID = 1L;

    @Override
    public Submission map(Submission s) {
      if (CHECKPOINTS.get() > 0 && FAILURES.compareAndSet(0, 1)) {
        throw new IllegalStateException("injected failure after a checkpoint");
      }
      return s;
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
      CHECKPOINTS.incrementAndGet();
    }
  }
}
