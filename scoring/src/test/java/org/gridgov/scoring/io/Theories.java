package org.gridgov.scoring.io;

import org.quicktheories.QuickTheory;

/** QuickTheories with a fixed seed; the seed is printed on failure. */
final class Theories {
  static final long SEED = 20221210L;

  private Theories() {}

  static QuickTheory qt(int examples) {
    return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples);
  }
}
