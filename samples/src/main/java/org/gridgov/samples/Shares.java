package org.gridgov.samples;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.function.DoubleSupplier;

/** Splitting a total into random positive parts that add up exactly, for the generators. */
final class Shares {
  private Shares() {}

  /**
   * {@code total} split into {@code n} parts of at least 1, in proportion to random weights.
   *
   * @param weight draws one positive weight per part, in order
   */
  static int[] split(int total, int n, DoubleSupplier weight) {
    checkArgument(total >= n, "cannot split %s into %s non-empty parts", total, n);
    double[] weights = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      weights[i] = weight.getAsDouble();
      sum += weights[i];
    }
    int[] parts = new int[n];
    long assigned = 0;
    for (int i = 0; i < n; i++) {
      parts[i] = Math.max(1, (int) Math.floor(total * weights[i] / sum));
      assigned += parts[i];
    }
    for (int i = 0; assigned < total; i = (i + 1) % n) {
      parts[i]++;
      assigned++;
    }
    for (int i = 0; assigned > total; i = (i + 1) % n) {
      if (parts[i] > 1) {
        parts[i]--;
        assigned--;
      }
    }
    return parts;
  }
}
