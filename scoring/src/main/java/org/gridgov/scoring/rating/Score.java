package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The short result of rating one organisation, without explanation: what {@link Rubric#score}
 * returns on the fast path.
 *
 * @param organisationId the organisation's id
 * @param total the total: sections plus the bonus applied
 * @param starsByScore the stars the total's band gives
 * @param stars the stars after gates and vetoes
 */
public record Score(String organisationId, Points total, int starsByScore, int stars) {
  /**
   * Checks the fields.
   *
   * @param organisationId not blank
   * @param total the total
   * @param starsByScore 0 to 5
   * @param stars 0 to 5
   */
  public Score {
    Checks.id(organisationId, "organisation id");
    checkNotNull(total, "total");
    Checks.stars(starsByScore, "starsByScore");
    Checks.stars(stars, "stars");
  }
}
