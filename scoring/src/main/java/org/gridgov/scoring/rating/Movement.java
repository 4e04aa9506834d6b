package org.gridgov.scoring.rating;

/** How an organisation's stars moved since its last rated round. */
public enum Movement {
  /** New this round: self-assessed, no star (新成立组织不定星). */
  NEW,
  /** No earlier rating: rated on its merits. */
  FIRST,
  /** More stars than last time. */
  UP,
  /** The same stars. */
  SAME,
  /** Fewer stars than last time (降星, 摘星). */
  DOWN
}
