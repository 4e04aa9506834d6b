package org.gridgov.sla.io;

import static com.google.common.base.Preconditions.checkNotNull;

import org.gridgov.sla.clock.PolicyTable;

/**
 * The JSON form of a {@link PolicyTable}, {@value #FORMAT}: calendars by name, policies with their
 * milestones, urgent rows and rows. Reading reports every problem at its JSON path, the table's
 * lint included (an unreachable row at {@code $.rows[3]}, a gap at {@code $.rows}).
 *
 * <pre>{@code
 * {
 *   "format": "gridgov-policies/1",
 *   "calendars": {"natural": {"natural": "Asia/Shanghai"}, "office": {"bundled": "china-office"}},
 *   "policies": [{
 *     "name": "12345-投诉", "clockStart": "REPORTED", "closing": "reply",
 *     "rework": {"mode": "CONTINUE", "from": "reply"},
 *     "extensions": {"afterDeadline": false, "max": 1},
 *     "escalation": {"calendar": "office", "levels": [{"tier": "STREET", "budget": "P1D"}]},
 *     "milestones": [{
 *       "id": "reply", "name": "办结答复", "budget": "P13D", "dayRule": "END_OF_DAY",
 *       "calendar": "office", "anchor": "CLOCK_START", "stopOn": ["FEEDBACK_GIVEN"],
 *       "pauseWhile": ["SUSPENDED", "DEFERRED"], "warnings": {"yellow": "50%", "red": "PT7H30M"},
 *       "reminderAfterBreach": "PT0S"}]}],
 *   "urgent": [{"policy": "12345-紧急"}],
 *   "rows": [{"categories": ["咨询"], "policy": "12345-咨询"}, {"policy": "12345-投诉"}]
 * }
 * }</pre>
 *
 * <p>Fields: a calendar is {@code {"natural": zone}}, {@code {"bundled": "china-office"}} (the
 * bundled China office calendar) or {@code {"provided": name}} (given to the reader with {@link
 * PolicyJsonReader#withCalendar}). A budget is {@code PT<n>H}/{@code PT<n>M} (time in the
 * calendar's clock) or {@code P<n>D} (days, with {@code dayRule} {@code END_OF_DAY} by default or
 * {@code SAME_TIME}). Defaults: {@code clockStart} REPORTED, {@code closing} the last milestone, no
 * rework, extensions before the deadline at most once, no escalation; a milestone's {@code name} is
 * its id, {@code calendar} {@code natural}, {@code anchor} CLOCK_START, {@code pauseWhile}
 * SUSPENDED and DEFERRED, warnings 50% and 75%. Unknown fields are errors. {@code read(toJson(t))}
 * equals {@code t} for tables whose calendars are natural or bundled.
 */
public final class PolicyJson {
  /** The value of the {@code "format"} field: {@value}. */
  public static final String FORMAT = "gridgov-policies/1";

  private PolicyJson() {}

  /**
   * The reader with the default limits ({@link org.gridgov.core.io.ReadLimits#SMALL_DOCUMENT}) and
   * no host calendars.
   *
   * @return the reader
   */
  public static PolicyJsonReader reader() {
    return PolicyJsonReader.DEFAULT;
  }

  /**
   * Writes a table. Calendars equal to a natural calendar or to the bundled China office calendar
   * are written as such; others as {@code {"provided": name}}.
   *
   * @param table the table
   * @return the JSON text, two-space indented, with a final newline
   */
  public static String toJson(PolicyTable table) {
    checkNotNull(table, "table");
    return Writers.pretty(ClockTrees.table(table, FORMAT));
  }
}
