package org.gridgov.sla.clock;

/**
 * How a case counts in the on-time figures at an instant: exactly one of these, so that on time +
 * late + open + deferred + cancelled = total. A case counts as deferred (缓办) while it is deferred
 * at that instant; once resumed it counts as open, and when closed as on time or late by its due
 * instant, which the deferral, a pause, moved on by the time it held back — so that deferring and
 * resuming buys no more than the time deferred. A case cancelled counts as cancelled.
 */
public enum CaseOutcome {
  /** 按期结案 — closed by the due instant of its closing milestone. */
  ON_TIME,
  /** 超期结案 — closed after it. */
  LATE,
  /** 未结案 — not closed; overdue or not. */
  OPEN,
  /** 缓办 — deferred at the instant: out of the on-time denominator (金华). */
  DEFERRED,
  /** 撤销 — cancelled: not counted. */
  CANCELLED
}
