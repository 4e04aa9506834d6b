package org.gridgov.scoring.io;

import java.io.IOException;
import java.io.Writer;

/**
 * Ballots as CSV, the form vote platforms export: a header naming the columns, then one ballot per
 * line. Read it as a stream ({@link BallotCsvReader#forEach}), never all in memory.
 *
 * <pre>{@code
 * id,voter,choices,at,channel,ip,device
 * b-0000001,3f2a9c0d41e87b6655aa01c2e9d4f870,zq-001,2022-11-01T09:30:00+08:00,wechat,10.8.0.17,dev-7f3a
 * b-0000002,81c07d1e5b2a4f0c9d3e6a7b8c9d0e1f,zq-001;bq-014,2022-11-01T09:31:12.250Z,app,,
 * }</pre>
 *
 * <p>The form, as the reader takes it:
 *
 * <ul>
 *   <li>UTF-8, with or without a byte order mark; lines end with LF, CRLF or CR; blank lines are
 *       skipped.
 *   <li>The first non-blank line is the header: the columns {@code id}, {@code voter}, {@code
 *       choices}, {@code at}, {@code channel} and optionally {@code ip} and {@code device}, in any
 *       order. A missing, unknown or repeated column refuses the file ({@link
 *       InvalidBallotFileException}): an unknown column is more likely a mistake than data to
 *       ignore.
 *   <li>Fields follow RFC 4180 within one line: bare, or quoted with {@code ""} for a quote.
 *   <li>{@code id}: 1 to 64 ASCII letters, digits, {@code . _ : -}. {@code voter}: a voter key of
 *       32 hex digits. {@code choices}: candidate ids separated by {@code ;}. {@code at}: {@code
 *       yyyy-MM-ddTHH:mm:ss}, optionally a fraction of up to 9 digits, then {@code Z} or an offset
 *       {@code +HH:MM}. {@code channel}: an id. {@code ip}, {@code device}: empty, or 1 to 128
 *       characters without control characters.
 * </ul>
 *
 * <p>A line that breaks the form is not a failure of the file: it becomes a {@link
 * org.gridgov.scoring.vote.MalformedBallot} at {@code line N, column K} (K counts the fields from
 * 1), which a count rejects as {@code MALFORMED}; bytes that are not UTF-8 and lines longer than
 * the limit are such lines too. So every line after the header is one submission.
 */
public final class BallotCsv {
  /** The columns a header must have. */
  public static final java.util.List<String> REQUIRED_COLUMNS =
      java.util.List.of("id", "voter", "choices", "at", "channel");

  /** The columns a header may have besides. */
  public static final java.util.List<String> OPTIONAL_COLUMNS = java.util.List.of("ip", "device");

  private BallotCsv() {}

  /**
   * The reader with the default limits: no limit on the input's length or rows, lines of at most
   * 4,096 characters.
   *
   * @return the reader
   */
  public static BallotCsvReader reader() {
    return BallotCsvReader.DEFAULT;
  }

  /**
   * A writer of ballots as CSV with all seven columns; it writes the header now.
   *
   * @param out where to write; not closed by the writer
   * @return the writer
   * @throws IOException if writing fails
   */
  public static BallotCsvWriter writer(Writer out) throws IOException {
    return new BallotCsvWriter(out);
  }
}
