package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * 整改事项 — one rectification item: a deduction or a veto to put right, closed one by one (整改一个销号一个).
 * A rating raises one per item that lost points and one per veto found.
 *
 * @param id {@code organisation/item} or {@code organisation/veto/id}, unique in a round
 * @param source what raised it
 * @param rule the item's or veto's id
 * @param description what to put right, in the rubric's words
 * @param evidence the evidence the finding rests on
 * @param points the points lost (0 for a veto)
 */
public record Rectification(
    String id, Source source, String rule, String description, String evidence, Points points) {

  /** What raised a rectification item. */
  public enum Source {
    /** An item that lost points. */
    DEDUCTION,
    /** A veto found. */
    VETO
  }

  /**
   * Checks the fields.
   *
   * @param id the id
   * @param source the source
   * @param rule the rule
   * @param description the description
   * @param evidence the evidence
   * @param points the points
   */
  public Rectification {
    checkNotNull(id, "id");
    checkNotNull(source, "source");
    checkNotNull(rule, "rule");
    checkNotNull(description, "description");
    checkNotNull(evidence, "evidence");
    Checks.nonNegative(points, "points");
  }
}
