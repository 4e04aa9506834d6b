package org.gridgov.core;

import java.util.Optional;

/**
 * 城乡分类代码 — the urban–rural class of a village-level unit, as published by the National Bureau of
 * Statistics. It is an attribute of the unit and is never derived from its code: a villagers'
 * committee may be class 111 (440983102209) and a community class 220 (411381110002).
 */
public enum UrbanRuralClass {
  /** 111 主城区 — main urban area. */
  MAIN_URBAN(111),
  /** 112 城乡结合区 — urban–rural fringe. */
  URBAN_RURAL_FRINGE(112),
  /** 121 镇中心区 — town centre. */
  TOWN_CENTRE(121),
  /** 122 镇乡结合区 — town–village fringe. */
  TOWN_VILLAGE_FRINGE(122),
  /** 123 特殊区域 — special zone. */
  SPECIAL_ZONE(123),
  /** 210 乡中心区 — township centre. */
  TOWNSHIP_CENTRE(210),
  /** 220 村庄 — village. */
  VILLAGE(220);

  private final int code;

  UrbanRuralClass(int code) {
    this.code = code;
  }

  /**
   * The three-digit numeric class code.
   *
   * @return 111, 112, 121, 122, 123, 210 or 220
   */
  public int code() {
    return code;
  }

  /**
   * Whether the class is urban (1xx) rather than rural (2xx).
   *
   * @return true for the 11x and 12x classes
   */
  public boolean isUrban() {
    return code < 200;
  }

  /**
   * Looks a class up by its numeric code.
   *
   * @param code the three-digit code, such as 111
   * @return the class, or empty if the code is not one of the seven classes
   */
  public static Optional<UrbanRuralClass> fromCode(int code) {
    for (UrbanRuralClass c : values()) {
      if (c.code == code) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
