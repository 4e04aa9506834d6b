package org.gridgov.scoring.rating;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;

/** The computation of a round over primitive arrays: scores, transitions, quotas, tiers. */
final class RoundEngine {
  /** The most problems an invalid round reports; the rest are counted. */
  static final int MAX_PROBLEMS = 1000;

  static final byte NOT_RATED = -1;

  private RoundEngine() {}

  static RoundResult rate(RatingRound round, List<Assessment> assessments) {
    Rubric rubric = round.rubric();
    RubricKernel k = rubric.kernel();
    int n = assessments.size();
    Map<String, Integer> index = new HashMap<>(Math.max(16, n * 2));
    List<Problem> problems = new ArrayList<>();
    long omitted = 0;
    RoundResult.Data d = new RoundResult.Data(n);
    RubricKernel.Work w = k.work();
    for (int i = 0; i < n; i++) {
      Assessment a = assessments.get(i);
      Integer first = index.putIfAbsent(a.organisationId(), i);
      Location at = Location.element("assessments", i);
      if (first != null) {
        if (problems.size() < MAX_PROBLEMS) {
          problems.add(
              Problem.of(
                  ProblemKind.DUPLICATE_ID,
                  at.field("organisationId"),
                  "organisation "
                      + a.organisationId()
                      + " is also assessed at assessments["
                      + first
                      + "]"));
        } else {
          omitted++;
        }
      }
      if (!k.score(a, w)) {
        List<Problem> own = new ArrayList<>();
        k.check(a, at, own);
        for (Problem p : own) {
          if (problems.size() < MAX_PROBLEMS) {
            problems.add(p);
          } else {
            omitted++;
          }
        }
        continue;
      }
      d.total[i] = w.total;
      d.sections[i] = k.maxTotal - w.lost;
      d.byRules[i] = (byte) w.stars;
      d.rectifications[i] = rectifications(k, w);
      d.isNew[i] = a.newOrganisation();
    }
    if (!problems.isEmpty()) {
      throw new InvalidAssessmentException(problems, omitted);
    }
    transitions(round, assessments, d);
    List<QuotaCut> cuts = quotas(round, assessments, d);
    tiers(rubric, assessments, d);
    return new RoundResult(round, assessments, index, d, cuts);
  }

  private static int rectifications(RubricKernel k, RubricKernel.Work w) {
    int count = 0;
    for (int t = 0; t < w.touchedCount; t++) {
      if (w.lostAt(w.touched[t], k) > 0) {
        count++;
      }
    }
    for (int v = 0; v < k.vetoKind.length; v++) {
      if (w.vetoFinding[v] >= 0) {
        count++;
      }
    }
    return count;
  }

  private static void transitions(
      RatingRound round, List<Assessment> assessments, RoundResult.Data d) {
    RubricKernel k = round.rubric().kernel();
    History history = round.previous();
    boolean noHistory = history.organisations().isEmpty();
    for (int i = 0; i < d.n; i++) {
      d.previous[i] = NOT_RATED;
      if (d.isNew[i]) {
        d.stars[i] = 0;
        continue;
      }
      int stars = d.byRules[i];
      if (!noHistory) {
        Assessment a = assessments.get(i);
        var last = history.lastRated(a.organisationId());
        if (last.isPresent()) {
          int prev = last.get().stars();
          d.previous[i] = (byte) prev;
          int allowed = k.up(prev, k.riseAllowed(a));
          if (stars > allowed) {
            stars = allowed;
            d.riseLimited[i] = true;
          }
        }
      }
      d.stars[i] = (byte) stars;
    }
  }

  /** Applies the quotas from the most stars down; returns every cut in order. */
  private static List<QuotaCut> quotas(
      RatingRound round, List<Assessment> assessments, RoundResult.Data d) {
    List<QuotaCut> cuts = new ArrayList<>();
    RubricKernel k = round.rubric().kernel();
    int rated = 0;
    for (int i = 0; i < d.n; i++) {
      rated += d.isNew[i] ? 0 : 1;
    }
    Arrays.fill(d.cutFrom, NOT_RATED);
    for (int r = k.rungs.length - 1; r >= 0; r--) {
      int level = k.rungs[r];
      Quota quota = null;
      for (Quota q : round.quotas()) {
        if (q.stars() == level) {
          quota = q;
        }
      }
      if (quota == null) {
        continue;
      }
      int max = quota.maxCount(rated);
      int[] candidates = new int[d.n];
      int c = 0;
      for (int i = 0; i < d.n; i++) {
        if (!d.isNew[i] && d.stars[i] == level) {
          candidates[c++] = i;
        }
      }
      if (c <= max) {
        continue;
      }
      cut(level, k.below(level), Arrays.copyOf(candidates, c), max, assessments, d, cuts);
    }
    return cuts;
  }

  /** The ranking key: total, then sections, both descending; every value fits in 27 bits. */
  private static long key(RoundResult.Data d, int i) {
    return (d.total[i] << 28) | d.sections[i];
  }

  private static void cut(
      int level,
      int to,
      int[] candidates,
      int max,
      List<Assessment> assessments,
      RoundResult.Data d,
      List<QuotaCut> cuts) {
    int c = candidates.length;
    long[] keys = new long[c];
    for (int x = 0; x < c; x++) {
      keys[x] = key(d, candidates[x]);
    }
    long[] sorted = keys.clone();
    Arrays.sort(sorted);
    // the last place kept has the max-th largest key; with max == 0 nobody is kept
    long threshold = max == 0 ? Long.MAX_VALUE : sorted[c - max];
    int above = 0;
    List<Integer> tied = new ArrayList<>(); // positions in candidates
    boolean[] kept = new boolean[c];
    for (int x = 0; x < c; x++) {
      if (keys[x] > threshold) {
        above++;
        kept[x] = true;
      } else if (keys[x] == threshold) {
        tied.add(x);
      }
    }
    tied.sort(
        (p, q) ->
            assessments
                .get(candidates[p])
                .organisationId()
                .compareTo(assessments.get(candidates[q]).organisationId()));
    for (int t = 0; t < max - above; t++) {
      kept[tied.get(t)] = true;
    }
    long lastTotal = threshold >>> 28;
    for (int x = 0; x < c; x++) {
      if (kept[x]) {
        continue;
      }
      int i = candidates[x];
      QuotaCut.TieBreak by =
          max == 0
              ? QuotaCut.TieBreak.NO_PLACE // nobody kept: no key ranked it below anyone
              : keys[x] == threshold
                  ? QuotaCut.TieBreak.ORGANISATION_ID
                  : d.total[i] < lastTotal ? QuotaCut.TieBreak.TOTAL : QuotaCut.TieBreak.SECTIONS;
      cuts.add(
          new QuotaCut(
              assessments.get(i).organisationId(), level, to, Points.ofHundredths(d.total[i]), by));
      if (d.cutFrom[i] == NOT_RATED) {
        d.cutFrom[i] = (byte) level;
        d.cutBy[i] = RoundResult.Data.ordinal(by);
      }
      d.stars[i] = (byte) to;
    }
  }

  private static void tiers(Rubric rubric, List<Assessment> assessments, RoundResult.Data d) {
    RubricKernel k = rubric.kernel();
    long lowest = Long.MAX_VALUE;
    long highest = Long.MIN_VALUE;
    for (int i = 0; i < d.n; i++) {
      if (!d.isNew[i]) {
        lowest = Math.min(lowest, d.total[i]);
        highest = Math.max(highest, d.total[i]);
      }
    }
    // nobody is last when nobody is behind: all tied, or one organisation rated
    d.lowest = lowest < highest ? lowest : Long.MIN_VALUE;
    for (int i = 0; i < d.n; i++) {
      if (d.isNew[i]) {
        d.tier[i] = RoundResult.Data.ordinal(Tier.UNRATED);
        continue;
      }
      boolean weak = false;
      for (int t = 0; t < k.triggers.length && !weak; t++) {
        weak = fires(k, t, assessments.get(i), d, i);
      }
      d.weak[i] = weak;
      Tier tier = weak ? Tier.LAGGING : rubric.tiers().tierOf(d.stars[i]);
      d.tier[i] = RoundResult.Data.ordinal(tier);
    }
  }

  static boolean fires(RubricKernel k, int t, Assessment a, RoundResult.Data d, int i) {
    if (k.triggers[t].kind() == WeakCondition.Kind.LAST_IN_ROUND) {
      return !d.isNew[i] && d.lowest != Long.MIN_VALUE && d.total[i] == d.lowest;
    }
    return k.fires(t, a, d.total[i]);
  }
}
