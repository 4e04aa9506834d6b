package org.gridgov.sla.clock;

/** Where a case stands in its lifecycle at an instant. */
public enum CasePhase {
  /** No report or registration yet: the case does not exist at that instant. */
  NOT_OPENED,
  /** 办理中 — open and being handled. */
  OPEN,
  /** 挂起 — suspended: the clocks pause. */
  SUSPENDED,
  /** 缓办 — deferred: the clocks pause and the case leaves the on-time denominator. */
  DEFERRED,
  /** 已解决 — resolved, waiting for the closing milestone (feedback, acceptance). */
  RESOLVED,
  /** 已结案 — the closing milestone is met, or the case was accepted. */
  CLOSED,
  /** 已撤销 — cancelled. */
  CANCELLED
}
