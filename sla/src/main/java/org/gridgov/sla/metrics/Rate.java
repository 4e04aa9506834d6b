package org.gridgov.sla.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A rate as the fraction it is: a count over a count, exact, with the percentage for display.
 *
 * <pre>{@code
 * new Rate(737, 972).percent();  // "75.82%" — 天门's on-time closures
 * }</pre>
 *
 * @param numerator the count that meets the condition, at least 0
 * @param denominator the count it is out of, at least the numerator
 */
public record Rate(long numerator, long denominator) {
  /**
   * Checks the counts.
   *
   * @param numerator at least 0
   * @param denominator at least the numerator
   */
  public Rate {
    checkArgument(
        numerator >= 0 && denominator >= numerator,
        "a rate is 0 <= numerator <= denominator, got %s/%s",
        numerator,
        denominator);
  }

  /**
   * The rate as a decimal with the given scale, rounded half up.
   *
   * @param scale digits after the point
   * @return the value, or empty when the denominator is 0
   */
  public Optional<BigDecimal> value(int scale) {
    if (denominator == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(numerator)
            .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP));
  }

  /**
   * The rate as a percentage with two decimals, as assessments print it.
   *
   * @return such as {@code "75.82%"}, or {@code "-"} when the denominator is 0
   */
  public String percent() {
    return value(4)
        .map(v -> v.movePointRight(2).setScale(2, RoundingMode.UNNECESSARY).toPlainString() + "%")
        .orElse("-");
  }
}
