package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * 否决事项 — a condition that limits the stars whatever the score, when an assessment finds it with
 * evidence: serious violations by the owner or members, a major safety or pollution incident, mass
 * petitions, bad credit, tax or quality records.
 *
 * @param id the veto's id, unique among the rubric's vetoes
 * @param name the condition, in the rubric's words
 * @param effect what it does to the stars
 */
public record Veto(String id, String name, VetoEffect effect) {
  /**
   * Checks the fields.
   *
   * @param id the id, not blank
   * @param name the name, not blank
   * @param effect the effect
   */
  public Veto {
    Checks.id(id, "veto id");
    Checks.text(name, "veto name");
    checkNotNull(effect, "effect");
  }
}
