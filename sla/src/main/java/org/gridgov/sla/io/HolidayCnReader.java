package org.gridgov.sla.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gridgov.core.Location;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.FormatReader;
import org.gridgov.core.io.ReadLimits;
import org.gridgov.core.io.internal.JsonCursor;
import org.gridgov.core.io.internal.JsonTrees;
import org.gridgov.core.io.internal.ProblemList;
import org.gridgov.core.io.internal.TextInput;
import org.gridgov.core.io.internal.TreeFormat;
import org.gridgov.sla.calendar.CalendarFormatException;
import org.gridgov.sla.calendar.HolidayTable;
import org.jspecify.annotations.Nullable;

/**
 * Reads holiday-cn files, documented at {@link HolidayCn}, with limits: one file with the four
 * reads of {@link FormatReader}, or several merged into one table with {@link #readAll(List)},
 * {@link #readAll(Map)} and {@link #readDirectory(Path)}. Every problem of every file is reported
 * at once in one {@link CalendarFormatException}, each located in its file by JSON path (and line
 * and column for syntax errors). The limits apply to each file; the cap on problems to the whole
 * read. Immutable and thread-safe.
 *
 * <pre>{@code
 * HolidayTable years = HolidayCn.reader().readAll(List.of(Path.of("2026.json"), Path.of("2027.json")));
 * }</pre>
 */
public final class HolidayCnReader implements FormatReader<HolidayTable> {
  static final HolidayCnReader DEFAULT = new HolidayCnReader(ReadLimits.SMALL_DOCUMENT);

  private final TreeFormat<HolidayTable, CalendarFormatException> format;

  private HolidayCnReader(ReadLimits limits) {
    this.format =
        new TreeFormat<>(
            limits,
            root -> {
              HolidayCnMerge merge = new HolidayCnMerge();
              merge.add(root, null);
              return merge.finish(root.problems());
            },
            CalendarFormatException::new);
  }

  @Override
  public ReadLimits limits() {
    return format.limits();
  }

  @Override
  public HolidayCnReader withLimits(ReadLimits limits) {
    return new HolidayCnReader(checkNotNull(limits, "limits"));
  }

  /**
   * {@inheritDoc}
   *
   * @throws CalendarFormatException listing every problem
   */
  @Override
  public HolidayTable read(String text) {
    return format.read(checkNotNull(text, "text"));
  }

  /**
   * {@inheritDoc}
   *
   * @throws CalendarFormatException listing every problem
   */
  @Override
  public HolidayTable read(Reader in) throws IOException {
    return format.read(checkNotNull(in, "in"));
  }

  /**
   * {@inheritDoc}
   *
   * @throws CalendarFormatException listing every problem
   */
  @Override
  public HolidayTable read(InputStream in) throws IOException {
    return format.read(checkNotNull(in, "in"));
  }

  /**
   * {@inheritDoc}
   *
   * @throws CalendarFormatException listing every problem, located in the file
   */
  @Override
  public HolidayTable read(Path file) throws IOException {
    return format.read(checkNotNull(file, "file"));
  }

  /**
   * Reads and merges holiday-cn files, such as {@code 2026.json} and {@code 2027.json}.
   *
   * @param files the files, at least one
   * @return the merged table
   * @throws CalendarFormatException listing every problem in every file, and every conflict
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if no file is given
   */
  public HolidayTable readAll(List<Path> files) throws IOException {
    checkNotNull(files, "files");
    checkArgument(!files.isEmpty(), "no holiday-cn files given");
    JsonTrees json = format.json();
    ProblemList problems = ProblemList.of(limits());
    HolidayCnMerge merge = new HolidayCnMerge();
    for (Path file : files) {
      String name = checkNotNull(file, "file").toString();
      problems = problems.inSource(name);
      long size = Files.size(file);
      if (size > limits().maxInputLength()) {
        problems.add(
            ProblemKind.INPUT_TOO_LARGE,
            Location.json(),
            "the file has " + size + " bytes, more than the limit of " + limits().maxInputLength());
        continue;
      }
      JsonNode node;
      try (InputStream in = Files.newInputStream(file)) {
        node = json.read(TextInput.utf8(in, limits().maxInputLength()), problems);
      }
      add(merge, node, problems, name);
    }
    return finish(merge, problems);
  }

  /**
   * Reads and merges holiday-cn texts, each under a name that locations use, such as its file name.
   *
   * @param textsBySource the JSON text of each file by its name, at least one, in the order to read
   *     them (a {@link java.util.LinkedHashMap} or {@link java.util.TreeMap})
   * @return the merged table
   * @throws CalendarFormatException listing every problem in every text, and every conflict
   * @throws IllegalArgumentException if no text is given
   */
  public HolidayTable readAll(Map<String, String> textsBySource) {
    checkNotNull(textsBySource, "textsBySource");
    checkArgument(!textsBySource.isEmpty(), "no holiday-cn texts given");
    JsonTrees json = format.json();
    ProblemList problems = ProblemList.of(limits());
    HolidayCnMerge merge = new HolidayCnMerge();
    for (Map.Entry<String, String> e : textsBySource.entrySet()) {
      String name = checkNotNull(e.getKey(), "source");
      String text = checkNotNull(e.getValue(), "text");
      problems = problems.inSource(name);
      if (text.length() > limits().maxInputLength()) {
        problems.add(
            ProblemKind.INPUT_TOO_LARGE,
            Location.json(),
            "the input has "
                + text.length()
                + " characters, more than the limit of "
                + limits().maxInputLength());
        continue;
      }
      add(merge, json.read(text, problems), problems, name);
    }
    return finish(merge, problems);
  }

  /**
   * Reads and merges every file of a directory named by a year, such as {@code 2024.json}, in name
   * order; other files (holiday-cn's {@code schema.json}) are ignored.
   *
   * @param directory the directory, such as a checkout of holiday-cn
   * @return the merged table
   * @throws CalendarFormatException listing every problem in every file, and every conflict
   * @throws IOException if the directory or a file cannot be read
   * @throws IllegalArgumentException if the directory has no such file
   */
  public HolidayTable readDirectory(Path directory) throws IOException {
    checkNotNull(directory, "directory");
    TreeSet<Path> files = new TreeSet<>();
    try (DirectoryStream<Path> stream =
        Files.newDirectoryStream(directory, "[0-9][0-9][0-9][0-9].json")) {
      for (Path p : stream) {
        files.add(p);
      }
    }
    checkArgument(!files.isEmpty(), "no holiday-cn files such as 2024.json in %s", directory);
    return readAll(List.copyOf(files));
  }

  private void add(
      HolidayCnMerge merge, @Nullable JsonNode node, ProblemList problems, String name) {
    if (node != null) {
      merge.add(JsonCursor.root(node, problems, limits().maxElements()), name);
    }
  }

  private static HolidayTable finish(HolidayCnMerge merge, ProblemList problems) {
    ProblemList unnamed = problems.inSource(null);
    HolidayTable table = merge.finish(unnamed);
    unnamed.throwIfAny(CalendarFormatException::new);
    return checkNotNull(table, "a table without problems");
  }

  /** The reader and its limits. */
  @Override
  public String toString() {
    return "HolidayCnReader[" + limits() + "]";
  }
}
