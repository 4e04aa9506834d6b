package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import org.gridgov.samples.VoteSample;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.Finding;
import org.gridgov.scoring.vote.FlagKind;
import org.gridgov.scoring.vote.Quarantine;
import org.gridgov.scoring.vote.ResultInputs;
import org.gridgov.scoring.vote.Round;
import org.gridgov.scoring.vote.Sanction;
import org.gridgov.scoring.vote.Sanctions;
import org.gridgov.scoring.vote.Screening;
import org.gridgov.scoring.vote.Standing;
import org.gridgov.scoring.vote.VoteCounter;
import org.gridgov.scoring.vote.VoteResult;

/**
 * The vote part of {@code gridgov demo}: the synthetic 60-day 营口 round ({@link VoteSample}), about
 * a million ballots generated on the fly and read twice, never held in memory: once to screen, once
 * to count (as the committee decided, and without its sanction, side by side).
 */
public final class VoteDemo {
  private VoteDemo() {}

  /**
   * Prints the demo.
   *
   * @param out where to print
   */
  public static void print(PrintWriter out) {
    VoteSample sample = VoteSample.of(VoteSample.SEED);
    Round round = sample.round();
    out.println(
        "Public vote (最美网格员评选), synthetic round "
            + round.id()
            + ": "
            + round.candidates().size()
            + " candidates in the six districts of 营口, "
            + round.days()
            + " days from "
            + round.date(0)
            + " ("
            + round.zone()
            + "),");
    out.println(
        round.seats().seats()
            + " seats with 2 to 6 per district; 5 votes a day, 1 per candidate, a minute apart,"
            + " 10 per IP address per 10 minutes; score 40 % votes, 60 % panel.");
    out.println();
    Screening screening = Screening.start(round, Duration.ZERO);
    for (Iterator<Ballot> it = sample.ballots(); it.hasNext(); ) {
      screening.accept(it.next());
    }
    Quarantine quarantine = screening.finish();
    // the committee looks at the suspect findings and removes the flagged votes of the candidate
    // they favour (逐票剔除)
    Sanctions sanctions = Sanctions.none();
    String favoured = null;
    long most = 0;
    for (Finding f : quarantine.findings()) {
      if (f.kind() == FlagKind.SUSPECT
          && f.topCandidate().isPresent()
          && f.topCandidateBallots() > most) {
        favoured = f.topCandidate().get();
        most = f.topCandidateBallots();
      }
    }
    if (favoured != null) {
      sanctions =
          sanctions.apply(
              favoured,
              Sanction.REMOVE_FLAGGED_VOTES,
              LocalDate.of(2022, 12, 31),
              "bursts, shared devices and a surge in the screening findings");
    }
    // one pass, two counts: as decided, and as it would stand without the sanction
    VoteCounter counter =
        VoteCounter.start(round, quarantine, sanctions, Duration.ZERO, decision -> {});
    VoteCounter unsanctioned =
        VoteCounter.start(round, quarantine, Sanctions.none(), Duration.ZERO, decision -> {});
    for (Iterator<Ballot> it = sample.ballots(); it.hasNext(); ) {
      Ballot b = it.next();
      counter.accept(b);
      unsanctioned.accept(b);
    }
    ResultInputs inputs =
        ResultInputs.none().withPanel(sample.panel()).withDrawSeed(VoteSample.DRAW_SEED);
    VoteResult result = VoteResult.of(round, counter.finish(), inputs.withSanctions(sanctions));
    VoteReport.print(out, result, quarantine, 20);
    if (favoured != null) {
      Standing before =
          VoteResult.of(round, unsanctioned.finish(), inputs).standing(favoured).orElseThrow();
      Standing after = result.standing(favoured).orElseThrow();
      out.println(
          "Without the sanction "
              + favoured
              + " would rank #"
              + before.rank()
              + " with "
              + VoteReport.n(before.finalVotes())
              + " votes ("
              + (before.isElected() ? "a seat" : "no seat")
              + "); with it, #"
              + after.rank()
              + " with "
              + VoteReport.n(after.finalVotes())
              + " ("
              + (after.isElected() ? "a seat" : "no seat")
              + ").");
    }
  }
}
