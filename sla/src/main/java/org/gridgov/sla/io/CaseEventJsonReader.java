package org.gridgov.sla.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.FormatReader;
import org.gridgov.core.io.ReadLimits;
import org.gridgov.core.io.internal.JsonCursor;
import org.gridgov.core.io.internal.JsonTrees;
import org.gridgov.core.io.internal.LineInput;
import org.gridgov.core.io.internal.ProblemList;
import org.gridgov.core.io.internal.TextInput;
import org.gridgov.core.io.internal.TreeFormat;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.clock.InvalidEventLogException;

/**
 * Reads case events: whole documents in the {@value CaseEventJson#FORMAT} form with {@code read},
 * and JSON lines (one event object per line, for many cases) with {@code forEachLine}, which never
 * holds the whole input. Immutable and thread-safe.
 *
 * <pre>{@code
 * List<CaseEvent> events = CaseEventJson.reader().read(Path.of("case.json"));
 * CaseEventJson.reader().forEachLine(Path.of("month.jsonl"), e -> logs.add(e)); // streaming
 * }</pre>
 *
 * <p>Limits: the input length (bytes or characters), the nesting depth, the length of a string —
 * and of a line, for JSON lines — and the number of events. For JSON lines, every valid event is
 * delivered to the consumer; the problems of the other lines (each at its JSON path and line) are
 * thrown together at the end in an {@link InvalidEventLogException}.
 */
public final class CaseEventJsonReader implements FormatReader<List<CaseEvent>> {
  /**
   * The default limits: 1 GiB, depth 16, strings and lines of 64 Ki characters, 100,000,000 events,
   * 1,000 problems.
   */
  public static final ReadLimits DEFAULT_LIMITS =
      new ReadLimits(1L << 30, 16, 64 * 1024, 100_000_000, ReadLimits.DEFAULT_MAX_PROBLEMS);

  static final CaseEventJsonReader DEFAULT = new CaseEventJsonReader(DEFAULT_LIMITS);

  private static final Set<String> DOCUMENT = Set.of("format", "events");

  private final ReadLimits limits;
  private final TreeFormat<List<CaseEvent>, InvalidEventLogException> format;

  private CaseEventJsonReader(ReadLimits limits) {
    this.limits = limits;
    this.format =
        new TreeFormat<>(limits, CaseEventJsonReader::document, InvalidEventLogException::new);
  }

  private static List<CaseEvent> document(JsonCursor root) {
    if (!root.expectObject(DOCUMENT, DOCUMENT)) {
      return List.of();
    }
    root.field("format")
        .string()
        .filter(f -> !f.equals(CaseEventJson.FORMAT))
        .ifPresent(
            f ->
                root.field("format")
                    .problem(
                        ProblemKind.INVALID_VALUE,
                        "expected \"" + CaseEventJson.FORMAT + "\", got \"" + f + "\""));
    List<CaseEvent> events = new ArrayList<>();
    for (JsonCursor c : root.field("events").elements()) {
      CaseEvent e = ClockTrees.event(c);
      if (e != null) {
        events.add(e);
      }
    }
    return List.copyOf(events);
  }

  @Override
  public ReadLimits limits() {
    return limits;
  }

  @Override
  public CaseEventJsonReader withLimits(ReadLimits newLimits) {
    return new CaseEventJsonReader(checkNotNull(newLimits, "newLimits"));
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidEventLogException listing every problem at its JSON path
   */
  @Override
  public List<CaseEvent> read(String text) {
    return format.read(text);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidEventLogException listing every problem at its JSON path
   */
  @Override
  public List<CaseEvent> read(Reader in) throws IOException {
    return format.read(in);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidEventLogException listing every problem at its JSON path
   */
  @Override
  public List<CaseEvent> read(InputStream in) throws IOException {
    return format.read(in);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidEventLogException listing every problem at its JSON path in the file
   */
  @Override
  public List<CaseEvent> read(Path file) throws IOException {
    return format.read(file);
  }

  /**
   * Reads JSON lines, one event per line (blank lines are skipped), passing each valid event to the
   * consumer as it is read; the stream is not closed. O(line) memory.
   *
   * @param in the characters
   * @param sink receives the events, in the order of the lines
   * @throws InvalidEventLogException at the end, listing the problems of the other lines
   * @throws IOException if the source fails
   */
  public void forEachLine(Reader in, Consumer<CaseEvent> sink) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(sink, "sink");
    lines(TextInput.limited(in, limits.maxInputLength()), sink, ProblemList.of(limits));
  }

  /**
   * Reads JSON lines from UTF-8 bytes; see {@link #forEachLine(Reader, Consumer)}.
   *
   * @param in the bytes, not closed
   * @param sink receives the events
   * @throws InvalidEventLogException at the end, listing the problems of the other lines
   * @throws IOException if the source fails
   */
  public void forEachLine(InputStream in, Consumer<CaseEvent> sink) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(sink, "sink");
    lines(TextInput.utf8(in, limits.maxInputLength()), sink, ProblemList.of(limits));
  }

  /**
   * Reads a JSON lines file; see {@link #forEachLine(Reader, Consumer)}. Problems are located in
   * the file.
   *
   * @param file the file
   * @param sink receives the events
   * @throws InvalidEventLogException at the end, listing the problems of the other lines
   * @throws IOException if reading the file fails
   */
  public void forEachLine(Path file, Consumer<CaseEvent> sink) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(sink, "sink");
    ProblemList problems = ProblemList.of(limits).inSource(file.toString());
    long size = Files.size(file);
    if (size > limits.maxInputLength()) {
      problems.add(
          ProblemKind.INPUT_TOO_LARGE,
          Location.line(1),
          "the file has " + size + " bytes, more than the limit of " + limits.maxInputLength());
      throw problems.failure(InvalidEventLogException::new);
    }
    try (InputStream in = Files.newInputStream(file)) {
      lines(TextInput.utf8(in, limits.maxInputLength()), sink, problems);
    }
  }

  /**
   * Reads all events of a JSON lines text into a list; see {@link #forEachLine(Reader, Consumer)}.
   *
   * @param text the lines
   * @return the events
   * @throws InvalidEventLogException listing the problems of every bad line
   */
  public List<CaseEvent> readLines(String text) {
    checkNotNull(text, "text");
    List<CaseEvent> events = new ArrayList<>();
    try {
      forEachLine(new StringReader(text), events::add);
    } catch (IOException e) {
      throw new AssertionError("a string reader does not fail", e);
    }
    return events;
  }

  private void lines(Reader in, Consumer<CaseEvent> sink, ProblemList problems) throws IOException {
    JsonTrees json = new JsonTrees(limits);
    LineInput lines = new LineInput(in, limits.maxStringLength());
    long count = 0;
    try {
      String line;
      while ((line = lines.next()) != null) {
        int n = lines.number();
        if (lines.wasCut()) {
          problems.add(
              ProblemKind.INPUT_TOO_LARGE,
              Location.line(n),
              "line "
                  + n
                  + " is longer than the limit of "
                  + limits.maxStringLength()
                  + " characters");
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        if (++count > limits.maxElements()) {
          problems.add(
              ProblemKind.INPUT_TOO_LARGE,
              Location.line(n),
              "more than the limit of " + limits.maxElements() + " events");
          break;
        }
        ProblemList here = new ProblemList(limits.maxProblems());
        JsonNode node = json.read(new StringReader(line), here, n);
        CaseEvent e =
            node == null
                ? null
                : ClockTrees.event(
                    JsonCursor.at(node, Location.json().at(n, 0), here, limits.maxElements()));
        for (Problem p : here.kept()) {
          problems.add(p.withLocation(onLine(p.location(), n)));
        }
        if (e != null && here.isEmpty()) {
          sink.accept(e);
        }
      }
    } catch (IOException e) {
      if (!TextInput.addProblem(e, Location.line(Math.max(1, lines.number())), problems)) {
        throw e;
      }
    }
    problems.throwIfAny(InvalidEventLogException::new);
  }

  private static Location onLine(Location at, int line) {
    if (at instanceof Location.JsonPath p && p.line() == 0) {
      return p.at(line, 0);
    }
    return at;
  }
}
