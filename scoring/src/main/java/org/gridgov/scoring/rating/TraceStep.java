package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalInt;

/**
 * One step of a rating's audit trail, naming the rule that made it (as Drools names rule ids in its
 * audit log). The points of all steps add up to the total; star steps carry 0 points and the stars
 * after them.
 *
 * @param kind what the step is
 * @param rule the rule's id: an item, {@code item/clause}, a bonus item, a band, a gate or a veto
 * @param points the points the step adds (negative for deductions and cuts)
 * @param running the total after the step
 * @param stars the stars after a star step; empty for point steps
 * @param note what happened, in words
 */
public record TraceStep(
    TraceStep.Kind kind,
    String rule,
    Points points,
    Points running,
    OptionalInt stars,
    String note) {

  /** What a step is. */
  public enum Kind {
    /** The sum of the sections' maxima: where every rating starts. */
    MAXIMUM,
    /** An item's deduction: the worst clause found, at most the item's maximum. */
    DEDUCTION,
    /** A bonus item granted, after its own cap. */
    BONUS,
    /** What the bonus's total cap cut. */
    BONUS_CAP,
    /** What the offset-only rule cut: the bonus offsets deductions only. */
    BONUS_OFFSET,
    /** The band the total falls in. */
    BAND,
    /** A gate not met. */
    GATE,
    /** A veto found. */
    VETO
  }

  /**
   * Checks the fields.
   *
   * @param kind the kind
   * @param rule the rule
   * @param points the points
   * @param running the running total
   * @param stars the stars
   * @param note the note
   */
  public TraceStep {
    checkNotNull(kind, "kind");
    checkNotNull(rule, "rule");
    checkNotNull(points, "points");
    checkNotNull(running, "running");
    checkNotNull(stars, "stars");
    checkNotNull(note, "note");
  }
}
