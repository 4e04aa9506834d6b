package org.gridgov.sla.clock;

import org.gridgov.core.GridCode;
import org.jspecify.annotations.Nullable;

/** Random case logs for the tests of other packages, from {@link CaseGen}. */
public final class TestCases {
  private TestCases() {}

  /**
   * A random case under a random or bundled policy table.
   *
   * @param seed the seed
   * @param caseId the case's id
   * @param grid its grid, or null for none
   * @return the log
   */
  public static CaseLog random(long seed, String caseId, @Nullable GridCode grid) {
    CaseGen c = new CaseGen(seed, caseId, grid);
    return CaseLog.of(caseId, c.table, c.events);
  }

  /**
   * Examples scaled by the system property {@code gridgov.examples.scale}; see {@link Examples}.
   *
   * @param examples the default count
   * @return the count to run
   */
  public static int scaled(int examples) {
    return Examples.scaled(examples);
  }
}
