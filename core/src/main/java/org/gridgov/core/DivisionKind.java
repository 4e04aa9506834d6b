package org.gridgov.core;

/**
 * The kind of unit a division code's last segment implies, by the segment ranges of the National
 * Bureau of Statistics coding rules (统计用区划代码编制规则).
 *
 * <p>The kind is derived from the code. The urban–rural class (城乡分类代码) is not: it is an attribute
 * of village-level units, see {@link UrbanRuralClass}.
 */
public enum DivisionKind {
  /** 省、自治区、直辖市 — province segment 11–82. */
  PROVINCE(DivisionLevel.PROVINCE, "省"),
  /** 地级市 (and a municipality's 市辖区/县 groups) — city segment 01–20 or 51–70. */
  CITY(DivisionLevel.CITY, "地级市"),
  /** 地区、盟、自治州 — prefecture or league, city segment 21–50. */
  PREFECTURE(DivisionLevel.CITY, "地区"),
  /** 省直辖县级行政区划 — county-level units run by the province, city segment 90. */
  PROVINCE_ADMINISTERED(DivisionLevel.CITY, "省直辖县级行政区划"),
  /** 市辖区 — district, county segment 01–20. */
  DISTRICT(DivisionLevel.COUNTY, "市辖区"),
  /** 县、旗 — county or banner, county segment 21–80. */
  COUNTY(DivisionLevel.COUNTY, "县"),
  /**
   * 县级市 — county-level city, county segment 81–99; below a {@link #PROVINCE_ADMINISTERED} group
   * also 01–20 (仙桃市 429004).
   */
  COUNTY_LEVEL_CITY(DivisionLevel.COUNTY, "县级市"),
  /** 街道 — street (sub-district), town segment 001–099. */
  STREET(DivisionLevel.TOWN, "街道"),
  /** 镇 — town, town segment 100–199. */
  TOWN(DivisionLevel.TOWN, "镇"),
  /** 乡 — township, town segment 200–399. */
  TOWNSHIP(DivisionLevel.TOWN, "乡"),
  /** 类似乡级单位 — development zone, farm and other units not recognised by civil affairs, 400–599. */
  QUASI_TOWN(DivisionLevel.TOWN, "类似乡级单位"),
  /** 居委会/社区 — residents' committee, village segment 001–199. */
  COMMUNITY(DivisionLevel.VILLAGE, "社区"),
  /** 村委会 — villagers' committee, village segment 200–399. */
  VILLAGE(DivisionLevel.VILLAGE, "村"),
  /** 类似居委会 — community-like unit, village segment 400–499. */
  COMMUNITY_LIKE(DivisionLevel.VILLAGE, "类似居委会"),
  /** 类似村委会 — village-like unit, village segment 500–599. */
  VILLAGE_LIKE(DivisionLevel.VILLAGE, "类似村委会");

  private final DivisionLevel level;
  private final String chineseName;

  DivisionKind(DivisionLevel level, String chineseName) {
    this.level = level;
    this.chineseName = chineseName;
  }

  /**
   * A short Chinese name of this kind of unit, such as 街道, 镇, 社区 or 村; for the kinds that cover
   * several (省、自治区、直辖市; 地区、盟、自治州; 县、旗) the first of them.
   *
   * @return the name
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The level this kind of unit sits at.
   *
   * @return the level
   */
  public DivisionLevel level() {
    return level;
  }

  /**
   * Whether grids under this unit are urban (community) grids, served at about 300 households each,
   * rather than rural (village) grids at about 60. True for communities and community-like units.
   *
   * @return true for {@link #COMMUNITY} and {@link #COMMUNITY_LIKE}
   */
  public boolean isUrbanCommittee() {
    return this == COMMUNITY || this == COMMUNITY_LIKE;
  }
}
