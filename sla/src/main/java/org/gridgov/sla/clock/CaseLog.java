package org.gridgov.sla.clock;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * 案件日志 — the events of one case under a policy table, and its status at any instant: the façade of
 * the case clock. The log is the <b>set</b> of events received (by id: a repeated id is ignored),
 * replayed in time order; each event is validated against the case so far, and an event refused
 * (with its reason, see {@link #rejections()}) leaves the case as it was. Of events stamped with
 * the same instant (minute-resolution apps stamp a resume and the resolve, or a re-dispatch and its
 * sign-off, alike) the case takes next the first, in kind and then id order, that it accepts then;
 * those it accepts at no point of that instant are refused. Because the result depends only on the
 * set of events, events may arrive in any order; an event that arrives late is placed where it
 * belongs (a retroactive correction, as ServiceNow's retroactive start).
 *
 * <pre>{@code
 * CaseLog log = CaseLog.empty("ZQ-1", PolicyPresets.zhanqian());
 * CaseLog.Appended r = log.append(report);     // ACCEPTED, REFUSED with a reason, or DUPLICATE
 * log = r.log().plus(verified).plus(resolved);  // incremental, one event at a time
 * CaseStatus status = log.status(at);           // only events at or before `at` count
 * Explanation why = log.explain(at, "resolve"); // budget, days skipped, pauses, extensions
 * byte[] state = ...; log.writeTo(out);         // compact, versioned (keyed state in a stream job)
 * }</pre>
 *
 * <p>The policy is the one the case's facts select as of the instant asked about (the latest report
 * or registration), applied from the clock start: a reclassification re-measures the case and keeps
 * its pauses. Refusals of lifecycle events never depend on the policy; those of extensions and
 * completed stages do.
 *
 * <p>Cost: appending is O(k) for k events (the log is replayed); {@link #status(Instant)} at or
 * after the last event reuses that replay and costs O(m·p) calendar calls for m milestones and p
 * pauses; at an earlier instant it replays the events up to it first. Immutable and thread-safe;
 * equality is by case id, table and event set. At most {@value #MAX_EVENTS} events per case.
 */
public final class CaseLog {
  /** The most events a case holds; beyond it {@link #append} refuses. */
  public static final int MAX_EVENTS = 10_000;

  /** The order events are replayed in: time, then kind, then id. */
  static final Comparator<CaseEvent> ORDER = CaseLog::compare;

  /** Up to this many events a log is deduplicated and sorted in place, without hashing. */
  private static final int SMALL = 32;

  private final String caseId;
  private final PolicyTable table;
  private final CaseEvent[] events;
  private final Replay replay;

  // The last event's instant (epoch second, nano), kept beside the events so that asking about an
  // instant at or after it, the usual question, reads no event: over a million logs each event
  // read is a cache miss.
  private final long lastSecond;
  private final int lastNano;
  private final int size;

  @SuppressWarnings("JavaInstantGetSecondsGetNano") // both parts are kept
  private CaseLog(String caseId, PolicyTable table, CaseEvent[] events) {
    this.caseId = caseId;
    this.table = table;
    this.events = events;
    this.replay = Replay.run(table, events, events.length);
    Instant last = events.length == 0 ? Instant.MIN : events[events.length - 1].at();
    this.lastSecond = last.getEpochSecond();
    this.lastNano = last.getNano();
    this.size = events.length;
  }

  /**
   * A case without events.
   *
   * @param caseId the case's id
   * @param table the policies
   * @return the log
   */
  public static CaseLog empty(String caseId, PolicyTable table) {
    Milestone.checkName(caseId, "case id");
    return new CaseLog(caseId, checkNotNull(table, "table"), new CaseEvent[0]);
  }

  /**
   * A case with events in any order; of events with the same id the first is kept. One replay, O(k
   * log k).
   *
   * @param caseId the case's id
   * @param table the policies
   * @param events the events, all of this case
   * @return the log
   * @throws IllegalArgumentException if an event is of another case, or there are more than {@value
   *     #MAX_EVENTS}
   */
  public static CaseLog of(String caseId, PolicyTable table, Collection<CaseEvent> events) {
    Milestone.checkName(caseId, "case id");
    checkNotNull(table, "table");
    int size = events.size();
    @Nullable Set<String> ids = size > SMALL ? new HashSet<>() : null;
    CaseEvent[] kept = new CaseEvent[size];
    int k = 0;
    for (CaseEvent e : events) {
      checkArgument(
          e.caseId().equals(caseId), "event %s is of case %s, not %s", e.id(), e.caseId(), caseId);
      if (ids != null ? ids.add(e.id()) : !hasId(kept, k, e.id())) {
        kept[k++] = e;
      }
    }
    checkArgument(k <= MAX_EVENTS, "case %s has %s events, at most %s", caseId, k, MAX_EVENTS);
    CaseEvent[] sorted = k == size ? kept : Arrays.copyOf(kept, k);
    sort(sorted);
    return new CaseLog(caseId, table, sorted);
  }

  /** Whether one of the first {@code k} events has the id. O(k), without hashing the events. */
  private static boolean hasId(CaseEvent[] events, int k, String id) {
    int h = id.hashCode();
    for (int i = 0; i < k; i++) {
      String other = events[i].id();
      if (other.hashCode() == h && other.equals(id)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Sorts events in {@link #ORDER}: nothing to do for events already in order (as a host usually
   * keeps them), insertion for a small log, else a merge sort. O(k) when sorted, else O(k log k).
   */
  static void sort(CaseEvent[] events) {
    int n = events.length;
    int i = 1;
    while (i < n && compare(events[i - 1], events[i]) <= 0) {
      i++;
    }
    if (i >= n) {
      return;
    }
    if (n > SMALL) {
      Arrays.sort(events, ORDER);
      return;
    }
    for (; i < n; i++) {
      CaseEvent e = events[i];
      int j = i - 1;
      while (j >= 0 && compare(events[j], e) > 0) {
        events[j + 1] = events[j];
        j--;
      }
      events[j + 1] = e;
    }
  }

  /** {@link #ORDER}: time, then kind, then id. */
  static int compare(CaseEvent a, CaseEvent b) {
    int c = a.at().compareTo(b.at());
    if (c != 0) {
      return c;
    }
    c = a.kind().compareTo(b.kind());
    return c != 0 ? c : a.id().compareTo(b.id());
  }

  /**
   * The case's id.
   *
   * @return the id
   */
  public String caseId() {
    return caseId;
  }

  /**
   * The policies.
   *
   * @return the table
   */
  public PolicyTable table() {
    return table;
  }

  /**
   * The events received, refused ones included, in time, kind and id order.
   *
   * @return the events
   */
  public List<CaseEvent> events() {
    return List.of(events);
  }

  /**
   * How many events the log holds.
   *
   * @return the count
   */
  public int size() {
    return events.length;
  }

  /**
   * The events refused, with their reasons, as the whole log stands.
   *
   * @return the refusals, in time, kind and id order
   */
  public List<Rejection> rejections() {
    return replay.rejections();
  }

  /** What {@link #append} did with an event. */
  public enum Outcome {
    /** The event was added and the case took it. */
    ACCEPTED,
    /** The event was added to the log but the case refused it; the reason says why. */
    REFUSED,
    /** An event with the same id was already in the log; nothing changed. */
    DUPLICATE
  }

  /**
   * The result of appending an event.
   *
   * @param log the log after the append (the same log for a duplicate)
   * @param outcome what happened
   * @param reason why it was refused, or (for a duplicate with other content) that it differs
   */
  public record Appended(CaseLog log, Outcome outcome, Optional<String> reason) {
    /**
     * Checks for nulls.
     *
     * @param log the log
     * @param outcome the outcome
     * @param reason the reason
     */
    public Appended {
      checkNotNull(log, "log");
      checkNotNull(outcome, "outcome");
      checkNotNull(reason, "reason");
    }
  }

  /**
   * Adds an event: validated against the case as it stood at the event's instant. A refused event
   * is kept (a later, earlier-dated event may make it valid, so that the order of arrival never
   * matters) but changes nothing. O(k).
   *
   * @param event an event of this case
   * @return the new log and what happened
   * @throws IllegalArgumentException if the event is of another case
   */
  public Appended append(CaseEvent event) {
    checkNotNull(event, "event");
    checkArgument(
        event.caseId().equals(caseId),
        "event %s is of case %s, not %s",
        event.id(),
        event.caseId(),
        caseId);
    for (CaseEvent e : events) {
      if (e.id().equals(event.id())) {
        return new Appended(
            this,
            Outcome.DUPLICATE,
            e.equals(event)
                ? Optional.empty()
                : Optional.of("event " + event.id() + " is already in the log with other content"));
      }
    }
    if (events.length >= MAX_EVENTS) {
      return new Appended(
          this,
          Outcome.REFUSED,
          Optional.of("case " + caseId + " already has " + MAX_EVENTS + " events"));
    }
    int at = Arrays.binarySearch(events, event, ORDER);
    int pos = at >= 0 ? at : -at - 1;
    CaseEvent[] more = new CaseEvent[events.length + 1];
    System.arraycopy(events, 0, more, 0, pos);
    more[pos] = event;
    System.arraycopy(events, pos, more, pos + 1, events.length - pos);
    CaseLog next = new CaseLog(caseId, table, more);
    String reason = next.replay.reasons[pos];
    return reason == null
        ? new Appended(next, Outcome.ACCEPTED, Optional.empty())
        : new Appended(next, Outcome.REFUSED, Optional.of(reason));
  }

  /**
   * Adds an event; see {@link #append(CaseEvent)}.
   *
   * @param event an event of this case
   * @return the new log
   */
  public CaseLog plus(CaseEvent event) {
    return append(event).log();
  }

  /**
   * The case at an instant, from its events at or before it only.
   *
   * @param at the instant
   * @return the status
   * @throws org.gridgov.sla.calendar.CalendarRangeException if a calendar of the policy refuses a
   *     date involved
   */
  public CaseStatus status(Instant at) {
    checkNotNull(at, "at");
    return Statuses.status(caseId, replayAt(at), at);
  }

  /**
   * The case at an instant as a {@link StatusView}: what {@link #status(Instant)} gives, read
   * through accessors, without building the status values — for aggregating many cases.
   *
   * @param at the instant
   * @return the view
   */
  public StatusView view(Instant at) {
    checkNotNull(at, "at");
    return new Evaluation(caseId, replayAt(at), at);
  }

  /**
   * Why a milestone is due when it is, at an instant: the budget and its calendar, where it counts
   * from, the days the calendar skips with their names, each pause, each extension and each
   * restart.
   *
   * @param at the instant
   * @param milestone the milestone's id
   * @return the explanation
   * @throws IllegalArgumentException if the case's policy has no such milestone
   */
  public Explanation explain(Instant at, String milestone) {
    checkNotNull(at, "at");
    checkNotNull(milestone, "milestone");
    return Explanations.explain(replayAt(at), at, milestone);
  }

  /** The replay of all events. */
  Replay replay() {
    return replay;
  }

  /** The last event's epoch second ({@link Instant#MIN}'s for a log without events). */
  long lastSecond() {
    return lastSecond;
  }

  /** The last event's nano of second. */
  int lastNano() {
    return lastNano;
  }

  Replay replayAt(Instant at) {
    int n = prefix(at);
    return n == size ? replay : Replay.run(table, events, n);
  }

  /** The number of events at or before {@code at}. O(log k). */
  @SuppressWarnings("JavaInstantGetSecondsGetNano") // compared as a pair
  private int prefix(Instant at) {
    long s = at.getEpochSecond();
    if (lastSecond < s || (lastSecond == s && lastNano <= at.getNano())) {
      return size; // the usual case: asked about now
    }
    int lo = 0;
    int hi = events.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (events[mid].at().isAfter(at)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * Writes the log in its compact binary form (version 1): the case id and the events; the policy
   * table is not written. A stream job keeps this as the keyed state of the case. O(k).
   *
   * @param out where to write
   * @throws IOException if writing fails
   */
  public void writeTo(DataOutput out) throws IOException {
    CaseCodec.write(out, caseId, events);
  }

  /**
   * Reads a log written by {@link #writeTo}, under a policy table.
   *
   * @param in where to read
   * @param table the policies
   * @return the log
   * @throws IOException if reading fails or the bytes are not a log of a known version ({@link
   *     java.io.StreamCorruptedException})
   */
  public static CaseLog readFrom(DataInput in, PolicyTable table) throws IOException {
    checkNotNull(table, "table");
    CaseCodec.Decoded d = CaseCodec.read(in);
    return of(d.caseId(), table, d.events());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CaseLog l
        && caseId.equals(l.caseId)
        && table.equals(l.table)
        && Arrays.equals(events, l.events);
  }

  @Override
  public int hashCode() {
    return Objects.hash(caseId, table, Arrays.hashCode(events));
  }

  /** The case id and the number of events. */
  @Override
  public String toString() {
    return "CaseLog[" + caseId + ", " + events.length + " events]";
  }
}
