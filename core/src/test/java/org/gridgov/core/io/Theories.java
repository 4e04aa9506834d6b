package org.gridgov.core.io;

import org.quicktheories.QuickTheory;

/**
 * QuickTheories with a fixed seed, so that runs are reproducible; the seed is printed on failure.
 */
final class Theories {
  static final long SEED = 20221210L;

  private Theories() {}

  static QuickTheory qt() {
    return QuickTheory.qt().withFixedSeed(SEED).withExamples(1000);
  }
}
