package org.gridgov.core;

/** The role a grid worker holds in a grid, for the length of an {@link Assignment}. */
public enum WorkerRole {
  /** 网格长 — the grid leader; at most one per grid at any instant. */
  GRID_LEADER,
  /** 专职网格员 — a full-time grid worker. */
  FULL_TIME,
  /** 社区工作者兼任网格员 — a community worker serving as grid worker. */
  COMMUNITY_WORKER,
  /** 下沉干部 — a cadre seconded from an agency, for a term; the assignment must have an end. */
  SECONDED_CADRE,
  /** 网格协管员/志愿者 — an assistant or volunteer. */
  ASSISTANT;

  /**
   * Whether the role does the grid's daily work: full-time workers, community workers and seconded
   * cadres. Grid leaders supervise and assistants help; neither counts in households per worker.
   *
   * @return true for the three front-line roles
   */
  public boolean isFrontLine() {
    return this == FULL_TIME || this == COMMUNITY_WORKER || this == SECONDED_CADRE;
  }
}
