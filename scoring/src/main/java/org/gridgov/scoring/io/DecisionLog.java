package org.gridgov.scoring.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.gridgov.scoring.vote.Decision;
import org.gridgov.scoring.vote.Round;
import org.gridgov.scoring.vote.SanctionEntry;
import org.gridgov.scoring.vote.Sanctions;

/**
 * The published decision log of a count (决定日志), {@code gridgov-vote-decisions/1}: JSON lines, a
 * header naming the round, its fingerprint and the sanctions, then one decision per line in the
 * order the count made them (the documented order). It holds what a recount needs and nothing
 * personal: ballot ids, voter keys, choices, instants and channels, never IP addresses or devices.
 *
 * <pre>{@code
 * {"format":"gridgov-vote-decisions/1","round":"yingkou-2022-1","roundFingerprint":"9c1e…","sanctions":[]}
 * {"ballot":"b-0000001","voter":"3f2a…","choices":["zq-001"],"at":"2022-11-01T01:30:00Z","channel":"wechat","decision":"ACCEPTED"}
 * {"ballot":"b-0000002","voter":"3f2a…","choices":["zq-002"],"at":"2022-11-01T01:30:40Z","channel":"wechat","decision":"REJECTED","reason":"TOO_SOON"}
 * {"ballot":"b-0000417","voter":"77ab…","choices":["lb-017"],"at":"2022-11-03T18:02:11Z","channel":"app","decision":"ACCEPTED","flag":"SUSPECT"}
 * {"line":12,"column":4,"problem":"INVALID_VALUE","decision":"REJECTED","reason":"MALFORMED","detail":"expected an instant …"}
 * }</pre>
 *
 * <p>{@link org.gridgov.scoring.vote.Recount} replays a log; the {@link
 * org.gridgov.scoring.vote.AuditDigest} of the result is recomputed from it.
 */
public final class DecisionLog {
  /** The format's name in the header. */
  public static final String FORMAT = "gridgov-vote-decisions/1";

  private DecisionLog() {}

  /**
   * The reader with the default limits.
   *
   * @return the reader
   */
  public static DecisionLogReader reader() {
    return DecisionLogReader.DEFAULT;
  }

  /**
   * A writer of a round's decisions; it writes the header now.
   *
   * @param out where to write; not closed by the writer
   * @param round the round counted
   * @param sanctions the sanctions the count ran under
   * @return the writer
   * @throws IOException if writing fails
   */
  public static Writing writer(Writer out, Round round, Sanctions sanctions) throws IOException {
    return new Writing(out, round, sanctions);
  }

  /** Writes decisions one per line. Not thread-safe. */
  public static final class Writing {
    private final Writer out;

    private Writing(Writer out, Round round, Sanctions sanctions) throws IOException {
      this.out = checkNotNull(out, "out");
      ObjectNode header = VoteForms.NODES.objectNode();
      header.put("format", FORMAT);
      header.put("round", round.id());
      header.put("roundFingerprint", round.fingerprint());
      ArrayNode list = header.putArray("sanctions");
      for (SanctionEntry e : sanctions.entries()) {
        list.add(VoteForms.sanction(e));
      }
      out.write(VoteJackson.COMPACT.writeValueAsString(header));
      out.write('\n');
    }

    /**
     * Writes a decision.
     *
     * @param d the decision
     * @throws IOException if writing fails
     */
    public void write(Decision d) throws IOException {
      out.write(VoteJackson.COMPACT.writeValueAsString(VoteForms.decision(d)));
      out.write('\n');
    }
  }

  /**
   * The header of a log.
   *
   * @param round the round's id
   * @param roundFingerprint the round's fingerprint
   * @param sanctions the sanctions the count ran under
   */
  public record Header(String round, String roundFingerprint, Sanctions sanctions) {
    /**
     * Checks the fields.
     *
     * @param round the round id
     * @param roundFingerprint the fingerprint
     * @param sanctions the sanctions
     */
    public Header {
      checkNotNull(round, "round");
      checkNotNull(roundFingerprint, "roundFingerprint");
      checkNotNull(sanctions, "sanctions");
    }

    /**
     * Whether this is a log of a round.
     *
     * @param r the round
     * @return true if the id and fingerprint match
     */
    public boolean isOf(Round r) {
      return r.id().equals(round) && r.fingerprint().equals(roundFingerprint);
    }
  }
}
