package org.gridgov.sla.clock;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * 预警 — the two warning lights of a milestone: yellow (黄灯) and red (红灯). Defaults to ServiceNow's 50
 * % and 75 %.
 *
 * @param yellow when the yellow light comes on
 * @param red when the red light comes on; a red light never comes on before the yellow one (the
 *     later of the two instants is used)
 */
public record Warnings(Threshold yellow, Threshold red) {
  /** Yellow at 50 %, red at 75 % of the budget. */
  public static final Warnings DEFAULT = new Warnings(Threshold.percent(50), Threshold.percent(75));

  /**
   * Checks for nulls.
   *
   * @param yellow when the yellow light comes on
   * @param red when the red light comes on
   */
  public Warnings {
    checkNotNull(yellow, "yellow");
    checkNotNull(red, "red");
  }

  /**
   * Warnings at two thresholds.
   *
   * @param yellow the yellow threshold
   * @param red the red threshold
   * @return the warnings
   */
  public static Warnings of(Threshold yellow, Threshold red) {
    return new Warnings(yellow, red);
  }
}
