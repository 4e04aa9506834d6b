package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.Immutable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * 分 — a number of points in a rubric, exact to one hundredth of a point. Real rubrics deduct in
 * half points, fifths and quarters ("每缺一次扣0.25分"); binary floating point cannot hold those exactly
 * and sums of them drift, so points are whole hundredths held in a {@code long}. Every sum a rating
 * makes is exact, and a total of 89.5 is never 89.49999.
 *
 * <pre>{@code
 * Points max = Points.of(4);                    // 4
 * Points lost = Points.parse("1.5");            // 1.5
 * max.minus(lost);                              // 2.5
 * Points.of(new BigDecimal("0.125"));           // IllegalArgumentException: finer than 0.01
 * }</pre>
 *
 * <p>Values lie within ±{@value #MAX_HUNDREDTHS} hundredths; arithmetic beyond that throws. {@link
 * #toString()} and {@link #toBigDecimal()} give the normalised decimal ({@code 90}, {@code 89.5},
 * {@code 0.25}), which is also the JSON form. Instances are immutable; equality is by value.
 */
@Immutable
public final class Points implements Comparable<Points> {
  /** The largest magnitude held, in hundredths of a point: {@value}. */
  public static final long MAX_HUNDREDTHS = 1_000_000_000_000_000L;

  /** Zero points. */
  public static final Points ZERO = new Points(0);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final long hundredths;

  private Points(long hundredths) {
    this.hundredths = hundredths;
  }

  /**
   * A whole number of points.
   *
   * @param points the points
   * @return the value
   * @throws IllegalArgumentException beyond the range
   */
  public static Points of(long points) {
    checkArgument(
        points >= -MAX_HUNDREDTHS / 100 && points <= MAX_HUNDREDTHS / 100,
        "points out of range: %s",
        points);
    return ofHundredths(points * 100);
  }

  /**
   * Points from a decimal with at most two decimal places (trailing zeros do not count).
   *
   * @param value the decimal, such as {@code 2.5}
   * @return the value
   * @throws IllegalArgumentException if finer than 0.01 or out of range
   */
  public static Points of(BigDecimal value) {
    checkNotNull(value, "value");
    BigDecimal scaled = value.multiply(HUNDRED);
    checkArgument(
        scaled.signum() == 0 || scaled.stripTrailingZeros().scale() <= 0,
        "points are exact to 0.01, got %s",
        value.toPlainString());
    checkArgument(
        scaled.abs().compareTo(BigDecimal.valueOf(MAX_HUNDREDTHS)) <= 0,
        "points out of range: %s",
        value.toPlainString());
    return ofHundredths(scaled.longValueExact());
  }

  /**
   * Parses a decimal such as {@code 89.5}, {@code -2} or {@code 0.25}.
   *
   * @param text the decimal
   * @return the value
   * @throws IllegalArgumentException if not a decimal, finer than 0.01 or out of range
   */
  public static Points parse(String text) {
    checkNotNull(text, "text");
    BigDecimal value;
    try {
      value = new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected points such as 2.5, got \"" + text + "\"", e);
    }
    return of(value);
  }

  /**
   * Points from whole hundredths.
   *
   * @param hundredths hundredths of a point
   * @return the value
   * @throws IllegalArgumentException beyond ±{@value #MAX_HUNDREDTHS}
   */
  public static Points ofHundredths(long hundredths) {
    checkArgument(
        hundredths >= -MAX_HUNDREDTHS && hundredths <= MAX_HUNDREDTHS,
        "points out of range: %s hundredths",
        hundredths);
    return hundredths == 0 ? ZERO : new Points(hundredths);
  }

  /**
   * The value in hundredths of a point.
   *
   * @return the hundredths
   */
  public long hundredths() {
    return hundredths;
  }

  /**
   * The value as a decimal without trailing zeros and with a scale of at least 0 ({@code 90}, not
   * {@code 9E+1}).
   *
   * @return the decimal
   */
  public BigDecimal toBigDecimal() {
    BigDecimal d = BigDecimal.valueOf(hundredths, 2).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0, RoundingMode.UNNECESSARY) : d;
  }

  /**
   * The sum.
   *
   * @param other the points to add
   * @return this plus other
   * @throws IllegalArgumentException beyond the range
   */
  public Points plus(Points other) {
    return ofHundredths(Math.addExact(hundredths, other.hundredths));
  }

  /**
   * The difference.
   *
   * @param other the points to subtract
   * @return this minus other
   * @throws IllegalArgumentException beyond the range
   */
  public Points minus(Points other) {
    return ofHundredths(Math.subtractExact(hundredths, other.hundredths));
  }

  /**
   * This many times.
   *
   * @param times the factor
   * @return this times the factor
   * @throws IllegalArgumentException beyond the range
   */
  public Points times(long times) {
    long product;
    try {
      product = Math.multiplyExact(hundredths, times);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("points out of range: " + this + " × " + times, e);
    }
    return ofHundredths(product);
  }

  /**
   * The smaller of this and another.
   *
   * @param other the other
   * @return the smaller, this if equal
   */
  public Points min(Points other) {
    return other.hundredths < hundredths ? other : this;
  }

  /**
   * The larger of this and another.
   *
   * @param other the other
   * @return the larger, this if equal
   */
  public Points max(Points other) {
    return other.hundredths > hundredths ? other : this;
  }

  /**
   * Whether zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return hundredths == 0;
  }

  /**
   * Whether above zero.
   *
   * @return true if positive
   */
  public boolean isPositive() {
    return hundredths > 0;
  }

  /**
   * Whether below zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return hundredths < 0;
  }

  @Override
  public int compareTo(Points other) {
    return Long.compare(hundredths, other.hundredths);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Points p && p.hundredths == hundredths;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(hundredths);
  }

  /**
   * The normalised decimal, such as {@code 89.5} or {@code 90}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    long whole = Math.abs(hundredths) / 100;
    int fraction = (int) (Math.abs(hundredths) % 100);
    String sign = hundredths < 0 ? "-" : "";
    if (fraction == 0) {
      return sign + whole;
    }
    if (fraction % 10 == 0) {
      return sign + whole + "." + fraction / 10;
    }
    return sign + whole + (fraction < 10 ? ".0" : ".") + fraction;
  }
}
