package org.gridgov.scoring.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Normal form of measure values: no trailing zeros, scale at least 0, so that equal means equal.
 */
final class Measures {
  private Measures() {}

  static BigDecimal normalise(BigDecimal value) {
    BigDecimal d = value.stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0, RoundingMode.UNNECESSARY) : d;
  }
}
