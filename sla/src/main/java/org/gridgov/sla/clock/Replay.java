package org.gridgov.sla.clock;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.jspecify.annotations.Nullable;

/**
 * The kernel: a case's events replayed in order under one policy. Each event is validated against
 * the state so far; a refused one leaves the state as it was. Lifecycle decisions do not depend on
 * the policy (only extensions and completed stages do), so the facts, and hence the policy, are the
 * same whichever policy the replay ran under. Mutable while replaying, then read only.
 *
 * <p>Why one file of about 900 lines: the validation of each event and its application share the
 * replay's mutable state and must stay in step (a rule checked in one place and applied in another
 * is how a refused event changes a case); the frozen per-case layout at the end is the format those
 * steps write.
 */
final class Replay {
  final PolicyTable table;
  final CompiledPolicy p;
  final int policyIndex;
  final CaseEvent[] events;
  final int n;
  final @Nullable String[] reasons;

  // lifecycle
  @Nullable Instant reported;
  @Nullable Instant registered;
  @Nullable Instant clockStart;
  @Nullable Instant dispatched;
  boolean holding;
  @Nullable Instant signedAt;
  @Nullable Instant returnedAt;
  @Nullable Instant verifiedAt;
  @Nullable Instant resolvedAt;
  @Nullable Instant feedbackAt;
  @Nullable Instant accepted;
  @Nullable Instant cancelled;
  @Nullable Instant suspendedSince;
  @Nullable Instant deferredSince;
  @Nullable Instant firstResolved;
  int returns;
  int redispatches;
  int reworks;
  int extensions;
  int suspensions;
  final List<Instant> reminders = new ArrayList<>(0);
  final List<Instant> manualEscalations = new ArrayList<>(0);
  final Intervals resolved = new Intervals();
  CaseFacts facts = CaseFacts.none();

  // milestones
  final boolean[] started;
  final Instant[] anchorAt;
  final @Nullable Instant[] metAt;
  final long[] extNanos;
  final int[] extDays;
  final int[] mExtensions;
  final int[] resets;
  final Budget[] budgetNow;

  /**
   * {@link #origin}: the anchor it was computed for (by identity) and where the clock counts from.
   */
  private final @Nullable Instant[] originOf;

  private final @Nullable Instant[] originAt;

  /** The pause conditions' intervals: suspended, deferred, returned. */
  final Intervals[] cond = {new Intervals(), new Intervals(), new Intervals()};

  /** After the replay, the pauses of each mask of conditions. */
  private final @Nullable Intervals[] byMask = new Intervals[8];

  private boolean done;

  /**
   * The calendar answers of this case while it is replayed and frozen; {@link Memo#NONE} when done,
   * so that a finished replay holds no mutable state.
   */
  Memo memo = new Memo(MEMO_CAPACITY);

  /** Enough for the stretches of a few milestone profiles with a few pauses each. */
  private static final int MEMO_CAPACITY = 16;

  final int[] anchorEvent;
  final int[] extTarget;
  private int current;

  private Replay(PolicyTable table, int policyIndex, CaseEvent[] events, int n) {
    this.table = table;
    this.policyIndex = policyIndex;
    this.p = table.compiled(policyIndex);
    this.events = events;
    this.n = n;
    this.reasons = new String[n];
    int m = p.count;
    started = new boolean[m];
    anchorAt = new Instant[m];
    metAt = new Instant[m];
    extNanos = new long[m];
    extDays = new int[m];
    mExtensions = new int[m];
    resets = new int[m];
    budgetNow = p.budget.clone();
    originOf = new Instant[m];
    originAt = new Instant[m];
    anchorEvent = new int[m];
    extTarget = new int[n];
    Arrays.fill(extTarget, -1);
  }

  /**
   * Replays the first {@code n} events (sorted) under the policy their facts select. O(n) events,
   * each O(m) milestones; an extension also computes its milestone's due instant.
   */
  static Replay run(PolicyTable table, CaseEvent[] events, int n) {
    CaseFacts guess = CaseFacts.none();
    for (int i = 0; i < n; i++) {
      guess = guess.updatedBy(events[i].facts());
    }
    int tentative = table.selectIndex(guess);
    Replay r = new Replay(table, tentative, events, n);
    r.process();
    int chosen = table.selectIndex(r.facts);
    if (chosen != tentative) {
      r = new Replay(table, chosen, events, n);
      r.process();
    }
    return r;
  }

  private void process() {
    int i = 0;
    while (i < n) {
      int j = i + 1;
      Instant at = events[i].at();
      while (j < n && events[j].at().equals(at)) {
        j++;
      }
      if (j == i + 1) {
        take(i);
      } else {
        takeAtOneInstant(i, j);
      }
      i = j;
    }
    for (int m = 0; m < p.count; m++) {
      byMask[p.pauseMask[m]] = pausesOf(p.pauseMask[m]);
    }
    int caseMask = CompiledPolicy.SUSPENDED | CompiledPolicy.DEFERRED;
    byMask[caseMask] = pausesOf(caseMask);
    done = true;
    freeze();
    memo = Memo.NONE;
  }

  /**
   * Validates event {@code i} against the case so far and applies it, or records the refusal.
   * Whether it was applied.
   */
  @CanIgnoreReturnValue
  private boolean take(int i) {
    current = i;
    CaseEvent e = events[i];
    String reason = validate(e);
    reasons[i] = reason;
    if (reason == null) {
      apply(e);
      return true;
    }
    return false;
  }

  /**
   * Events {@code from} to {@code to} (exclusive), all at one instant, in {@link CaseLog#ORDER}:
   * the case takes next the first of those left that it accepts then, so that a sequence such as
   * resume and resolve, re-dispatch and sign, or a failed acceptance and the re-resolve, stamped
   * with one minute, is accepted whatever the order of the kinds. The events left when none is
   * accepted are refused, each with its reason. After {@value #MAX_CHOICES} events of one instant
   * are taken this way, the rest are taken in order, so that a hostile instant costs O(k)
   * validations for k events, not O(k²). Depends only on the events, not on their arrival.
   */
  private void takeAtOneInstant(int from, int to) {
    boolean[] taken = new boolean[to - from];
    int choices = 0;
    int first = from;
    while (first < to && choices < MAX_CHOICES) {
      int chosen = -1;
      for (int i = first; i < to; i++) {
        if (!taken[i - from] && take(i)) {
          chosen = i;
          break;
        }
      }
      if (chosen < 0) {
        return; // none of those left is accepted: each keeps its reason
      }
      taken[chosen - from] = true;
      choices++;
      while (first < to && taken[first - from]) {
        first++;
      }
    }
    for (int i = first; i < to; i++) {
      if (!taken[i - from]) {
        take(i);
      }
    }
  }

  /** The most events of one instant chosen out of order; see {@link #takeAtOneInstant}. */
  static final int MAX_CHOICES = 64;

  /**
   * The pauses of a mask of conditions ({@link CompiledPolicy#SUSPENDED} and so on): the union of
   * their intervals. Computed once when the replay is done, so that a finished replay is only read
   * (and safe to share between threads).
   */
  Intervals pausesOf(int mask) {
    Intervals cached = done ? byMask[mask] : null;
    if (cached != null) {
      return cached;
    }
    Intervals result = new Intervals();
    for (int c = 0; c < 3; c++) {
      if ((mask & (1 << c)) != 0 && cond[c].size() > 0) {
        result = result.size() == 0 ? cond[c] : Intervals.union(result, cond[c]);
      }
    }
    return result;
  }

  boolean opened() {
    return reported != null || registered != null;
  }

  // ---- validation ------------------------------------------------------------------------------

  private @Nullable String validate(CaseEvent e) {
    if (accepted != null) {
      return "the case was accepted (closed) at " + accepted;
    }
    if (cancelled != null) {
      return "the case was cancelled at " + cancelled;
    }
    EventKind k = e.kind();
    if (k == EventKind.REPORTED) {
      if (reported != null) {
        return "the case was already reported at " + reported;
      }
      return registered != null ? "a report after the registration at " + registered : null;
    }
    if (k == EventKind.REGISTERED) {
      return registered != null ? "the case was already registered at " + registered : null;
    }
    if (!opened()) {
      return "the case has not been reported or registered";
    }
    return switch (k) {
      case DISPATCHED ->
          dispatched != null
              ? "the case was already dispatched at " + dispatched + ": use REDISPATCHED"
              : unresolved();
      case REDISPATCHED ->
          dispatched == null ? "the case has not been dispatched: use DISPATCHED" : unresolved();
      case SIGNED_FOR ->
          !holding
              ? notHeld()
              : signedAt != null ? "the case was already signed for at " + signedAt : null;
      case RETURNED -> !holding ? notHeld() : unresolved();
      case VERIFIED ->
          verifiedAt != null ? "the case was already verified at " + verifiedAt : unresolved();
      case STAGE_COMPLETED -> validateStage(e);
      case RESOLVED -> {
        if (resolvedAt != null) {
          yield "the case was already resolved at " + resolvedAt;
        }
        if (returnedAt != null) {
          yield "the case was returned at " + returnedAt + " and waits for re-dispatch";
        }
        yield notPaused();
      }
      case FEEDBACK_GIVEN ->
          resolvedAt == null
              ? "the case is not resolved"
              : feedbackAt != null ? "feedback was already given at " + feedbackAt : null;
      case ACCEPTANCE_FAILED -> resolvedAt == null ? "the case is not resolved" : null;
      case ACCEPTED -> resolvedAt == null ? "the case is not resolved" : notPaused();
      case SUSPENDED ->
          suspendedSince != null
              ? "the case is already suspended since " + suspendedSince
              : deferredSince != null ? "the case is deferred since " + deferredSince : null;
      case RESUMED ->
          suspendedSince == null && deferredSince == null
              ? "the case is neither suspended nor deferred"
              : null;
      case EXTENSION_GRANTED -> validateExtension(e);
      case DEFERRED -> {
        if (deferredSince != null) {
          yield "the case is already deferred since " + deferredSince;
        }
        if (suspendedSince != null) {
          yield "the case is suspended since " + suspendedSince + ": resume it first";
        }
        yield unresolved();
      }
      case ESCALATED -> unresolved();
      case REMINDED, CANCELLED, REPORTED, REGISTERED -> null;
    };
  }

  private @Nullable String unresolved() {
    return resolvedAt != null ? "the case was already resolved at " + resolvedAt : null;
  }

  private String notHeld() {
    return returnedAt != null
        ? "the case was returned at " + returnedAt + " and waits for re-dispatch"
        : "the case has not been dispatched";
  }

  private @Nullable String notPaused() {
    if (suspendedSince != null) {
      return "the case is suspended since " + suspendedSince + ": resume it first";
    }
    return deferredSince != null
        ? "the case is deferred since " + deferredSince + ": resume it first"
        : null;
  }

  private @Nullable String validateStage(CaseEvent e) {
    String id = e.milestone().orElse("");
    int m = p.indexOf(id);
    if (m < 0) {
      return "milestone " + id + " is not in policy " + p.policy.name();
    }
    if ((p.stopMask[m] & EventKind.STAGE_COMPLETED.bit()) == 0) {
      return "milestone " + id + " is not completed by STAGE_COMPLETED";
    }
    if (!started[m]) {
      return "milestone " + id + " has not started";
    }
    Instant met = metAt[m];
    return met != null ? "milestone " + id + " was already met at " + met : null;
  }

  private @Nullable String validateExtension(CaseEvent e) {
    int m;
    if (e.milestone().isPresent()) {
      m = p.indexOf(e.milestone().get());
      if (m < 0) {
        return "milestone " + e.milestone().get() + " is not in policy " + p.policy.name();
      }
    } else {
      m = firstRunning();
      if (m < 0) {
        return "no milestone is running";
      }
    }
    if (!started[m] || metAt[m] != null) {
      return "milestone " + p.ids[m] + " is not running";
    }
    Budget amount = e.amount().orElseThrow();
    if (amount.kind() != budgetNow[m].kind()) {
      return "milestone "
          + p.ids[m]
          + " counts in "
          + (budgetNow[m].kind() == Budget.Kind.DAYS ? "days" : "time")
          + ", the extension in "
          + (amount.kind() == Budget.Kind.DAYS ? "days" : "time");
    }
    if (extensions >= p.maxExtensions) {
      return "policy " + p.policy.name() + " allows at most " + p.maxExtensions + " extensions";
    }
    if (!p.lateExtension) {
      Instant due = measure(m, e.at(), false).due;
      if (due != null && !e.at().isBefore(due)) {
        return "milestone "
            + p.ids[m]
            + " was due at "
            + due
            + ": policy "
            + p.policy.name()
            + " grants extensions only before the deadline";
      }
    }
    return null;
  }

  int firstRunning() {
    for (int m = 0; m < p.count; m++) {
      if (started[m] && metAt[m] == null) {
        return m;
      }
    }
    return -1;
  }

  // ---- effects ---------------------------------------------------------------------------------

  private void apply(CaseEvent e) {
    Instant t = e.at();
    EventKind k = e.kind();
    switch (k) {
      case REPORTED -> {
        reported = t;
        facts = facts.updatedBy(e.facts());
      }
      case REGISTERED -> {
        registered = t;
        facts = facts.updatedBy(e.facts());
      }
      case DISPATCHED -> {
        dispatched = t;
        holding = true;
      }
      case REDISPATCHED -> {
        redispatches++;
        holding = true;
        signedAt = null;
        returnedAt = null;
      }
      case SIGNED_FOR -> {
        signedAt = t;
      }
      case RETURNED -> {
        returns++;
        holding = false;
        signedAt = null;
        returnedAt = t;
      }
      case VERIFIED -> {
        verifiedAt = t;
      }
      case RESOLVED -> {
        resolvedAt = t;
        if (firstResolved == null) {
          firstResolved = t;
        }
        resolved.open(t);
      }
      case FEEDBACK_GIVEN -> {
        feedbackAt = t;
      }
      case ACCEPTANCE_FAILED -> {
        reworks++;
        resolvedAt = null;
        feedbackAt = null;
        resolved.close(t);
      }
      case ACCEPTED -> {
        accepted = t;
      }
      case SUSPENDED -> {
        suspensions++;
        suspendedSince = t;
      }
      case RESUMED -> {
        suspendedSince = null;
        deferredSince = null;
      }
      case EXTENSION_GRANTED -> {
        extend(e);
      }
      case DEFERRED -> {
        deferredSince = t;
      }
      case ESCALATED -> {
        manualEscalations.add(t);
      }
      case REMINDED -> {
        reminders.add(t);
      }
      case CANCELLED -> {
        cancelled = t;
      }
      case STAGE_COMPLETED -> {
        // the milestones react below
      }
    }
    milestones(e);
    switch (k) {
      case SUSPENDED -> cond[0].open(t);
      case DEFERRED -> cond[1].open(t);
      case RESUMED -> {
        cond[0].close(t);
        cond[1].close(t);
      }
      case RETURNED -> cond[2].open(t);
      case REDISPATCHED -> cond[2].close(t);
      default -> {
        // no pause condition changes
      }
    }
  }

  private void extend(CaseEvent e) {
    int m = e.milestone().isPresent() ? p.indexOf(e.milestone().get()) : firstRunning();
    Budget amount = e.amount().orElseThrow();
    if (amount.kind() == Budget.Kind.TIME) {
      extNanos[m] += Clocks.nanos(((Budget.Time) amount).duration());
    } else {
      extDays[m] += ((Budget.Days) amount).days();
    }
    mExtensions[m]++;
    extensions++;
    extTarget[current] = m;
  }

  private void milestones(CaseEvent e) {
    Instant t = e.at();
    int bit = e.kind().bit();
    if (e.kind() == p.clockStart && clockStart == null) {
      clockStart = t;
      for (int m = 0; m < p.count; m++) {
        if (p.anchor[m] == Anchor.CLOCK_START && p.startMask[m] == 0 && !started[m]) {
          start(m, t);
        }
      }
    }
    for (int m = 0; m < p.count; m++) {
      if ((p.stopMask[m] & bit) != 0
          && started[m]
          && metAt[m] == null
          && (e.kind() != EventKind.STAGE_COMPLETED || p.ids[m].equals(e.milestone().orElse("")))) {
        metAt[m] = t;
        if (m + 1 < p.count && p.anchor[m + 1] == Anchor.PREVIOUS && !started[m + 1]) {
          start(m + 1, t);
        }
      }
    }
    for (int m = 0; m < p.count; m++) {
      if ((p.startMask[m] & bit) != 0 && !started[m]) {
        Instant cs = clockStart;
        start(m, p.anchor[m] == Anchor.CLOCK_START && cs != null ? cs : t);
      } else if ((p.resetMask[m] & bit) != 0 && started[m]) {
        anchorAt[m] = t;
        anchorEvent[m] = current;
        metAt[m] = null;
        resets[m]++;
      }
    }
    if (e.kind() == EventKind.ACCEPTANCE_FAILED) {
      rework(t);
    }
  }

  private void start(int m, Instant anchor) {
    started[m] = true;
    anchorAt[m] = anchor;
    anchorEvent[m] = current;
    metAt[m] = null;
  }

  private void rework(Instant t) {
    int from = p.reworkFrom;
    Rework.Mode mode = p.reworkMode;
    if (from < 0 || mode == null) {
      return;
    }
    for (int m = from; m < p.count; m++) {
      if (mode == Rework.Mode.CONTINUE) {
        if (started[m]) {
          metAt[m] = null;
          resets[m]++;
        }
      } else if (m > from && p.anchor[m] == Anchor.PREVIOUS) {
        started[m] = false;
        metAt[m] = null;
      } else if (started[m] || m == from) {
        start(m, t);
        resets[m]++;
      }
    }
    Budget b = p.reworkBudget;
    if (mode == Rework.Mode.NEW_BUDGET && b != null) {
      budgetNow[from] = b;
      originOf[from] = null;
    }
  }

  // ---- measuring -------------------------------------------------------------------------------

  /** A milestone measured at an instant. */
  static final class Measure {
    boolean started;
    long budget;
    @Nullable Instant due;
    long elapsed;
    @Nullable Instant yellowAt;
    @Nullable Instant redAt;
    @Nullable Instant end;
    boolean paused;
  }

  /** When the case stopped being tracked: accepted or cancelled. */
  @Nullable Instant terminal() {
    return accepted != null ? accepted : cancelled;
  }

  /**
   * Measures milestone {@code m} at {@code t} from the state replayed (events up to {@code t}).
   * O(p) calendar calls for p pauses, thrice more with {@code warnings}.
   */
  Measure measure(int m, @Nullable Instant t, boolean warnings) {
    Measure r = new Measure();
    if (!started[m]) {
      return r;
    }
    r.started = true;
    WorkingCalendar cal = p.cal[m];
    Instant from = origin(m);
    Instant met = metAt[m];
    Instant end = met != null ? met : terminal();
    r.end = end;
    Intervals pz = pausesOf(p.pauseMask[m]);
    Instant baseDue = Clocks.dayDue(cal, anchorAt[m], budgetNow[m], extDays[m]);
    long budget = Clocks.budgetNanos(memo, cal, from, budgetNow[m], extNanos[m], baseDue);
    r.budget = budget;
    long[] paused = new long[1];
    Instant due = Clocks.reach(memo, cal, from, budget, pz, end, paused);
    if (due != null && baseDue != null && paused[0] == 0) {
      due = baseDue;
    }
    r.due = due;
    if (t != null) {
      Instant u = end != null && end.isBefore(t) ? end : t;
      r.elapsed = Clocks.used(memo, cal, from, u, pz);
    }
    r.paused = end == null && pz.isOpen();
    if (warnings && end == null) {
      long y = p.yellow[m].usedAt(budget);
      long red = Math.max(y, p.red[m].usedAt(budget));
      r.yellowAt = Clocks.reach(memo, cal, from, y, pz, null, paused);
      r.redAt = Clocks.reach(memo, cal, from, red, pz, null, paused);
    }
    return r;
  }

  /**
   * Where milestone {@code m}'s clock counts from: {@link Clocks#countsFrom} of its anchor and
   * budget, kept per anchor so that the calendar answers remembered for it are found again.
   */
  @SuppressWarnings("ReferenceEquality") // by identity, as the memo keys its answers
  Instant origin(int m) {
    Instant anchor = anchorAt[m];
    if (originOf[m] != anchor) {
      originOf[m] = anchor;
      originAt[m] = Clocks.countsFrom(p.cal[m], anchor, budgetNow[m]);
    }
    return originAt[m];
  }

  // ---- frozen when the replay is done: all that does not depend on the instant asked about ----
  //
  // One array of longs, the case's row: a header (HEADER longs), STRIDE per milestone, then the
  // escalation schedule, so that reading a case at an instant touches a few contiguous cache lines:
  // flags, budget, state, and instants as (epoch second, nano) pairs. The static accessors read a
  // row at any offset of any array, so that a CaseRegister can keep many cases' rows in one array
  // and read them as a view reads a replay's.

  /** Header: the instant of the case's last event (filled by a register), bits, counts. */
  static final int HEADER = 4;

  static final int H_LAST = 0;

  /** Phase code, outcome code (8 bits each), resolved (1 bit), escalation transitions (from 20). */
  static final int H_BITS = 2;

  /** Reworks (low 32 bits) and extensions (high 32 bits). */
  static final int H_COUNTS = 3;

  private static final CasePhase[] PHASES = CasePhase.values();
  private static final CaseOutcome[] OUTCOMES = CaseOutcome.values();
  private static final MilestoneState[] STATES = MilestoneState.values();

  static final int STRIDE = 17;
  static final long STARTED = 1;
  static final long HAS_DUE = 2;
  static final long PAUSED = 4;
  static final long HAS_YELLOW = 8;
  static final long HAS_RED = 16;
  static final long HAS_END = 32;
  static final long REMINDED = 64;
  static final long HAS_REMINDER = 128;
  static final long BREACHED = 256;
  static final int FLAGS = 0;
  static final int BUDGET = 1;
  static final int DUE = 2;
  static final int YELLOW = 4;
  static final int RED = 6;
  static final int END = 8;
  static final int USED = 10;
  static final int PAUSED_CLOSED = 11;
  static final int REMINDER = 12;

  /**
   * The milestone's state if it no longer depends on the instant (met, cancelled, paused, not
   * started) as 1 + its index in {@link MilestoneState#values()}; 0 while it runs.
   */
  static final int STATE = 14;

  /** Where the milestone's clock counts from ({@link #origin}), if started. */
  static final int ORIGIN = 15;

  /**
   * The row: {@link #HEADER}, {@link #STRIDE} longs per milestone, then the escalation schedule as
   * (epoch second, nano) of each transition, level 1, 2, … in order.
   */
  long[] fz = new long[0];

  /** The case's outcome, phase and closing instant, which do not depend on the instant either. */
  CaseOutcome outcome = CaseOutcome.OPEN;

  CasePhase phase = CasePhase.NOT_OPENED;
  @Nullable Instant closedAt;

  /**
   * The case's grid, for grouping: the code itself, not the facts' optional, so that reading it
   * costs one object less (an evaluation wraps it when asked).
   */
  org.gridgov.core.@Nullable GridCode grid;

  @SuppressWarnings("JavaInstantGetSecondsGetNano") // both parts are kept
  private void freeze() {
    fz = new long[HEADER + p.count * STRIDE];
    Measure[] ms = new Measure[p.count];
    for (int m = 0; m < p.count; m++) {
      Measure x = measure(m, null, true);
      ms[m] = x;
      int b = HEADER + m * STRIDE;
      fz[b + USED] = -1;
      if (!x.started) {
        continue;
      }
      long flags = STARTED;
      WorkingCalendar cal = p.cal[m];
      Instant anchor = origin(m);
      put(b + ORIGIN, anchor);
      Instant end = x.end;
      Intervals pz = pausesOf(p.pauseMask[m]);
      long closed = 0;
      Instant open = null;
      for (int i = 0; i < pz.size(); i++) {
        Instant s = pz.start(i);
        Instant e = pz.end(i);
        if (end != null && !s.isBefore(end)) {
          break;
        }
        if (end != null && (e == null || e.isAfter(end))) {
          e = end;
        }
        if (e != null && !e.isAfter(anchor)) {
          continue;
        }
        Instant a = s.isBefore(anchor) ? anchor : s;
        if (e == null) {
          open = a;
        } else {
          closed += memo.work(cal, a, e);
        }
      }
      fz[b + PAUSED_CLOSED] = closed;
      if (end != null) {
        fz[b + USED] = Math.max(0, memo.work(cal, anchor, end) - closed);
        flags |= HAS_END;
        put(b + END, end);
      } else if (open != null) {
        fz[b + USED] = Math.max(0, memo.work(cal, anchor, open) - closed);
      }
      if (x.paused) {
        flags |= PAUSED;
      }
      fz[b + BUDGET] = x.budget;
      Instant due = x.due;
      if (due != null) {
        flags |= HAS_DUE;
        put(b + DUE, due);
        if (remindedSince(due)) {
          flags |= REMINDED;
        }
        Duration delay = p.reminder[m];
        if (delay != null && end == null) {
          flags |= HAS_REMINDER;
          put(b + REMINDER, cal.nextWorkingInstant(due.plus(delay)).instant());
        }
      }
      if (x.yellowAt != null) {
        flags |= HAS_YELLOW;
        put(b + YELLOW, x.yellowAt);
      }
      if (x.redAt != null) {
        flags |= HAS_RED;
        put(b + RED, x.redAt);
      }
      fz[b + FLAGS] = flags;
    }
    fixStates(ms);
    List<Instant> schedule = Statuses.schedule(this, ms);
    int tail = HEADER + p.count * STRIDE;
    if (!schedule.isEmpty()) {
      fz = Arrays.copyOf(fz, tail + 2 * schedule.size());
      for (int k = 0; k < schedule.size(); k++) {
        put(tail + 2 * k, schedule.get(k));
      }
    }
    fz[H_BITS] =
        code(PHASES, phase)
            | (long) code(OUTCOMES, outcome) << 8
            | (firstResolved != null ? 1L : 0L) << 16
            | (long) schedule.size() << 20;
    fz[H_COUNTS] = (reworks & 0xFFFF_FFFFL) | (long) extensions << 32;
    rejections = refusals();
  }

  /** The index of a constant among its type's values, by identity (no ordinal). */
  private static <E> int code(E[] values, E e) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == e) {
        return i;
      }
    }
    throw new AssertionError(e);
  }

  private void fixStates(Measure[] ms) {
    Instant terminal = terminal();
    for (int m = 0; m < p.count; m++) {
      Measure x = ms[m];
      Instant met = metAt[m];
      Instant due = x.due;
      boolean breached = false;
      MilestoneState state = null;
      if (!x.started) {
        state = terminal != null ? MilestoneState.CANCELLED : MilestoneState.NOT_STARTED;
      } else if (met != null) {
        breached = due != null && met.isAfter(due);
        state = breached ? MilestoneState.MET_LATE : MilestoneState.MET_ON_TIME;
      } else if (terminal != null) {
        breached = due != null && terminal.isAfter(due);
        state = MilestoneState.CANCELLED;
      } else if (x.paused) {
        breached = due != null; // reached before the open pause began
        state = MilestoneState.PAUSED;
      }
      int b = HEADER + m * STRIDE;
      fz[b + STATE] = state == null ? 0 : 1 + code(STATES, state);
      if (breached) {
        fz[b + FLAGS] |= BREACHED;
      }
    }
    Instant closingMet = metAt[p.closing];
    closedAt = closingMet != null ? closingMet : accepted;
    Instant closingDue = ms[p.closing].due;
    Instant closed = closedAt;
    if (cancelled != null) {
      outcome = CaseOutcome.CANCELLED;
    } else if (closed != null) {
      outcome =
          closingDue == null || !closed.isAfter(closingDue)
              ? CaseOutcome.ON_TIME
              : CaseOutcome.LATE;
    } else if (deferredSince != null) {
      outcome = CaseOutcome.DEFERRED;
    } else {
      outcome = CaseOutcome.OPEN;
    }
    if (!opened()) {
      phase = CasePhase.NOT_OPENED;
    } else if (cancelled != null) {
      phase = CasePhase.CANCELLED;
    } else if (closed != null) {
      phase = CasePhase.CLOSED;
    } else if (deferredSince != null) {
      phase = CasePhase.DEFERRED;
    } else if (suspendedSince != null) {
      phase = CasePhase.SUSPENDED;
    } else if (resolvedAt != null) {
      phase = CasePhase.RESOLVED;
    } else {
      phase = CasePhase.OPEN;
    }
    grid = facts.grid().orElse(null);
  }

  @SuppressWarnings("JavaInstantGetSecondsGetNano") // both parts are kept
  private void put(int at, Instant i) {
    fz[at] = i.getEpochSecond();
    fz[at + 1] = i.getNano();
  }

  boolean has(int m, long flag) {
    return has(fz, 0, m, flag);
  }

  static boolean has(long[] a, int base, int m, long flag) {
    return (a[base + HEADER + m * STRIDE + FLAGS] & flag) != 0;
  }

  /** A frozen instant of milestone {@code m} ({@link #DUE}, {@link #YELLOW}, …), or null. */
  @Nullable Instant instant(int m, int field, long flag) {
    return instant(fz, 0, m, field, flag);
  }

  static @Nullable Instant instant(long[] a, int base, int m, int field, long flag) {
    int b = base + HEADER + m * STRIDE;
    return (a[b + FLAGS] & flag) == 0
        ? null
        : Instant.ofEpochSecond(a[b + field], a[b + field + 1]);
  }

  /** Whether the frozen instant {@code field} of milestone {@code m} is at or before {@code t}. */
  boolean atOrBefore(int m, int field, Instant t) {
    return atOrBefore(fz, 0, m, field, t);
  }

  @SuppressWarnings("JavaInstantGetSecondsGetNano") // compared as a pair
  static boolean atOrBefore(long[] a, int base, int m, int field, Instant t) {
    int b = base + HEADER + m * STRIDE + field;
    long s = t.getEpochSecond();
    return a[b] < s || (a[b] == s && a[b + 1] <= t.getNano());
  }

  /** Whether {@code x} is after the frozen instant {@code field} of milestone {@code m}. */
  boolean after(int m, int field, Instant x) {
    return atOrBefore(m, field, x) && !equal(m, field, x);
  }

  @SuppressWarnings("JavaInstantGetSecondsGetNano") // compared as a pair
  private boolean equal(int m, int field, Instant x) {
    int b = HEADER + m * STRIDE + field;
    return fz[b] == x.getEpochSecond() && fz[b + 1] == x.getNano();
  }

  long budget(int m) {
    return budget(fz, 0, m);
  }

  static long budget(long[] a, int base, int m) {
    return a[base + HEADER + m * STRIDE + BUDGET];
  }

  /** The time milestone {@code m} used by {@code t} (at or after the last event). O(1) calls. */
  long usedAt(int m, Instant t) {
    return usedAt(fz, 0, p, m, t);
  }

  static long usedAt(long[] a, int base, CompiledPolicy p, int m, Instant t) {
    int b = base + HEADER + m * STRIDE;
    if ((a[b + FLAGS] & STARTED) == 0) {
      return 0;
    }
    long frozenUse = a[b + USED];
    if (frozenUse >= 0) {
      return frozenUse;
    }
    return Math.max(
        0,
        Clocks.work(p.cal[m], Instant.ofEpochSecond(a[b + ORIGIN], a[b + ORIGIN + 1]), t)
            - a[b + PAUSED_CLOSED]);
  }

  /** Milestone {@code m}'s state if it no longer depends on the instant, or null while it runs. */
  static @Nullable MilestoneState fixedState(long[] a, int base, int m) {
    int code = (int) a[base + HEADER + m * STRIDE + STATE];
    return code == 0 ? null : STATES[code - 1];
  }

  static CasePhase phase(long[] a, int base) {
    return PHASES[(int) (a[base + H_BITS] & 0xFF)];
  }

  static CaseOutcome outcome(long[] a, int base) {
    return OUTCOMES[(int) ((a[base + H_BITS] >>> 8) & 0xFF)];
  }

  static boolean resolved(long[] a, int base) {
    return ((a[base + H_BITS] >>> 16) & 1) != 0;
  }

  static int reworks(long[] a, int base) {
    return (int) a[base + H_COUNTS];
  }

  static int extensions(long[] a, int base) {
    return (int) (a[base + H_COUNTS] >>> 32);
  }

  /** The number of escalation transitions in a row. */
  static int transitions(long[] a, int base) {
    return (int) (a[base + H_BITS] >>> 20);
  }

  /** The escalation level at {@code t}: the transitions at or before it. */
  int levelAt(Instant t) {
    return levelAt(fz, 0, p.count, t);
  }

  @SuppressWarnings("JavaInstantGetSecondsGetNano") // compared as a pair
  static int levelAt(long[] a, int base, int count, Instant t) {
    int k = transitions(a, base);
    int tail = base + HEADER + count * STRIDE;
    long s = t.getEpochSecond();
    int n = t.getNano();
    int level = 0;
    while (level < k
        && (a[tail + 2 * level] < s
            || (a[tail + 2 * level] == s && a[tail + 2 * level + 1] <= n))) {
      level++;
    }
    return level;
  }

  /** The instant of escalation transition {@code k}, from 0, or null if there is none. */
  @Nullable Instant transition(int k) {
    int tail = HEADER + p.count * STRIDE;
    return k < transitions(fz, 0)
        ? Instant.ofEpochSecond(fz[tail + 2 * k], fz[tail + 2 * k + 1])
        : null;
  }

  /** Whether event {@code i} was refused. */
  boolean refused(int i) {
    return reasons[i] != null;
  }

  /** The refusals, frozen when the replay is done. */
  private List<Rejection> rejections = List.of();

  List<Rejection> rejections() {
    return rejections;
  }

  private List<Rejection> refusals() {
    List<Rejection> list = new ArrayList<>(0);
    for (int i = 0; i < n; i++) {
      String reason = reasons[i];
      if (reason != null) {
        list.add(new Rejection(events[i], reason));
      }
    }
    return List.copyOf(list);
  }

  /** The reminder instants at or after a breach. */
  boolean remindedSince(Instant breach) {
    for (Instant r : reminders) {
      if (!r.isBefore(breach)) {
        return true;
      }
    }
    return false;
  }

  Optional<Instant> optional(@Nullable Instant i) {
    return Optional.ofNullable(i);
  }

  @Override
  public String toString() {
    return "Replay["
        + p.policy.name()
        + ", "
        + n
        + " events, refused "
        + Arrays.toString(reasons)
        + "]";
  }
}
