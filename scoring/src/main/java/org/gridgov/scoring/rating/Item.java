package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * 评分要点 — one scoring point of a rubric section: its maximum, how it is checked, its standard, and
 * its deduction clauses. An item scores its maximum less the worst clause the assessment finds,
 * never below 0.
 *
 * @param id the item's id, unique in the rubric
 * @param name the item's name, such as {@code 按期换届}
 * @param maximum the most the item scores, above 0
 * @param check how an assessor checks it
 * @param standard the standard in the rubric's words (评分标准), may be empty
 * @param clauses the deduction clauses, in the rubric's order
 */
public record Item(
    String id,
    String name,
    Points maximum,
    CheckMethod check,
    String standard,
    List<DeductionClause> clauses) {
  /**
   * Checks and copies.
   *
   * @param id the id, not blank
   * @param name the name, not blank
   * @param maximum the maximum, above 0
   * @param check the method
   * @param standard the standard
   * @param clauses the clauses
   */
  public Item {
    Checks.id(id, "item id");
    Checks.text(name, "item name");
    Checks.positive(maximum, "item maximum");
    checkNotNull(check, "check");
    checkNotNull(standard, "standard");
    clauses = List.copyOf(clauses);
  }

  /**
   * An item.
   *
   * @param id the id
   * @param name the name
   * @param maximum the maximum
   * @param check the method
   * @param clauses the clauses
   * @return the item, with an empty standard
   */
  public static Item of(
      String id, String name, Points maximum, CheckMethod check, DeductionClause... clauses) {
    return new Item(id, name, maximum, check, "", List.of(clauses));
  }
}
