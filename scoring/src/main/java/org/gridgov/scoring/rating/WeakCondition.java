package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * When a {@link WeakTrigger} (软弱涣散) fires: a fact the assessment attests (the secretary post vacant
 * for more than three months), a total below some points, a measure below a threshold (members'
 * satisfaction below 60 %), or the lowest total of the round (排名末位).
 *
 * <pre>{@code
 * WeakCondition.attested();
 * WeakCondition.totalBelow(Points.of(60));
 * WeakCondition.measureBelow("satisfaction", new BigDecimal("0.6"));
 * WeakCondition.lastInRound();
 * }</pre>
 */
public sealed interface WeakCondition
    permits WeakCondition.Attested,
        WeakCondition.TotalBelow,
        WeakCondition.MeasureBelow,
        WeakCondition.LastInRound {

  /** The cases, for {@code switch}. */
  enum Kind {
    /** {@link Attested}. */
    ATTESTED,
    /** {@link TotalBelow}. */
    TOTAL_BELOW,
    /** {@link MeasureBelow}. */
    MEASURE_BELOW,
    /** {@link LastInRound}. */
    LAST_IN_ROUND
  }

  /**
   * Which case this is.
   *
   * @return the case
   */
  Kind kind();

  /**
   * The assessment attests the trigger, with evidence.
   *
   * @return the condition
   */
  static Attested attested() {
    return new Attested();
  }

  /**
   * The total is below some points.
   *
   * @param points the threshold, exclusive
   * @return the condition
   */
  static TotalBelow totalBelow(Points points) {
    return new TotalBelow(points);
  }

  /**
   * A measure of the assessment is below a threshold; a missing measure does not fire.
   *
   * @param measure the measure's name
   * @param threshold the threshold, exclusive
   * @return the condition
   */
  static MeasureBelow measureBelow(String measure, BigDecimal threshold) {
    return new MeasureBelow(measure, threshold);
  }

  /**
   * The lowest total of the round (all tied at the lowest), when some organisation rated in the
   * round scores higher: nobody is last when nobody is behind, so when every rated organisation has
   * the same total, or only one is rated, it fires for none. Only a round can tell.
   *
   * @return the condition
   */
  static LastInRound lastInRound() {
    return new LastInRound();
  }

  /** The assessment attests the trigger, with evidence. */
  record Attested() implements WeakCondition {
    @Override
    public Kind kind() {
      return Kind.ATTESTED;
    }
  }

  /**
   * The total is below some points.
   *
   * @param points the threshold, exclusive, at least 0
   */
  record TotalBelow(Points points) implements WeakCondition {
    /**
     * Checks the threshold.
     *
     * @param points at least 0
     */
    public TotalBelow {
      Checks.nonNegative(points, "points");
    }

    @Override
    public Kind kind() {
      return Kind.TOTAL_BELOW;
    }
  }

  /**
   * A measure is below a threshold.
   *
   * @param measure the measure's name, such as {@code satisfaction}
   * @param threshold the threshold, exclusive; normalised (no trailing zeros)
   */
  record MeasureBelow(String measure, BigDecimal threshold) implements WeakCondition {
    /**
     * Checks and normalises.
     *
     * @param measure not blank
     * @param threshold the threshold
     */
    public MeasureBelow {
      Checks.id(measure, "measure");
      threshold = Measures.normalise(checkNotNull(threshold, "threshold"));
    }

    @Override
    public Kind kind() {
      return Kind.MEASURE_BELOW;
    }
  }

  /** The lowest total of the round, below some other organisation's. */
  record LastInRound() implements WeakCondition {
    @Override
    public Kind kind() {
      return Kind.LAST_IN_ROUND;
    }
  }
}
