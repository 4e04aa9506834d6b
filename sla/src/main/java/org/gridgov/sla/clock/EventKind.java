package org.gridgov.sla.clock;

/**
 * What happened to a case: the vocabulary of the closed loop (闭环). Events of one case at the same
 * instant are tried in the order of this enum, then by id, and the case takes next the first of
 * them it accepts then (see {@link CaseLog}), so that the result depends only on the set of events.
 */
public enum EventKind {
  /** 上报 — a resident or grid worker reports the problem; carries the case's facts. */
  REPORTED,
  /** 立案 — the centre registers the case, possibly classifying it; carries facts. */
  REGISTERED,
  /** 派遣 — dispatched to a handling unit ("派遣单下达，同时开始计时"). */
  DISPATCHED,
  /** 签收 — the handling unit signs for the case. */
  SIGNED_FOR,
  /** 退单 — the unit returns the case as not its own; it waits for re-dispatch. */
  RETURNED,
  /** 改派 — dispatched again, to the same or another unit. */
  REDISPATCHED,
  /** 查验 — verified on site. */
  VERIFIED,
  /** 阶段办结 — a stage of a staged limit is done (制止, 处罚…); names the milestone. */
  STAGE_COMPLETED,
  /** 解决 — the problem is solved (处置完成). */
  RESOLVED,
  /** 反馈 — the result is fed back to the resident (答复). */
  FEEDBACK_GIVEN,
  /** 验收不通过 — acceptance failed: back to resolve (返工). */
  ACCEPTANCE_FAILED,
  /** 验收 — rectification accepted; the case is closed for good. */
  ACCEPTED,
  /** 挂起 — suspended: the clocks pause. */
  SUSPENDED,
  /** 恢复 — resumed after a suspension or a deferral. */
  RESUMED,
  /** 延期 — extra budget approved for a milestone; carries the amount. */
  EXTENSION_GRANTED,
  /** 缓办 — deferred: the clocks pause and the case leaves the on-time denominator. */
  DEFERRED,
  /** 督办 — escalated by hand one tier up. */
  ESCALATED,
  /** 催办 — a reminder was sent. */
  REMINDED,
  /** 撤销 — cancelled (作废): no longer counted. */
  CANCELLED;

  /** The mask bit of this kind in sets of kinds. */
  @SuppressWarnings("EnumOrdinal") // a bit per kind in in-memory masks, never stored
  int bit() {
    return 1 << ordinal();
  }
}
