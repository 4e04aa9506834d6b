package org.gridgov.scoring.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.FormatReader;
import org.gridgov.core.io.ReadLimits;
import org.gridgov.core.io.internal.JsonCursor;
import org.gridgov.core.io.internal.ProblemList;
import org.gridgov.scoring.vote.Decision;
import org.gridgov.scoring.vote.SanctionEntry;
import org.gridgov.scoring.vote.Sanctions;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link DecisionLog}: as a stream with {@code forEach} (the header first, then each
 * decision), or whole with {@code read}. Any bad line refuses the log ({@link
 * InvalidDecisionLogException}, thrown at the end with every problem up to the cap; decisions of
 * good lines have been passed on by then). Immutable and thread-safe.
 *
 * <pre>{@code
 * Recount recount = Recount.start(round, sanctions);
 * DecisionLog.Header h = DecisionLog.reader().forEach(Path.of("decisions.jsonl"), recount::accept);
 * }</pre>
 */
public final class DecisionLogReader implements FormatReader<List<Decision>> {
  /** No limit on length or lines, lines of 64 Ki characters, 1,000 problems. */
  public static final ReadLimits DEFAULT_LIMITS =
      new ReadLimits(Long.MAX_VALUE, 32, 64 * 1024, Integer.MAX_VALUE, 1000);

  static final DecisionLogReader DEFAULT = new DecisionLogReader(DEFAULT_LIMITS);
  private static final Set<String> HEADER_FIELDS =
      Set.of("format", "round", "roundFingerprint", "sanctions");

  private final ReadLimits limits;
  private final JsonLines json;

  private DecisionLogReader(ReadLimits limits) {
    this.limits = limits;
    this.json = new JsonLines(limits);
  }

  @Override
  public ReadLimits limits() {
    return limits;
  }

  @Override
  public DecisionLogReader withLimits(ReadLimits newLimits) {
    return new DecisionLogReader(checkNotNull(newLimits, "limits"));
  }

  /**
   * Streams a log file.
   *
   * @param file the file
   * @param sink receives each decision in log order
   * @return the header
   * @throws InvalidDecisionLogException listing every problem
   * @throws IOException if reading fails
   */
  @CanIgnoreReturnValue
  public DecisionLog.Header forEach(Path file, Consumer<? super Decision> sink) throws IOException {
    Rows[] rows = new Rows[1];
    long unused =
        new Streaming<Decision>(limits, (s, src) -> rows[0] = new Rows(s, src)).forEach(file, sink);
    return checkNotNull(rows[0]).header();
  }

  /**
   * Streams a log file, each decision with the number of its line, for a host that reports on a
   * decision it refuses (a recount that finds one out of order) by its place in the file.
   *
   * @param file the file
   * @param sink receives each decision in log order and its line, 1 for the file's first
   * @return the header
   * @throws InvalidDecisionLogException listing every problem
   * @throws IOException if reading fails
   */
  @CanIgnoreReturnValue
  public DecisionLog.Header forEachNumbered(Path file, ObjIntConsumer<? super Decision> sink)
      throws IOException {
    checkNotNull(sink, "sink");
    Rows[] rows = new Rows[1];
    long unused =
        new Streaming<Decision>(limits, (s, src) -> rows[0] = new Rows(s, src))
            .forEach(file, d -> sink.accept(d, checkNotNull(rows[0]).line()));
    return checkNotNull(rows[0]).header();
  }

  /**
   * Streams a log of UTF-8 bytes; the stream is not closed.
   *
   * @param in the bytes
   * @param sink receives each decision
   * @return the header
   * @throws InvalidDecisionLogException listing every problem
   * @throws IOException if reading fails
   */
  @CanIgnoreReturnValue
  public DecisionLog.Header forEach(InputStream in, Consumer<? super Decision> sink)
      throws IOException {
    Rows[] rows = new Rows[1];
    long unused =
        new Streaming<Decision>(limits, (s, src) -> rows[0] = new Rows(s, src)).forEach(in, sink);
    return checkNotNull(rows[0]).header();
  }

  /**
   * Streams a log of characters; the reader is not closed.
   *
   * @param in the characters
   * @param sink receives each decision
   * @return the header
   * @throws InvalidDecisionLogException listing every problem
   * @throws IOException if reading fails
   */
  @CanIgnoreReturnValue
  public DecisionLog.Header forEach(Reader in, Consumer<? super Decision> sink) throws IOException {
    Rows[] rows = new Rows[1];
    long unused =
        new Streaming<Decision>(limits, (s, src) -> rows[0] = new Rows(s, src)).forEach(in, sink);
    return checkNotNull(rows[0]).header();
  }

  /**
   * Streams a log in a text.
   *
   * @param text the text
   * @param sink receives each decision
   * @return the header
   * @throws InvalidDecisionLogException listing every problem
   */
  @CanIgnoreReturnValue
  public DecisionLog.Header forEach(String text, Consumer<? super Decision> sink) {
    Rows[] rows = new Rows[1];
    long unused =
        new Streaming<Decision>(limits, (s, src) -> rows[0] = new Rows(s, src)).forEach(text, sink);
    return checkNotNull(rows[0]).header();
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidDecisionLogException listing every problem
   */
  @Override
  public List<Decision> read(String text) {
    List<Decision> out = new ArrayList<>();
    DecisionLog.Header unused = forEach(text, out::add);
    return List.copyOf(out);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidDecisionLogException listing every problem
   */
  @Override
  public List<Decision> read(Reader in) throws IOException {
    List<Decision> out = new ArrayList<>();
    DecisionLog.Header unused = forEach(in, out::add);
    return List.copyOf(out);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidDecisionLogException listing every problem
   */
  @Override
  public List<Decision> read(InputStream in) throws IOException {
    List<Decision> out = new ArrayList<>();
    DecisionLog.Header unused = forEach(in, out::add);
    return List.copyOf(out);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidDecisionLogException listing every problem
   */
  @Override
  public List<Decision> read(Path file) throws IOException {
    List<Decision> out = new ArrayList<>();
    DecisionLog.Header unused = forEach(file, out::add);
    return List.copyOf(out);
  }

  /** One reading. */
  private final class Rows extends Streaming.Rows<Decision> {
    private DecisionLog.@Nullable Header header;
    private final ProblemList problems;

    Rows(Consumer<? super Decision> sink, @Nullable String source) {
      super(sink, source, limits, p -> new InvalidDecisionLogException(p, 0));
      this.problems = ProblemList.of(limits).inSource(source);
    }

    DecisionLog.Header header() {
      return checkNotNull(header);
    }

    @Override
    public void bad(Problem problem) {
      problems.add(problem);
    }

    @Override
    public void line(String text, int number) {
      if (text.isBlank()) {
        return;
      }
      if (header == null) {
        JsonLines.Parsed<DecisionLog.Header> h = json.parse(text, number, this::header);
        if (h.value().isEmpty()) {
          problems.addAll(h.all(number));
          throw problems.failure(InvalidDecisionLogException::new);
        }
        header = h.value().get();
        return;
      }
      JsonLines.Parsed<Decision> d = json.parse(text, number, VoteForms::decision);
      if (d.value().isPresent()) {
        emit(d.value().get(), number);
      } else {
        problems.add(d.first(number));
      }
    }

    private Optional<DecisionLog.Header> header(JsonCursor c) {
      if (!c.expectObject(HEADER_FIELDS, HEADER_FIELDS)) {
        return Optional.empty();
      }
      JsonCursor format = c.field("format");
      Optional<String> f = format.string();
      if (f.isPresent() && !f.get().equals(DecisionLog.FORMAT)) {
        format.problem(
            ProblemKind.INVALID_VALUE,
            "expected \"" + DecisionLog.FORMAT + "\", got " + JsonCursor.quote(f.get()));
        return Optional.empty();
      }
      Optional<String> round = c.field("round").name();
      Optional<String> fingerprint = c.field("roundFingerprint").name();
      List<SanctionEntry> entries = new ArrayList<>();
      boolean ok = true;
      for (JsonCursor e : c.field("sanctions").elements()) {
        Optional<SanctionEntry> entry = VoteForms.sanction(e);
        entry.ifPresent(entries::add);
        ok &= entry.isPresent();
      }
      if (f.isEmpty() || round.isEmpty() || fingerprint.isEmpty() || !ok) {
        return Optional.empty();
      }
      return VoteForms.make(
          c.field("sanctions"),
          () -> new DecisionLog.Header(round.get(), fingerprint.get(), Sanctions.of(entries)));
    }

    @Override
    void end() {
      if (header == null && problems.isEmpty()) {
        problems.add(
            ProblemKind.MISSING_FIELD,
            at(Location.line(1)),
            "no header: a decision log starts with {\"format\":\"" + DecisionLog.FORMAT + "\", …}");
      }
      if (!problems.isEmpty()) {
        throw problems.failure(InvalidDecisionLogException::new);
      }
    }
  }
}
