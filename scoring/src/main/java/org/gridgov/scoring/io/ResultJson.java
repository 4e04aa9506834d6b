package org.gridgov.scoring.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.gridgov.scoring.vote.Finding;
import org.gridgov.scoring.vote.Quarantine;
import org.gridgov.scoring.vote.SanctionEntry;
import org.gridgov.scoring.vote.Standing;
import org.gridgov.scoring.vote.Tie;
import org.gridgov.scoring.vote.VoteResult;

/**
 * The published result of a round as JSON, {@code gridgov-vote-result/1} (公示): the digest, the draw
 * seed, totals and rejections by reason, counted ballots per channel, the winners, every
 * candidate's ledger line and standing, the ties and how they were settled, seat notes, the
 * sanctions and, when given, the screening findings (the evidence, without IP addresses of
 * individual ballots).
 *
 * <pre>{@code
 * Files.writeString(Path.of("result.json"), ResultJson.write(result, quarantine));
 * }</pre>
 *
 * <p>Scores are exact decimals; a standing's {@code rank} is 0 for a disqualified candidate.
 */
public final class ResultJson {
  /** The format's name. */
  public static final String FORMAT = "gridgov-vote-result/1";

  private static final ObjectMapper PRETTY =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ResultJson() {}

  /**
   * The result as JSON, indented.
   *
   * @param result the result
   * @return the JSON text
   */
  public static String write(VoteResult result) {
    return text(tree(checkNotNull(result, "result")));
  }

  /**
   * The result with the screening findings as JSON, indented.
   *
   * @param result the result
   * @param quarantine the screening's flags and findings
   * @return the JSON text
   */
  public static String write(VoteResult result, Quarantine quarantine) {
    ObjectNode o = tree(checkNotNull(result, "result"));
    ObjectNode q = o.putObject("quarantine");
    q.put("flaggedBallots", quarantine.size());
    ArrayNode findings = q.putArray("findings");
    for (Finding f : quarantine.findings()) {
      findings.add(VoteForms.finding(f));
    }
    return text(o);
  }

  /**
   * Writes the result as JSON; the writer is not closed.
   *
   * @param result the result
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void write(VoteResult result, Writer out) throws IOException {
    out.write(write(result));
  }

  private static String text(ObjectNode o) {
    try {
      return PRETTY.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode tree(VoteResult r) {
    ObjectNode o = VoteForms.NODES.objectNode();
    o.put("format", FORMAT);
    o.put("round", r.round());
    o.put("roundFingerprint", r.count().roundFingerprint());
    o.put("digest", r.digest().hex());
    o.put("settled", r.isSettled());
    r.drawSeed().ifPresent(s -> o.put("drawSeed", s));
    ObjectNode totals = o.putObject("totals");
    totals.put("received", r.count().totals().received());
    totals.put("accepted", r.count().totals().accepted());
    totals.set("rejected", VoteForms.rejections(r.count().totals().rejected()));
    ObjectNode channels = o.putObject("channels");
    r.count().channels().forEach(channels::put);
    ArrayNode winners = o.putArray("winners");
    r.winners().forEach(s -> winners.add(s.candidate().id()));
    o.put("vacantSeats", r.vacantSeats());
    ArrayNode standings = o.putArray("standings");
    for (Standing s : r.standings()) {
      ObjectNode n = standings.addObject();
      n.put("rank", s.rank());
      n.put("candidate", s.candidate().id());
      n.put("name", s.candidate().name());
      n.put("district", s.candidate().district().toString());
      n.put("grid", s.candidate().grid().toString());
      n.put("status", s.status().name());
      n.put("received", s.count().received());
      n.put("accepted", s.count().accepted());
      n.set("rejected", VoteForms.rejections(s.count().rejected()));
      n.put("flagged", s.count().flagged());
      n.put("final", s.finalVotes());
      n.put("onlinePoints", s.onlinePoints());
      s.panelScore().ifPresent(p -> n.put("panelScore", p));
      n.put("score", s.score());
    }
    ArrayNode ties = o.putArray("ties");
    for (Tie t : r.ties()) {
      ObjectNode n = ties.addObject();
      ArrayNode c = n.putArray("candidates");
      t.candidates().forEach(c::add);
      n.put("score", t.score());
      ArrayNode order = n.putArray("order");
      t.order().forEach(order::add);
      ArrayNode steps = n.putArray("steps");
      t.steps().forEach(st -> steps.add(st.name()));
      n.put("settled", t.settled());
      n.put("decisive", t.decisive());
      n.put("explanation", t.explanation());
    }
    ArrayNode notes = o.putArray("notes");
    r.notes().forEach(notes::add);
    ArrayNode sanctions = o.putArray("sanctions");
    for (SanctionEntry e : r.inputs().sanctions().entries()) {
      sanctions.add(VoteForms.sanction(e));
    }
    return o;
  }
}
