package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.gridgov.samples.SyntheticAssessments;
import org.gridgov.scoring.io.BundledRubrics;
import org.gridgov.scoring.rating.Assessment;
import org.gridgov.scoring.rating.History;
import org.gridgov.scoring.rating.Rating;
import org.gridgov.scoring.rating.RatingRound;
import org.gridgov.scoring.rating.RoundEntry;
import org.gridgov.scoring.rating.RoundResult;
import org.gridgov.scoring.rating.Rubric;
import org.gridgov.scoring.rating.Shortfall;

/**
 * The star-rating part of {@code gridgov demo}: two rounds of a synthetic batch of two-new
 * organisations under the bundled default rubric, the second round's distribution, and one
 * organisation's full explanation: why not four stars.
 */
public final class RatingDemo {
  /** Organisations in the demo batch: modest, so that the demo stays quick. */
  static final int ORGANISATIONS = 240;

  private RatingDemo() {}

  /**
   * Prints the demo.
   *
   * @param out where to print
   */
  public static void print(PrintWriter out) {
    Rubric rubric = BundledRubrics.twoNew();
    List<Assessment> y2022 = SyntheticAssessments.generate(rubric, ORGANISATIONS, 2022L, 0);
    List<Assessment> y2023 = SyntheticAssessments.generate(rubric, ORGANISATIONS, 2022L, 1);
    RoundResult first = RatingRound.of(rubric, "2022").rate(y2022);
    RoundResult round =
        RatingRound.of(rubric, "2023").withPrevious(History.empty().plus(first)).rate(y2023);
    out.println(
        "Star rating (评星定级): "
            + ORGANISATIONS
            + " synthetic two-new organisations, rounds 2022 and 2023, under the bundled");
    out.println(
        "rubric "
            + rubric.id()
            + " (5 aspects, 30 items; an example modelled on published rubrics). 2023:");
    out.println();
    RatingText.summary(out, round);
    Optional<RoundEntry> pick = whyNotFour(round);
    if (pick.isPresent()) {
      out.println();
      out.println("Why not four stars?");
      Rating rating = round.explain(pick.get().organisationId()).orElseThrow();
      RatingText.explain(out, rating, pick.get());
    }
  }

  /**
   * An organisation held at three stars though its score earns four or more, by a veto or gate in
   * the way, that also lost points on several items: the fullest "why not four stars".
   */
  static Optional<RoundEntry> whyNotFour(RoundResult round) {
    RoundEntry fallback = null;
    for (RoundEntry e : round.entries()) {
      if (e.stars() != 3 || e.tier() == org.gridgov.scoring.rating.Tier.UNRATED) {
        continue;
      }
      Rating r = round.explain(e.organisationId()).orElseThrow();
      Optional<Shortfall> four = r.whyNot(4);
      if (four.isEmpty()) {
        continue;
      }
      if (!four.get().blockers().isEmpty() && r.starsByScore() >= 4 && r.reasons().size() >= 2) {
        return Optional.of(e);
      }
      if (fallback == null) {
        fallback = e;
      }
    }
    return Optional.ofNullable(fallback);
  }
}
