package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An organisation a quota moved down one rung: more organisations qualified for {@code fromStars}
 * than the quota allows, and this one ranked below the last place kept (or the quota has no place).
 *
 * <p>Ranking within a star count: higher total first; on equal totals, more points from the
 * sections (fewer deductions, less bonus) first; on equal both, the smaller organisation id first,
 * so that the result is deterministic and the tie is reported ({@link TieBreak#ORGANISATION_ID}).
 * Where the quota allows none at all, every organisation there is cut ({@link TieBreak#NO_PLACE}).
 *
 * @param organisationId the organisation
 * @param fromStars the stars it qualified for
 * @param toStars the stars it holds after the cut: the next rung down
 * @param total its total
 * @param decidedBy which ranking key put it below the last organisation kept
 */
public record QuotaCut(
    String organisationId, int fromStars, int toStars, Points total, TieBreak decidedBy) {

  /** Which key of the ranking decided a cut. */
  public enum TieBreak {
    /** A lower total than the last organisation kept. */
    TOTAL,
    /** The same total, fewer points from the sections. */
    SECTIONS,
    /** The same total and sections: the larger organisation id (a tie, broken by id). */
    ORGANISATION_ID,
    /**
     * No ranking key: the quota leaves no place at this star count ({@code floor(share × rated)} is
     * 0, as 20 % of 2 organisations), so nobody is kept.
     */
    NO_PLACE
  }

  /**
   * Checks the fields.
   *
   * @param organisationId the organisation
   * @param fromStars 1 to 5
   * @param toStars 0 to fromStars - 1
   * @param total the total
   * @param decidedBy the key
   */
  public QuotaCut {
    Checks.id(organisationId, "organisation id");
    Checks.stars(fromStars, "fromStars");
    Checks.stars(toStars, "toStars");
    checkNotNull(total, "total");
    checkNotNull(decidedBy, "decidedBy");
  }
}
