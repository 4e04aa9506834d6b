package org.gridgov.sla.calendar;

import org.quicktheories.QuickTheory;

/**
 * QuickTheories with a fixed seed, so that runs are reproducible; QuickTheories prints the seed
 * with a falsifying example, and every generated case prints its own seed too.
 */
public final class Theories {
  /** The seed of every property run in this module. */
  public static final long SEED = 20240209L;

  /**
   * A factor on every example count, from the system property {@code gridgov.examples.scale}
   * (default 1): the {@code pit} profile sets 0.1 so that mutation testing stays affordable.
   */
  public static final double SCALE =
      Double.parseDouble(System.getProperty("gridgov.examples.scale", "1"));

  private Theories() {}

  /**
   * A fixed-seed theory with the given number of examples.
   *
   * @param examples how many examples to try
   * @return the theory
   */
  public static QuickTheory qt(int examples) {
    return QuickTheory.qt()
        .withFixedSeed(SEED)
        .withExamples(Math.max(1, (int) Math.round(examples * SCALE)));
  }
}
