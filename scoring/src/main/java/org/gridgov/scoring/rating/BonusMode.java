package org.gridgov.scoring.rating;

/** How bonus points (加分) count towards the total. */
public enum BonusMode {
  /** On top of the total: 100 + a bonus capped at 10 gives at most 110 (西青). */
  ON_TOP,
  /** Offsetting deductions only: the total never exceeds the sections' maximum (100). */
  OFFSET_ONLY
}
