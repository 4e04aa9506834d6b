package org.gridgov.scoring.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.ReadLimits;
import org.jspecify.annotations.Nullable;

/**
 * The reads shared by the line formats (ballot CSV, ballot JSON lines, the decision log): from a
 * file, bytes, characters or a string, into a sink one record per line, or into a list.
 *
 * @param <T> the record
 */
final class Streaming<T> {
  /** Makes the per-reading state for a sink and a source name (null for streams). */
  @FunctionalInterface
  interface RowsFactory<T> {
    Rows<T> create(Consumer<? super T> sink, @Nullable String source);
  }

  /** The state of one reading: lines in, records out. */
  abstract static class Rows<T> implements Lines.Sink {
    private final Consumer<? super T> sink;
    final @Nullable String source;
    private final ReadLimits limits;
    private final Failure failure;
    long count;
    private int line;

    Rows(Consumer<? super T> sink, @Nullable String source, ReadLimits limits, Failure failure) {
      this.sink = checkNotNull(sink, "sink");
      this.source = source;
      this.limits = limits;
      this.failure = failure;
    }

    Location at(Location where) {
      return source == null ? where : where.in(source);
    }

    Problem locate(Problem p) {
      return source == null ? p : p.withLocation(p.location().in(source));
    }

    InvalidInputException refuse(ProblemKind kind, Location where, String message) {
      return failure.create(List.of(new Problem(kind, at(where), message)));
    }

    static int lineOf(Problem p) {
      Location l = p.location();
      if (l instanceof Location.InSource in) {
        l = in.within();
      }
      return l instanceof Location.Text t
          ? t.line()
          : l instanceof Location.JsonPath j ? j.line() : 1;
    }

    void emit(T record, int line) {
      if (count >= limits.maxElements()) {
        throw refuse(
            ProblemKind.INPUT_TOO_LARGE,
            Location.line(Math.max(1, line)),
            "more than the limit of " + limits.maxElements() + " records");
      }
      count++;
      this.line = line;
      sink.accept(record);
    }

    /** The line of the record the sink is being given (1 for the first line), 0 before any. */
    int line() {
      return line;
    }

    /** Called at the end of the input. */
    void end() {}
  }

  /** A format's exception from problems. */
  @FunctionalInterface
  interface Failure {
    InvalidInputException create(List<Problem> problems);
  }

  private final ReadLimits limits;
  private final RowsFactory<T> rows;

  Streaming(ReadLimits limits, RowsFactory<T> rows) {
    this.limits = limits;
    this.rows = rows;
  }

  long forEach(Path file, Consumer<? super T> sink) throws IOException {
    checkNotNull(file, "file");
    Rows<T> r = rows.create(sink, file.toString());
    try (InputStream in = Files.newInputStream(file)) {
      return run(r, () -> Lines.bytes(in, limits.maxInputLength(), limits.maxStringLength(), r));
    }
  }

  long forEach(InputStream in, Consumer<? super T> sink) throws IOException {
    checkNotNull(in, "in");
    Rows<T> r = rows.create(sink, null);
    return run(r, () -> Lines.bytes(in, limits.maxInputLength(), limits.maxStringLength(), r));
  }

  long forEach(Reader in, Consumer<? super T> sink) throws IOException {
    checkNotNull(in, "in");
    Rows<T> r = rows.create(sink, null);
    return run(r, () -> Lines.chars(in, limits.maxInputLength(), limits.maxStringLength(), r));
  }

  long forEach(String text, Consumer<? super T> sink) {
    try {
      return forEach(new StringReader(checkNotNull(text, "text")), sink);
    } catch (IOException e) {
      throw new AssertionError("a string reader does not fail", e);
    }
  }

  List<T> read(String text) {
    List<T> out = new ArrayList<>();
    long unused = forEach(text, out::add);
    return List.copyOf(out);
  }

  List<T> read(Reader in) throws IOException {
    List<T> out = new ArrayList<>();
    long unused = forEach(in, out::add);
    return List.copyOf(out);
  }

  List<T> read(InputStream in) throws IOException {
    List<T> out = new ArrayList<>();
    long unused = forEach(in, out::add);
    return List.copyOf(out);
  }

  List<T> read(Path file) throws IOException {
    List<T> out = new ArrayList<>();
    long unused = forEach(file, out::add);
    return List.copyOf(out);
  }

  /** A reading of lines. */
  @FunctionalInterface
  private interface Reading {
    int read() throws IOException, Lines.TooLong;
  }

  private static long run(Rows<?> rows, Reading reading) throws IOException {
    try {
      int unused = reading.read();
    } catch (Lines.TooLong e) {
      throw rows.refuse(
          ProblemKind.INPUT_TOO_LARGE,
          Location.line(e.line),
          "input longer than the limit of " + e.limit + " bytes or characters");
    }
    rows.end();
    return rows.count;
  }
}
