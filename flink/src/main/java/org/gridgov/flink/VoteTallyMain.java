package org.gridgov.flink;

import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.gridgov.scoring.io.LedgerCsv;
import org.gridgov.scoring.io.ResultInputsJson;
import org.gridgov.scoring.io.ResultJson;
import org.gridgov.scoring.io.RoundJson;
import org.gridgov.scoring.vote.ResultInputs;
import org.gridgov.scoring.vote.Round;
import org.gridgov.scoring.vote.Submission;
import org.gridgov.scoring.vote.VoteResult;
import org.gridgov.scoring.vote.VoteTally;

/**
 * The vote tally job's entry point, for {@code flink run -c org.gridgov.flink.VoteTallyMain
 * gridgov-flink-job.jar ...} on a cluster and for a local run ({@code mvn -pl flink -am compile
 * exec:exec -Dflink.args="..."}), where Flink starts an embedded MiniCluster. Arguments:
 *
 * <ul>
 *   <li>{@code --round FILE}: the round as JSON ({@code RoundJson}); required.
 *   <li>{@code --ballots FILE}: a ballot file, CSV or JSON lines by its extension ({@code .csv},
 *       {@code .jsonl}); repeat for many files, read in parallel; required.
 *   <li>{@code --inputs FILE}: the result inputs as JSON ({@code ResultInputsJson}: panel scores,
 *       draw seed, sanctions); optional.
 *   <li>{@code --out DIR}: where to write {@code result.json}, {@code ledger.csv} and {@code
 *       digest.txt}; optional (without it the summary goes to standard output only).
 *   <li>{@code --parallelism N}: the job's parallelism; optional (the cluster's default).
 * </ul>
 *
 * <p>The round's screening (IP and device limits across voters) is not part of the job: the count
 * runs without a quarantine. The result is collected to the client, which writes the files.
 */
public final class VoteTallyMain {
  private VoteTallyMain() {}

  /**
   * Runs the job.
   *
   * @param args the arguments above
   * @throws Exception if the job fails or a file cannot be read
   */
  public static void main(String[] args) throws Exception {
    Path round = null;
    Path inputs = null;
    Path out = null;
    int parallelism = -1;
    List<Path> ballots = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        throw usage("missing the value of " + a);
      }
      String v = args[++i];
      switch (a) {
        case "--round" -> round = Path.of(v);
        case "--ballots" -> ballots.add(Path.of(v));
        case "--inputs" -> inputs = Path.of(v);
        case "--out" -> out = Path.of(v);
        case "--parallelism" -> parallelism = Integer.parseInt(v);
        default -> throw usage("unknown argument " + a);
      }
    }
    if (round == null || ballots.isEmpty()) {
      throw usage("--round and --ballots are required");
    }
    Round r = RoundJson.reader().read(round);
    ResultInputs in = inputs == null ? ResultInputs.none() : ResultInputsJson.reader().read(inputs);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    if (parallelism > 0) {
      env.setParallelism(parallelism);
    }
    VoteResult result = run(env, r, in, ballots);
    PrintStream stdout = System.out;
    stdout.printf(
        Locale.ROOT,
        "round %s: %d received, %d accepted; winners %s; digest %s%n",
        r.id(),
        result.count().totals().received(),
        result.count().totals().accepted(),
        result.winners().stream()
            .map(s -> s.candidate().id() + " " + s.candidate().name())
            .collect(Collectors.joining(", ", "[", "]")),
        result.digest());
    if (out != null) {
      Files.createDirectories(out);
      Files.writeString(out.resolve("result.json"), ResultJson.write(result));
      try (Writer w = Files.newBufferedWriter(out.resolve("ledger.csv"), StandardCharsets.UTF_8)) {
        LedgerCsv.write(result, w);
      }
      Files.writeString(out.resolve("digest.txt"), result.digest() + "\n");
    }
  }

  /**
   * Counts ballot files on an environment and makes the result.
   *
   * @param env the environment
   * @param round the round
   * @param inputs the result inputs (their sanctions apply to the count)
   * @param files the ballot files, by extension CSV or JSON lines
   * @return the result
   * @throws Exception if the job fails
   */
  public static VoteResult run(
      StreamExecutionEnvironment env, Round round, ResultInputs inputs, List<Path> files)
      throws Exception {
    TallySettings settings =
        TallySettings.of(round, org.gridgov.scoring.vote.Quarantine.none(), inputs.sanctions());
    DataStream<Submission> all = null;
    for (Path f : files) {
      BallotFiles.Form form =
          f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
              ? BallotFiles.Form.CSV
              : BallotFiles.Form.JSON_LINES;
      DataStream<Submission> s =
          env.fromSource(
              BallotFiles.source(form, f), WatermarkStrategy.noWatermarks(), "ballots " + f);
      all = all == null ? s : all.union(s);
    }
    if (all == null) {
      throw new IllegalArgumentException("no ballot files");
    }
    List<VoteTally> tallies = VoteTallyJob.tally(all, settings).executeAndCollect(2);
    VoteTally tally = tallies.isEmpty() ? settings.start() : tallies.get(0);
    return VoteResult.of(round, tally.count(), inputs);
  }

  private static IllegalArgumentException usage(String why) {
    return new IllegalArgumentException(
        why
            + "; usage: --round round.json --ballots ballots.csv [--ballots more.jsonl]"
            + " [--inputs inputs.json] [--out dir] [--parallelism n]");
  }
}
