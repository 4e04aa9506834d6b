package org.gridgov.scoring.io;

import static com.google.common.base.Preconditions.checkNotNull;
import static java.nio.charset.StandardCharsets.ISO_8859_1;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.FormatReader;
import org.gridgov.core.io.ReadLimits;
import org.gridgov.core.io.internal.JsonCursor;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.MalformedBallot;
import org.gridgov.scoring.vote.Submission;
import org.gridgov.scoring.vote.VoteRules;
import org.gridgov.scoring.vote.VoterKey;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@link BallotCsv} files: as a stream with {@code forEach}, one {@link Submission} per line
 * after the header (a {@link Ballot}, or a {@link MalformedBallot} for a line that is not one), or
 * whole into a list with {@code read} for small inputs. Only a bad header or input beyond the
 * limits refuses the file ({@link InvalidBallotFileException}). Immutable and thread-safe.
 *
 * <pre>{@code
 * long n = BallotCsv.reader().forEach(Path.of("ballots.csv"), counter::accept);
 * }</pre>
 *
 * <p>Limits: {@link ReadLimits#maxInputLength()} bytes (or characters), {@link
 * ReadLimits#maxStringLength()} characters per line (a longer line is a malformed ballot), {@link
 * ReadLimits#maxElements()} lines after the header. One pass, O(1) memory besides the line. Lines
 * of ASCII bytes are read from the bytes without an intermediate string, each repeated candidate or
 * channel id made into a string once.
 */
public final class BallotCsvReader implements FormatReader<List<Submission>> {
  /** No limit on length or rows, lines of at most 4,096 characters, 1,000 problems. */
  public static final ReadLimits DEFAULT_LIMITS =
      new ReadLimits(Long.MAX_VALUE, 32, 4096, Integer.MAX_VALUE, ReadLimits.DEFAULT_MAX_PROBLEMS);

  static final BallotCsvReader DEFAULT = new BallotCsvReader(DEFAULT_LIMITS);
  private static final List<String> COLUMNS =
      List.of("id", "voter", "choices", "at", "channel", "ip", "device");

  /** Hex digits' values by ASCII code, -1 for other characters. */
  private static final int[] HEX = new int[128];

  static {
    Arrays.fill(HEX, -1);
    for (int c = 0; c < 10; c++) {
      HEX['0' + c] = c;
    }
    for (int c = 0; c < 6; c++) {
      HEX['a' + c] = 10 + c;
      HEX['A' + c] = 10 + c;
    }
  }

  private final ReadLimits limits;

  private BallotCsvReader(ReadLimits limits) {
    this.limits = limits;
  }

  @Override
  public ReadLimits limits() {
    return limits;
  }

  @Override
  public BallotCsvReader withLimits(ReadLimits newLimits) {
    return new BallotCsvReader(checkNotNull(newLimits, "limits"));
  }

  private Streaming<Submission> streaming() {
    return new Streaming<>(limits, (sink, source) -> new Rows(sink, source));
  }

  /**
   * Streams the submissions of a file, located in the file.
   *
   * @param file the file
   * @param sink receives each submission in file order
   * @return the number of submissions
   * @throws InvalidBallotFileException for a bad header or input beyond the limits
   * @throws IOException if reading fails
   */
  @CanIgnoreReturnValue
  public long forEach(Path file, Consumer<? super Submission> sink) throws IOException {
    return streaming().forEach(file, sink);
  }

  /**
   * Streams the submissions of UTF-8 bytes; the stream is not closed.
   *
   * @param in the bytes
   * @param sink receives each submission
   * @return the number of submissions
   * @throws InvalidBallotFileException for a bad header or input beyond the limits
   * @throws IOException if reading fails
   */
  @CanIgnoreReturnValue
  public long forEach(InputStream in, Consumer<? super Submission> sink) throws IOException {
    return streaming().forEach(in, sink);
  }

  /**
   * Streams the submissions of characters; the reader is not closed.
   *
   * @param in the characters
   * @param sink receives each submission
   * @return the number of submissions
   * @throws InvalidBallotFileException for a bad header or input beyond the limits
   * @throws IOException if reading fails
   */
  @CanIgnoreReturnValue
  public long forEach(Reader in, Consumer<? super Submission> sink) throws IOException {
    return streaming().forEach(in, sink);
  }

  /**
   * Streams the submissions of a text.
   *
   * @param text the text
   * @param sink receives each submission
   * @return the number of submissions
   * @throws InvalidBallotFileException for a bad header or input beyond the limits
   */
  @CanIgnoreReturnValue
  public long forEach(String text, Consumer<? super Submission> sink) {
    return streaming().forEach(text, sink);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidBallotFileException for a bad header or input beyond the limits
   */
  @Override
  public List<Submission> read(String text) {
    return streaming().read(text);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidBallotFileException for a bad header or input beyond the limits
   */
  @Override
  public List<Submission> read(Reader in) throws IOException {
    return streaming().read(in);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidBallotFileException for a bad header or input beyond the limits
   */
  @Override
  public List<Submission> read(InputStream in) throws IOException {
    return streaming().read(in);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidBallotFileException for a bad header or input beyond the limits
   */
  @Override
  public List<Submission> read(Path file) throws IOException {
    return streaming().read(file);
  }

  /** The header and rows of one reading. */
  private final class Rows extends Streaming.Rows<Submission> {
    private int @Nullable [] positions;
    private int fields;
    private final List<String> values = new ArrayList<>(8);
    // the fast path's field bounds and repeated strings
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private final AsciiInterner ids = new AsciiInterner(t -> Ballot.problemWithId(t).isEmpty());

    Rows(Consumer<? super Submission> sink, @Nullable String source) {
      super(sink, source, limits, p -> new InvalidBallotFileException(p, 0));
    }

    @Override
    void end() {
      if (positions == null) {
        throw refuse(
            ProblemKind.MISSING_FIELD,
            Location.line(1),
            "no header: expected a line naming the columns " + String.join(",", COLUMNS));
      }
    }

    @Override
    public void bad(Problem problem) {
      if (positions == null) {
        throw new InvalidBallotFileException(List.of(locate(problem)), 0);
      }
      emit(new MalformedBallot(locate(problem)), lineOf(problem));
    }

    @Override
    public void line(String text, int number) {
      if (text.isBlank()) {
        return;
      }
      if (positions == null) {
        header(text, number);
        return;
      }
      emit(row(text, number), number);
    }

    /**
     * The fast path: a line of ASCII bytes without quotes and with the header's number of fields
     * whose every field is valid becomes a ballot read from the bytes, with one string per repeated
     * candidate or channel id; any other line goes to {@link #line}, which reports what is wrong
     * where. O(n) for n bytes.
     */
    @Override
    public boolean ascii(byte[] b, int from, int length, int number) {
      int[] col = positions;
      if (col == null) {
        return false;
      }
      if (starts.length < fields) {
        starts = new int[fields];
        ends = new int[fields];
      }
      int to = from + length;
      int f = 0;
      int start = from;
      for (int i = from; i < to; i++) {
        byte c = b[i];
        if (c == ',') {
          if (f == fields - 1) {
            return false;
          }
          starts[f] = start;
          ends[f++] = i;
          start = i + 1;
        } else if (c == '"') {
          return false;
        }
      }
      if (f != fields - 1) {
        return false;
      }
      starts[f] = start;
      ends[f] = to;
      Ballot ballot = ballot(b, col);
      if (ballot == null) {
        return false;
      }
      emit(ballot, number);
      return true;
    }

    /**
     * The ballot of a line split by {@link #ascii}, or null if any field is not valid. The ballot's
     * constructor checks the id, candidate and channel ids and the tags.
     */
    private @Nullable Ballot ballot(byte[] b, int[] col) {
      int v = starts[col[1]];
      if (ends[col[1]] - v != VoterKey.TEXT_LENGTH) {
        return null;
      }
      long high = 0;
      long low = 0;
      int bad = 0;
      for (int i = 0; i < 16; i++) {
        int h = HEX[b[v + i]];
        int l = HEX[b[v + 16 + i]];
        bad |= h | l;
        high = (high << 4) | (h & 0xf);
        low = (low << 4) | (l & 0xf);
      }
      if (bad < 0) {
        return null;
      }
      List<String> choices = choices(b, starts[col[2]], ends[col[2]]);
      Instant when = Timestamps.parse(b, starts[col[3]], ends[col[3]]);
      String channel = ids.get(b, starts[col[4]], ends[col[4]]);
      if (choices == null || when == null || channel == null) {
        return null;
      }
      try {
        return new Ballot(
            text(b, col[0]),
            VoterKey.of(high, low),
            choices,
            when,
            channel,
            tag(b, col[5]),
            tag(b, col[6]));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    private String text(byte[] b, int column) {
      return new String(b, starts[column], ends[column] - starts[column], ISO_8859_1);
    }

    /** The candidate ids separated by {@code ;}, or null if one is not valid or named twice. */
    private @Nullable List<String> choices(byte[] b, int from, int to) {
      int start = from;
      String first = null;
      List<String> more = null;
      for (int i = from; i <= to; i++) {
        if (i < to && b[i] != ';') {
          continue;
        }
        String choice = ids.get(b, start, i);
        if (choice == null) {
          return null;
        }
        if (first == null) {
          first = choice;
        } else {
          if (more == null) {
            more = new ArrayList<>(4);
            more.add(first);
          }
          if (more.contains(choice) || more.size() == VoteRules.MAX_VOTES_PER_DAY) {
            return null;
          }
          more.add(choice);
        }
        start = i + 1;
      }
      return more != null ? more : first != null ? List.of(first) : null;
    }

    /** An optional column's IP address or device id, empty if absent or empty. */
    private Optional<String> tag(byte[] b, int column) {
      return column < 0 || ends[column] == starts[column]
          ? Optional.empty()
          : Optional.of(text(b, column));
    }

    private void header(String text, int number) {
      int broken = Csv.split(text, values);
      if (broken > 0) {
        throw refuse(
            ProblemKind.MALFORMED_INPUT,
            Location.text(number, broken),
            "the header's field " + broken + " is not quoted properly");
      }
      int[] position = new int[COLUMNS.size()];
      Arrays.fill(position, -1);
      List<Problem> problems = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        String name = values.get(i).strip();
        int c = COLUMNS.indexOf(name);
        Location where = Location.text(number, i + 1);
        if (c < 0) {
          problems.add(
              new Problem(
                  ProblemKind.MALFORMED_INPUT,
                  at(where),
                  "unknown column "
                      + JsonCursor.quote(name)
                      + ", expected "
                      + String.join(", ", COLUMNS)));
        } else if (position[c] >= 0) {
          problems.add(
              new Problem(
                  ProblemKind.MALFORMED_INPUT, at(where), "column " + name + " appears twice"));
        } else {
          position[c] = i;
        }
      }
      for (String required : BallotCsv.REQUIRED_COLUMNS) {
        if (position[COLUMNS.indexOf(required)] < 0) {
          Location where = Location.line(number);
          problems.add(
              new Problem(
                  ProblemKind.MISSING_FIELD, at(where), "the header has no column " + required));
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidBallotFileException(problems, 0);
      }
      positions = position;
      fields = values.size();
    }

    private Submission row(String text, int number) {
      int broken = Csv.split(text, values);
      if (broken > 0) {
        return malformed(
            ProblemKind.MALFORMED_INPUT,
            number,
            broken,
            "field " + broken + " is not quoted properly");
      }
      if (values.size() != fields) {
        return malformed(
            ProblemKind.MALFORMED_INPUT,
            number,
            0,
            "expected " + fields + " fields as in the header, got " + values.size());
      }
      int[] col = checkNotNull(positions);
      String id = values.get(col[0]);
      Optional<String> bad = Ballot.problemWithId(id);
      if (bad.isPresent()) {
        return malformed(ProblemKind.INVALID_VALUE, number, col[0] + 1, "ballot id: " + bad.get());
      }
      String voterText = values.get(col[1]);
      if (!VoterKey.isKey(voterText)) {
        return malformed(
            ProblemKind.INVALID_VALUE,
            number,
            col[1] + 1,
            "a voter key is 32 hex digits, got " + JsonCursor.quote(voterText));
      }
      String choiceText = values.get(col[2]);
      List<String> choices = new ArrayList<>(1);
      for (int from = 0; ; ) {
        int semi = choiceText.indexOf(';', from);
        String choice = semi < 0 ? choiceText.substring(from) : choiceText.substring(from, semi);
        Optional<String> badChoice = Ballot.problemWithId(choice);
        if (badChoice.isPresent()) {
          return malformed(
              ProblemKind.INVALID_VALUE, number, col[2] + 1, "candidate id: " + badChoice.get());
        }
        if (choices.contains(choice)) {
          return malformed(
              ProblemKind.INVALID_VALUE,
              number,
              col[2] + 1,
              "candidate " + choice + " is named twice");
        }
        choices.add(choice);
        if (choices.size() > VoteRules.MAX_VOTES_PER_DAY) {
          return malformed(
              ProblemKind.INVALID_VALUE,
              number,
              col[2] + 1,
              "more than " + VoteRules.MAX_VOTES_PER_DAY + " choices");
        }
        if (semi < 0) {
          break;
        }
        from = semi + 1;
      }
      String atText = values.get(col[3]);
      Instant when = Timestamps.parse(atText);
      if (when == null) {
        return malformed(
            ProblemKind.INVALID_VALUE,
            number,
            col[3] + 1,
            "expected an instant such as 2022-11-01T09:30:00+08:00, got "
                + JsonCursor.quote(atText));
      }
      String channel = values.get(col[4]);
      Optional<String> badChannel = Ballot.problemWithId(channel);
      if (badChannel.isPresent()) {
        return malformed(
            ProblemKind.INVALID_VALUE, number, col[4] + 1, "channel: " + badChannel.get());
      }
      Optional<String> ip = Optional.empty();
      Optional<String> device = Optional.empty();
      for (int k = 5; k <= 6; k++) {
        if (col[k] < 0 || values.get(col[k]).isEmpty()) {
          continue;
        }
        String tag = values.get(col[k]);
        Optional<String> badTag = Ballot.problemWithTag(tag);
        if (badTag.isPresent()) {
          return malformed(ProblemKind.INVALID_VALUE, number, col[k] + 1, badTag.get());
        }
        if (k == 5) {
          ip = Optional.of(tag);
        } else {
          device = Optional.of(tag);
        }
      }
      try {
        return new Ballot(id, VoterKey.parse(voterText), choices, when, channel, ip, device);
      } catch (IllegalArgumentException e) {
        return malformed(ProblemKind.INVALID_VALUE, number, 0, String.valueOf(e.getMessage()));
      }
    }

    private MalformedBallot malformed(ProblemKind kind, int line, int column, String message) {
      return MalformedBallot.of(kind, at(Location.text(line, column)), message);
    }
  }
}
