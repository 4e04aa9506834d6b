package org.gridgov.sla.clock;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.jspecify.annotations.Nullable;

/** A {@link CasePolicy} with its calendars resolved and its event sets as bit masks, for replay. */
final class CompiledPolicy {
  /** The pause conditions, each an index into the replay's condition intervals. */
  static final int SUSPENDED = 1;

  static final int DEFERRED = 2;
  static final int RETURNED = 4;

  final CasePolicy policy;
  final int count;
  final String[] ids;
  final WorkingCalendar[] cal;
  final String[] calName;
  final Anchor[] anchor;
  final Budget[] budget;
  final int[] startMask;
  final int[] stopMask;
  final int[] resetMask;

  /** Per milestone, the mask of its pause conditions. */
  final int[] pauseMask;

  final Threshold[] yellow;
  final Threshold[] red;
  final @Nullable Duration[] reminder;
  final int closing;
  final EventKind clockStart;
  final int reworkFrom;
  final Rework.@Nullable Mode reworkMode;
  final @Nullable Budget reworkBudget;
  final boolean lateExtension;
  final int maxExtensions;
  final @Nullable WorkingCalendar escCal;
  final Tier[] escTier;
  final Budget[] escBudget;

  CompiledPolicy(CasePolicy p, Map<String, WorkingCalendar> calendars) {
    this.policy = p;
    this.count = p.milestones().size();
    ids = new String[count];
    cal = new WorkingCalendar[count];
    calName = new String[count];
    anchor = new Anchor[count];
    budget = new Budget[count];
    startMask = new int[count];
    stopMask = new int[count];
    resetMask = new int[count];
    pauseMask = new int[count];
    yellow = new Threshold[count];
    red = new Threshold[count];
    reminder = new Duration[count];
    for (int i = 0; i < count; i++) {
      Milestone m = p.milestones().get(i);
      ids[i] = m.id();
      cal[i] = calendars.get(m.calendar());
      calName[i] = m.calendar();
      anchor[i] = m.anchor();
      budget[i] = m.budget();
      startMask[i] = mask(m.startOn());
      stopMask[i] = mask(m.stopOn());
      resetMask[i] = mask(m.resetOn());
      pauseMask[i] =
          (m.pauseWhile().contains(EventKind.SUSPENDED) ? SUSPENDED : 0)
              | (m.pauseWhile().contains(EventKind.DEFERRED) ? DEFERRED : 0)
              | (m.pauseWhile().contains(EventKind.RETURNED) ? RETURNED : 0);
      yellow[i] = m.warnings().yellow();
      red[i] = m.warnings().red();
      reminder[i] = m.reminderAfterBreach().orElse(null);
    }
    closing = p.indexOf(p.closing()).orElse(count - 1);
    clockStart = p.clockStart();
    if (p.rework().isPresent()) {
      Rework r = p.rework().get();
      reworkFrom = p.indexOf(r.from()).orElse(0);
      reworkMode = r.mode();
      reworkBudget = r.budget().orElse(null);
    } else {
      reworkFrom = -1;
      reworkMode = null;
      reworkBudget = null;
    }
    lateExtension = p.extensions().afterDeadline();
    maxExtensions = p.extensions().max();
    if (p.escalation().isPresent()) {
      Escalation e = p.escalation().get();
      escCal = calendars.get(e.calendar());
      escTier = new Tier[e.levels().size()];
      escBudget = new Budget[e.levels().size()];
      for (int k = 0; k < escTier.length; k++) {
        escTier[k] = e.levels().get(k).tier();
        escBudget[k] = e.levels().get(k).budget();
      }
    } else {
      escCal = null;
      escTier = new Tier[0];
      escBudget = new Budget[0];
    }
  }

  int indexOf(String id) {
    for (int i = 0; i < count; i++) {
      if (ids[i].equals(id)) {
        return i;
      }
    }
    return -1;
  }

  static int mask(Set<EventKind> kinds) {
    int mask = 0;
    for (EventKind k : kinds) {
      mask |= k.bit();
    }
    return mask;
  }
}
