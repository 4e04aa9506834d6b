package org.gridgov.sla.clock;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An event the case refused, with the reason: it left the case unchanged.
 *
 * @param event the event
 * @param reason why, such as {@code "the case is suspended since 2022-12-10T02:00:00Z: resume
 *     first"}
 */
public record Rejection(CaseEvent event, String reason) {
  /**
   * Checks for nulls.
   *
   * @param event the event
   * @param reason why
   */
  public Rejection {
    checkNotNull(event, "event");
    checkNotNull(reason, "reason");
  }
}
