package org.gridgov.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.Immutable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A statistical division code (统计用区划代码) of the National Bureau of Statistics: 12 digits in five
 * segments, province 2 · city 2 · county 2 · town 3 · village 3. A shorter code is the same code
 * with its lower segments zero, so {@code 2108}, {@code 210800} and {@code 210800000000} are one
 * code: 营口市.
 *
 * <p>The level is that of the last non-zero segment and the {@link DivisionKind kind} follows from
 * that segment's range. Cities without counties (东莞 4419, 中山 4420, 儋州 4604) have towns directly
 * below the city: {@code 441900003} is a town whose parent is the city {@code 4419}; there is no
 * county {@code 441900}.
 *
 * <pre>{@code
 * DivisionCode sanlou = DivisionCode.parse("210802001007"); // 三楼社区
 * sanlou.level();                 // VILLAGE
 * sanlou.kind();                  // COMMUNITY
 * sanlou.parent().orElseThrow();  // 210802001 八田地街道
 * DivisionCode.parse("2108").isAncestorOf(sanlou); // true
 * }</pre>
 *
 * <p>Instances are immutable and compare by value, in code order.
 */
@Immutable
public final class DivisionCode implements Comparable<DivisionCode> {
  private final long value;
  private final DivisionLevel level;
  private final DivisionKind kind;

  private DivisionCode(long value, DivisionLevel level, DivisionKind kind) {
    this.value = value;
    this.level = level;
    this.kind = kind;
  }

  /**
   * Parses a code of 2, 4, 6, 9 or 12 ASCII digits.
   *
   * @param text the code, such as {@code "210802"} or {@code "210802001003"}
   * @return the code
   * @throws InvalidCodeException if the text is not a valid division code
   */
  public static DivisionCode parse(String text) {
    checkNotNull(text, "text");
    int length = text.length();
    if (length != 2 && length != 4 && length != 6 && length != 9 && length != 12) {
      throw new InvalidCodeException(
          text, "expected 2, 4, 6, 9 or 12 digits, got " + length + " characters");
    }
    long value = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidCodeException(
            text, "expected only ASCII digits, found '" + c + "' at position " + (i + 1));
      }
      value = value * 10 + (c - '0');
    }
    for (int i = length; i < 12; i++) {
      value *= 10;
    }
    return of(value, text);
  }

  /**
   * Returns the code whose 12-digit form is {@code twelveDigits}.
   *
   * @param twelveDigits the code padded to 12 digits, such as {@code 210800000000L}
   * @return the code
   * @throws InvalidCodeException if the value is not a valid division code
   */
  public static DivisionCode ofTwelveDigits(long twelveDigits) {
    return of(twelveDigits, null);
  }

  /**
   * Checks a code without throwing.
   *
   * @param text a candidate code
   * @return why the text is not a valid division code, or empty if it is one
   */
  public static Optional<String> problemWith(String text) {
    try {
      DivisionCode unused = parse(text);
      return Optional.empty();
    } catch (InvalidCodeException e) {
      return Optional.of(checkNotNull(e.getMessage()));
    }
  }

  private static DivisionCode of(long value, @Nullable String text) {
    String shown = text != null ? text : Long.toString(value);
    if (value < 0 || value > 999_999_999_999L) {
      throw new InvalidCodeException(shown, "expected at most 12 digits");
    }
    int province = (int) (value / 10_000_000_000L);
    int city = (int) (value / 100_000_000L % 100);
    int county = (int) (value / 1_000_000L % 100);
    int town = (int) (value / 1_000L % 1_000);
    int village = (int) (value % 1_000);
    if (province < 11 || province > 82) {
      throw new InvalidCodeException(
          shown, "province segment must be 11–82, got " + pad(province, 2));
    }
    DivisionLevel level = lastNonZeroLevel(city, county, town, village);
    if (city == 0 && level != DivisionLevel.PROVINCE) {
      throw new InvalidCodeException(shown, "city segment is 00 below a non-zero lower segment");
    }
    if (town == 0 && village != 0) {
      throw new InvalidCodeException(shown, "town segment is 000 below a non-zero village segment");
    }
    DivisionKind cityKind = cityKind(shown, city);
    if (county == 0 && town != 0 && cityKind != DivisionKind.CITY) {
      throw new InvalidCodeException(
          shown,
          "county segment 00 is allowed only under a city without counties (city segment 01–20 or"
              + " 51–70), got city segment "
              + pad(city, 2));
    }
    if (level == DivisionLevel.VILLAGE) {
      // a village's town segment must be one a town can have, or its parent could not exist
      DivisionKind unused = townKind(shown, town);
    }
    DivisionKind kind =
        switch (level) {
          case PROVINCE -> DivisionKind.PROVINCE;
          case CITY -> cityKind;
          case COUNTY -> countyKind(cityKind, county);
          case TOWN -> townKind(shown, town);
          case VILLAGE -> villageKind(shown, village);
        };
    return new DivisionCode(value, level, kind);
  }

  private static DivisionLevel lastNonZeroLevel(int city, int county, int town, int village) {
    if (village != 0) {
      return DivisionLevel.VILLAGE;
    }
    if (town != 0) {
      return DivisionLevel.TOWN;
    }
    if (county != 0) {
      return DivisionLevel.COUNTY;
    }
    if (city != 0) {
      return DivisionLevel.CITY;
    }
    return DivisionLevel.PROVINCE;
  }

  private static DivisionKind cityKind(String shown, int city) {
    if (city == 0) {
      return DivisionKind.PROVINCE; // unused: only provinces have city segment 00
    }
    if (city <= 20 || (city >= 51 && city <= 70)) {
      return DivisionKind.CITY;
    }
    if (city <= 50) {
      return DivisionKind.PREFECTURE;
    }
    if (city == 90) {
      return DivisionKind.PROVINCE_ADMINISTERED;
    }
    throw new InvalidCodeException(shown, "city segment must be 01–70 or 90, got " + pad(city, 2));
  }

  private static DivisionKind countyKind(DivisionKind cityKind, int county) {
    if (county <= 20 && cityKind == DivisionKind.PROVINCE_ADMINISTERED) {
      // 省直辖县级行政区划: 01–20 are county-level cities (仙桃 429004), 21– counties (神农架 429021).
      return DivisionKind.COUNTY_LEVEL_CITY;
    }
    if (county <= 20) {
      return DivisionKind.DISTRICT;
    }
    if (county <= 80) {
      return DivisionKind.COUNTY;
    }
    return DivisionKind.COUNTY_LEVEL_CITY;
  }

  private static DivisionKind townKind(String shown, int town) {
    if (town < 100) {
      return DivisionKind.STREET;
    }
    if (town < 200) {
      return DivisionKind.TOWN;
    }
    if (town < 400) {
      return DivisionKind.TOWNSHIP;
    }
    if (town < 600) {
      return DivisionKind.QUASI_TOWN;
    }
    throw new InvalidCodeException(shown, "town segment must be 001–599, got " + pad(town, 3));
  }

  private static DivisionKind villageKind(String shown, int village) {
    if (village < 200) {
      return DivisionKind.COMMUNITY;
    }
    if (village < 400) {
      return DivisionKind.VILLAGE;
    }
    if (village < 500) {
      return DivisionKind.COMMUNITY_LIKE;
    }
    if (village < 600) {
      return DivisionKind.VILLAGE_LIKE;
    }
    throw new InvalidCodeException(
        shown, "village segment must be 001–599, got " + pad(village, 3));
  }

  /**
   * The first code of a kind's segment range, below a parent: 001 for streets and communities, 100
   * for towns, 200 for townships and villages, 400 for quasi towns and community-like units, 500
   * for village-like units. Together with {@link #lastSegmentOf(DivisionKind)} this is the range a
   * new code of that kind may take.
   *
   * @param kind a town-level or village-level kind
   * @return the lowest segment value of the kind
   * @throws IllegalArgumentException if the kind is above town level
   */
  public static int firstSegmentOf(DivisionKind kind) {
    return switch (kind) {
      case STREET, COMMUNITY -> 1;
      case TOWN -> 100;
      case TOWNSHIP, VILLAGE -> 200;
      case QUASI_TOWN, COMMUNITY_LIKE -> 400;
      case VILLAGE_LIKE -> 500;
      default ->
          throw new IllegalArgumentException(
              "segment ranges are defined for town and village kinds only, got " + kind);
    };
  }

  /**
   * The last code of a kind's segment range; see {@link #firstSegmentOf(DivisionKind)}.
   *
   * @param kind a town-level or village-level kind
   * @return the highest segment value of the kind
   * @throws IllegalArgumentException if the kind is above town level
   */
  public static int lastSegmentOf(DivisionKind kind) {
    return switch (kind) {
      case STREET -> 99;
      case TOWN, COMMUNITY -> 199;
      case TOWNSHIP, VILLAGE -> 399;
      case COMMUNITY_LIKE -> 499;
      case QUASI_TOWN, VILLAGE_LIKE -> 599;
      default ->
          throw new IllegalArgumentException(
              "segment ranges are defined for town and village kinds only, got " + kind);
    };
  }

  /**
   * The code below this one with {@code segment} at {@code childLevel} and zeros in between: a
   * county below a city, a town below a county (or below a city without counties), a village-level
   * unit below a town.
   *
   * @param childLevel the level of the child, below this code's level
   * @param segment the child's segment value at that level
   * @return the child code
   * @throws InvalidCodeException if the child would not be a valid code
   * @throws IllegalArgumentException if {@code childLevel} is not below this code's level
   */
  public DivisionCode child(DivisionLevel childLevel, int segment) {
    checkArgument(
        level.isAbove(childLevel),
        "child level %s must lie below %s (%s)",
        childLevel,
        this,
        level);
    int max = childLevel == DivisionLevel.CITY || childLevel == DivisionLevel.COUNTY ? 99 : 999;
    checkArgument(segment > 0 && segment <= max, "segment must be 1–%s, got %s", max, segment);
    return ofTwelveDigits(value + segment * childLevel.divisor());
  }

  private static String pad(int v, int width) {
    return String.format(Locale.ROOT, "%0" + width + "d", v);
  }

  /**
   * The level of this code.
   *
   * @return the level of the last non-zero segment
   */
  public DivisionLevel level() {
    return level;
  }

  /**
   * The kind of unit the last segment implies.
   *
   * @return the kind
   */
  public DivisionKind kind() {
    return kind;
  }

  /**
   * The parent code: the code with the last non-zero segment zeroed. The parent of a town under a
   * city without counties is the city itself.
   *
   * @return the parent, or empty for a province
   */
  public Optional<DivisionCode> parent() {
    if (level == DivisionLevel.PROVINCE) {
      return Optional.empty();
    }
    // Zeroing the last non-zero segment is enough: a county segment 00 then yields the city.
    long divisor = level.above().orElseThrow().divisor();
    return Optional.of(ofTwelveDigits(value / divisor * divisor));
  }

  /**
   * The ancestors of this code from the province down to the parent.
   *
   * @return the ancestors, top first; empty for a province
   */
  public List<DivisionCode> ancestors() {
    List<DivisionCode> result = new ArrayList<>(4);
    Optional<DivisionCode> p = parent();
    while (p.isPresent()) {
      DivisionCode code = p.get();
      result.add(code);
      p = code.parent();
    }
    Collections.reverse(result);
    return List.copyOf(result);
  }

  /**
   * Whether this code is a proper ancestor of {@code other} by the coding rules: the other code
   * extends this one's significant digits and lies at a lower level. O(1).
   *
   * @param other the candidate descendant
   * @return true if this code is a strict prefix of the other
   */
  public boolean isAncestorOf(DivisionCode other) {
    if (!level.isAbove(other.level)) {
      return false;
    }
    long divisor = level.divisor();
    return other.value / divisor == value / divisor;
  }

  /**
   * The segment value at a level, such as the three town digits.
   *
   * @param at the level whose segment to read
   * @return the segment's numeric value, 0 if zero
   */
  public int segment(DivisionLevel at) {
    return switch (at) {
      case PROVINCE -> (int) (value / 10_000_000_000L);
      case CITY -> (int) (value / 100_000_000L % 100);
      case COUNTY -> (int) (value / 1_000_000L % 100);
      case TOWN -> (int) (value / 1_000L % 1_000);
      case VILLAGE -> (int) (value % 1_000);
    };
  }

  /**
   * The code padded to 12 digits as a number.
   *
   * @return the 12-digit value, such as {@code 210800000000L}
   */
  public long toTwelveDigits() {
    return value;
  }

  /**
   * The code padded to 12 digits.
   *
   * @return twelve ASCII digits
   */
  public String toPaddedString() {
    return Long.toString(value);
  }

  /**
   * The 6-digit administrative division code of GB/T 2260 for codes at county level or above.
   *
   * @return six digits, such as {@code "210800"} for 营口市
   * @throws IllegalStateException if this code is below county level
   */
  public String toGbCode() {
    if (level == DivisionLevel.TOWN || level == DivisionLevel.VILLAGE) {
      throw new IllegalStateException(
          "GB/T 2260 codes exist for county level and above, " + this + " is " + level);
    }
    return Long.toString(value / 1_000_000L);
  }

  /**
   * The canonical short form: as many digits as the level has (2, 4, 6, 9 or 12).
   *
   * @return the code, such as {@code "2108"} or {@code "441900003"}
   */
  @Override
  public String toString() {
    return Long.toString(value / level.divisor());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DivisionCode other && other.value == value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  @Override
  public int compareTo(DivisionCode o) {
    return Long.compare(value, o.value);
  }
}
