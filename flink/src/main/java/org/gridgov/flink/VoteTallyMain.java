package org.gridgov.flink;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.gridgov.core.GridGovException;
import org.gridgov.scoring.io.BallotCsv;
import org.gridgov.scoring.io.BallotJsonLines;
import org.gridgov.scoring.io.LedgerCsv;
import org.gridgov.scoring.io.ResultInputsJson;
import org.gridgov.scoring.io.ResultJson;
import org.gridgov.scoring.io.RoundJson;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.Quarantine;
import org.gridgov.scoring.vote.ResultInputs;
import org.gridgov.scoring.vote.Round;
import org.gridgov.scoring.vote.Screening;
import org.gridgov.scoring.vote.Submission;
import org.gridgov.scoring.vote.VoteCounter;
import org.gridgov.scoring.vote.VoteResult;
import org.gridgov.scoring.vote.VoteTally;
import org.jspecify.annotations.Nullable;

/**
 * The vote tally job's entry point, for {@code flink run -c org.gridgov.flink.VoteTallyMain
 * gridgov-flink-job.jar ...} on a cluster and for a local run ({@code mvn -pl flink -am compile
 * exec:exec -Dflink.args="..."}), where Flink starts an embedded MiniCluster. Arguments:
 *
 * <ul>
 *   <li>{@code --round FILE}: the round as JSON ({@code RoundJson}); required.
 *   <li>{@code --ballots FILE}: a ballot file, CSV ({@code .csv}) or JSON lines (any other
 *       extension); repeat for many files, read in parallel; required. A path, or a URI of any file
 *       system Flink is configured for ({@code hdfs://…}, {@code s3://…}).
 *   <li>{@code --inputs FILE}: the result inputs as JSON ({@code ResultInputsJson}: panel scores,
 *       draw seed, sanctions); optional.
 *   <li>{@code --out DIR}: where to write {@code result.json}, {@code ledger.csv} and {@code
 *       digest.txt}; optional (without it the summary goes to standard output only).
 *   <li>{@code --parallelism N}: the job's parallelism, a positive number; optional (the cluster's
 *       default).
 * </ul>
 *
 * <p>As {@code gridgov tally} does, the client first screens the ballots ({@link Screening}: the
 * round's per-IP and per-device limits and its brushing detectors read all voters together, so they
 * are not split by voter), reading the files twice in the order given: once to measure how far out
 * of order they are, once to screen within that window. The job then counts under the quarantine
 * and the sanctions; the tallies of the voter buckets are collected to the client, which merges
 * them and writes the files.
 *
 * <p>Exit status: 0 done; 2 a usage error or refused input (a missing or invalid round, inputs or
 * ballot file), with one line on standard error. A failing job keeps its stack trace.
 */
public final class VoteTallyMain {
  private static final String USAGE =
      "usage: --round round.json --ballots ballots.csv [--ballots more.jsonl]"
          + " [--inputs inputs.json] [--out dir] [--parallelism n]";

  /** A URI scheme of two or more characters (one would be a Windows drive letter). */
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

  private VoteTallyMain() {}

  /**
   * Runs the job; exits with status 2 on a usage error or refused input.
   *
   * @param args the arguments above
   * @throws Exception if the job fails
   */
  public static void main(String[] args) throws Exception {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** A usage error or refused input: one line for standard error, exit status 2. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message, null, false, false);
    }
  }

  /** The parsed arguments. */
  record Arguments(
      Path round,
      List<String> ballots,
      @Nullable Path inputs,
      @Nullable Path out,
      int parallelism) {

    static Arguments parse(String[] args) throws Refused {
      Path round = null;
      Path inputs = null;
      Path out = null;
      int parallelism = -1;
      List<String> ballots = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (!List.of("--round", "--ballots", "--inputs", "--out", "--parallelism").contains(a)) {
          throw new Refused("unknown argument " + quote(a));
        }
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
          throw new Refused("missing the value of " + a);
        }
        String v = args[++i];
        switch (a) {
          case "--round" -> round = once(a, round, path(a, v));
          case "--inputs" -> inputs = once(a, inputs, path(a, v));
          case "--out" -> out = once(a, out, path(a, v));
          case "--parallelism" -> {
            if (parallelism != -1) {
              throw new Refused("--parallelism is given twice");
            }
            parallelism = parallelism(v);
          }
          default -> ballots.add(v);
        }
      }
      if (round == null) {
        throw new Refused("--round is required");
      }
      if (ballots.isEmpty()) {
        throw new Refused("--ballots is required");
      }
      return new Arguments(round, List.copyOf(ballots), inputs, out, parallelism);
    }

    private static Path once(String name, @Nullable Path previous, Path value) throws Refused {
      if (previous != null) {
        throw new Refused(name + " is given twice");
      }
      return value;
    }

    private static Path path(String name, String value) throws Refused {
      try {
        return Path.of(value);
      } catch (java.nio.file.InvalidPathException e) {
        throw new Refused(name + " " + quote(value) + " is not a path: " + e.getReason());
      }
    }

    private static int parallelism(String value) throws Refused {
      int p;
      try {
        p = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        p = 0;
      }
      if (p < 1 || p > 32_768) {
        throw new Refused("--parallelism is a whole number from 1 to 32768, got " + quote(value));
      }
      return p;
    }
  }

  /**
   * Runs the job with its arguments, writing to the streams given.
   *
   * @return the exit status: 0 done, 2 a usage error or refused input
   */
  static int run(String[] args, PrintStream stdout, PrintStream stderr) throws Exception {
    Arguments a;
    try {
      a = Arguments.parse(args);
    } catch (Refused e) {
      stderr.println(e.getMessage());
      stderr.println(USAGE);
      return 2;
    }
    Round r;
    ResultInputs in;
    List<org.apache.flink.core.fs.Path> files = new ArrayList<>();
    Quarantine quarantine;
    try {
      r = read(a.round(), () -> RoundJson.reader().read(a.round()));
      Path inputs = a.inputs();
      in =
          inputs == null
              ? ResultInputs.none()
              : read(inputs, () -> ResultInputsJson.reader().read(inputs));
      for (String b : a.ballots()) {
        files.add(ballotPath(b));
      }
      quarantine = screen(r, files);
      try {
        // refuses sanctions of candidates the round does not have, before the job starts
        VoteTally unused = VoteTally.start(r, quarantine, in.sanctions());
      } catch (IllegalArgumentException e) {
        throw new Refused(a.inputs() + ": " + e.getMessage());
      }
    } catch (Refused e) {
      stderr.println(e.getMessage());
      return 2;
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    if (a.parallelism() > 0) {
      env.setParallelism(a.parallelism());
    }
    VoteResult result = count(env, r, quarantine, in, files);
    stdout.printf(
        Locale.ROOT,
        "round %s: %d received, %d accepted, %d flagged by screening; winners %s; digest %s%n",
        r.id(),
        result.count().totals().received(),
        result.count().totals().accepted(),
        quarantine.size(),
        result.winners().stream()
            .map(s -> s.candidate().id() + " " + s.candidate().name())
            .collect(Collectors.joining(", ", "[", "]")),
        result.digest());
    Path out = a.out();
    if (out != null) {
      try {
        Files.createDirectories(out);
        Files.writeString(out.resolve("result.json"), ResultJson.write(result, quarantine));
        try (Writer w =
            Files.newBufferedWriter(out.resolve("ledger.csv"), StandardCharsets.UTF_8)) {
          LedgerCsv.write(result, w);
        }
        Files.writeString(out.resolve("digest.txt"), result.digest() + "\n");
      } catch (IOException e) {
        stderr.println(describe(e, out.toString()));
        return 2;
      }
    }
    return 0;
  }

  /** Reads one input file, turning what refuses it into one line. */
  private interface Reading<T> {
    T read() throws IOException;
  }

  private static <T> T read(Path file, Reading<T> reading) throws Refused {
    try {
      return reading.read();
    } catch (IOException e) {
      throw new Refused(describe(e, file.toString()));
    } catch (UncheckedIOException e) {
      throw new Refused(describe(cause(e), file.toString()));
    } catch (GridGovException | IllegalArgumentException e) {
      throw new Refused(file + ": " + e.getMessage());
    }
  }

  private static Exception cause(UncheckedIOException e) {
    IOException cause = e.getCause();
    return cause == null ? e : cause;
  }

  private static String describe(Exception e, String file) {
    if (e instanceof NoSuchFileException) {
      return "no such file: " + file;
    }
    if (e instanceof AccessDeniedException) {
      return "cannot access " + file + ": permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return "cannot read or write " + file + ": " + f.getReason();
    }
    return "cannot read or write "
        + file
        + ": "
        + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : " " + e.getMessage());
  }

  /**
   * A ballot file's path for Flink: a URI as given (any file system Flink is configured for), a
   * local path made absolute, as the task managers do not share the client's working directory.
   */
  static org.apache.flink.core.fs.Path ballotPath(String file) throws Refused {
    if (SCHEME.matcher(file).matches()) {
      try {
        return new org.apache.flink.core.fs.Path(file);
      } catch (IllegalArgumentException e) {
        throw new Refused("--ballots " + quote(file) + " is not a path or URI: " + e.getMessage());
      }
    }
    return org.apache.flink.core.fs.Path.fromLocalFile(
        Arguments.path("--ballots", file).toAbsolutePath().toFile());
  }

  private static BallotFiles.Form form(org.apache.flink.core.fs.Path file) {
    return file.getName().toLowerCase(Locale.ROOT).endsWith(".csv")
        ? BallotFiles.Form.CSV
        : BallotFiles.Form.JSON_LINES;
  }

  /**
   * The round's screening over the files, in the order given: a first pass measures how far out of
   * the documented order they are, the second screens within that window (as {@code gridgov tally}
   * does for one file).
   */
  static Quarantine screen(Round round, List<org.apache.flink.core.fs.Path> files) throws Refused {
    VoteCounter.Disorder disorder = new VoteCounter.Disorder();
    forEach(
        files,
        s -> {
          if (s.kind() == Submission.Kind.BALLOT) {
            disorder.observe((Ballot) s);
          }
        });
    Screening screening = Screening.start(round, disorder.window());
    forEach(files, screening::accept);
    return screening.finish();
  }

  private static void forEach(List<org.apache.flink.core.fs.Path> files, Consumer<Submission> sink)
      throws Refused {
    for (org.apache.flink.core.fs.Path f : files) {
      try (InputStream in = f.getFileSystem().open(f)) {
        if (form(f) == BallotFiles.Form.CSV) {
          long unused = BallotCsv.reader().forEach(in, sink);
        } else {
          long unused = BallotJsonLines.reader().forEach(in, sink);
        }
      } catch (java.io.FileNotFoundException e) {
        throw new Refused("no such file: " + f);
      } catch (IOException e) {
        throw new Refused(describe(e, f.toString()));
      } catch (UncheckedIOException e) {
        throw new Refused(describe(cause(e), f.toString()));
      } catch (GridGovException e) {
        throw new Refused(f + ": " + e.getMessage());
      }
    }
  }

  /**
   * Counts ballot files on an environment, without screening, and makes the result.
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
    List<org.apache.flink.core.fs.Path> paths = new ArrayList<>();
    for (Path f : files) {
      paths.add(org.apache.flink.core.fs.Path.fromLocalFile(f.toAbsolutePath().toFile()));
    }
    return count(env, round, Quarantine.none(), inputs, paths);
  }

  static VoteResult count(
      StreamExecutionEnvironment env,
      Round round,
      Quarantine quarantine,
      ResultInputs inputs,
      List<org.apache.flink.core.fs.Path> files)
      throws Exception {
    TallySettings settings = TallySettings.of(round, quarantine, inputs.sanctions());
    DataStream<Submission> all = null;
    for (org.apache.flink.core.fs.Path f : files) {
      DataStream<Submission> s =
          env.fromSource(
              BallotFiles.source(form(f), List.of(f)),
              WatermarkStrategy.noWatermarks(),
              "ballots " + f);
      all = all == null ? s : all.union(s);
    }
    if (all == null) {
      throw new IllegalArgumentException("no ballot files");
    }
    // the per-key tallies, merged here: the merged tally of a large round (a day's voters of every
    // bucket) outgrows the collect sink's batch (collect-sink.batch-size.max, 2 MB by default: the
    // synthetic 营口 round's is 2.3 MB), a bucket's is a thousandth of it
    List<VoteTally> tallies = new ArrayList<>();
    CloseableIterator<VoteTally> it =
        VoteTallyJob.perKey(all, settings).executeAndCollect("gridgov vote tally " + round.id());
    try {
      it.forEachRemaining(tallies::add);
    } finally {
      it.close();
    }
    return VoteResult.of(round, merge(settings, tallies).count(), inputs);
  }

  /**
   * Merges tallies pairwise, level by level, so that each tally is copied O(log n) times rather
   * than the growing sum once per tally.
   */
  static VoteTally merge(TallySettings settings, List<VoteTally> tallies) {
    List<VoteTally> level = new ArrayList<>(tallies);
    if (level.isEmpty()) {
      return settings.start();
    }
    while (level.size() > 1) {
      List<VoteTally> next = new ArrayList<>((level.size() + 1) / 2);
      for (int i = 0; i < level.size(); i += 2) {
        next.add(i + 1 < level.size() ? level.get(i).merge(level.get(i + 1)) : level.get(i));
      }
      level = next;
    }
    return level.get(0);
  }

  private static String quote(String text) {
    return "\"" + text + "\"";
  }
}
