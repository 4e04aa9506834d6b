package org.gridgov.core;

/** The rank of a leader who keeps a contact point (联系点). */
public enum LeaderRank {
  /** 市级领导 — a city leader. */
  CITY,
  /** 区级领导 — a district leader. */
  DISTRICT,
  /** 街道领导 — a street or town leader. */
  STREET
}
