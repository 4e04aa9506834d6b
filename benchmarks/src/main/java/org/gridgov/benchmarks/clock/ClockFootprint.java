package org.gridgov.benchmarks.clock;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridgov.core.Atlas;
import org.gridgov.samples.YingkouSample;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.clock.CaseLog;

/**
 * Estimates the bytes a case log retains (its events and its replayed state) for the benchmarks'
 * cases: builds them, keeps them, and divides the growth of the used heap (after repeated {@code
 * System.gc()}) by their number. Run: {@code java -Xmx6g -cp benchmarks/target/benchmarks.jar
 * org.gridgov.benchmarks.clock.ClockFootprint 1000000}.
 */
public final class ClockFootprint {
  private ClockFootprint() {}

  private static long used() {
    Runtime rt = Runtime.getRuntime();
    for (int k = 0; k < 5; k++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /**
   * Prints the estimate.
   *
   * @param args the number of cases, 200000 by default
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    Atlas atlas = YingkouSample.atlas();
    List<List<CaseEvent>> events = ClockCases.events(atlas, n, 20240501L);
    long eventCount = 0;
    for (List<CaseEvent> c : events) {
      eventCount += c.size();
    }
    long before = used();
    List<CaseLog> logs = new ArrayList<>(n);
    for (List<CaseEvent> c : events) {
      logs.add(ClockCases.log(c));
    }
    long after = used();
    System.out.println(
        String.format(
            Locale.ROOT,
            "retained per case log beyond its events: %,d bytes (%,d cases, %.1f events each)",
            (after - before) / n,
            logs.size(),
            eventCount / (double) n));
  }
}
