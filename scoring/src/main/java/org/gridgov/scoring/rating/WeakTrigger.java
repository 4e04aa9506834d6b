package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * 软弱涣散 — a trigger that marks an organisation weak and lax, and so lagging, whatever its stars: the
 * secretary post vacant for more than three months, the last place in the assessment, members'
 * satisfaction below 60 %.
 *
 * @param id the trigger's id, unique among the rubric's triggers
 * @param name the trigger, in the rubric's words
 * @param condition when it fires
 */
public record WeakTrigger(String id, String name, WeakCondition condition) {
  /**
   * Checks the fields.
   *
   * @param id the id, not blank
   * @param name the name, not blank
   * @param condition the condition
   */
  public WeakTrigger {
    Checks.id(id, "trigger id");
    Checks.text(name, "trigger name");
    checkNotNull(condition, "condition");
  }
}
