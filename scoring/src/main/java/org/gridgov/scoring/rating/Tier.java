package org.gridgov.scoring.rating;

/**
 * The tier of an organisation for follow-up: 巩固先进、推动一般、整顿后进 (consolidate the advanced, push the
 * average, rectify the lagging).
 */
public enum Tier {
  /** 先进 — advanced. */
  ADVANCED,
  /** 一般 — average. */
  AVERAGE,
  /** 后进 — lagging: a rectification target; every 软弱涣散 organisation is lagging. */
  LAGGING,
  /** 未定级 — not rated: a new organisation that self-assessed this round. */
  UNRATED
}
