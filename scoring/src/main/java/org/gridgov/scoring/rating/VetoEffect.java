package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What a triggered {@link Veto} does to the stars: disqualify (一票否决, no star), cap (不得评为四星以上 = at
 * most three stars) or demote (降一星).
 *
 * <pre>{@code
 * VetoEffect.disqualify();
 * VetoEffect.capAt(3);     // "may not be rated four-star"
 * VetoEffect.demoteBy(1);
 * }</pre>
 */
public sealed interface VetoEffect
    permits VetoEffect.Disqualify, VetoEffect.CapAt, VetoEffect.DemoteBy {

  /** The cases, for {@code switch}. */
  enum Kind {
    /** {@link Disqualify}. */
    DISQUALIFY,
    /** {@link CapAt}. */
    CAP,
    /** {@link DemoteBy}. */
    DEMOTE
  }

  /**
   * Which case this is.
   *
   * @return the case
   */
  Kind kind();

  /**
   * No star at all.
   *
   * @return the effect
   */
  static Disqualify disqualify() {
    return new Disqualify();
  }

  /**
   * At most a number of stars.
   *
   * @param stars the most, 0 to 4
   * @return the effect
   */
  static CapAt capAt(int stars) {
    return new CapAt(stars);
  }

  /**
   * Fewer stars than earned.
   *
   * @param levels how many fewer, at least 1
   * @return the effect
   */
  static DemoteBy demoteBy(int levels) {
    return new DemoteBy(levels);
  }

  /** 一票否决 — no star, whatever the score. */
  record Disqualify() implements VetoEffect {
    @Override
    public Kind kind() {
      return Kind.DISQUALIFY;
    }

    /** The effect as {@code disqualify}. */
    @Override
    public String toString() {
      return "disqualify";
    }
  }

  /**
   * At most {@code stars} stars.
   *
   * @param stars the most, 0 to 4
   */
  record CapAt(int stars) implements VetoEffect {
    /**
     * Checks the cap.
     *
     * @param stars 0 to 4
     */
    public CapAt {
      checkArgument(
          stars >= 0 && stars < Checks.MAX_STARS,
          "a cap is from 0 to %s stars, got %s",
          Checks.MAX_STARS - 1,
          stars);
    }

    @Override
    public Kind kind() {
      return Kind.CAP;
    }

    /** The effect as {@code cap at 3}. */
    @Override
    public String toString() {
      return "cap at " + stars;
    }
  }

  /**
   * {@code levels} stars fewer than earned, never below none.
   *
   * @param levels at least 1
   */
  record DemoteBy(int levels) implements VetoEffect {
    /**
     * Checks the levels.
     *
     * @param levels 1 to 5
     */
    public DemoteBy {
      checkArgument(
          levels >= 1 && levels <= Checks.MAX_STARS,
          "a demotion is by 1 to %s stars, got %s",
          Checks.MAX_STARS,
          levels);
    }

    @Override
    public Kind kind() {
      return Kind.DEMOTE;
    }

    /** The effect as {@code demote by 1}. */
    @Override
    public String toString() {
      return "demote by " + levels;
    }
  }
}
