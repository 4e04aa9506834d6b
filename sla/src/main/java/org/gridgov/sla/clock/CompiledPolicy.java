package org.gridgov.sla.clock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.jspecify.annotations.Nullable;

/** A {@link CasePolicy} with its calendars resolved and its event sets as bit masks, for replay. */
final class CompiledPolicy {
  static final int CASE_PAUSE = EventKind.SUSPENDED.bit() | EventKind.DEFERRED.bit();
  static final int CASE_RESUME = EventKind.RESUMED.bit();

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
  final int[] profile;
  final int[] profilePause;
  final int[] profileResume;
  final int caseProfile;
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
    profile = new int[count];
    yellow = new Threshold[count];
    red = new Threshold[count];
    reminder = new Duration[count];
    List<int[]> profiles = new ArrayList<>();
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
      profile[i] = profileOf(profiles, mask(m.pauseOn()), mask(m.resumeOn()));
      yellow[i] = m.warnings().yellow();
      red[i] = m.warnings().red();
      reminder[i] = m.reminderAfterBreach().orElse(null);
    }
    caseProfile = profileOf(profiles, CASE_PAUSE, CASE_RESUME);
    profilePause = new int[profiles.size()];
    profileResume = new int[profiles.size()];
    for (int k = 0; k < profiles.size(); k++) {
      profilePause[k] = profiles.get(k)[0];
      profileResume[k] = profiles.get(k)[1];
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

  private static int profileOf(List<int[]> profiles, int pause, int resume) {
    for (int k = 0; k < profiles.size(); k++) {
      if (profiles.get(k)[0] == pause && profiles.get(k)[1] == resume) {
        return k;
      }
    }
    profiles.add(new int[] {pause, resume});
    return profiles.size() - 1;
  }
}
