package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * 动态管理 — how stars move from one round to the next: up by at most {@code maxRise} stars (逐级晋升, one
 * level at a time), more with an {@link Honour}; down at once to whatever the rules give. New
 * organisations self-assess and get no star; an organisation without a previous rating is rated on
 * its merits.
 *
 * @param maxRise the most stars an organisation may rise in one round, 1 to 5 (5: no limit)
 * @param honours honours that allow a larger rise
 */
public record TransitionRules(int maxRise, List<Honour> honours) {
  /** No limit on rises: stars follow the rules each round. */
  public static final TransitionRules UNLIMITED = new TransitionRules(Checks.MAX_STARS, List.of());

  /**
   * Checks and copies.
   *
   * @param maxRise 1 to 5
   * @param honours the honours
   */
  public TransitionRules {
    honours = List.copyOf(honours);
    checkArgument(
        maxRise >= 1 && maxRise <= Checks.MAX_STARS,
        "maxRise must be from 1 to %s, got %s",
        Checks.MAX_STARS,
        maxRise);
  }

  /**
   * One star up per round, more with the given honours.
   *
   * @param honours the honours
   * @return the rules
   */
  public static TransitionRules oneLevelAtATime(Honour... honours) {
    return new TransitionRules(1, List.of(honours));
  }
}
