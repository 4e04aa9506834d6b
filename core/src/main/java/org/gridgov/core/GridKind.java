package org.gridgov.core;

/** Whether a grid covers territory (基础网格) or one institution (专属网格). */
public enum GridKind {
  /** 基础网格 — a base grid covering territory and its households. */
  BASE,
  /** 专属网格 — a school. */
  SCHOOL,
  /** 专属网格 — a hospital. */
  HOSPITAL,
  /** 专属网格 — an industrial park. */
  INDUSTRIAL_PARK,
  /** 专属网格 — a market. */
  MARKET,
  /** 专属网格 — another institution (a large enterprise, a commercial building, an agency). */
  OTHER_SPECIAL;

  /**
   * Whether this is a special grid (专属网格) rather than a base grid.
   *
   * @return true for every kind but {@link #BASE}
   */
  public boolean isSpecial() {
    return this != BASE;
  }
}
