package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 年度评星 — one round of rating: many organisations under one rubric in one period, with the
 * transitions from their history and the quotas per star.
 *
 * <pre>{@code
 * RoundResult round = RatingRound.of(rubric, "2023")
 *     .withPrevious(history)                            // last rounds' stars
 *     .withQuotas(List.of(Quota.percent(5, "10")))      // five-star at most 10 %
 *     .rate(assessments);
 * round.summary().byStars();                            // 5★ 12, 4★ 25, 3★ 61, 0★ 22
 * round.explain("org-17").orElseThrow().whyNot(4);      // "why not four stars"
 * }</pre>
 *
 * <p>A round applies, in order: the rubric's rules to each organisation ({@link Rubric#score}); the
 * transition from its last rated round — new organisations get no star, others rise at most {@link
 * TransitionRules#maxRise()} rungs (more with an {@link Honour}) and fall at once; then the quotas,
 * from the most stars down — where more organisations qualify for a star count than {@code
 * floor(share × rated)}, the lowest ranked move one rung down and compete there (ranking in {@link
 * QuotaCut}); then tiers, 软弱涣散 triggers (including the lowest total of the round) and rewards on
 * the stars held. Rating n organisations costs O(n log n) and keeps primitive arrays; full
 * explanations are made on demand. Immutable and thread-safe.
 */
public final class RatingRound {
  private final Rubric rubric;
  private final String period;
  private final History previous;
  private final List<Quota> quotas;

  private RatingRound(Rubric rubric, String period, History previous, List<Quota> quotas) {
    this.rubric = rubric;
    this.period = period;
    this.previous = previous;
    this.quotas = quotas;
  }

  /**
   * A round with the rubric's quotas and no history.
   *
   * @param rubric the rubric
   * @param period the period, such as {@code 2023}
   * @return the round
   */
  public static RatingRound of(Rubric rubric, String period) {
    return new RatingRound(
        checkNotNull(rubric, "rubric"),
        Checks.id(period, "period"),
        History.empty(),
        rubric.quotas());
  }

  /**
   * This round starting from a history.
   *
   * @param history the earlier rounds
   * @return the round
   * @throws IllegalArgumentException if the history already has a record for this round's period (a
   *     round re-rated from a history holding its own first result would start its transitions from
   *     itself)
   */
  public RatingRound withPrevious(History history) {
    checkNotNull(history, "history");
    for (String organisation : history.organisations()) {
      for (PeriodRecord r : history.of(organisation)) {
        checkArgument(
            !r.period().equals(period),
            "organisation %s already has a record for period %s, the period of this round: a"
                + " round starts from the history of the periods before it",
            organisation,
            period);
      }
    }
    return new RatingRound(rubric, period, history, quotas);
  }

  /**
   * This round with other quotas.
   *
   * @param newQuotas the quotas, at most one per star count, each for a star count a band gives
   * @return the round
   * @throws IllegalArgumentException if a quota is for stars no band gives, or two for one count
   */
  public RatingRound withQuotas(List<Quota> newQuotas) {
    List<Quota> copy = List.copyOf(newQuotas);
    Set<Integer> seen = new HashSet<>();
    for (Quota q : copy) {
      checkArgument(seen.add(q.stars()), "two quotas for %s stars", q.stars());
      boolean given = false;
      for (int r : rubric.kernel().rungs) {
        given |= r == q.stars();
      }
      checkArgument(given, "a quota for %s stars, which no band of %s gives", q.stars(), rubric);
    }
    return new RatingRound(rubric, period, previous, copy);
  }

  /**
   * The rubric.
   *
   * @return the rubric
   */
  public Rubric rubric() {
    return rubric;
  }

  /**
   * The period.
   *
   * @return the period
   */
  public String period() {
    return period;
  }

  /**
   * The history the round starts from.
   *
   * @return the history
   */
  public History previous() {
    return previous;
  }

  /**
   * The quotas.
   *
   * @return the quotas
   */
  public List<Quota> quotas() {
    return quotas;
  }

  /**
   * Rates the organisations.
   *
   * @param assessments one per organisation
   * @return the round's result
   * @throws InvalidAssessmentException listing every problem, located as {@code assessments[i]...}:
   *     references the rubric lacks, an organisation assessed twice
   */
  public RoundResult rate(List<Assessment> assessments) {
    return RoundEngine.rate(this, List.copyOf(assessments));
  }
}
