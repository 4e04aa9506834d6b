package org.gridgov.core.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import org.gridgov.core.AtlasProblem;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.DivisionKind;
import org.gridgov.core.DivisionLevel;
import org.gridgov.core.InvalidAtlasException;
import org.gridgov.core.InvalidCodeException;
import org.gridgov.core.ProblemKind;
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
 * DivisionCsv.Result result = DivisionCsv.standard().read(Path.of("yingkou-2023.csv"));
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
 * <p>Every problem is collected, located as {@code line N, column K} (K counts the fields of the
 * row from 1) or {@code line N} for the row as a whole: a malformed code is {@link
 * ProblemKind#MALFORMED_CODE}; a level or parent code that disagrees with the code {@link
 * ProblemKind#LEVEL_MISMATCH}; a parent that is nowhere in the file {@link
 * ProblemKind#UNKNOWN_PARENT}; a code seen before {@link ProblemKind#DUPLICATE_CODE}; a blank name
 * or unknown level {@link ProblemKind#INVALID_VALUE}; bad quoting, a wrong number of fields, a bad
 * header or bytes that are not UTF-8 {@link ProblemKind#MALFORMED_INPUT}. A line longer than {@link
 * #maxLineLength()} or more rows than {@link #maxRows()} stop the reading with {@link
 * ProblemKind#INPUT_TOO_LARGE}.
 *
 * <p>This class lives in the core package rather than beside the JSON form because it needs no
 * Jackson: the {@code json} package is where Jackson is confined.
 *
 * <p>Reading is one pass, O(size of the input). Instances are immutable and thread-safe.
 */
public final class DivisionCsv {
  /** The default limit on the length of a line: 4,096 characters. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 4096;

  /** The default limit on rows: 2,000,000 (the national file down to villages has ~700,000). */
  public static final int DEFAULT_MAX_ROWS = 2_000_000;

  private static final List<String> COLUMNS = List.of("code", "name", "parentCode", "level");
  private static final DivisionCsv STANDARD =
      new DivisionCsv(DEFAULT_MAX_LINE_LENGTH, DEFAULT_MAX_ROWS);

  private final int maxLineLength;
  private final int maxRows;

  private DivisionCsv(int maxLineLength, int maxRows) {
    this.maxLineLength = maxLineLength;
    this.maxRows = maxRows;
  }

  /**
   * The reader with the default limits.
   *
   * @return the standard reader
   */
  public static DivisionCsv standard() {
    return STANDARD;
  }

  /**
   * A reader with another limit on line length.
   *
   * @param limit characters per line, at least 32
   * @return a reader with that limit
   * @throws IllegalArgumentException if the limit is below 32
   */
  public DivisionCsv withMaxLineLength(int limit) {
    checkArgument(limit >= 32, "the line length limit must be >= 32, got %s", limit);
    return new DivisionCsv(limit, maxRows);
  }

  /**
   * A reader with another limit on the number of rows below the header.
   *
   * @param limit rows, at least 0
   * @return a reader with that limit
   * @throws IllegalArgumentException if the limit is negative
   */
  public DivisionCsv withMaxRows(int limit) {
    checkArgument(limit >= 0, "the row limit must be >= 0, got %s", limit);
    return new DivisionCsv(maxLineLength, limit);
  }

  /**
   * The limit on line length.
   *
   * @return characters
   */
  public int maxLineLength() {
    return maxLineLength;
  }

  /**
   * The limit on rows below the header.
   *
   * @return rows
   */
  public int maxRows() {
    return maxRows;
  }

  /**
   * Reads a UTF-8 file.
   *
   * @param file the file
   * @return the divisions, problems and notes
   * @throws IOException if reading the file fails
   */
  public Result read(Path file) throws IOException {
    checkNotNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads a UTF-8 byte stream to its end; the stream is not closed.
   *
   * @param in the stream
   * @return the divisions, problems and notes
   * @throws IOException if reading the stream fails
   */
  public Result read(InputStream in) throws IOException {
    checkNotNull(in, "in");
    return read(
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  /**
   * Reads a character stream to its end; the stream is not closed.
   *
   * @param in the stream
   * @return the divisions, problems and notes
   * @throws IOException if reading the stream fails
   */
  public Result read(Reader in) throws IOException {
    checkNotNull(in, "in");
    return new Parse(in).run();
  }

  /**
   * Reads CSV text.
   *
   * @param csv the text
   * @return the divisions, problems and notes
   */
  public Result parse(String csv) {
    checkNotNull(csv, "csv");
    try {
      return read(new StringReader(csv));
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a string failed", e);
    }
  }

  @Override
  public String toString() {
    return "DivisionCsv[maxLineLength=" + maxLineLength + ", maxRows=" + maxRows + "]";
  }

  /**
   * What a CSV file held.
   *
   * @param divisions every row without a problem of its own, in file order
   * @param problems every problem, by line; empty if the file is sound
   * @param notes rows skipped on purpose (padded rows), each with its line
   */
  public record Result(List<Division> divisions, List<AtlasProblem> problems, List<String> notes) {

    /**
     * Copies the lists.
     *
     * @param divisions every row without a problem of its own, in file order
     * @param problems every problem, by line
     * @param notes rows skipped on purpose, each with its line
     */
    public Result {
      divisions = List.copyOf(divisions);
      problems = List.copyOf(problems);
      notes = List.copyOf(notes);
    }

    /**
     * Whether any problem was found.
     *
     * @return true if {@link #problems()} is not empty
     */
    public boolean hasProblems() {
      return !problems.isEmpty();
    }

    /**
     * The divisions, if the file had no problems.
     *
     * @return the divisions, in file order
     * @throws InvalidAtlasException listing every problem, if there were any
     */
    public List<Division> divisionsOrThrow() {
      if (hasProblems()) {
        throw new InvalidAtlasException(problems);
      }
      return divisions;
    }

    /**
     * Adds the divisions to an atlas builder, if the file had no problems.
     *
     * @param builder the builder
     * @return the builder
     * @throws InvalidAtlasException listing every problem, if there were any
     */
    @CanIgnoreReturnValue
    public Atlas.Builder addTo(Atlas.Builder builder) {
      checkNotNull(builder, "builder");
      return builder.addDivisions(divisionsOrThrow());
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

  private record Located(int line, AtlasProblem problem) {}

  private record Accepted(Division division, int line) {}

  /** One reading; not thread-safe. */
  private final class Parse {
    private final Lines lines;
    private final List<Located> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Accepted> accepted = new ArrayList<>();
    private final Map<DivisionCode, Integer> firstLine = new HashMap<>();
    private final Set<DivisionCode> inFile = new HashSet<>();
    private int @Nullable [] column; // field index of code, name, parentCode, level
    private int rows;

    Parse(Reader in) {
      this.lines = new Lines(in, maxLineLength);
    }

    Result run() throws IOException {
      try {
        String line;
        while ((line = nextLine()) != null) {
          if (lines.number == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
          }
          if (line.isBlank()) {
            continue;
          }
          List<String> fields = fields(line);
          if (column == null) {
            header(line, fields);
            continue;
          }
          if (++rows > maxRows) {
            add(ProblemKind.INPUT_TOO_LARGE, -1, "more than " + maxRows + " rows below the header");
            throw new Stop();
          }
          if (fields != null) {
            row(fields);
          }
        }
        if (column == null) {
          problems.add(
              new Located(
                  1,
                  new AtlasProblem(
                      ProblemKind.MALFORMED_INPUT,
                      location(1, -1),
                      "empty input: expected the header " + String.join(",", COLUMNS))));
          throw new Stop();
        }
        checkParents();
      } catch (Stop stop) {
        // the problem that stopped the reading is recorded
      }
      List<Located> sorted = new ArrayList<>(problems);
      sorted.sort(Comparator.comparingInt(Located::line));
      return new Result(
          accepted.stream().map(Accepted::division).toList(),
          sorted.stream().map(Located::problem).toList(),
          notes);
    }

    private @Nullable String nextLine() throws IOException, Stop {
      try {
        return lines.next();
      } catch (Lines.TooLong e) {
        add(
            ProblemKind.INPUT_TOO_LARGE,
            -1,
            "a line longer than the limit of " + maxLineLength + " characters");
        throw new Stop();
      } catch (CharacterCodingException e) {
        lines.number++;
        add(
            ProblemKind.MALFORMED_INPUT,
            -1,
            "bytes that are not UTF-8 at or after this line ("
                + e.getClass().getSimpleName()
                + ")");
        throw new Stop();
      }
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
                + quote(line));
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
      int problemsBefore = problems.size();

      DivisionCode code = parse(codeText, col[0]);
      if (name.isBlank()) {
        add(ProblemKind.INVALID_VALUE, col[1], "the name must not be blank, got " + quote(name));
      }
      DivisionLevel level = levelNamed(levelText);
      if (level == null) {
        add(
            ProblemKind.INVALID_VALUE,
            col[3],
            "unknown level "
                + quote(levelText)
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
                  + quote(parentText));
        } else {
          notes.add(
              "line "
                  + lines.number
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
            "division " + codeText + " is a province and has no parent, got " + quote(parentText));
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
                + quote(parentText));
      }
      Integer first = firstLine.putIfAbsent(code, lines.number);
      if (first != null) {
        add(
            ProblemKind.DUPLICATE_CODE,
            col[0],
            "division code " + code + " appears again (first at line " + first + ")");
      }
      if (problems.size() == problemsBefore) {
        accepted.add(new Accepted(new Division(code, name, null), lines.number));
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
              new Located(
                  a.line(),
                  new AtlasProblem(
                      ProblemKind.UNKNOWN_PARENT,
                      location(a.line(), col[2]),
                      "the parent "
                          + parent.get()
                          + " of division "
                          + a.division().code()
                          + " is not in the file")));
        }
      }
    }

    private @Nullable DivisionCode parse(String text, int field) {
      try {
        return DivisionCode.parse(text);
      } catch (InvalidCodeException e) {
        add(ProblemKind.MALFORMED_CODE, field, checkNotNull(e.getMessage()));
        return null;
      }
    }

    /** The fields of a line by RFC 4180, or null (and a problem) if the quoting is broken. */
    private @Nullable List<String> fields(String line) {
      List<String> out = new ArrayList<>(COLUMNS.size());
      StringBuilder quoted = new StringBuilder();
      int length = line.length();
      int i = 0;
      while (true) {
        int field = out.size();
        if (i < length && line.charAt(i) == '"') {
          quoted.setLength(0);
          i++;
          while (true) {
            if (i >= length) {
              add(
                  ProblemKind.MALFORMED_INPUT,
                  field,
                  "the quoted field is not closed on its line (a quoted field cannot span lines)");
              return null;
            }
            char c = line.charAt(i++);
            if (c != '"') {
              quoted.append(c);
            } else if (i < length && line.charAt(i) == '"') {
              quoted.append('"');
              i++;
            } else {
              break;
            }
          }
          out.add(quoted.toString());
          if (i == length) {
            return out;
          }
          if (line.charAt(i) != ',') {
            add(
                ProblemKind.MALFORMED_INPUT,
                field,
                "unexpected "
                    + quote(String.valueOf(line.charAt(i)))
                    + " after the closing quote, at character "
                    + (i + 1));
            return null;
          }
          i++;
        } else {
          int comma = line.indexOf(',', i);
          int end = comma < 0 ? length : comma;
          int quote = line.indexOf('"', i);
          if (quote >= 0 && quote < end) {
            add(
                ProblemKind.MALFORMED_INPUT,
                field,
                "a quote inside an unquoted field, at character "
                    + (quote + 1)
                    + " (quote the whole field and double the quotes inside)");
            return null;
          }
          out.add(line.substring(i, end));
          if (comma < 0) {
            return out;
          }
          i = comma + 1;
        }
      }
    }

    /** Records a problem on the current line, at a field (0-based) or the whole line (-1). */
    private void add(ProblemKind kind, int field, String message) {
      problems.add(
          new Located(
              lines.number, new AtlasProblem(kind, location(lines.number, field), message)));
    }
  }

  private static String location(int line, int field) {
    return field < 0 ? "line " + line : "line " + line + ", column " + (field + 1);
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

  private static String quote(String text) {
    String shown = text.length() <= 80 ? text : text.substring(0, 80) + "…";
    return "\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Lines of at most a given length, ending in LF or CRLF, read in blocks. */
  private static final class Lines {
    /** A line is longer than the limit; the line number is that of the long line. */
    static final class TooLong extends Exception {
      private static final long serialVersionUID = 1L;

      TooLong() {
        super(null, null, false, false);
      }
    }

    private final Reader in;
    private final int max;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int pos;
    private int end;
    int number;

    Lines(Reader in, int max) {
      this.in = in;
      this.max = max;
    }

    @Nullable String next() throws IOException, TooLong {
      line.setLength(0);
      boolean any = false;
      while (true) {
        if (pos >= end) {
          end = in.read(buffer, 0, buffer.length);
          pos = 0;
          if (end <= 0) {
            end = 0;
            if (!any) {
              return null;
            }
            break;
          }
        }
        any = true;
        int start = pos;
        while (pos < end && buffer[pos] != '\n') {
          pos++;
        }
        line.append(buffer, start, pos - start);
        if (line.length() > max + 1) { // + 1 for the CR of a CRLF
          number++;
          throw new TooLong();
        }
        if (pos < end) {
          pos++; // the LF
          break;
        }
      }
      number++;
      int length = line.length();
      if (length > 0 && line.charAt(length - 1) == '\r') {
        line.setLength(length - 1);
      }
      if (line.length() > max) {
        throw new TooLong();
      }
      return line.toString();
    }
  }
}
