package org.gridgov.geo;

import org.quicktheories.QuickTheory;

/**
 * QuickTheories with a fixed seed, so that runs are reproducible; the seed is printed on failure.
 */
final class Theories {
  static final long SEED = 20221210L;

  /** A factor on every example count, from {@code gridgov.examples.scale} (default 1). */
  static final double SCALE = Double.parseDouble(System.getProperty("gridgov.examples.scale", "1"));

  private Theories() {}

  static QuickTheory qt(int examples) {
    return QuickTheory.qt()
        .withFixedSeed(SEED)
        .withExamples(Math.max(1, (int) Math.round(examples * SCALE)));
  }
}
