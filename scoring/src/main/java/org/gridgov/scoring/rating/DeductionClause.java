package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * 扣分条款 — one deduction clause of a rubric item ("未按期换届的扣2分"). The clauses of an item are mutually
 * exclusive: when an assessment finds several, the worst counts, and an item never drops below 0
 * (扣完为止). A per-occurrence clause ("每缺一次扣0.5分") deducts its points once per occurrence the
 * assessment counts.
 *
 * @param id the clause's id, unique within its item
 * @param text what the clause says, in the rubric's words
 * @param deduction the points deducted, above 0; per occurrence if {@code perOccurrence}
 * @param perOccurrence whether the deduction is per occurrence
 */
public record DeductionClause(String id, String text, Points deduction, boolean perOccurrence) {
  /**
   * Checks the fields.
   *
   * @param id the id, not blank
   * @param text the text, not blank
   * @param deduction the points, above 0
   * @param perOccurrence whether per occurrence
   */
  public DeductionClause {
    Checks.id(id, "clause id");
    Checks.text(text, "clause text");
    Checks.positive(deduction, "deduction");
  }

  /**
   * A clause that deducts once.
   *
   * @param id the id
   * @param text the text
   * @param deduction the points
   * @return the clause
   */
  public static DeductionClause of(String id, String text, Points deduction) {
    return new DeductionClause(id, text, deduction, false);
  }

  /**
   * A clause that deducts per occurrence.
   *
   * @param id the id
   * @param text the text
   * @param deduction the points per occurrence
   * @return the clause
   */
  public static DeductionClause perOccurrence(String id, String text, Points deduction) {
    return new DeductionClause(id, text, checkNotNull(deduction, "deduction"), true);
  }
}
