package org.gridgov.sla.clock;

/** Where a milestone stands at an instant, the warning lights included. */
public enum MilestoneState {
  /** 未开始 — its anchor or start event has not happened. */
  NOT_STARTED,
  /** 计时中 — running, no warning yet. */
  RUNNING,
  /** 黄灯 — running past the yellow threshold. */
  YELLOW,
  /** 红灯 — running past the red threshold. */
  RED,
  /** 超时 — running past its due instant. */
  BREACHED,
  /** 按期完成 — met at or before its due instant. */
  MET_ON_TIME,
  /** 超期完成 — met after its due instant. */
  MET_LATE,
  /** 暂停 — paused by a suspension or deferral (it may also have breached before). */
  PAUSED,
  /** 已撤销 — the case was cancelled, or accepted, before it was met: no longer tracked. */
  CANCELLED;

  /**
   * Whether the milestone is met.
   *
   * @return true for {@link #MET_ON_TIME} and {@link #MET_LATE}
   */
  public boolean isMet() {
    return this == MET_ON_TIME || this == MET_LATE;
  }

  /**
   * Whether its time is running.
   *
   * @return true for {@link #RUNNING}, {@link #YELLOW}, {@link #RED} and {@link #BREACHED}
   */
  public boolean isRunning() {
    return this == RUNNING || this == YELLOW || this == RED || this == BREACHED;
  }
}
