package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;

/**
 * The rating of one organisation under a rubric, with an explanation for every point: item and
 * section scores, the bonus and what its caps cut, the total, the stars the score earns and the
 * stars after gates and vetoes with the rules that limited them, an audit trail whose points add up
 * to the total, reasons ranked by points lost, what each higher number of stars would take ("why
 * not four stars"), the rectification items, the tier and the reward.
 *
 * <pre>{@code
 * Rating r = rubric.rate(assessment);
 * r.total();                         // 86.5
 * r.stars();                         // 3
 * r.limits();                        // [VetoFound[veto=safety ... cap at 3]]
 * r.whyNot(4).orElseThrow();         // 0 points needed; blocked by veto "safety"; not reachable
 * r.reasons().get(0);                // the item that lost most
 * }</pre>
 *
 * <p>A rating alone does not know the round: quotas, period transitions and the 软弱涣散 trigger "last
 * in the round" apply in a {@link RatingRound}; tier and reward here follow the stars by the rules.
 *
 * @param organisationId the organisation's id
 * @param name the organisation's name
 * @param rubricId the rubric's id
 * @param items every item of the rubric, in the rubric's order
 * @param sections every section, in the rubric's order
 * @param bonus the bonus claimed and applied
 * @param total the sections' sum plus the bonus applied
 * @param starsByScore the stars of the band the total falls in
 * @param stars the stars after gates and vetoes
 * @param limits the gates not met and vetoes found that apply, in the rubric's order
 * @param trace the audit trail; its points add up to the total
 * @param reasons the items that lost points, most first (ties in the rubric's order)
 * @param shortfalls what each number of stars above {@code stars} would take, up to the highest
 *     band's
 * @param rectifications one per item that lost points and per veto found
 * @param tier the tier by {@code stars} and the 软弱涣散 triggers that fired
 * @param weakTriggers the ids of the 软弱涣散 triggers that fired
 * @param reward the reward for {@code stars}, if the rubric sets one
 */
public record Rating(
    String organisationId,
    String name,
    String rubricId,
    List<ItemScore> items,
    List<SectionScore> sections,
    BonusOutcome bonus,
    Points total,
    int starsByScore,
    int stars,
    List<StarLimit> limits,
    List<TraceStep> trace,
    List<Reason> reasons,
    List<Shortfall> shortfalls,
    List<Rectification> rectifications,
    Tier tier,
    List<String> weakTriggers,
    Optional<Reward> reward) {

  /**
   * Checks and copies.
   *
   * @param organisationId the id
   * @param name the name
   * @param rubricId the rubric
   * @param items the items
   * @param sections the sections
   * @param bonus the bonus
   * @param total the total
   * @param starsByScore 0 to 5
   * @param stars 0 to 5
   * @param limits the limits
   * @param trace the trace
   * @param reasons the reasons
   * @param shortfalls the shortfalls
   * @param rectifications the rectifications
   * @param tier the tier
   * @param weakTriggers the triggers
   * @param reward the reward
   */
  public Rating {
    Checks.id(organisationId, "organisation id");
    checkNotNull(name, "name");
    checkNotNull(rubricId, "rubricId");
    items = Frozen.copy(items);
    sections = Frozen.copy(sections);
    checkNotNull(bonus, "bonus");
    checkNotNull(total, "total");
    Checks.stars(starsByScore, "starsByScore");
    Checks.stars(stars, "stars");
    limits = List.copyOf(limits);
    trace = List.copyOf(trace);
    reasons = Frozen.copy(reasons);
    shortfalls = List.copyOf(shortfalls);
    rectifications = List.copyOf(rectifications);
    checkNotNull(tier, "tier");
    weakTriggers = List.copyOf(weakTriggers);
    checkNotNull(reward, "reward");
  }

  /**
   * What the next star would take.
   *
   * @return the shortfall for {@code stars + 1}, empty at the highest band's stars
   */
  public Optional<Shortfall> nextStar() {
    return shortfalls.isEmpty() ? Optional.empty() : Optional.of(shortfalls.get(0));
  }

  /**
   * What a number of stars would take: "why not four stars".
   *
   * @param target the stars
   * @return the shortfall, empty if the rating already has them or no band gives them
   */
  public Optional<Shortfall> whyNot(int target) {
    for (Shortfall s : shortfalls) {
      if (s.stars() == target) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a 软弱涣散 trigger fired.
   *
   * @return true if weak
   */
  public boolean isWeak() {
    return !weakTriggers.isEmpty();
  }

  /**
   * The points the items lost.
   *
   * @return the sum over items of maximum minus score
   */
  public Points lost() {
    Points lost = Points.ZERO;
    for (SectionScore s : sections) {
      lost = lost.plus(s.lost());
    }
    return lost;
  }

  /**
   * The short result.
   *
   * @return the score
   */
  public Score score() {
    return new Score(organisationId, total, starsByScore, stars);
  }
}
