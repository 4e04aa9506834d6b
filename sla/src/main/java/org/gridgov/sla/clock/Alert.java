package org.gridgov.sla.clock;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;

/**
 * Something that will happen to a case if nothing else does: a warning light, a breach, a reminder
 * falling due or an escalation — so that a host can schedule one timer per case.
 *
 * @param at when
 * @param kind what
 * @param milestone the milestone's id; empty for an escalation
 */
public record Alert(Instant at, Kind kind, Optional<String> milestone) {
  /** What an alert is. */
  public enum Kind {
    /** 黄灯 — the yellow light comes on. */
    YELLOW,
    /** 红灯 — the red light comes on. */
    RED,
    /** 超时 — the milestone breaches. */
    BREACH,
    /** 催办 — a reminder falls due. */
    REMINDER,
    /** 升级 — the case moves to the next tier. */
    ESCALATION
  }

  /**
   * Checks for nulls.
   *
   * @param at when
   * @param kind what
   * @param milestone the milestone, or empty
   */
  public Alert {
    checkNotNull(at, "at");
    checkNotNull(kind, "kind");
    checkNotNull(milestone, "milestone");
  }
}
