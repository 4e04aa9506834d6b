package org.gridgov.benchmarks.core;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import org.gridgov.core.Atlas;
import org.gridgov.samples.SyntheticNational;

/**
 * Retained heap of a built national atlas: heap in use after a full collection with the atlas
 * reachable, minus the same without it. Run: {@code java -Xmx8g -cp
 * benchmarks/target/benchmarks.jar org.gridgov.benchmarks.core.AtlasFootprint 5000000}.
 */
public final class AtlasFootprint {
  private AtlasFootprint() {}

  /**
   * Prints the retained bytes, in total and per grid.
   *
   * @param args the number of grids (default 5000000)
   */
  public static void main(String[] args) {
    int grids = args.length > 0 ? Integer.parseInt(args[0]) : SyntheticNational.DEFAULT_GRIDS;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long baseline = usedAfterGc(memory);
    Atlas atlas = SyntheticNational.atlas(grids, 1);
    long retained = usedAfterGc(memory) - baseline;
    System.out.printf(
        Locale.ROOT,
        "%d grids: retained %.0f MB, %.0f bytes per grid (%s)%n",
        grids,
        retained / 1e6,
        (double) retained / grids,
        atlas.size());
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
