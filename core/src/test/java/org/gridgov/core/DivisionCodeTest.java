package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class DivisionCodeTest {

  @Test
  void yingkouCodesFromTheArticleParseToTheirLevelsAndKinds() {
    // Codes: 统计用区划代码 (NBS, 2023 vintage), ../shared/data/divisions/yingkou-2023.csv.
    assertThat(DivisionCode.parse("21").kind()).isEqualTo(DivisionKind.PROVINCE);
    assertThat(DivisionCode.parse("2108").kind()).isEqualTo(DivisionKind.CITY);
    assertThat(DivisionCode.parse("210802").kind()).isEqualTo(DivisionKind.DISTRICT);
    assertThat(DivisionCode.parse("210881").kind()).isEqualTo(DivisionKind.COUNTY_LEVEL_CITY);
    assertThat(DivisionCode.parse("210802001").kind()).isEqualTo(DivisionKind.STREET);
    assertThat(DivisionCode.parse("210804100").kind()).isEqualTo(DivisionKind.TOWN);
    assertThat(DivisionCode.parse("210881216").kind()).isEqualTo(DivisionKind.TOWNSHIP);
    assertThat(DivisionCode.parse("210811400").kind()).isEqualTo(DivisionKind.QUASI_TOWN);
    // 三楼社区, 2011 vintage, a residents' committee in 八田地街道.
    DivisionCode sanlou = DivisionCode.parse("210802001007");
    assertThat(sanlou.level()).isEqualTo(DivisionLevel.VILLAGE);
    assertThat(sanlou.kind()).isEqualTo(DivisionKind.COMMUNITY);
    assertThat(sanlou.parent()).contains(DivisionCode.parse("210802001"));
    assertThat(sanlou.ancestors())
        .extracting(DivisionCode::toString)
        .containsExactly("21", "2108", "210802", "210802001");
  }

  @Test
  void shorterFormsArePaddedWithZeroSegments() {
    DivisionCode yingkou = DivisionCode.parse("2108");
    assertThat(DivisionCode.parse("210800")).isEqualTo(yingkou);
    assertThat(DivisionCode.parse("210800000")).isEqualTo(yingkou);
    assertThat(DivisionCode.parse("210800000000")).isEqualTo(yingkou);
    assertThat(yingkou.toPaddedString()).isEqualTo("210800000000");
    assertThat(yingkou.toTwelveDigits()).isEqualTo(210800000000L);
    assertThat(yingkou.toGbCode()).isEqualTo("210800");
    assertThat(yingkou.toString()).isEqualTo("2108");
  }

  @Test
  void citiesWithoutCountiesHaveTownsDirectlyBelowTheCity() {
    // 东莞市 4419: towns are coded 441900xxx; the padded county 441900 is the city itself.
    DivisionCode dongcheng = DivisionCode.parse("441900003");
    assertThat(dongcheng.level()).isEqualTo(DivisionLevel.TOWN);
    assertThat(dongcheng.parent()).contains(DivisionCode.parse("4419"));
    assertThat(DivisionCode.parse("441900").level()).isEqualTo(DivisionLevel.CITY);
    assertThat(dongcheng.ancestors())
        .extracting(DivisionCode::toString)
        .containsExactly("44", "4419");
  }

  @Test
  void villageKindsFollowTheSegmentRanges() {
    assertThat(DivisionCode.parse("210802001199").kind()).isEqualTo(DivisionKind.COMMUNITY);
    assertThat(DivisionCode.parse("210804100200").kind()).isEqualTo(DivisionKind.VILLAGE);
    assertThat(DivisionCode.parse("210804100450").kind()).isEqualTo(DivisionKind.COMMUNITY_LIKE);
    assertThat(DivisionCode.parse("210804100599").kind()).isEqualTo(DivisionKind.VILLAGE_LIKE);
    // Counterexamples from DOMAIN.md: the urban-rural class is not in the code.
    assertThat(DivisionCode.parse("440983102209").kind()).isEqualTo(DivisionKind.VILLAGE);
    assertThat(DivisionCode.parse("411381110002").kind()).isEqualTo(DivisionKind.COMMUNITY);
  }

  @Test
  void cityKindsFollowTheSegmentRanges() {
    assertThat(DivisionCode.parse("1101").kind()).isEqualTo(DivisionKind.CITY);
    assertThat(DivisionCode.parse("5224").kind()).isEqualTo(DivisionKind.PREFECTURE);
    assertThat(DivisionCode.parse("4290").kind()).isEqualTo(DivisionKind.PROVINCE_ADMINISTERED);
    assertThat(DivisionCode.parse("429004").kind()).isEqualTo(DivisionKind.COUNTY_LEVEL_CITY);
    assertThat(DivisionCode.parse("429021").kind()).isEqualTo(DivisionKind.COUNTY);
    assertThat(DivisionCode.parse("210821").kind()).isEqualTo(DivisionKind.COUNTY);
  }

  @Test
  void malformedCodesAreRefusedWithTheCodeAndTheReason() {
    assertThatThrownBy(() -> DivisionCode.parse("21080"))
        .isInstanceOf(InvalidCodeException.class)
        .hasMessageContaining("\"21080\"")
        .hasMessageContaining("got 5 characters");
    assertThatThrownBy(() -> DivisionCode.parse("2108O2"))
        .hasMessageContaining("'O' at position 5");
    assertThatThrownBy(() -> DivisionCode.parse("99")).hasMessageContaining("province segment");
    assertThatThrownBy(() -> DivisionCode.parse("2180")).hasMessageContaining("city segment");
    assertThatThrownBy(() -> DivisionCode.parse("210802600"))
        .hasMessageContaining("town segment must be 001–599, got 600");
    assertThatThrownBy(() -> DivisionCode.parse("210802001600"))
        .hasMessageContaining("village segment must be 001–599, got 600");
    assertThatThrownBy(() -> DivisionCode.parse("210002001"))
        .hasMessageContaining("city segment is 00");
    assertThatThrownBy(() -> DivisionCode.parse("522400001"))
        .hasMessageContaining("only under a city without counties");
    assertThatThrownBy(() -> DivisionCode.parse("210802000001"))
        .hasMessageContaining("town segment is 000");
    assertThatThrownBy(() -> DivisionCode.parse("２１")).hasMessageContaining("ASCII digits");
    // a village-level code whose town segment no town may have: its parent could not exist
    assertThatThrownBy(() -> DivisionCode.parse("210802902001"))
        .isInstanceOf(InvalidCodeException.class)
        .hasMessageContaining("town segment must be 001–599, got 902");
    assertThat(DivisionCode.problemWith("210802")).isEmpty();
    assertThat(DivisionCode.problemWith("2")).isPresent();
  }

  @Test
  void childCodesAreBuiltBelowTheParent() {
    DivisionCode street = DivisionCode.parse("210802001");
    assertThat(street.child(DivisionLevel.VILLAGE, 7))
        .isEqualTo(DivisionCode.parse("210802001007"));
    assertThat(DivisionCode.parse("4419").child(DivisionLevel.TOWN, 3))
        .isEqualTo(DivisionCode.parse("441900003"));
    assertThatThrownBy(() -> street.child(DivisionLevel.TOWN, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> street.child(DivisionLevel.VILLAGE, 1000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(DivisionCode.firstSegmentOf(DivisionKind.TOWNSHIP)).isEqualTo(200);
    assertThat(DivisionCode.lastSegmentOf(DivisionKind.VILLAGE_LIKE)).isEqualTo(599);
  }

  @Test
  void gbCodesExistForCountyLevelAndAbove() {
    assertThat(DivisionCode.parse("21").toGbCode()).isEqualTo("210000");
    assertThatThrownBy(() -> DivisionCode.parse("210802001").toGbCode())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            DivisionCode.parse("2108"),
            DivisionCode.parse("210800"),
            DivisionCode.ofTwelveDigits(210800000000L))
        .addEqualityGroup(DivisionCode.parse("210802"))
        .testEquals();
  }

  @Test
  void publicMethodsRejectNulls() {
    new NullPointerTester().testAllPublicStaticMethods(DivisionCode.class);
    new NullPointerTester().testAllPublicInstanceMethods(DivisionCode.parse("210802"));
  }
}
