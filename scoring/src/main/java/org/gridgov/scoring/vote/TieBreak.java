package org.gridgov.scoring.vote;

/**
 * One step of a round's tie-break chain (并列处理), applied in the round's order to candidates with
 * equal scores until they are all apart. A step whose data is missing for some of the tied
 * candidates is skipped for them, and the tie stays reported as a tie if no step separates it.
 */
public enum TieBreak {
  /** The higher score in the earlier round ({@link ResultInputs#earlierRound()}) goes first. */
  EARLIER_ROUND,
  /** The higher expert panel score ({@link ResultInputs#panel()}) goes first. */
  PANEL_SCORE,
  /**
   * A public draw from a seed announced in advance ({@link ResultInputs#drawSeed()}): candidates go
   * in the order of {@code SHA-256(seed + "\n" + candidate id)} as unsigned numbers, so anybody can
   * redo it. The seed is recorded with the result.
   */
  SEEDED_DRAW,
  /** The order a committee decided ({@link ResultInputs#manualOrder()}). */
  MANUAL
}
