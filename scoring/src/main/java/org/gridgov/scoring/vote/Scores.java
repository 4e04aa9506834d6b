package org.gridgov.scoring.vote;

import java.math.BigDecimal;
import java.math.MathContext;

/** Decimal arithmetic of scores: exact where it can be, 34 significant digits where it divides. */
final class Scores {
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  static final MathContext CONTEXT = MathContext.DECIMAL128;

  private Scores() {}

  /** The same number without trailing zeros, and zero as plain 0, so that equal means equal. */
  static BigDecimal normalise(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.signum() == 0 ? BigDecimal.ZERO : s.scale() < 0 ? s.setScale(0) : s;
  }
}
