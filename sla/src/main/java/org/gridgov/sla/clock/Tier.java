package org.gridgov.sla.clock;

/**
 * Who holds a case as it escalates along the atlas: the community first, then the sector liaison
 * (网格吹哨，部门报到), then the street, the district and the city leaders' contact points (联系点).
 */
public enum Tier {
  /** 社区 — the case's community or village and its grid (网格长); every case starts here. */
  COMMUNITY,
  /** 联络员 — the sector liaison the grid's whistle reaches. */
  LIAISON,
  /** 街道 — the street or town above the community, and its leaders' contact points. */
  STREET,
  /** 区县 — the district or county, and its leaders' contact points. */
  DISTRICT,
  /** 市 — the city, and its leaders' contact points. */
  CITY;

  /**
   * Whether a case held at this tier has not left its community: the community itself, or a sector
   * liaison reporting to it (小事不出社区).
   *
   * @return true for {@link #COMMUNITY} and {@link #LIAISON}
   */
  public boolean withinCommunity() {
    return this == COMMUNITY || this == LIAISON;
  }

  /**
   * Whether a case held at this tier has not left its street (大事不出街道).
   *
   * @return true up to {@link #STREET}
   */
  public boolean withinStreet() {
    return compareTo(STREET) <= 0;
  }
}
