package org.gridgov.sla.clock;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;

/**
 * 事件 — one thing that happened to a case, with its own id (a repeated id is ignored), the case's id
 * and the instant it happened. Reports and registrations carry the case's {@link CaseFacts};
 * extensions carry their amount and optionally the milestone; a completed stage names its
 * milestone.
 *
 * <pre>{@code
 * Instant at = Instant.parse("2022-12-10T01:00:00Z");            // Saturday 09:00 in 营口
 * CaseEvent report = CaseEvent.reported("e1", "ZQ-1", at,
 *     CaseFacts.of("下水井堵塞", Priority.NORMAL).withGrid(GridCode.parse("210802002001001")));
 * CaseEvent verified = CaseEvent.of("e2", "ZQ-1", EventKind.VERIFIED, at.plusSeconds(2400));
 * CaseEvent extension = CaseEvent.extension("e3", "ZQ-1", at.plusSeconds(3600),
 *     "resolve", Budget.time(Duration.ofHours(12)));
 * }</pre>
 *
 * @param id the event's id, unique within its case
 * @param caseId the case's id
 * @param kind what happened
 * @param at when, between 1900 and 2299
 * @param facts what the case is about, for {@link EventKind#REPORTED} and {@link
 *     EventKind#REGISTERED} only; empty otherwise
 * @param milestone the milestone, for {@link EventKind#EXTENSION_GRANTED} (optional: the first
 *     running one by default) and {@link EventKind#STAGE_COMPLETED} (required); empty otherwise
 * @param amount the extra budget, for {@link EventKind#EXTENSION_GRANTED} only (days add to a day
 *     budget's count; their rule is the milestone's)
 * @param note free text for people, at most {@value #MAX_NOTE_LENGTH} characters
 */
public record CaseEvent(
    String id,
    String caseId,
    EventKind kind,
    Instant at,
    CaseFacts facts,
    Optional<String> milestone,
    Optional<Budget> amount,
    String note) {

  /** The longest note: {@value} characters. */
  public static final int MAX_NOTE_LENGTH = 1000;

  /** The earliest instant an event may have: 1900-01-01T00:00Z. */
  public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

  /** The instant every event is before: 2300-01-01T00:00Z. */
  public static final Instant LIMIT = Instant.parse("2300-01-01T00:00:00Z");

  /**
   * Checks that the parts fit the kind.
   *
   * @param id the id
   * @param caseId the case's id
   * @param kind the kind
   * @param at the instant
   * @param facts the facts
   * @param milestone the milestone
   * @param amount the extension's amount
   * @param note the note
   */
  public CaseEvent {
    Milestone.checkName(id, "event id");
    Milestone.checkName(caseId, "case id");
    checkNotNull(kind, "kind");
    checkNotNull(at, "at");
    checkNotNull(facts, "facts");
    checkNotNull(milestone, "milestone");
    checkNotNull(amount, "amount");
    checkNotNull(note, "note");
    checkArgument(
        !at.isBefore(EARLIEST) && at.isBefore(LIMIT),
        "event %s: instant %s is outside 1900-01-01T00:00Z..2300-01-01T00:00Z",
        id,
        at);
    checkArgument(
        facts.isEmpty() || kind == EventKind.REPORTED || kind == EventKind.REGISTERED,
        "event %s: only REPORTED and REGISTERED carry facts, not %s",
        id,
        kind);
    checkArgument(
        amount.isPresent() == (kind == EventKind.EXTENSION_GRANTED),
        "event %s: an amount goes with EXTENSION_GRANTED and only with it, got %s",
        id,
        kind);
    checkArgument(
        milestone.isEmpty()
            || kind == EventKind.EXTENSION_GRANTED
            || kind == EventKind.STAGE_COMPLETED,
        "event %s: only EXTENSION_GRANTED and STAGE_COMPLETED name a milestone, not %s",
        id,
        kind);
    checkArgument(
        kind != EventKind.STAGE_COMPLETED || milestone.isPresent(),
        "event %s: STAGE_COMPLETED names the milestone it completes",
        id);
    milestone.ifPresent(m -> Milestone.checkName(m, "milestone"));
    checkArgument(
        note.length() <= MAX_NOTE_LENGTH,
        "event %s: a note of %s characters, at most %s",
        id,
        note.length(),
        MAX_NOTE_LENGTH);
  }

  /**
   * An event without facts, milestone or amount.
   *
   * @param id the id
   * @param caseId the case's id
   * @param kind the kind; not {@link EventKind#EXTENSION_GRANTED} or {@link
   *     EventKind#STAGE_COMPLETED}
   * @param at when
   * @return the event
   */
  public static CaseEvent of(String id, String caseId, EventKind kind, Instant at) {
    return new CaseEvent(
        id, caseId, kind, at, CaseFacts.none(), Optional.empty(), Optional.empty(), "");
  }

  /**
   * A report (上报) with the case's facts.
   *
   * @param id the id
   * @param caseId the case's id
   * @param at when
   * @param facts what the case is about
   * @return the event
   */
  public static CaseEvent reported(String id, String caseId, Instant at, CaseFacts facts) {
    return new CaseEvent(
        id, caseId, EventKind.REPORTED, at, facts, Optional.empty(), Optional.empty(), "");
  }

  /**
   * A registration (立案) with the facts it sets.
   *
   * @param id the id
   * @param caseId the case's id
   * @param at when
   * @param facts what the registration classifies
   * @return the event
   */
  public static CaseEvent registered(String id, String caseId, Instant at, CaseFacts facts) {
    return new CaseEvent(
        id, caseId, EventKind.REGISTERED, at, facts, Optional.empty(), Optional.empty(), "");
  }

  /**
   * An extension (延期) of a named milestone.
   *
   * @param id the id
   * @param caseId the case's id
   * @param at when granted
   * @param milestone the milestone
   * @param amount the extra budget
   * @return the event
   */
  public static CaseEvent extension(
      String id, String caseId, Instant at, String milestone, Budget amount) {
    return new CaseEvent(
        id,
        caseId,
        EventKind.EXTENSION_GRANTED,
        at,
        CaseFacts.none(),
        Optional.of(milestone),
        Optional.of(amount),
        "");
  }

  /**
   * An extension (延期) of the first running milestone.
   *
   * @param id the id
   * @param caseId the case's id
   * @param at when granted
   * @param amount the extra budget
   * @return the event
   */
  public static CaseEvent extension(String id, String caseId, Instant at, Budget amount) {
    return new CaseEvent(
        id,
        caseId,
        EventKind.EXTENSION_GRANTED,
        at,
        CaseFacts.none(),
        Optional.empty(),
        Optional.of(amount),
        "");
  }

  /**
   * A completed stage (阶段办结) of a staged limit.
   *
   * @param id the id
   * @param caseId the case's id
   * @param at when
   * @param milestone the stage's milestone
   * @return the event
   */
  public static CaseEvent stageCompleted(String id, String caseId, Instant at, String milestone) {
    return new CaseEvent(
        id,
        caseId,
        EventKind.STAGE_COMPLETED,
        at,
        CaseFacts.none(),
        Optional.of(milestone),
        Optional.empty(),
        "");
  }

  /**
   * This event with a note.
   *
   * @param text the note
   * @return the event
   */
  public CaseEvent withNote(String text) {
    return new CaseEvent(id, caseId, kind, at, facts, milestone, amount, text);
  }
}
