package org.gridgov.sla.clock;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * When a warning light (黄灯, 红灯) comes on: at a share of the budget used, as ServiceNow's 50 % and
 * 75 % warnings, or a time before the breach, both in the milestone's own clock. Branch on {@link
 * #kind()}.
 *
 * <pre>{@code
 * Threshold.percent(50);                       // half the budget used
 * Threshold.beforeBreach(Duration.ofHours(1)); // one hour (of the clock) left
 * Threshold.parse("75%");  Threshold.parse("PT1H");
 * }</pre>
 */
public sealed interface Threshold permits Threshold.Share, Threshold.BeforeBreach {
  /** The cases. */
  enum Kind {
    /** {@link Share}. */
    SHARE,
    /** {@link BeforeBreach}. */
    BEFORE_BREACH
  }

  /**
   * Which case this is.
   *
   * @return the kind
   */
  Kind kind();

  /**
   * At a share of the budget used.
   *
   * @param percent 1 to 99
   * @return the threshold
   */
  static Share percent(int percent) {
    return new Share(percent);
  }

  /**
   * At a time before the breach.
   *
   * @param left positive time of the milestone's clock
   * @return the threshold
   */
  static BeforeBreach beforeBreach(Duration left) {
    return new BeforeBreach(left);
  }

  /**
   * Parses {@code 75%} or an ISO duration such as {@code PT1H}.
   *
   * @param text the text
   * @return the threshold
   * @throws IllegalArgumentException if the text is neither
   */
  static Threshold parse(String text) {
    checkNotNull(text, "text");
    if (text.endsWith("%")) {
      try {
        return percent(Integer.parseInt(text.substring(0, text.length() - 1)));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("expected a share such as 75%, got " + text, e);
      }
    }
    try {
      return beforeBreach(Duration.parse(text));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "expected a share such as 75% or a time before breach such as PT1H, got " + text, e);
    }
  }

  /**
   * The share of a budget this threshold falls at, in nanoseconds of the clock: the instant the
   * light comes on is when the used time reaches it.
   *
   * @param budgetNanos the budget
   * @return the used time at which it comes on, from 0 to the budget
   */
  long usedAt(long budgetNanos);

  /**
   * The text form: {@code 75%} or {@code PT1H}.
   *
   * @return the text
   */
  String toText();

  /**
   * At a share of the budget used.
   *
   * @param percent 1 to 99
   */
  record Share(int percent) implements Threshold {
    /**
     * Checks the range.
     *
     * @param percent 1 to 99
     */
    public Share {
      checkArgument(percent >= 1 && percent <= 99, "a share is 1% to 99%, got %s%", percent);
    }

    @Override
    public Kind kind() {
      return Kind.SHARE;
    }

    @Override
    public long usedAt(long budgetNanos) {
      // budgets are at most ten years (3.2e17 ns): no overflow in two steps
      return budgetNanos / 100 * percent + budgetNanos % 100 * percent / 100;
    }

    @Override
    public String toText() {
      return percent + "%";
    }
  }

  /**
   * At a time before the breach.
   *
   * @param left positive, at most {@link Budget#MAX_TIME}
   */
  record BeforeBreach(Duration left) implements Threshold {
    /**
     * Checks the range.
     *
     * @param left positive, at most {@link Budget#MAX_TIME}
     */
    public BeforeBreach {
      checkNotNull(left, "left");
      checkArgument(
          !left.isNegative() && !left.isZero() && left.compareTo(Budget.MAX_TIME) <= 0,
          "a time before breach is positive and at most %s, got %s",
          Budget.MAX_TIME,
          left);
    }

    @Override
    public Kind kind() {
      return Kind.BEFORE_BREACH;
    }

    @Override
    public long usedAt(long budgetNanos) {
      return Math.max(0, budgetNanos - left.toNanos());
    }

    @Override
    public String toText() {
      return left.toString();
    }
  }
}
