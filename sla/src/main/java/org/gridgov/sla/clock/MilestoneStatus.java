package org.gridgov.sla.clock;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One milestone of a case at an instant. Times are in the milestone's own clock (working time on a
 * working calendar): {@code elapsed + remaining == budget}, and {@code remaining} is negative by
 * the time overdue.
 *
 * @param id the milestone's id
 * @param name its name
 * @param state where it stands
 * @param calendar the name of its calendar
 * @param budget its budget in its clock, extensions included (for a day budget, the working time
 *     from its start to the close of the last day)
 * @param startedAt the instant its time counts from (its anchor), empty if not started
 * @param due its due instant after pauses and extensions; empty if not started or paused
 *     indefinitely (an open suspension has no due instant)
 * @param elapsed time used, pauses excluded, up to the instant or its completion
 * @param remaining budget minus elapsed; negative when overdue
 * @param shareUsed elapsed over budget: 0.5 at half time, above 1 when overdue
 * @param yellowAt when the yellow light comes (or came) on, if known
 * @param redAt when the red light comes (or came) on, if known
 * @param metAt when it was met
 * @param breached whether it passed its due instant unmet, or was met late
 * @param reminderAt when the reminder (催办) after the breach falls due, if the policy has one and it
 *     breached
 * @param reminded whether a reminder was sent since the breach
 * @param extensions extensions granted to it
 * @param resets times it was restarted by a reset event or a rework
 */
public record MilestoneStatus(
    String id,
    String name,
    MilestoneState state,
    String calendar,
    Duration budget,
    Optional<Instant> startedAt,
    Optional<Instant> due,
    Duration elapsed,
    Duration remaining,
    double shareUsed,
    Optional<Instant> yellowAt,
    Optional<Instant> redAt,
    Optional<Instant> metAt,
    boolean breached,
    Optional<Instant> reminderAt,
    boolean reminded,
    int extensions,
    int resets) {

  /**
   * Checks the parts.
   *
   * @param id the id
   * @param name the name
   * @param state the state
   * @param calendar the calendar's name
   * @param budget the budget
   * @param startedAt the anchor
   * @param due the due instant
   * @param elapsed the time used
   * @param remaining the time left
   * @param shareUsed the share used, finite and not negative
   * @param yellowAt the yellow instant
   * @param redAt the red instant
   * @param metAt the completion
   * @param breached whether breached
   * @param reminderAt the reminder's due instant
   * @param reminded whether reminded
   * @param extensions extensions granted
   * @param resets restarts
   */
  public MilestoneStatus {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(state, "state");
    checkNotNull(calendar, "calendar");
    checkNotNull(budget, "budget");
    checkNotNull(startedAt, "startedAt");
    checkNotNull(due, "due");
    checkNotNull(elapsed, "elapsed");
    checkNotNull(remaining, "remaining");
    checkArgument(
        Double.isFinite(shareUsed) && shareUsed >= 0,
        "share used is finite and >= 0: %s",
        shareUsed);
    checkNotNull(yellowAt, "yellowAt");
    checkNotNull(redAt, "redAt");
    checkNotNull(metAt, "metAt");
    checkNotNull(reminderAt, "reminderAt");
    checkArgument(extensions >= 0 && resets >= 0, "counts are >= 0");
  }
}
