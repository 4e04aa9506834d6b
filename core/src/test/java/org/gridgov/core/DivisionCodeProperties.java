package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DivisionCodeProperties {

  /** Codes with valid segments at every level, including cities without counties. */
  static Gen<DivisionCode> codes() {
    Gen<Integer> province = integers().between(11, 82);
    Gen<Integer> city = integers().between(0, 70).mix(integers().between(90, 90), 10);
    Gen<Integer> county = integers().between(0, 99);
    Gen<Integer> town = integers().between(0, 599);
    Gen<Integer> village = integers().between(0, 599);
    Gen<Integer> depth = integers().between(1, 5);
    return province
        .zip(city, county, town, (p, c, k, t) -> new int[] {p, c, k, t})
        .zip(village, depth, (a, v, d) -> build(a[0], a[1], a[2], a[3], v, d))
        .assuming(Optional::isPresent)
        .map(Optional::get);
  }

  private static Optional<DivisionCode> build(int p, int c, int k, int t, int v, int depth) {
    long value = p * 10_000_000_000L;
    if (depth >= 2) {
      value += c * 100_000_000L;
    }
    if (depth >= 3) {
      value += k * 1_000_000L;
    }
    if (depth >= 4) {
      value += t * 1_000L;
    }
    if (depth >= 5) {
      value += v;
    }
    try {
      return Optional.of(DivisionCode.ofTwelveDigits(value));
    } catch (InvalidCodeException e) {
      return Optional.empty();
    }
  }

  @Test
  void formatThenParseIsIdentity() {
    qt().forAll(codes())
        .checkAssert(
            code -> {
              assertThat(DivisionCode.parse(code.toString())).isEqualTo(code);
              assertThat(DivisionCode.parse(code.toPaddedString())).isEqualTo(code);
              assertThat(code.toString()).hasSize(code.level().digits());
            });
  }

  @Test
  void parentIsOneLevelUpOrTheCityForCountylessTowns() {
    qt().forAll(codes())
        .checkAssert(
            code ->
                code.parent()
                    .ifPresentOrElse(
                        parent -> {
                          assertThat(parent.level().isAbove(code.level())).isTrue();
                          assertThat(parent.isAncestorOf(code)).isTrue();
                          boolean skipsCounty =
                              code.level() == DivisionLevel.TOWN
                                  && code.segment(DivisionLevel.COUNTY) == 0;
                          assertThat(parent.level())
                              .isEqualTo(
                                  skipsCounty
                                      ? DivisionLevel.CITY
                                      : code.level().above().orElseThrow());
                        },
                        () -> assertThat(code.level()).isEqualTo(DivisionLevel.PROVINCE)));
  }

  @Test
  void isAncestorOfAgreesWithTheParentWalk() {
    qt().forAll(codes(), codes())
        .checkAssert(
            (a, b) -> {
              boolean walk = false;
              for (Optional<DivisionCode> p = b.parent(); p.isPresent(); p = p.get().parent()) {
                walk |= p.get().equals(a);
              }
              assertThat(a.isAncestorOf(b)).isEqualTo(walk);
              // Related codes: every ancestor of b is an ancestor by the prefix test.
              for (DivisionCode ancestor : b.ancestors()) {
                assertThat(ancestor.isAncestorOf(b)).isTrue();
              }
            });
  }

  @Test
  void whateverParsesHasParentsThatParse() {
    // Any twelve digits: either refused, or every ancestor exists as a code of its own.
    qt().forAll(longs().between(0L, 999_999_999_999L))
        .checkAssert(
            value -> {
              String text = String.format(java.util.Locale.ROOT, "%012d", value);
              DivisionCode code;
              try {
                code = DivisionCode.parse(text);
              } catch (InvalidCodeException e) {
                return;
              }
              for (DivisionCode a : code.ancestors()) {
                assertThat(DivisionCode.parse(a.toString())).isEqualTo(a);
                assertThat(a.isAncestorOf(code)).isTrue();
              }
            });
    // the same with segments drawn from their whole ranges, so that most codes are valid
    qt().forAll(longs().between(0L, Long.MAX_VALUE))
        .checkAssert(
            x -> {
              long p = 11 + x % 72;
              long c = x / 72 % 100;
              long k = x / 7_200 % 100;
              long t = x / 720_000 % 1000;
              long v = x / 720_000_000L % 1000;
              long value = (((p * 100 + c) * 100 + k) * 1000 + t) * 1000 + v;
              DivisionCode code;
              try {
                code = DivisionCode.ofTwelveDigits(value);
              } catch (InvalidCodeException e) {
                return;
              }
              code.ancestors().forEach(a -> assertThat(a.isAncestorOf(code)).isTrue());
            });
  }

  @Test
  void kindAgreesWithLevel() {
    qt().forAll(codes())
        .checkAssert(code -> assertThat(code.kind().level()).isEqualTo(code.level()));
  }
}
