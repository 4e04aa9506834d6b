package org.gridgov.scoring.rating;

import org.quicktheories.QuickTheory;

/**
 * QuickTheories with a fixed seed, so that runs are reproducible; the seed is printed on failure.
 * Examples are sized so that each property takes a few seconds at most.
 */
final class Theories {
  static final long SEED = 20221210L;

  private Theories() {}

  static QuickTheory qt(int examples) {
    return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples);
  }
}
