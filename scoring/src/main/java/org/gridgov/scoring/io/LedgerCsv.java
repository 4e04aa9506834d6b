package org.gridgov.scoring.io;

import java.io.IOException;
import java.io.Writer;
import org.gridgov.scoring.vote.RejectionReason;
import org.gridgov.scoring.vote.Standing;
import org.gridgov.scoring.vote.VoteResult;

/**
 * The ledger of a result as CSV (计票台账), one line per candidate in rank order: {@code
 * rank,candidate,name,district,status,received,accepted}, one column per rejection reason, then
 * {@code flagged,final,score}. received = accepted + the rejection columns on every line.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("ledger.csv"))) {
 *   LedgerCsv.write(result, out);
 * }
 * }</pre>
 */
public final class LedgerCsv {
  private LedgerCsv() {}

  /**
   * Writes the ledger; the writer is not closed.
   *
   * @param result the result
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void write(VoteResult result, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder("rank,candidate,name,district,status,received,accepted");
    for (RejectionReason r : RejectionReason.values()) {
      sb.append(',').append(r.name());
    }
    sb.append(",flagged,final,score\n");
    out.write(sb.toString());
    for (Standing s : result.standings()) {
      sb.setLength(0);
      sb.append(s.rank())
          .append(',')
          .append(s.candidate().id())
          .append(',')
          .append(Csv.quote(s.candidate().name()))
          .append(',')
          .append(s.candidate().district())
          .append(',')
          .append(s.status())
          .append(',')
          .append(s.count().received())
          .append(',')
          .append(s.count().accepted());
      for (RejectionReason r : RejectionReason.values()) {
        sb.append(',').append(s.count().rejected(r));
      }
      sb.append(',')
          .append(s.count().flagged())
          .append(',')
          .append(s.finalVotes())
          .append(',')
          .append(s.score().toPlainString())
          .append('\n');
      out.write(sb.toString());
    }
  }
}
