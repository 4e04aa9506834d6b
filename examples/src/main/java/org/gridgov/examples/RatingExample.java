package org.gridgov.examples;

import java.util.List;
import org.gridgov.scoring.io.BundledRubrics;
import org.gridgov.scoring.rating.Assessment;
import org.gridgov.scoring.rating.Rating;
import org.gridgov.scoring.rating.RatingRound;
import org.gridgov.scoring.rating.RoundResult;
import org.gridgov.scoring.rating.Rubric;
import org.gridgov.scoring.rating.Shortfall;
import org.gridgov.scoring.rating.StarLimit;

/** The README's star-rating example: one organisation rated and explained, then a round. */
public final class RatingExample {
  private RatingExample() {}

  /**
   * Runs the example and returns what it computed, for the README test.
   *
   * @return the results as text
   */
  public static List<String> run() {
    // README:rating-begin
    Rubric rubric = BundledRubrics.twoNew(); // 5 aspects, 30 items: an example rubric
    Assessment a =
        Assessment.builder("org-17")
            .deduct("rules-1", "each", 3, "三会一课缺3次") // 3 × 0.5 per missed meeting
            .deduct("sup-1", "substandard", "活动场所不达标") // −2
            .gate("innovation", "“党建+安全生产”项目") // five stars need one
            .veto("safety", "2023-05 安全生产事故通报") // may not be four-star: at most 3
            .build();
    Rating r = rubric.rate(a);
    Shortfall four = r.whyNot(4).orElseThrow(); // "why not four stars"
    RoundResult round =
        RatingRound.of(rubric, "2023").rate(List.of(a, Assessment.builder("org-18").build()));
    // r.total() 96.5; r.starsByScore() 5; r.stars() 3; four.pointsNeeded() 0, four.blockers()
    // [veto safety], four.reachable() false; r.rectifications(): org-17/rules-1, org-17/sup-1,
    // org-17/veto/safety; round: org-18 scores 100 but lacks the innovation project: 4 stars by
    // the rules, and 20 % of 2 organisations leaves no four-star place: 3 stars (quota cut).
    // README:rating-end
    return List.of(
        r.total() + " " + r.starsByScore() + " " + r.stars(),
        four.pointsNeeded()
            + " "
            + four.reachable()
            + " "
            + four.blockers().stream().map(StarLimit::rule).toList(),
        r.rectifications().stream().map(x -> x.id()).toList().toString(),
        round.entry("org-18").orElseThrow().starsByRules()
            + " "
            + round.entry("org-18").orElseThrow().stars());
  }

  /**
   * Prints the example's results.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run().forEach(System.out::println);
  }
}
