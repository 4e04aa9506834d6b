package org.gridgov.sla.clock;

/** Where a milestone's time is counted from (计时起点). */
public enum Anchor {
  /**
   * From the case clock start (the policy's clock-start event): the 数字站前 promise counts 3, 24, 36
   * and 48 hours from the report. A milestone anchored here that has start events begins when one
   * of them arrives but is still measured from the clock start (a retroactive start).
   */
  CLOCK_START,
  /** From the completion of the previous milestone: staged limits such as 制止 then 处罚 then 拆除. */
  PREVIOUS,
  /** From the event that starts it, such as 派遣 for the dispatch-to-sign-off clock. */
  START_EVENT
}
