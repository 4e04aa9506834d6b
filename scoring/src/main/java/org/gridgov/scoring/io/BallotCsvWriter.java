package org.gridgov.scoring.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.Writer;
import org.gridgov.scoring.vote.Ballot;

/**
 * Writes ballots as {@link BallotCsv} lines, one at a time; instants in UTC ({@code Z}). Not
 * thread-safe; the underlying writer is not closed.
 */
public final class BallotCsvWriter {
  private final Writer out;
  private final StringBuilder line = new StringBuilder(160);

  BallotCsvWriter(Writer out) throws IOException {
    this.out = checkNotNull(out, "out");
    out.write("id,voter,choices,at,channel,ip,device\n");
  }

  /**
   * Writes a ballot.
   *
   * @param b the ballot
   * @throws IOException if writing fails
   */
  public void write(Ballot b) throws IOException {
    line.setLength(0);
    line.append(b.id()).append(',').append(b.voter()).append(',');
    for (int i = 0; i < b.choices().size(); i++) {
      line.append(i == 0 ? "" : ";").append(b.choices().get(i));
    }
    line.append(',').append(b.at()).append(',').append(b.channel()).append(',');
    b.ip().ifPresent(v -> line.append(Csv.quote(v)));
    line.append(',');
    b.device().ifPresent(v -> line.append(Csv.quote(v)));
    line.append('\n');
    out.append(line);
  }
}
