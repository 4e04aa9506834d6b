package org.gridgov.core.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.Atlas;
import org.gridgov.core.AtlasSection;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.DivisionKind;
import org.gridgov.core.DivisionLevel;
import org.gridgov.core.InvalidAtlasException;
import org.gridgov.core.InvalidCodeException;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.internal.CsvFields;
import org.gridgov.core.io.internal.JsonCursor;
import org.gridgov.core.io.internal.LineInput;
import org.gridgov.core.io.internal.ProblemList;
import org.gridgov.core.io.internal.TextInput;
import org.jspecify.annotations.Nullable;

/**
 * Reads division lists in the CSV form of the statistical division datasets: a header naming the
 * columns {@code code,name,parentCode,level}, then one division per row.
 *
 * <pre>{@code
 * code,name,parentCode,level
 * 21,"辽宁省",,province
 * 2108,"营口市",21,city
 * 210802,"站前区",2108,county
 * 210802001,"八田地街道",210802,town
 * }</pre>
 *
 * <pre>{@code
 * DivisionCsv.Result result = DivisionCsv.reader().read(Path.of("yingkou-2023.csv"));
 * result.notes();                                      // rows skipped on purpose
 * Atlas atlas = result.addTo(Atlas.builder().asOf(LocalDate.of(2023, 6, 30))).build();
 * }</pre>
 *
 * <p>The form, as this reader takes it:
 *
 * <ul>
 *   <li>UTF-8, with or without a byte order mark; lines end with LF or CRLF; blank lines are
 *       ignored.
 *   <li>The first non-blank line is the header. It names exactly the four columns {@code code},
 *       {@code name}, {@code parentCode} and {@code level}, in any order; another header is refused
 *       (an unknown column is more likely a mistake than data to ignore).
 *   <li>Fields follow RFC 4180: a field is either bare (no quotes inside) or quoted, with {@code
 *       ""} for a quote and commas allowed inside. A quoted field may not span lines: an unclosed
 *       quote is reported on its own line instead of swallowing the rest of the file.
 *   <li>{@code code}: a division code of 2, 4, 6, 9 or 12 digits. {@code name}: not blank. {@code
 *       parentCode}: the code's parent (in any of its lengths), empty for a province. {@code
 *       level}: {@code province}, {@code city}, {@code county}, {@code town} or {@code village},
 *       agreeing with the code.
 *   <li>Padded rows are recognised, skipped with a {@linkplain Result#notes() note} and not counted
 *       as problems. The datasets give a city without counties (东莞 4419, 中山 4420, 儋州 4604) a county
 *       row of its own code, {@code 441900,"东莞市",4419,county}, and a county without towns (金门县
 *       350527) a town row {@code 350527000,"金门县",350527,town}: the code is written at the declared
 *       level's length with that level's segment zero, so it is the unit's own code. The city's
 *       towns belong to the city itself ({@code 441900003}'s parent is {@code 4419}, whether the
 *       row says {@code 4419} or {@code 441900}).
 * </ul>
 *
 * <p>Every problem is collected and thrown together in one {@link InvalidAtlasException}, each
 * located as {@link Location.Text}: {@code line N, column K} (K counts the fields of the row from
 * 1) or {@code line N} for the row as a whole: a malformed code is {@link
 * ProblemKind#MALFORMED_CODE}; a level or parent code that disagrees with the code {@link
 * ProblemKind#LEVEL_MISMATCH}; a parent that is nowhere in the file {@link
 * ProblemKind#UNKNOWN_PARENT}; a code seen before {@link ProblemKind#DUPLICATE_CODE}; a blank name
 * or unknown level {@link ProblemKind#INVALID_VALUE}; bad quoting, a wrong number of fields, a bad
 * header or bytes that are not UTF-8 (at their line and column) {@link
 * ProblemKind#MALFORMED_INPUT}. A line longer than {@link ReadLimits#maxStringLength()}, more rows
 * than {@link ReadLimits#maxElements()} or more input than {@link ReadLimits#maxInputLength()} stop
 * the reading with {@link ProblemKind#INPUT_TOO_LARGE}.
 *
 * <p>Reading is one pass, O(size of the input). Instances are immutable and thread-safe.
 */
public final class DivisionCsv implements FormatReader<DivisionCsv.Result> {
  /**
   * The default limits: 256 MiB of input, lines of 4,096 characters, 2,000,000 rows (the national
   * file down to villages has ~700,000), 1,000 problems.
   */
  public static final ReadLimits DEFAULT_LIMITS =
      new ReadLimits(256L << 20, 1, 4096, 2_000_000, ReadLimits.DEFAULT_MAX_PROBLEMS);

  private static final List<String> COLUMNS = List.of("code", "name", "parentCode", "level");
  private static final DivisionCsv DEFAULT = new DivisionCsv(DEFAULT_LIMITS);

  private final ReadLimits limits;

  private DivisionCsv(ReadLimits limits) {
    this.limits = limits;
  }

  /**
   * The reader with the default limits.
   *
   * @return the reader
   */
  public static DivisionCsv reader() {
    return DEFAULT;
  }

  @Override
  public ReadLimits limits() {
    return limits;
  }

  @Override
  public DivisionCsv withLimits(ReadLimits newLimits) {
    return new DivisionCsv(checkNotNull(newLimits, "newLimits"));
  }

  /**
   * Reads a UTF-8 file; a file larger than the input limit is refused unread. Problems are located
   * in the file.
   *
   * @param file the file
   * @return the divisions and notes
   * @throws InvalidAtlasException listing every problem
   * @throws IOException if reading the file fails
   */
  @Override
  public Result read(Path file) throws IOException {
    checkNotNull(file, "file");
    ProblemList problems = ProblemList.of(limits).inSource(file.toString());
    long size = Files.size(file);
    if (size > limits.maxInputLength()) {
      problems.add(
          ProblemKind.INPUT_TOO_LARGE,
          Location.line(1),
          "the file has " + size + " bytes, more than the limit of " + limits.maxInputLength());
      throw problems.failure(InvalidAtlasException::new);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new Parse(TextInput.utf8(in, limits.maxInputLength()), problems).run();
    }
  }

  /**
   * Reads a UTF-8 byte stream to its end; the stream is not closed.
   *
   * @param in the stream
   * @return the divisions and notes
   * @throws InvalidAtlasException listing every problem
   * @throws IOException if reading the stream fails
   */
  @Override
  public Result read(InputStream in) throws IOException {
    checkNotNull(in, "in");
    return new Parse(TextInput.utf8(in, limits.maxInputLength()), ProblemList.of(limits)).run();
  }

  /**
   * Reads a character stream to its end; the stream is not closed.
   *
   * @param in the stream
   * @return the divisions and notes
   * @throws InvalidAtlasException listing every problem
   * @throws IOException if reading the stream fails
   */
  @Override
  public Result read(Reader in) throws IOException {
    checkNotNull(in, "in");
    return new Parse(TextInput.limited(in, limits.maxInputLength()), ProblemList.of(limits)).run();
  }

  /**
   * Reads CSV text.
   *
   * @param csv the text
   * @return the divisions and notes
   * @throws InvalidAtlasException listing every problem
   */
  @Override
  public Result read(String csv) {
    checkNotNull(csv, "csv");
    try {
      return read(new StringReader(csv));
    } catch (IOException e) {
      throw new AssertionError("a string reader does not fail", e);
    }
  }

  @Override
  public String toString() {
    return "DivisionCsv[" + limits + "]";
  }

  /**
   * What a sound CSV file held.
   *
   * @param divisions every division, in file order
   * @param notes rows skipped on purpose (padded rows), each with its line
   */
  public record Result(List<Division> divisions, List<String> notes) {

    /**
     * Copies the lists.
     *
     * @param divisions every division, in file order
     * @param notes rows skipped on purpose, each with its line
     */
    public Result {
      divisions = List.copyOf(checkNotNull(divisions, "divisions"));
      notes = List.copyOf(checkNotNull(notes, "notes"));
    }

    /**
     * Adds the divisions to an atlas builder.
     *
     * @param builder the builder
     * @return the builder
     */
    @CanIgnoreReturnValue
    public Atlas.Builder addTo(Atlas.Builder builder) {
      checkNotNull(builder, "builder");
      return builder.addDivisions(divisions);
    }
  }

  // ---- parsing ---------------------------------------------------------------------------------

  /** Reading was stopped by input that cannot be read further. */
  private static final class Stop extends Exception {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private record Accepted(Division division, int line) {}

  /** One reading; not thread-safe. */
  private final class Parse {
    private final LineInput lines;
    private final ProblemList problems;
    private final List<String> notes = new ArrayList<>();
    private final List<Accepted> accepted = new ArrayList<>();
    private final Map<DivisionCode, Integer> firstLine = new HashMap<>();
    private final Set<DivisionCode> inFile = new HashSet<>();
    private int @Nullable [] column; // field index of code, name, parentCode, level
    private int rows;

    Parse(Reader in, ProblemList problems) {
      this.lines = new LineInput(in, limits.maxStringLength());
      this.problems = problems;
    }

    Result run() throws IOException {
      try {
        String line;
        while ((line = nextLine()) != null) {
          if (line.isBlank()) {
            continue;
          }
          List<String> fields = fields(line);
          if (column == null) {
            header(line, fields);
            continue;
          }
          if (++rows > limits.maxElements()) {
            add(
                ProblemKind.INPUT_TOO_LARGE,
                -1,
                "more than " + limits.maxElements() + " rows below the header");
            throw new Stop();
          }
          if (fields != null) {
            row(fields);
          }
        }
        if (column == null) {
          problems.add(
              ProblemKind.MALFORMED_INPUT,
              Location.line(1),
              "empty input: expected the header " + String.join(",", COLUMNS));
          throw new Stop();
        }
        checkParents();
      } catch (Stop stop) {
        // the problem that stopped the reading is recorded
      }
      if (!problems.isEmpty()) {
        List<Problem> sorted = new ArrayList<>(problems.kept());
        sorted.sort(Comparator.comparing(Problem::location, AtlasSection.locationOrder()));
        throw new InvalidAtlasException(sorted, problems.omitted());
      }
      return new Result(accepted.stream().map(Accepted::division).toList(), notes);
    }

    private @Nullable String nextLine() throws IOException, Stop {
      String line;
      try {
        line = lines.next();
      } catch (TextInput.Malformed e) {
        problems.add(
            ProblemKind.MALFORMED_INPUT, Location.text(e.line(), e.column()), e.description());
        throw new Stop();
      } catch (TextInput.TooLong e) {
        problems.add(
            ProblemKind.INPUT_TOO_LARGE, Location.line(lines.number() + 1), e.description());
        throw new Stop();
      }
      if (lines.wasCut()) {
        add(
            ProblemKind.INPUT_TOO_LARGE,
            -1,
            "a line longer than the limit of " + limits.maxStringLength() + " characters");
        throw new Stop();
      }
      return line;
    }

    private void header(String line, @Nullable List<String> fields) throws Stop {
      if (fields != null
          && fields.size() == COLUMNS.size()
          && new HashSet<>(fields).equals(new HashSet<>(COLUMNS))) {
        int[] map = new int[COLUMNS.size()];
        for (int c = 0; c < COLUMNS.size(); c++) {
          map[c] = fields.indexOf(COLUMNS.get(c));
        }
        column = map;
        return;
      }
      if (fields != null) {
        add(
            ProblemKind.MALFORMED_INPUT,
            -1,
            "the header must name the columns code, name, parentCode and level, in any order, got "
                + JsonCursor.quote(line));
      }
      throw new Stop();
    }

    private void row(List<String> fields) {
      int[] col = checkNotNull(column);
      if (fields.size() != COLUMNS.size()) {
        add(
            ProblemKind.MALFORMED_INPUT,
            -1,
            "expected "
                + COLUMNS.size()
                + " fields ("
                + String.join(", ", headerOrder(col))
                + "), got "
                + fields.size());
        return;
      }
      String codeText = fields.get(col[0]);
      String name = fields.get(col[1]);
      String parentText = fields.get(col[2]);
      String levelText = fields.get(col[3]);
      long problemsBefore = problems.count();

      DivisionCode code = parse(codeText, col[0]);
      if (name.isBlank()) {
        add(
            ProblemKind.INVALID_VALUE,
            col[1],
            "the name must not be blank, got " + JsonCursor.quote(name));
      } else if (!TextInput.isWellFormed(name)) {
        add(ProblemKind.INVALID_VALUE, col[1], "the name is not Unicode text (a lone surrogate)");
      }
      DivisionLevel level = levelNamed(levelText);
      if (level == null) {
        add(
            ProblemKind.INVALID_VALUE,
            col[3],
            "unknown level "
                + JsonCursor.quote(levelText)
                + ", expected one of province, city, county, town, village");
      }
      DivisionCode parent = parentText.isEmpty() ? null : parse(parentText, col[2]);
      if (code == null) {
        return;
      }
      if (level != null && isPadded(codeText, code, level)) {
        String unit = levelName(code.level());
        if (parent != null && !parent.equals(code)) {
          add(
              ProblemKind.LEVEL_MISMATCH,
              col[2],
              "the padded "
                  + levelName(level)
                  + " row "
                  + codeText
                  + " of "
                  + unit
                  + " "
                  + code
                  + " must name the "
                  + unit
                  + " as its parent, got "
                  + JsonCursor.quote(parentText));
        } else {
          notes.add(
              "line "
                  + lines.number()
                  + ": "
                  + codeText
                  + " "
                  + name
                  + " is the padded "
                  + levelName(level)
                  + " row of "
                  + unit
                  + " "
                  + code
                  + ", which has no "
                  + (level == DivisionLevel.COUNTY ? "counties" : "towns")
                  + "; skipped");
        }
        return;
      }
      inFile.add(code);
      if (level != null && level != code.level()) {
        add(
            ProblemKind.LEVEL_MISMATCH,
            col[3],
            "division "
                + codeText
                + " is a "
                + levelName(code.level())
                + " by its code, not a "
                + levelName(level));
      }
      Optional<DivisionCode> expected = code.parent();
      if (expected.isEmpty() && parent != null) {
        add(
            ProblemKind.LEVEL_MISMATCH,
            col[2],
            "division "
                + codeText
                + " is a province and has no parent, got "
                + JsonCursor.quote(parentText));
      } else if (expected.isPresent() && parentText.isEmpty()) {
        add(
            ProblemKind.LEVEL_MISMATCH,
            col[2],
            "the parent code is empty, but the parent of division "
                + codeText
                + " is "
                + expected.get());
      } else if (expected.isPresent() && parent != null && !expected.get().equals(parent)) {
        add(
            ProblemKind.LEVEL_MISMATCH,
            col[2],
            "the parent of division "
                + codeText
                + " is "
                + expected.get()
                + " by its code, not "
                + JsonCursor.quote(parentText));
      }
      Integer first = firstLine.putIfAbsent(code, lines.number());
      if (first != null) {
        add(
            ProblemKind.DUPLICATE_CODE,
            col[0],
            "division code " + code + " appears again (first at line " + first + ")");
      }
      if (problems.count() == problemsBefore) {
        accepted.add(new Accepted(Division.of(code, name), lines.number()));
      }
    }

    private List<String> headerOrder(int[] col) {
      String[] names = new String[COLUMNS.size()];
      for (int c = 0; c < COLUMNS.size(); c++) {
        names[col[c]] = COLUMNS.get(c);
      }
      return List.of(names);
    }

    /**
     * A row the datasets add for a level a unit lacks: its code written at the declared level's
     * length with that level's segment zero, so that it is the unit's own code. A city without
     * counties gets a county row ({@code 441900} for 东莞 4419), a county without towns a town row
     * ({@code 350527000} for 金门县 350527).
     */
    private boolean isPadded(String codeText, DivisionCode code, DivisionLevel level) {
      if (codeText.length() != level.digits()) {
        return false;
      }
      return switch (level) {
        case COUNTY -> code.level() == DivisionLevel.CITY && code.kind() == DivisionKind.CITY;
        case TOWN -> code.level() == DivisionLevel.COUNTY;
        default -> false;
      };
    }

    private void checkParents() {
      int[] col = checkNotNull(column);
      for (Accepted a : accepted) {
        Optional<DivisionCode> parent = a.division().code().parent();
        if (parent.isPresent() && !inFile.contains(parent.get())) {
          problems.add(
              ProblemKind.UNKNOWN_PARENT,
              Location.text(a.line(), col[2] + 1),
              "the parent "
                  + parent.get()
                  + " of division "
                  + a.division().code()
                  + " is not in the file");
        }
      }
    }

    private @Nullable DivisionCode parse(String text, int field) {
      try {
        return DivisionCode.parse(text);
      } catch (InvalidCodeException e) {
        add(
            ProblemKind.MALFORMED_CODE,
            field,
            "invalid code " + JsonCursor.quote(text) + ": " + e.reason());
        return null;
      }
    }

    /** The fields of a line by RFC 4180, or null (and a problem) if the quoting is broken. */
    private @Nullable List<String> fields(String line) {
      return CsvFields.split(
          line,
          COLUMNS.size(),
          (field, message) -> add(ProblemKind.MALFORMED_INPUT, field, message));
    }

    /** Records a problem on the current line, at a field (0-based) or the whole line (-1). */
    private void add(ProblemKind kind, int field, String message) {
      problems.add(kind, Location.text(lines.number(), field + 1), message);
    }
  }

  private static @Nullable DivisionLevel levelNamed(String text) {
    for (DivisionLevel level : DivisionLevel.values()) {
      if (levelName(level).equals(text)) {
        return level;
      }
    }
    return null;
  }

  private static String levelName(DivisionLevel level) {
    return level.name().toLowerCase(Locale.ROOT);
  }
}
