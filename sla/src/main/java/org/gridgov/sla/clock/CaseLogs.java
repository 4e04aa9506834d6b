package org.gridgov.sla.clock;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Many cases at once: events of many cases grouped into their logs. */
public final class CaseLogs {
  private CaseLogs() {}

  /**
   * Groups events by case id into logs, in the order each case first appears. O(k log k) for k
   * events.
   *
   * <pre>{@code
   * Map<String, CaseLog> logs = CaseLogs.byCase(PolicyPresets.hotline12345(), events);
   * }</pre>
   *
   * @param table the policies
   * @param events events of any cases, in any order
   * @return the logs by case id
   */
  public static Map<String, CaseLog> byCase(PolicyTable table, Iterable<CaseEvent> events) {
    checkNotNull(table, "table");
    Map<String, List<CaseEvent>> grouped = new LinkedHashMap<>();
    for (CaseEvent e : events) {
      grouped.computeIfAbsent(e.caseId(), k -> new ArrayList<>()).add(e);
    }
    Map<String, CaseLog> logs = new LinkedHashMap<>();
    for (Map.Entry<String, List<CaseEvent>> e : grouped.entrySet()) {
      logs.put(e.getKey(), CaseLog.of(e.getKey(), table, e.getValue()));
    }
    return logs;
  }
}
