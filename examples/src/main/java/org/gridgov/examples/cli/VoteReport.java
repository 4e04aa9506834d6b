package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridgov.scoring.vote.CandidateCount;
import org.gridgov.scoring.vote.Count;
import org.gridgov.scoring.vote.Detector;
import org.gridgov.scoring.vote.Finding;
import org.gridgov.scoring.vote.Quarantine;
import org.gridgov.scoring.vote.RejectionReason;
import org.gridgov.scoring.vote.SanctionEntry;
import org.gridgov.scoring.vote.Standing;
import org.gridgov.scoring.vote.Tie;
import org.gridgov.scoring.vote.VoteResult;

/** The text report of a tally, shared by {@code gridgov tally} and the demo. */
final class VoteReport {
  private VoteReport() {}

  static String n(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  static void print(PrintWriter out, VoteResult result, Quarantine quarantine, int showWinners) {
    Count count = result.count();
    out.println(
        "Received "
            + n(count.totals().received())
            + " ballots: "
            + n(count.totals().accepted())
            + " accepted, "
            + n(count.totals().rejectedTotal())
            + " rejected.");
    TextTable reasons = new TextTable("rejected", "ballots").right(1);
    for (Map.Entry<RejectionReason, Long> e : count.totals().rejected().entrySet()) {
      reasons.row("  " + e.getKey() + " (" + e.getKey().description() + ")", n(e.getValue()));
    }
    reasons.print(out);
    out.println(
        "Accepted per channel (counted together): "
            + String.join(
                ", ",
                count.channels().entrySet().stream()
                    .map(e -> e.getKey() + " " + n(e.getValue()))
                    .toList())
            + ".");
    out.println();
    Map<Detector, long[]> byDetector = new EnumMap<>(Detector.class);
    for (Finding f : quarantine.findings()) {
      long[] c = byDetector.computeIfAbsent(f.detector(), d -> new long[2]);
      c[0]++;
      c[1] += f.ballots();
    }
    out.println(
        "Screening quarantined "
            + n(quarantine.size())
            + " ballots in "
            + n(quarantine.findings().size())
            + " findings:");
    byDetector.forEach(
        (d, c) ->
            out.println(
                "  "
                    + d
                    + " ("
                    + d.flag()
                    + "): "
                    + n(c[0])
                    + " findings, "
                    + n(c[1])
                    + " ballots"));
    List<Finding> top = new ArrayList<>(quarantine.findings());
    top.sort(Comparator.comparingLong(Finding::ballots).reversed().thenComparing(Finding::number));
    if (!top.isEmpty()) {
      out.println("  largest findings:");
      for (Finding f : top.subList(0, Math.min(4, top.size()))) {
        out.println("    #" + f.number() + " " + f.evidence());
      }
    }
    for (SanctionEntry e : result.inputs().sanctions().entries()) {
      CandidateCount line = count.candidate(e.candidate()).orElseThrow();
      out.println(
          "Sanction "
              + (e.revoked() ? "revoked" : "applied")
              + " on "
              + e.decidedOn()
              + ": "
              + e.sanction()
              + " for "
              + e.candidate()
              + " ("
              + e.reason()
              + "); ledger: received "
              + n(line.received())
              + ", accepted "
              + n(line.accepted())
              + ", flagged "
              + n(line.flagged())
              + ", rejected as FLAGGED "
              + n(line.rejected(RejectionReason.FLAGGED))
              + ".");
    }
    out.println();
    List<Standing> winners = result.winners();
    out.println(
        "Winners ("
            + winners.size()
            + " seats"
            + (result.vacantSeats() > 0 ? ", " + result.vacantSeats() + " vacant" : "")
            + (result.isSettled() ? "" : ", NOT SETTLED: a decisive tie is open")
            + "):");
    TextTable table =
        new TextTable("rank", "candidate", "name", "district", "final votes", "panel", "score")
            .right(0, 4, 5, 6);
    for (Standing s : winners.subList(0, Math.min(showWinners, winners.size()))) {
      table.row(
          String.valueOf(s.rank()),
          s.candidate().id(),
          s.candidate().name(),
          s.candidate().district().toString(),
          n(s.finalVotes()),
          s.panelScore().map(p -> p.toPlainString()).orElse("-"),
          s.score().setScale(2, RoundingMode.HALF_EVEN).toPlainString());
    }
    table.print(out);
    if (winners.size() > showWinners) {
      out.println("  … and " + (winners.size() - showWinners) + " more");
    }
    for (Tie t : result.ties()) {
      if (t.decisive()) {
        out.println(
            "Decisive tie at "
                + t.score().setScale(2, RoundingMode.HALF_EVEN).toPlainString()
                + " between "
                + String.join(", ", t.candidates())
                + ": "
                + (t.settled() ? "settled, " + t.explanation() : "open"));
      }
    }
    long ties = result.ties().size();
    if (ties > 0) {
      out.println("Ties reported: " + ties + " (decisive or not, each with how it was ordered).");
    }
    result.notes().forEach(note -> out.println("Note: " + note));
    out.println();
    out.println("Digest (publish with the result): " + result.digest());
  }
}
