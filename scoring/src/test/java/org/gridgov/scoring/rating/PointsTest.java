package org.gridgov.scoring.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PointsTest {
  @Test
  void halfAndQuarterPointsAreExact() {
    Points sum = Points.ZERO;
    for (int i = 0; i < 10; i++) {
      sum = sum.plus(Points.parse("0.1"));
    }
    assertThat(sum).isEqualTo(Points.of(1));
    assertThat(Points.parse("89.50")).hasToString("89.5");
    assertThat(Points.of(90).toBigDecimal()).isEqualByComparingTo("90").hasToString("90");
    assertThat(Points.parse("0.25").times(3)).hasToString("0.75");
    assertThat(Points.parse("-2.5").minus(Points.parse("0.5"))).hasToString("-3");
    assertThat(Points.of(new BigDecimal("1E+2"))).isEqualTo(Points.of(100));
  }

  @Test
  void finerThanAHundredthOrOutOfRangeIsRefusedNamingTheValue() {
    assertThatThrownBy(() -> Points.parse("0.125"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("points are exact to 0.01, got 0.125");
    assertThatThrownBy(() -> Points.parse("two"))
        .hasMessage("expected points such as 2.5, got \"two\"");
    assertThatThrownBy(() -> Points.of(new BigDecimal("1E+30")))
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> Points.ofHundredths(Points.MAX_HUNDREDTHS).plus(Points.of(1)))
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> Points.of(Long.MAX_VALUE)).hasMessageContaining("out of range");
    assertThatThrownBy(() -> Points.of(Long.MIN_VALUE)).hasMessageContaining("out of range");
    assertThatThrownBy(() -> Points.of(3).times(Long.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalityIsByValueWhateverTheScale() {
    new EqualsTester()
        .addEqualityGroup(Points.parse("2.5"), Points.parse("2.50"), Points.ofHundredths(250))
        .addEqualityGroup(Points.ZERO, Points.parse("0.00"), Points.of(0))
        .addEqualityGroup(Points.of(-1))
        .testEquals();
    assertThat(Points.of(1).compareTo(Points.parse("0.99"))).isPositive();
    assertThat(Points.of(1).min(Points.of(2))).isEqualTo(Points.of(1));
    assertThat(Points.of(1).max(Points.of(2))).isEqualTo(Points.of(2));
    assertThat(Points.of(-1).isNegative()).isTrue();
    assertThat(Points.ZERO.isZero()).isTrue();
  }
}
