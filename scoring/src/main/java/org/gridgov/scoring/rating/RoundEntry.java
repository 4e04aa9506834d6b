package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One organisation's result in a {@link RoundResult}: the stars its rules give, then the stars it
 * holds after the period transition and the quotas, with the tier, the reward and its count of
 * rectification items. {@link RoundResult#explain} gives the full {@link Rating}.
 *
 * @param organisationId the organisation
 * @param name its name
 * @param total its total
 * @param starsByRules the stars after gates and vetoes
 * @param stars the stars it holds: after the transition and the quotas; 0 for a new organisation
 * @param previousStars the stars of its last rated round, if any
 * @param movement how the stars moved since then
 * @param riseLimited whether the transition rule held the stars below {@code starsByRules}
 * @param quotaCut the quota cut that moved it down, if any
 * @param tier its tier
 * @param weakTriggers the 软弱涣散 triggers that fired, including the last place of the round
 * @param reward the reward for {@code stars}, if the rubric sets one (none for a new organisation)
 * @param rectifications its rectification items: one per item that lost points and per veto
 */
public record RoundEntry(
    String organisationId,
    String name,
    Points total,
    int starsByRules,
    int stars,
    OptionalInt previousStars,
    Movement movement,
    boolean riseLimited,
    Optional<QuotaCut> quotaCut,
    Tier tier,
    List<String> weakTriggers,
    Optional<Reward> reward,
    int rectifications) {
  /**
   * Checks and copies.
   *
   * @param organisationId the id
   * @param name the name
   * @param total the total
   * @param starsByRules 0 to 5
   * @param stars 0 to 5
   * @param previousStars the previous stars
   * @param movement the movement
   * @param riseLimited whether limited
   * @param quotaCut the cut
   * @param tier the tier
   * @param weakTriggers the triggers
   * @param reward the reward
   * @param rectifications at least 0
   */
  public RoundEntry {
    Checks.id(organisationId, "organisation id");
    checkNotNull(name, "name");
    checkNotNull(total, "total");
    Checks.stars(starsByRules, "starsByRules");
    Checks.stars(stars, "stars");
    checkNotNull(previousStars, "previousStars");
    checkNotNull(movement, "movement");
    checkNotNull(quotaCut, "quotaCut");
    checkNotNull(tier, "tier");
    weakTriggers = List.copyOf(weakTriggers);
    checkNotNull(reward, "reward");
    Checks.nonNegative(Points.of(rectifications), "rectifications");
  }
}
