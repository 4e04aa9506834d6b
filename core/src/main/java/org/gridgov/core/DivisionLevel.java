package org.gridgov.core;

import com.google.common.math.LongMath;
import java.util.Optional;

/**
 * The five levels of the statistical division code (统计用区划代码), from the top.
 *
 * <p>{@link #VILLAGE} is the village level as a whole: residents' committees (社区/居委会) as well as
 * villagers' committees (村委会).
 */
public enum DivisionLevel {
  /** 省级 — province, autonomous region or municipality; 2 digits. */
  PROVINCE(2, "省级"),
  /** 地级 — city, prefecture, league, or the province's directly administered units; 4 digits. */
  CITY(4, "地级"),
  /** 县级 — district, county, banner or county-level city; 6 digits. */
  COUNTY(6, "县级"),
  /** 乡级 — street, town, township or a quasi unit such as a development zone; 9 digits. */
  TOWN(9, "乡级"),
  /** 村级 — community (residents' committee) or village (villagers' committee); 12 digits. */
  VILLAGE(12, "村级");

  private final int digits;
  private final long divisor;
  private final String chineseName;

  DivisionLevel(int digits, String chineseName) {
    this.digits = digits;
    this.chineseName = chineseName;
    this.divisor = LongMath.pow(10, 12 - digits);
  }

  /** The power of ten that strips the zero segments below this level from a 12-digit code. */
  long divisor() {
    return divisor;
  }

  /**
   * The level's name in Chinese, as statistics and civil-affairs documents write it: 省级, 地级, 县级, 乡级
   * or 村级.
   *
   * @return the name
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The level directly above this one.
   *
   * @return the parent level, or empty for {@link #PROVINCE}
   */
  public Optional<DivisionLevel> above() {
    return switch (this) {
      case PROVINCE -> Optional.empty();
      case CITY -> Optional.of(PROVINCE);
      case COUNTY -> Optional.of(CITY);
      case TOWN -> Optional.of(COUNTY);
      case VILLAGE -> Optional.of(TOWN);
    };
  }

  /**
   * The number of significant digits of a code at this level.
   *
   * @return 2, 4, 6, 9 or 12
   */
  public int digits() {
    return digits;
  }

  /**
   * Whether this level lies strictly above {@code other} (closer to the province).
   *
   * @param other the level to compare with
   * @return true if this level is higher
   */
  public boolean isAbove(DivisionLevel other) {
    return digits < other.digits;
  }
}
