package org.gridgov.sla.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.ZoneId;
import java.util.List;
import org.gridgov.sla.clock.CaseEvent;

/**
 * The JSON forms of case events: a document {@value #FORMAT} holding an array of events (one case
 * or many), and JSON lines, one event object per line, for streams of many cases.
 *
 * <pre>{@code
 * {"format": "gridgov-events/1", "events": [
 *   {"id": "e1", "case": "ZQ-1", "type": "REPORTED", "at": "2022-12-10T09:00:00+08:00",
 *    "category": "下水井堵塞", "priority": "NORMAL", "grid": "210802002001001", "sector": "water"},
 *   {"id": "e2", "case": "ZQ-1", "type": "VERIFIED", "at": "2022-12-10T09:40:00+08:00"},
 *   {"id": "e3", "case": "ZQ-1", "type": "EXTENSION_GRANTED", "at": "2022-12-10T10:00:00+08:00",
 *    "milestone": "resolve", "amount": "PT12H", "note": "parts on order"}]}
 * }</pre>
 *
 * <p>Fields: {@code id}, {@code case}, {@code type} (an {@link org.gridgov.sla.clock.EventKind})
 * and {@code at} (an instant with an offset) are required; {@code category}, {@code priority},
 * {@code grid} and {@code sector} go on REPORTED and REGISTERED only; {@code amount} ({@code
 * PT<n>H}, {@code PT<n>M} or {@code P<n>D}) on EXTENSION_GRANTED only; {@code milestone} on
 * EXTENSION_GRANTED (optional) and STAGE_COMPLETED (required); {@code note} anywhere. Unknown
 * fields are errors. Reading an event and writing it back gives the same event.
 */
public final class CaseEventJson {
  /** The value of the {@code "format"} field of a document: {@value}. */
  public static final String FORMAT = "gridgov-events/1";

  private CaseEventJson() {}

  /**
   * The reader with the default limits.
   *
   * @return the reader
   */
  public static CaseEventJsonReader reader() {
    return CaseEventJsonReader.DEFAULT;
  }

  /**
   * Writes events as a document, instants with the offset of a zone.
   *
   * @param events the events
   * @param zone the zone of the offsets, such as Asia/Shanghai
   * @return the JSON text, one event per line, with a final newline
   */
  public static String toJson(List<CaseEvent> events, ZoneId zone) {
    checkNotNull(events, "events");
    checkNotNull(zone, "zone");
    StringBuilder sb =
        new StringBuilder("{\"format\": \"").append(FORMAT).append("\", \"events\": [\n");
    for (int i = 0; i < events.size(); i++) {
      sb.append("  ").append(toJsonLine(events.get(i), zone));
      sb.append(i + 1 < events.size() ? ",\n" : "\n");
    }
    return sb.append("]}\n").toString();
  }

  /**
   * Writes one event as one line of JSON lines, without the line end.
   *
   * @param event the event
   * @param zone the zone of the offsets
   * @return the line
   */
  public static String toJsonLine(CaseEvent event, ZoneId zone) {
    checkNotNull(event, "event");
    checkNotNull(zone, "zone");
    return Writers.compact(ClockTrees.event(event, zone));
  }
}
