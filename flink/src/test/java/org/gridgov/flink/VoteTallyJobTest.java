package org.gridgov.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.gridgov.scoring.io.BallotCsv;
import org.gridgov.scoring.io.BallotJsonLines;
import org.gridgov.scoring.io.LedgerCsv;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.Count;
import org.gridgov.scoring.vote.Quarantine;
import org.gridgov.scoring.vote.ResultInputs;
import org.gridgov.scoring.vote.Sanctions;
import org.gridgov.scoring.vote.Submission;
import org.gridgov.scoring.vote.VoteCounter;
import org.gridgov.scoring.vote.VoteResult;
import org.gridgov.scoring.vote.VoteTally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VoteTallyJobTest {
  @RegisterExtension static final MiniClusterExtension CLUSTER = Cluster.extension();

  static Count flink(StreamExecutionEnvironment env, Ballots s, List<Submission> input)
      throws Exception {
    DataStream<Submission> in = env.fromData(input, GridgovTypes.submissions());
    List<VoteTally> out = Cluster.collect(VoteTallyJob.tally(in, s.settings()));
    assertThat(out).hasSize(1);
    return out.get(0).count();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4})
  void theCountIsTheSingleMachineCountAtAnyParallelism(int parallelism) throws Exception {
    Ballots s = new Ballots(20221210L + parallelism, 600);
    List<Submission> shuffled = new ArrayList<>(s.submissions);
    Collections.shuffle(shuffled, new Random(parallelism));

    Count count = flink(Cluster.env(parallelism), s, shuffled);

    Count expected = s.single();
    assertThat(count).isEqualTo(expected);
    assertThat(count.digest()).isEqualTo(expected.digest());
    assertThat(count.totals().rejectedTotal()).isPositive();
    VoteResult result = VoteResult.of(s.round, count, ResultInputs.none());
    VoteResult single = VoteResult.of(s.round, expected, ResultInputs.none());
    assertThat(result.winners()).isEqualTo(single.winners());
    assertThat(ledger(result)).isEqualTo(ledger(single));
  }

  @Test
  void ballotFilesGiveTheLibrarysCountLinesAndAllIncludingMalformedLines(@TempDir Path dir)
      throws Exception {
    Ballots s = new Ballots(7L, 300);
    Path csv = dir.resolve("a.csv");
    Path jsonl = dir.resolve("b.jsonl");
    List<Ballot> ballots = new ArrayList<>();
    for (Submission x : s.submissions) {
      if (x.kind() == Submission.Kind.BALLOT) {
        ballots.add((Ballot) x);
      }
    }
    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      org.gridgov.scoring.io.BallotCsvWriter out = BallotCsv.writer(w);
      for (Ballot b : ballots.subList(0, ballots.size() / 2)) {
        out.write(b);
      }
      w.write("not,a,ballot\n");
    }
    try (Writer w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
      BallotJsonLines.BallotJsonLinesWriter out = BallotJsonLines.writer(w);
      for (Ballot b : ballots.subList(ballots.size() / 2, ballots.size())) {
        out.write(b);
      }
      w.write("{\"id\": 3}\n");
    }
    TallySettings settings = TallySettings.of(s.round);
    StreamExecutionEnvironment env = Cluster.env(2);
    DataStream<Submission> in =
        env.fromSource(BallotFiles.csv(csv), WatermarkStrategy.noWatermarks(), "csv")
            .union(
                env.fromSource(
                    BallotFiles.jsonLines(jsonl), WatermarkStrategy.noWatermarks(), "jsonl"));
    List<VoteTally> out = Cluster.collect(VoteTallyJob.tally(in, settings));

    List<Submission> read = new ArrayList<>(BallotCsv.reader().read(csv));
    read.addAll(BallotJsonLines.reader().read(jsonl));
    Count expected = VoteCounter.count(s.round, Quarantine.none(), Sanctions.none(), read);
    assertThat(out.get(0).count()).isEqualTo(expected);
    assertThat(expected.totals().received()).isEqualTo(ballots.size() + 2L);
  }

  /** Bounded out-of-orderness by a lateness, a watermark after every ballot. */
  static final class PerBallot
      implements org.apache.flink.api.common.eventtime.WatermarkGenerator<Submission> {
    private final long lateness;
    private long max;

    PerBallot(long lateness) {
      this.lateness = lateness;
      this.max = Long.MIN_VALUE + lateness + 1;
    }

    @Override
    public void onEvent(
        Submission s, long timestamp, org.apache.flink.api.common.eventtime.WatermarkOutput out) {
      if (s.kind() == Submission.Kind.BALLOT) {
        max = Math.max(max, timestamp);
        out.emitWatermark(new org.apache.flink.api.common.eventtime.Watermark(max - lateness - 1));
      }
    }

    @Override
    public void onPeriodicEmit(org.apache.flink.api.common.eventtime.WatermarkOutput out) {}
  }

  @Test
  void ballotsWithinTheWatermarksBoundAreCountedInTheDocumentedOrderAndNoneIsLate()
      throws Exception {
    Ballots s = new Ballots(77L, 600);
    long lateness = java.time.Duration.ofHours(1).toMillis();
    // each submission at most an hour behind the latest before it: sorted by instant plus jitter
    Random r = new Random(77L);
    int n = s.submissions.size();
    long[] key = new long[n];
    long last = 0;
    for (int i = 0; i < n; i++) {
      Submission x = s.submissions.get(i);
      long at = x.kind() == Submission.Kind.BALLOT ? ((Ballot) x).at().toEpochMilli() : last;
      last = at;
      key[i] = at + (long) (r.nextDouble() * lateness);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(java.util.Comparator.comparingLong(i -> key[i]));
    List<Submission> input = new ArrayList<>();
    for (int i : order) {
      input.add(s.submissions.get(i));
    }
    StreamExecutionEnvironment env = Cluster.env(2);
    DataStream<Submission> in =
        env.fromData(input, GridgovTypes.submissions())
            .assignTimestampsAndWatermarks(
                WatermarkStrategy.<Submission>forGenerator(c -> new PerBallot(lateness))
                    .withTimestampAssigner(
                        (x, previous) ->
                            x.kind() == Submission.Kind.BALLOT
                                ? ((Ballot) x).at().toEpochMilli()
                                : previous));
    TallySettings settings = s.settings();
    org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator<VoteTally> perKey =
        VoteTallyJob.perKey(in, settings);
    DataStream<Submission> late = perKey.getSideOutput(VoteTallyJob.LATE);
    List<VoteTally> out =
        Cluster.collect(
            // a late ballot would add a tally of its own to the output
            VoteTallyJob.merge(perKey, settings)
                .union(late.map(x -> settings.start(), GridgovTypes.tallies(settings))));

    assertThat(out).hasSize(1);
    assertThat(out.get(0).count()).isEqualTo(s.single());
  }

  @Test
  void ballotsAtInstantsBeyondFlinksMillisecondsAreRejectedAsTheLibraryRejectsThem()
      throws Exception {
    Ballots s = new Ballots(21L, 100);
    List<Submission> input = new ArrayList<>(s.submissions);
    String c = s.round.candidates().get(0).id();
    // a platform's "unknown time": any instant, which Flink's event time (a long of
    // milliseconds) does not reach, and the first millisecond it has
    input.add(Ballot.of("far-past", Ballots.voter(1), c, java.time.Instant.MIN, "wechat"));
    input.add(Ballot.of("far-future", Ballots.voter(2), c, java.time.Instant.MAX, "app"));
    input.add(
        Ballot.of(
            "first-ms",
            Ballots.voter(3),
            c,
            java.time.Instant.ofEpochMilli(Long.MIN_VALUE),
            "wechat"));
    Count expected = VoteCounter.count(s.round, s.quarantine, s.sanctions, input);

    Count count = flink(Cluster.env(2), s, input);

    assertThat(count).isEqualTo(expected);
    assertThat(count.totals().received()).isEqualTo(input.size());
  }

  @Test
  void anInputWithoutSubmissionsGivesOneFreshTallyAsTheLibraryDoes(@TempDir Path dir)
      throws Exception {
    Ballots s = new Ballots(5L, 10);
    Path file = dir.resolve("empty.jsonl");
    Files.writeString(file, "");
    StreamExecutionEnvironment env = Cluster.env(2);
    DataStream<Submission> in =
        env.fromSource(BallotFiles.jsonLines(file), WatermarkStrategy.noWatermarks(), "empty");

    List<VoteTally> out = Cluster.collect(VoteTallyJob.tally(in, s.settings()));

    Count expected = VoteCounter.count(s.round, s.quarantine, s.sanctions, List.of());
    assertThat(out).hasSize(1);
    assertThat(out.get(0).count()).isEqualTo(expected);
    assertThat(out.get(0).count().digest()).isEqualTo(expected.digest());
  }

  @Test
  void theMainWritesTheResultLedgerAndDigest(@TempDir Path dir) throws Exception {
    Ballots s = new Ballots(11L, 200);
    Path csv = dir.resolve("ballots.csv");
    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      org.gridgov.scoring.io.BallotCsvWriter out = BallotCsv.writer(w);
      for (Submission x : s.submissions) {
        if (x.kind() == Submission.Kind.BALLOT) {
          out.write((Ballot) x);
        }
      }
    }
    Path round = dir.resolve("round.json");
    Files.writeString(round, org.gridgov.scoring.io.RoundJson.write(s.round));
    Path out = dir.resolve("out");

    VoteTallyMain.main(
        new String[] {
          "--round", round.toString(), "--ballots", csv.toString(), "--out", out.toString()
        });

    Count expected =
        VoteCounter.count(
            s.round, Quarantine.none(), Sanctions.none(), BallotCsv.reader().read(csv));
    assertThat(Files.readString(out.resolve("digest.txt"))).isEqualTo(expected.digest() + "\n");
    assertThat(Files.readString(out.resolve("ledger.csv")))
        .isEqualTo(ledger(VoteResult.of(s.round, expected, ResultInputs.none())));
  }

  static String ledger(VoteResult result) throws java.io.IOException {
    StringWriter w = new StringWriter();
    LedgerCsv.write(result, w);
    return w.toString();
  }
}
