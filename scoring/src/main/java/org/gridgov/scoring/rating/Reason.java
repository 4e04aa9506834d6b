package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A reason code (as PMML scorecards rank them): an item that lost points, with the clause that
 * counted. A rating lists them most points first.
 *
 * @param item the item's id
 * @param name the item's name
 * @param section the section's id
 * @param lost the points lost, above 0
 * @param clause the clause's id
 * @param clauseText the clause's text
 */
public record Reason(
    String item, String name, String section, Points lost, String clause, String clauseText) {
  /**
   * Checks the fields.
   *
   * @param item the id
   * @param name the name
   * @param section the section
   * @param lost above 0
   * @param clause the clause
   * @param clauseText the text
   */
  public Reason {
    checkNotNull(item, "item");
    checkNotNull(name, "name");
    checkNotNull(section, "section");
    Checks.positive(lost, "lost");
    checkNotNull(clause, "clause");
    checkNotNull(clauseText, "clauseText");
  }
}
