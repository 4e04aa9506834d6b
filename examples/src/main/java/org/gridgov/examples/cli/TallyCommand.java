package org.gridgov.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.gridgov.samples.VoteSample;
import org.gridgov.scoring.io.BallotCsv;
import org.gridgov.scoring.io.BallotCsvWriter;
import org.gridgov.scoring.io.BallotJsonLines;
import org.gridgov.scoring.io.DecisionLog;
import org.gridgov.scoring.io.LedgerCsv;
import org.gridgov.scoring.io.ResultInputsJson;
import org.gridgov.scoring.io.ResultJson;
import org.gridgov.scoring.io.RoundJson;
import org.gridgov.scoring.vote.AuditDigest;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.Count;
import org.gridgov.scoring.vote.Decision;
import org.gridgov.scoring.vote.OutOfOrderBallotException;
import org.gridgov.scoring.vote.Quarantine;
import org.gridgov.scoring.vote.Recount;
import org.gridgov.scoring.vote.ResultInputs;
import org.gridgov.scoring.vote.Round;
import org.gridgov.scoring.vote.Sanction;
import org.gridgov.scoring.vote.Sanctions;
import org.gridgov.scoring.vote.Screening;
import org.gridgov.scoring.vote.Submission;
import org.gridgov.scoring.vote.VoteCounter;
import org.gridgov.scoring.vote.VoteResult;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gridgov tally}: count a round's ballots from a file, streamed twice (screening, then the
 * count), never held in memory; with {@code sample} and {@code recount}.
 */
@Command(
    name = "tally",
    description =
        "Count the ballots of a public vote: screen for brushing, decide every ballot, rank and"
            + " seat the candidates, print the digest.",
    mixinStandardHelpOptions = true,
    subcommands = {TallyCommand.Sample.class, TallyCommand.RecountCommand.class})
final class TallyCommand implements Callable<Integer> {
  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Spec
  CommandSpec spec;

  @Option(names = "--round", paramLabel = "ROUND", description = "the round (gridgov-vote-round/1)")
  @Nullable Path round;

  @Option(
      names = "--ballots",
      paramLabel = "FILE",
      description = "ballots as CSV, or JSON lines when the name ends in .jsonl")
  @Nullable Path ballots;

  @Option(
      names = "--inputs",
      paramLabel = "FILE",
      description = "panel scores, earlier round, draw seed, committee order, sanctions")
  @Nullable Path inputs;

  @Option(names = "--decisions", paramLabel = "FILE", description = "write the decision log")
  @Nullable Path decisions;

  @Option(names = "--ledger", paramLabel = "FILE", description = "write the ledger as CSV")
  @Nullable Path ledger;

  @Option(
      names = "--reorder-window",
      paramLabel = "DURATION",
      description =
          "how far out of order the ballots may be for screening (default: ${DEFAULT-VALUE})")
  Duration window = Duration.ofDays(1);

  @Option(names = "--json", description = "print the result as JSON (gridgov-vote-result/1)")
  boolean json;

  @Override
  public Integer call() throws IOException {
    // not required=true: picocli would then ask for them before the subcommands too
    Path roundFile = round;
    Path file = ballots;
    if (roundFile == null || file == null) {
      List<String> missing = new ArrayList<>();
      if (roundFile == null) {
        missing.add("'--round=ROUND'");
      }
      if (file == null) {
        missing.add("'--ballots=FILE'");
      }
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          (missing.size() == 1 ? "Missing required option: " : "Missing required options: ")
              + String.join(", ", missing)
              + " (to count a round; or a subcommand: sample, recount)");
    }
    if (window.isNegative()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--reorder-window is zero or more, got "
              + window
              + " (how far out of order ballots may be)");
    }
    // an output over an input would destroy it (the ballots between the two passes over them)
    Map<String, @Nullable Path> read = new LinkedHashMap<>();
    read.put("--round", roundFile);
    read.put("--ballots", file);
    read.put("--inputs", inputs);
    refuseOverwriting("--decisions", decisions, read);
    read.put("--decisions", decisions);
    refuseOverwriting("--ledger", ledger, read);
    PrintWriter out = spec.commandLine().getOut();
    Round r = RoundJson.reader().read(roundFile);
    ResultInputs in = inputs == null ? ResultInputs.none() : ResultInputsJson.reader().read(inputs);
    // pass 1: screen, and measure how far out of order the file is
    Screening screening = Screening.start(r, window);
    VoteCounter.Disorder disorder = new VoteCounter.Disorder();
    stream(
        file,
        s -> {
          screening.accept(s);
          if (s instanceof Ballot b) {
            disorder.observe(b);
          }
        });
    Quarantine quarantine = screening.finish();
    // pass 2: count, holding no more ballots than the file's disorder needs
    Writer log = decisions == null ? null : writer(decisions);
    try {
      DecisionLog.Writing logWriter =
          log == null ? null : DecisionLog.writer(log, r, in.sanctions());
      Consumer<Decision> sink =
          logWriter == null
              ? d -> {}
              : d -> {
                try {
                  logWriter.write(d);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              };
      VoteCounter counter =
          VoteCounter.start(r, quarantine, in.sanctions(), disorder.window(), sink);
      stream(file, counter::accept);
      Count count = counter.finish();
      VoteResult result = VoteResult.of(r, count, in);
      if (ledger != null) {
        try (Writer w = writer(ledger)) {
          LedgerCsv.write(result, w);
        }
      }
      if (json) {
        out.print(ResultJson.write(result, quarantine));
      } else {
        VoteReport.print(out, result, quarantine, Integer.MAX_VALUE);
      }
    } finally {
      if (log != null) {
        log.close();
      }
    }
    out.flush();
    return 0;
  }

  /** Refuses an output file that is one of the files named before it. */
  private void refuseOverwriting(
      String option, @Nullable Path output, Map<String, @Nullable Path> others) throws IOException {
    if (output == null) {
      return;
    }
    for (Map.Entry<String, @Nullable Path> e : others.entrySet()) {
      Path other = e.getValue();
      if (other != null && sameFile(output, other)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            option
                + " "
                + output
                + " is the "
                + e.getKey()
                + " file: writing it would overwrite what the count reads or writes");
      }
    }
  }

  private static boolean sameFile(Path a, Path b) throws IOException {
    if (Files.exists(a) && Files.exists(b)) {
      return Files.isSameFile(a, b);
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  private static Writer writer(Path path) throws IOException {
    return new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16);
  }

  private static void stream(Path file, Consumer<Submission> sink) throws IOException {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
      BallotJsonLines.reader().forEach(file, sink);
    } else {
      BallotCsv.reader().forEach(file, sink);
    }
  }

  /** {@code gridgov tally sample DIR}: write the synthetic 营口 round's files. */
  @Command(
      name = "sample",
      description =
          "Write the synthetic 60-day 营口 round: round.json, ballots.csv (about a million lines,"
              + " a few of them malformed) and inputs.json (panel, draw seed, a sanction).",
      mixinStandardHelpOptions = true)
  static final class Sample implements Callable<Integer> {
    @SuppressWarnings("NullAway.Init") // injected by picocli
    @Spec
    CommandSpec spec;

    @SuppressWarnings("NullAway.Init") // injected by picocli
    @Parameters(index = "0", paramLabel = "DIR", description = "the directory to write into")
    Path dir;

    @Option(names = "--seed", description = "the generator's seed (default: ${DEFAULT-VALUE})")
    long seed = VoteSample.SEED;

    @Override
    public Integer call() throws IOException {
      Files.createDirectories(dir);
      VoteSample sample = VoteSample.of(seed);
      Files.writeString(dir.resolve("round.json"), RoundJson.write(sample.round()));
      long lines = 0;
      try (Writer w = writer(dir.resolve("ballots.csv"))) {
        BallotCsvWriter csv = BallotCsv.writer(w);
        for (Iterator<Ballot> it = sample.ballots(); it.hasNext(); ) {
          csv.write(it.next());
          if (++lines % 200_000 == 0) {
            w.write("garbled line " + lines + ",,,\n"); // what a truncated export looks like
          }
        }
      }
      ResultInputs in =
          ResultInputs.none()
              .withPanel(sample.panel())
              .withDrawSeed(VoteSample.DRAW_SEED)
              .withSanctions(
                  Sanctions.none()
                      .apply(
                          VoteSample.ATTACKED,
                          Sanction.REMOVE_FLAGGED_VOTES,
                          java.time.LocalDate.of(2022, 12, 31),
                          "IP bursts, shared devices and a surge (synthetic findings)"));
      Files.writeString(dir.resolve("inputs.json"), ResultInputsJson.write(in));
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "wrote "
              + dir.resolve("round.json")
              + ", "
              + dir.resolve("ballots.csv")
              + " ("
              + VoteReport.n(lines)
              + " ballots) and "
              + dir.resolve("inputs.json"));
      out.flush();
      return 0;
    }
  }

  /** {@code gridgov tally recount --round R --decisions LOG}: redo a count from its log. */
  @Command(
      name = "recount",
      description =
          "Redo a count from its decision log: every decision checked, the count and digest"
              + " recomputed (exit code 1 on a mismatch).",
      mixinStandardHelpOptions = true)
  static final class RecountCommand implements Callable<Integer> {
    @SuppressWarnings("NullAway.Init") // injected by picocli
    @Spec
    CommandSpec spec;

    @SuppressWarnings("NullAway.Init") // injected by picocli
    @Option(names = "--round", required = true, paramLabel = "ROUND", description = "the round")
    Path round;

    @SuppressWarnings("NullAway.Init") // injected by picocli
    @Option(names = "--decisions", required = true, paramLabel = "LOG", description = "the log")
    Path decisions;

    @Option(names = "--digest", paramLabel = "HEX", description = "the published digest to check")
    @Nullable String digest;

    @Override
    public Integer call() throws IOException {
      // a published digest that cannot be one is a usage error, found before any counting
      AuditDigest published = null;
      if (digest != null) {
        try {
          published = AuditDigest.parse(digest);
        } catch (IllegalArgumentException e) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "--digest: " + e.getMessage());
        }
      }
      Round r = RoundJson.reader().read(round);
      DecisionLog.Header[] header = new DecisionLog.Header[1];
      // the header comes first; its sanctions decide the recount, so read it before counting
      DecisionLog.Header h = DecisionLog.reader().forEach(decisions, d -> {});
      header[0] = h;
      if (!h.isOf(r)) {
        throw new IllegalArgumentException(
            "the log is of round "
                + h.round()
                + " with fingerprint "
                + h.roundFingerprint()
                + ", not of "
                + r.id()
                + " "
                + r.fingerprint());
      }
      Recount recount = Recount.start(r, h.sanctions());
      int[] line = {0};
      try {
        DecisionLog.reader()
            .forEachNumbered(
                decisions,
                (d, at) -> {
                  line[0] = at;
                  recount.accept(d);
                });
      } catch (OutOfOrderBallotException e) {
        throw new OutOfOrderBallotException(decisions + " line " + line[0] + ": " + e.getMessage());
      }
      Recount.Report report = recount.finish();
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "recounted "
              + VoteReport.n(report.decisions())
              + " decisions: "
              + VoteReport.n(report.mismatches())
              + (report.mismatches() == 1 ? " mismatch" : " mismatches")
              + "; accepted "
              + VoteReport.n(report.count().totals().accepted())
              + "; digest "
              + report.count().digest());
      report.described().stream().limit(10).forEach(m -> out.println("  " + m));
      boolean digestOk = published == null || published.equals(report.count().digest());
      if (!digestOk) {
        out.println("  the digest differs from the published " + digest);
      }
      out.flush();
      return report.mismatches() == 0 && digestOk ? 0 : 1;
    }
  }
}
