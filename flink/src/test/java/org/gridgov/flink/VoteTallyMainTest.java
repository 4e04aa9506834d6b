package org.gridgov.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.gridgov.scoring.io.BallotCsv;
import org.gridgov.scoring.io.BallotCsvWriter;
import org.gridgov.scoring.io.ResultInputsJson;
import org.gridgov.scoring.io.RoundJson;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.Candidate;
import org.gridgov.scoring.vote.Count;
import org.gridgov.scoring.vote.Detectors;
import org.gridgov.scoring.vote.Quarantine;
import org.gridgov.scoring.vote.RateLimit;
import org.gridgov.scoring.vote.ResultInputs;
import org.gridgov.scoring.vote.Round;
import org.gridgov.scoring.vote.Sanction;
import org.gridgov.scoring.vote.Sanctions;
import org.gridgov.scoring.vote.Screening;
import org.gridgov.scoring.vote.Submission;
import org.gridgov.scoring.vote.VoteCounter;
import org.gridgov.scoring.vote.VoteTally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The job's command line: what it counts, and how it refuses what it cannot use. */
class VoteTallyMainTest {
  @RegisterExtension static final MiniClusterExtension CLUSTER = Cluster.extension();

  /** A round with per-IP limits and an IP-burst detector, its ballots and a removal sanction. */
  private static final class Screened {
    final Round round;
    final List<Ballot> ballots = new ArrayList<>();
    final ResultInputs inputs;

    Screened(long seed) {
      Ballots s = new Ballots(seed, 300);
      round =
          s.round.toBuilder()
              .rules(s.round.rules().withPerIp(RateLimit.of(2, Duration.ofHours(1))))
              .detectors(Detectors.none().withIpBurst(RateLimit.of(3, Duration.ofHours(6))))
              .build();
      for (Submission x : s.submissions) {
        if (x.kind() == Submission.Kind.BALLOT) {
          ballots.add((Ballot) x);
        }
      }
      Sanctions sanctions = Sanctions.none();
      for (Candidate c : round.candidates()) {
        sanctions =
            sanctions.apply(c.id(), Sanction.REMOVE_FLAGGED_VOTES, LocalDate.of(2022, 11, 1), "t");
      }
      inputs = ResultInputs.none().withSanctions(sanctions);
    }

    /** What {@code gridgov tally} counts: screened, then counted under the quarantine. */
    Count single(List<Submission> read) {
      Quarantine q = Screening.screen(round, read);
      assertThat(q.size()).isPositive();
      return VoteCounter.count(round, q, inputs.sanctions(), read);
    }
  }

  private static Path write(Path dir, Screened s) throws Exception {
    Path csv = dir.resolve("ballots.csv");
    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      BallotCsvWriter out = BallotCsv.writer(w);
      for (Ballot b : s.ballots) {
        out.write(b);
      }
    }
    Files.writeString(dir.resolve("round.json"), RoundJson.write(s.round));
    Files.writeString(dir.resolve("inputs.json"), ResultInputsJson.write(s.inputs));
    return csv;
  }

  @Test
  void theMainScreensAsTheSingleMachineTallyDoesSoTheSanctionsRemoveFlaggedVotes(@TempDir Path dir)
      throws Exception {
    Screened s = new Screened(31L);
    Path csv = write(dir, s);
    Path out = dir.resolve("out");

    VoteTallyMain.main(
        new String[] {
          "--round", dir.resolve("round.json").toString(),
          "--ballots", csv.toString(),
          "--inputs", dir.resolve("inputs.json").toString(),
          "--out", out.toString()
        });

    Count expected = s.single(BallotCsv.reader().read(csv));
    assertThat(expected.totals().rejected(org.gridgov.scoring.vote.RejectionReason.FLAGGED))
        .isPositive();
    assertThat(Files.readString(out.resolve("digest.txt")))
        .isEqualTo(
            org.gridgov.scoring.vote.VoteResult.of(s.round, expected, s.inputs).digest() + "\n");
  }

  @Test
  void ballotFilesMayBeGivenAsUris(@TempDir Path dir) throws Exception {
    Screened s = new Screened(32L);
    Path csv = write(dir, s);
    Path out = dir.resolve("out");

    VoteTallyMain.main(
        new String[] {
          "--round", dir.resolve("round.json").toString(),
          "--ballots", csv.toUri().toString(),
          "--inputs", dir.resolve("inputs.json").toString(),
          "--out", out.toString()
        });

    assertThat(csv.toUri().toString()).startsWith("file:/");
    Count expected = s.single(BallotCsv.reader().read(csv));
    assertThat(Files.readString(out.resolve("digest.txt")))
        .isEqualTo(
            org.gridgov.scoring.vote.VoteResult.of(s.round, expected, s.inputs).digest() + "\n");
  }

  @Test
  void aTallyLargerThanOneBatchOfTheCollectSinkIsCounted(@TempDir Path dir) throws Exception {
    // the synthetic 营口 round's tally (about 2.3 MB) is larger than the collect sink's default
    // batch (2 MB); here a batch far smaller than this round's tally stands for it
    Screened s = new Screened(34L);
    Path csv = write(dir, s);
    List<Submission> read = BallotCsv.reader().read(csv);
    Quarantine q = Screening.screen(s.round, read);
    VoteTally whole = VoteTally.start(s.round, q, s.inputs.sanctions());
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    whole
        .merge(VoteCounterTally.of(s.round, q, s.inputs, read))
        .writeTo(new java.io.DataOutputStream(bytes));
    org.apache.flink.configuration.Configuration conf =
        new org.apache.flink.configuration.Configuration();
    org.apache.flink.configuration.MemorySize batch =
        org.apache.flink.configuration.MemorySize.parse("6kb");
    assertThat((long) bytes.size()).isGreaterThan(batch.getBytes());
    conf.set(
        org.apache.flink.streaming.api.operators.collect.CollectSinkOperatorFactory.MAX_BATCH_SIZE,
        batch);
    org.apache.flink.streaming.api.environment.StreamExecutionEnvironment env = Cluster.env(2);
    env.configure(conf);

    org.gridgov.scoring.vote.VoteResult result =
        VoteTallyMain.count(
            env,
            s.round,
            q,
            s.inputs,
            List.of(org.apache.flink.core.fs.Path.fromLocalFile(csv.toFile())));

    assertThat(result.digest())
        .isEqualTo(
            org.gridgov.scoring.vote.VoteResult.of(s.round, s.single(read), s.inputs).digest());
  }

  /** The single-machine tally itself, to measure its size. */
  private static final class VoteCounterTally {
    static VoteTally of(Round round, Quarantine q, ResultInputs inputs, List<Submission> read) {
      VoteCounter c = VoteCounter.start(round, q, inputs.sanctions());
      read.forEach(c::accept);
      Count unused = c.finish();
      return c.tally();
    }
  }

  /** The main in a JVM of its own: its exit status and standard error. */
  private static String[] runMain(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(VoteTallyMain.class.getName());
    command.addAll(List.of(args));
    Path err = dir.resolve("stderr-" + System.nanoTime());
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectError(err.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new String[] {Integer.toString(p.exitValue()), Files.readString(err)};
  }

  @Test
  void usageErrorsAndRefusedInputExitWithStatusTwoAndOneLineNotAStackTrace(@TempDir Path dir)
      throws Exception {
    Screened s = new Screened(33L);
    Path csv = write(dir, s);
    String round = dir.resolve("round.json").toString();
    Files.writeString(dir.resolve("bad-round.json"), "{\"format\": \"gridgov-vote-round/1\"}");
    String[][] cases = {
      {"--round is required"},
      {"--round is required", "--ballots", csv.toString()},
      {"--ballots is required", "--round", round},
      {"unknown argument \"--ballot\"", "--round", round, "--ballot", csv.toString()},
      {"missing the value of --ballots", "--round", round, "--ballots"},
      {"--parallelism", "--round", round, "--ballots", csv.toString(), "--parallelism", "two"},
      {"--parallelism", "--round", round, "--ballots", csv.toString(), "--parallelism", "0"},
      {"no such file", "--round", dir.resolve("nope.json").toString(), "--ballots", csv.toString()},
      {
        "bad-round.json",
        "--round",
        dir.resolve("bad-round.json").toString(),
        "--ballots",
        csv.toString()
      },
      {"no such file", "--round", round, "--ballots", dir.resolve("nope.csv").toString()},
    };
    for (String[] c : cases) {
      String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
      String[] result = runMain(dir, args);
      assertThat(result[0]).as("exit status of %s", List.of(args)).isEqualTo("2");
      assertThat(result[1])
          .as("stderr of %s", List.of(args))
          .contains(c[0])
          .doesNotContain("\tat ");
    }
  }
}
