package org.gridgov.sla.clock;

/**
 * How many examples a property tries: the count given, times the system property {@code
 * gridgov.examples.scale} (1 by default; {@code mvn test -Dgridgov.examples.scale=20} for a long
 * run).
 */
final class Examples {
  private Examples() {}

  static int scaled(int examples) {
    return examples * Math.max(1, Integer.getInteger("gridgov.examples.scale", 1));
  }
}
