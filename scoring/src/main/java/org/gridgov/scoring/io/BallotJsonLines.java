package org.gridgov.scoring.io;

import java.io.IOException;
import java.io.Writer;

/**
 * Ballots as JSON lines: one object per line, the same fields as {@link BallotCsv} with {@code
 * choices} an array. Read it as a stream ({@link BallotJsonLinesReader#forEach}), never all in
 * memory.
 *
 * <pre>{@code
 * {"id":"b-0000001","voter":"3f2a9c0d41e87b6655aa01c2e9d4f870","choices":["zq-001"],"at":"2022-11-01T09:30:00+08:00","channel":"wechat","ip":"10.8.0.17","device":"dev-7f3a"}
 * {"id":"b-0000002","voter":"81c07d1e5b2a4f0c9d3e6a7b8c9d0e1f","choices":["zq-001","bq-014"],"at":"2022-11-01T01:31:12.25Z","channel":"app"}
 * }</pre>
 *
 * <p>UTF-8, lines ending with LF, CRLF or CR, blank lines skipped. {@code ip} and {@code device}
 * may be left out; unknown fields are problems. A line that is not a ballot becomes a {@link
 * org.gridgov.scoring.vote.MalformedBallot} at its JSON path and line, which a count rejects as
 * {@code MALFORMED}; only input beyond the limits refuses the file.
 */
public final class BallotJsonLines {
  private BallotJsonLines() {}

  /**
   * The reader with the default limits: no limit on the input's length or rows, lines of at most
   * 4,096 characters.
   *
   * @return the reader
   */
  public static BallotJsonLinesReader reader() {
    return BallotJsonLinesReader.DEFAULT;
  }

  /**
   * A writer of ballots as JSON lines.
   *
   * @param out where to write; not closed by the writer
   * @return the writer
   */
  public static BallotJsonLinesWriter writer(Writer out) {
    return new BallotJsonLinesWriter(out);
  }

  /** Writes ballots one per line. Not thread-safe. */
  public static final class BallotJsonLinesWriter {
    private final Writer out;

    BallotJsonLinesWriter(Writer out) {
      this.out = out;
    }

    /**
     * Writes a ballot.
     *
     * @param b the ballot
     * @throws IOException if writing fails
     */
    public void write(org.gridgov.scoring.vote.Ballot b) throws IOException {
      out.write(VoteJackson.COMPACT.writeValueAsString(VoteForms.ballot(b)));
      out.write('\n');
    }
  }
}
