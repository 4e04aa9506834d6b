package org.gridgov.sla.calendar;

import org.quicktheories.QuickTheory;

/**
 * QuickTheories with a fixed seed, so that runs are reproducible; QuickTheories prints the seed
 * with a falsifying example, and every generated case prints its own seed too.
 */
public final class Theories {
  /** The seed of every property run in this module. */
  public static final long SEED = 20240209L;

  private Theories() {}

  /**
   * A fixed-seed theory with the given number of examples.
   *
   * @param examples how many examples to try
   * @return the theory
   */
  public static QuickTheory qt(int examples) {
    return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples);
  }
}
