package org.gridgov.sla.clock;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.Atlas;

/**
 * 案件状态 — a case at an instant, computed from its events up to that instant only: every milestone's
 * due instant, time used and left, state and warning lights; the next alert (warning, breach,
 * reminder or escalation) so that a host can schedule one timer; who holds it; how it counts in the
 * on-time figures; and the events refused with their reasons.
 *
 * @param caseId the case's id
 * @param at the instant
 * @param zone the zone of the policy's first calendar, for showing instants
 * @param policy the name of the policy the case's facts select
 * @param facts what the case is about
 * @param phase where it stands in its lifecycle
 * @param outcome how it counts in the on-time figures
 * @param clockStart when the case clock started
 * @param closedAt when it closed (its closing milestone met, or accepted)
 * @param firstResolved when it was first resolved (解决), reworks or not
 * @param closing the id of the closing milestone
 * @param milestones the milestones, in the policy's order
 * @param escalation who holds it
 * @param counts what it went through
 * @param nextAlert the earliest of the next warning, breach, reminder and escalation
 * @param nextWarning the next warning light
 * @param nextBreach the next breach
 * @param rejections events refused, in the order of the log
 */
public record CaseStatus(
    String caseId,
    Instant at,
    ZoneId zone,
    String policy,
    CaseFacts facts,
    CasePhase phase,
    CaseOutcome outcome,
    Optional<Instant> clockStart,
    Optional<Instant> closedAt,
    Optional<Instant> firstResolved,
    String closing,
    List<MilestoneStatus> milestones,
    EscalationStatus escalation,
    CaseCounts counts,
    Optional<Alert> nextAlert,
    Optional<Alert> nextWarning,
    Optional<Alert> nextBreach,
    List<Rejection> rejections)
    implements StatusView {

  /**
   * Checks and copies.
   *
   * @param caseId the case's id
   * @param at the instant
   * @param zone the zone
   * @param policy the policy's name
   * @param facts the facts
   * @param phase the phase
   * @param outcome the outcome
   * @param clockStart the clock start
   * @param closedAt the closing instant
   * @param firstResolved the first resolution
   * @param closing the closing milestone
   * @param milestones the milestones
   * @param escalation the escalation
   * @param counts the counts
   * @param nextAlert the next alert
   * @param nextWarning the next warning
   * @param nextBreach the next breach
   * @param rejections the refused events
   */
  public CaseStatus {
    checkNotNull(caseId, "caseId");
    checkNotNull(at, "at");
    checkNotNull(zone, "zone");
    checkNotNull(policy, "policy");
    checkNotNull(facts, "facts");
    checkNotNull(phase, "phase");
    checkNotNull(outcome, "outcome");
    checkNotNull(clockStart, "clockStart");
    checkNotNull(closedAt, "closedAt");
    checkNotNull(firstResolved, "firstResolved");
    checkNotNull(closing, "closing");
    milestones = List.copyOf(milestones);
    checkNotNull(escalation, "escalation");
    checkNotNull(counts, "counts");
    checkNotNull(nextAlert, "nextAlert");
    checkNotNull(nextWarning, "nextWarning");
    checkNotNull(nextBreach, "nextBreach");
    rejections = List.copyOf(rejections);
  }

  /**
   * A milestone by id.
   *
   * @param id the id
   * @return the milestone's status, if the policy has it
   */
  public Optional<MilestoneStatus> milestone(String id) {
    for (MilestoneStatus m : milestones) {
      if (m.id().equals(id)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether any milestone is overdue: running past its due instant.
   *
   * @return true if one is {@link MilestoneState#BREACHED}, or paused after breaching
   */
  public boolean isOverdue() {
    for (MilestoneStatus m : milestones) {
      if (m.breached() && m.metAt().isEmpty() && m.state() != MilestoneState.CANCELLED) {
        return true;
      }
    }
    return false;
  }

  /**
   * Who holds the case now, named in an atlas: the grid leader, the sector liaison, or the street,
   * district or city and its leaders' contact points (联系点). O(contact points).
   *
   * @param atlas the atlas the case's grid is in
   * @return the holder
   */
  public Holder holder(Atlas atlas) {
    return Holder.find(atlas, facts, escalation.tier(), LocalDate.ofInstant(at, zone));
  }

  @Override
  public Tier tier() {
    return escalation.tier();
  }

  @Override
  public int reworks() {
    return counts.reworks();
  }

  @Override
  public int extensions() {
    return counts.extensions();
  }

  @Override
  public boolean resolved() {
    return firstResolved.isPresent();
  }

  @Override
  public int milestoneCount() {
    return milestones.size();
  }

  @Override
  public int closingMilestone() {
    for (int m = 0; m < milestones.size(); m++) {
      if (milestones.get(m).id().equals(closing)) {
        return m;
      }
    }
    throw new IllegalStateException("no closing milestone " + closing);
  }

  @Override
  public String milestoneId(int m) {
    return milestones.get(m).id();
  }

  @Override
  public MilestoneState milestoneState(int m) {
    return milestones.get(m).state();
  }

  @Override
  public boolean breached(int m) {
    return milestones.get(m).breached();
  }

  @Override
  public long elapsedNanos(int m) {
    return milestones.get(m).elapsed().toNanos();
  }

  @Override
  public long remainingNanos(int m) {
    return milestones.get(m).remaining().toNanos();
  }

  @Override
  public boolean hasDue(int m) {
    return milestones.get(m).due().isPresent();
  }

  @Override
  public Instant due(int m) {
    return milestones
        .get(m)
        .due()
        .orElseThrow(
            () -> new IllegalStateException("milestone " + milestoneId(m) + " has no due"));
  }
}
