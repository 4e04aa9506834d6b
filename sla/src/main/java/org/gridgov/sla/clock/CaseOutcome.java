package org.gridgov.sla.clock;

/**
 * How a case counts in the on-time figures at an instant: exactly one of these, so that on time +
 * late + open + deferred + cancelled = total. A case cancelled after a deferral counts as
 * cancelled; a case ever deferred (缓办) counts as deferred, even if closed later.
 */
public enum CaseOutcome {
  /** 按期结案 — closed by the due instant of its closing milestone. */
  ON_TIME,
  /** 超期结案 — closed after it. */
  LATE,
  /** 未结案 — not closed; overdue or not. */
  OPEN,
  /** 缓办 — deferred: out of the on-time denominator (金华). */
  DEFERRED,
  /** 撤销 — cancelled: not counted. */
  CANCELLED
}
