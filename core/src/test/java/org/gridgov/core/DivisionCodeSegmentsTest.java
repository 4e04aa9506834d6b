package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every value of every segment, one segment at a time below valid parents, against the coding rules
 * written out as range tables: which values are codes, of which kind, and which are refused with
 * which reason. The random properties rarely draw a segment's first or last value; this test draws
 * all of them.
 */
class DivisionCodeSegmentsTest {

  /** A range of segment values, inclusive, and what it means. */
  private record Range(int from, int to, @Nullable DivisionKind kind) {}

  // The rules of the statistical division code, as ranges; null is "not a valid value".
  private static final List<Range> CITY =
      List.of(
          new Range(1, 20, DivisionKind.CITY),
          new Range(21, 50, DivisionKind.PREFECTURE),
          new Range(51, 70, DivisionKind.CITY),
          new Range(71, 89, null),
          new Range(90, 90, DivisionKind.PROVINCE_ADMINISTERED),
          new Range(91, 99, null));
  private static final List<Range> COUNTY =
      List.of(
          new Range(1, 20, DivisionKind.DISTRICT),
          new Range(21, 80, DivisionKind.COUNTY),
          new Range(81, 99, DivisionKind.COUNTY_LEVEL_CITY));
  private static final List<Range> COUNTY_UNDER_90 =
      List.of(
          new Range(1, 20, DivisionKind.COUNTY_LEVEL_CITY),
          new Range(21, 80, DivisionKind.COUNTY),
          new Range(81, 99, DivisionKind.COUNTY_LEVEL_CITY));
  private static final List<Range> TOWN =
      List.of(
          new Range(1, 99, DivisionKind.STREET),
          new Range(100, 199, DivisionKind.TOWN),
          new Range(200, 399, DivisionKind.TOWNSHIP),
          new Range(400, 599, DivisionKind.QUASI_TOWN),
          new Range(600, 999, null));
  private static final List<Range> VILLAGE =
      List.of(
          new Range(1, 199, DivisionKind.COMMUNITY),
          new Range(200, 399, DivisionKind.VILLAGE),
          new Range(400, 499, DivisionKind.COMMUNITY_LIKE),
          new Range(500, 599, DivisionKind.VILLAGE_LIKE),
          new Range(600, 999, null));

  private static @Nullable DivisionKind kindIn(List<Range> ranges, int value) {
    for (Range r : ranges) {
      if (value >= r.from() && value <= r.to()) {
        return r.kind();
      }
    }
    throw new AssertionError("no range for " + value);
  }

  private static long code(int p, int c, int k, int t, int v) {
    return (((p * 100L + c) * 100 + k) * 1000 + t) * 1000 + v;
  }

  private static String twelve(long value) {
    return String.format(Locale.ROOT, "%012d", value);
  }

  /** Parses the 12-digit form and, when valid, checks that the short form says the same. */
  private static @Nullable DivisionCode parsed(long value) {
    try {
      DivisionCode code = DivisionCode.parse(twelve(value));
      assertThat(DivisionCode.ofTwelveDigits(value)).isEqualTo(code);
      assertThat(DivisionCode.parse(code.toString())).isEqualTo(code);
      return code;
    } catch (InvalidCodeException e) {
      return null;
    }
  }

  private static void expectKind(long value, @Nullable DivisionKind expected, String reason) {
    DivisionCode code = parsed(value);
    if (expected == null) {
      assertThat(code).as("%s should be refused", twelve(value)).isNull();
      assertThatThrownBy(() -> DivisionCode.parse(twelve(value)))
          .isInstanceOf(InvalidCodeException.class)
          .hasMessageContaining(reason);
    } else if (code == null) {
      fail(
          "%s should be a %s: %s",
          twelve(value), expected, DivisionCode.problemWith(twelve(value)));
    } else {
      assertThat(code.kind()).as(twelve(value)).isEqualTo(expected);
    }
  }

  @Test
  void everyProvinceSegment() {
    for (int p = 0; p <= 99; p++) {
      expectKind(
          code(p, 0, 0, 0, 0),
          p >= 11 && p <= 82 ? DivisionKind.PROVINCE : null,
          "province segment must be 11–82, got " + String.format(Locale.ROOT, "%02d", p));
    }
  }

  @Test
  void everyCitySegment() {
    for (int c = 1; c <= 99; c++) {
      expectKind(
          code(21, c, 0, 0, 0),
          kindIn(CITY, c),
          "city segment must be 01–70 or 90, got " + String.format(Locale.ROOT, "%02d", c));
    }
  }

  @Test
  void everyCountySegmentUnderEveryKindOfCity() {
    for (int c = 1; c <= 99; c++) {
      DivisionKind city = kindIn(CITY, c);
      for (int k = 1; k <= 99; k++) {
        DivisionKind expected =
            city == null
                ? null
                : kindIn(city == DivisionKind.PROVINCE_ADMINISTERED ? COUNTY_UNDER_90 : COUNTY, k);
        expectKind(code(42, c, k, 0, 0), expected, "city segment must be 01–70 or 90");
      }
    }
  }

  @Test
  void everyTownSegmentBelowACountyAndBelowACityWithoutCounties() {
    for (int t = 1; t <= 999; t++) {
      String reason = "town segment must be 001–599, got " + t;
      expectKind(code(21, 8, 2, t, 0), kindIn(TOWN, t), reason);
      expectKind(code(44, 19, 0, t, 0), kindIn(TOWN, t), reason);
    }
  }

  @Test
  void aCountySegmentOf00IsAllowedOnlyUnderACityWithoutCounties() {
    for (int c = 1; c <= 99; c++) {
      DivisionKind city = kindIn(CITY, c);
      long town = code(44, c, 0, 3, 0);
      if (city == DivisionKind.CITY) {
        expectKind(town, DivisionKind.STREET, "");
        assertThat(DivisionCode.ofTwelveDigits(town).parent())
            .contains(DivisionCode.ofTwelveDigits(code(44, c, 0, 0, 0)));
      } else {
        expectKind(town, null, city == null ? "city segment must be" : "county segment 00");
      }
    }
  }

  @Test
  void everyVillageSegmentBelowEveryKindOfTown() {
    for (int t : new int[] {1, 99, 100, 199, 200, 399, 400, 599, 600, 999}) {
      for (int v = 1; v <= 999; v++) {
        long value = code(21, 8, 2, t, v);
        DivisionKind town = kindIn(TOWN, t);
        DivisionKind expected = town == null ? null : kindIn(VILLAGE, v);
        String reason =
            town == null
                ? "town segment must be 001–599, got " + t
                : "village segment must be 001–599, got " + v;
        expectKind(value, expected, reason);
      }
    }
    // a village below a town segment of 000
    expectKind(code(21, 8, 2, 0, 7), null, "town segment is 000 below a non-zero village segment");
    // a lower segment below a city segment of 00
    expectKind(code(21, 0, 2, 0, 0), null, "city segment is 00 below a non-zero lower segment");
  }

  @Test
  void theWholeRangeOfTwelveDigitsAndNothingBeyond() {
    for (long outside : new long[] {-1, Long.MIN_VALUE, 1_000_000_000_000L, Long.MAX_VALUE}) {
      assertThatThrownBy(() -> DivisionCode.ofTwelveDigits(outside))
          .isInstanceOf(InvalidCodeException.class)
          .hasMessageContaining("expected at most 12 digits");
    }
    // the two ends of the range are twelve digits, refused for their province segment instead
    for (long end : new long[] {0, 999_999_999_999L}) {
      assertThatThrownBy(() -> DivisionCode.ofTwelveDigits(end))
          .isInstanceOf(InvalidCodeException.class)
          .hasMessageContaining("province segment must be 11–82");
    }
    assertThat(DivisionCode.ofTwelveDigits(code(82, 90, 99, 599, 599)).kind())
        .isEqualTo(DivisionKind.VILLAGE_LIKE);
    assertThat(DivisionCode.ofTwelveDigits(code(11, 1, 1, 1, 1)).kind())
        .isEqualTo(DivisionKind.COMMUNITY);
  }

  @Test
  void digitsAreTheTenAsciiDigitsOnly() {
    for (char c = 0; c < 128; c++) {
      String text = "21" + c + "8";
      if (c >= '0' && c <= '9') {
        assertThat(DivisionCode.problemWith(text))
            .as(text)
            .satisfiesAnyOf(
                p -> assertThat(p).isEmpty(),
                p -> assertThat(p.orElseThrow()).doesNotContain("ASCII digits"));
      } else {
        char shown = c;
        assertThatThrownBy(() -> DivisionCode.parse(text))
            .as(text)
            .isInstanceOf(InvalidCodeException.class)
            .hasMessageContaining(
                "expected only ASCII digits, found '" + shown + "' at position 3");
      }
    }
  }

  @Test
  void segmentsReadBackWhatWasWritten() {
    int[][] samples = {
      {11, 1, 1, 1, 1},
      {82, 90, 99, 599, 599},
      {21, 8, 2, 1, 7},
      {44, 19, 0, 3, 0},
      {42, 90, 4, 0, 0}
    };
    DivisionLevel[] levels = DivisionLevel.values();
    for (int[] s : samples) {
      DivisionCode code = DivisionCode.ofTwelveDigits(code(s[0], s[1], s[2], s[3], s[4]));
      for (int i = 0; i < levels.length; i++) {
        assertThat(code.segment(levels[i])).as("%s at %s", code, levels[i]).isEqualTo(s[i]);
      }
    }
  }

  @Test
  void childSegmentsRunFromOneToTheirWidth() {
    DivisionCode province = DivisionCode.parse("21");
    DivisionCode city = DivisionCode.parse("2108");
    DivisionCode county = DivisionCode.parse("210802");
    DivisionCode town = DivisionCode.parse("210802001");
    // the first value of every level
    assertThat(province.child(DivisionLevel.CITY, 1)).isEqualTo(DivisionCode.parse("2101"));
    assertThat(city.child(DivisionLevel.COUNTY, 1)).isEqualTo(DivisionCode.parse("210801"));
    assertThat(county.child(DivisionLevel.TOWN, 1)).isEqualTo(DivisionCode.parse("210802001"));
    assertThat(town.child(DivisionLevel.VILLAGE, 1)).isEqualTo(DivisionCode.parse("210802001001"));
    // the last value a segment's width holds: a code where the rules allow one
    assertThat(city.child(DivisionLevel.COUNTY, 99).kind())
        .isEqualTo(DivisionKind.COUNTY_LEVEL_CITY);
    assertThatThrownBy(() -> province.child(DivisionLevel.CITY, 99))
        .isInstanceOf(InvalidCodeException.class);
    assertThatThrownBy(() -> county.child(DivisionLevel.TOWN, 999))
        .isInstanceOf(InvalidCodeException.class);
    assertThatThrownBy(() -> town.child(DivisionLevel.VILLAGE, 999))
        .isInstanceOf(InvalidCodeException.class);
    // beyond the width, or zero: refused as an argument, not as a code
    for (int bad : new int[] {0, -1}) {
      assertThatThrownBy(() -> city.child(DivisionLevel.COUNTY, bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("segment must be 1–99, got " + bad);
    }
    assertThatThrownBy(() -> province.child(DivisionLevel.CITY, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("segment must be 1–99, got 100");
    assertThatThrownBy(() -> city.child(DivisionLevel.COUNTY, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("segment must be 1–99, got 100");
    assertThatThrownBy(() -> county.child(DivisionLevel.TOWN, 1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("segment must be 1–999, got 1000");
    // a child at the same level or above
    assertThatThrownBy(() -> county.child(DivisionLevel.COUNTY, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must lie below");
  }

  @Test
  void gbCodesAtEveryLevel() {
    assertThat(DivisionCode.parse("21").toGbCode()).isEqualTo("210000");
    assertThat(DivisionCode.parse("2108").toGbCode()).isEqualTo("210800");
    assertThat(DivisionCode.parse("210802").toGbCode()).isEqualTo("210802");
    for (String below : List.of("210802001", "210802001007")) {
      assertThatThrownBy(() -> DivisionCode.parse(below).toGbCode())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("county level and above");
    }
  }

  @Test
  void aRefusalQuotesTheCodeAsGiven() {
    assertThatThrownBy(() -> DivisionCode.parse("2175"))
        .isInstanceOf(InvalidCodeException.class)
        .hasMessageStartingWith("invalid code \"2175\": city segment");
    assertThatThrownBy(() -> DivisionCode.ofTwelveDigits(217_500_000_000L))
        .isInstanceOf(InvalidCodeException.class)
        .hasMessageStartingWith("invalid code \"217500000000\": city segment");
  }

  @Test
  void codesSortInCodeOrder() {
    List<DivisionCode> sorted =
        List.of("11", "1101", "110101", "110101001", "110101001001", "110101001002", "1102", "82")
            .stream()
            .map(DivisionCode::parse)
            .toList();
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = 0; j < sorted.size(); j++) {
        assertThat(Integer.signum(sorted.get(i).compareTo(sorted.get(j))))
            .as("%s against %s", sorted.get(i), sorted.get(j))
            .isEqualTo(Integer.compare(i, j));
      }
    }
  }

  @Test
  void hashCodesSpreadDistinctCodes() {
    Set<Integer> hashes = new HashSet<>();
    Set<DivisionCode> codes = new HashSet<>();
    for (int t = 1; t <= 599; t++) {
      DivisionCode code = DivisionCode.ofTwelveDigits(code(21, 8, 2, t, 0));
      codes.add(code);
      hashes.add(code.hashCode());
      assertThat(code.hashCode()).isEqualTo(DivisionCode.parse(code.toString()).hashCode());
    }
    assertThat(codes).hasSize(599);
    assertThat(hashes).hasSize(599);
  }
}
