package org.gridgov.scoring.rating;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;

// Over 600 lines: the compiled arrays and the rules that read them by offset are one format —
// compilation writes the offsets that scoring, explanation and the rung ladder read.

/**
 * The compiled scoring kernel behind a {@link Rubric}: primitive arrays of hundredths indexed by
 * item, clause, section, bonus item, band, gate and veto, and hash indexes from ids to positions.
 * Scoring one assessment is O(f + b + g + v) for f findings, b bands, g gates and v vetoes, with no
 * allocation beyond the caller's {@link Work}; every sum is exact in {@code long} hundredths.
 *
 * <p>Rules, in order: an item loses the worst clause found (per-occurrence clauses times their
 * count; ties to the smaller clause id, so that clause order never matters), at most its maximum;
 * sections sum their items; bonus items are capped each, then in total, then (offset-only) by the
 * points lost; the total's band gives the stars by score; each gate not met holds the stars below
 * its level; then demotions (summed over the distinct vetoes found), then caps (the lowest), then a
 * disqualification.
 *
 * <p>Stars move on the rubric's ladder: the star counts its bands give (洪雅: none, 3, 4, 5). A
 * demotion by one goes one rung down (4 to 3, 3 to none), a cap or gate keeps the highest rung at
 * or below it, and a rise of one level between rounds is one rung up.
 */
final class RubricKernel {
  static final byte DISQUALIFY = 0;
  static final byte CAP = 1;
  static final byte DEMOTE = 2;

  final String rubricId;

  // items in rubric order (sections in order, items in order)
  final int items;
  final String[] itemIds;
  final Map<String, Integer> itemIndex;
  final long[] itemMax;
  final int[] itemSection;
  final int[] clauseStart; // clauses of item i: clauseStart[i] .. clauseStart[i + 1]
  final String[] clauseIds;
  final long[] clauseDeduction;
  final boolean[] clausePerOccurrence;

  final int sections;
  final long[] sectionMax;
  final long maxTotal;

  final Map<String, Integer> bonusIndex;
  final long[] bonusEach;
  final long[] bonusCap;
  final long bonusTotalCap;
  final boolean offsetOnly;

  // bands by ascending lower bound
  final long[] bandFrom;
  final int[] bandStars;
  final int topStars;
  // the ladder: the star counts bands give, ascending (洪雅: 0, 3, 4, 5)
  final int[] rungs;
  final int[] rungIndex; // per star count 0..5: index of the highest rung at or below, -1 if none

  final Map<String, Integer> gateIndex;
  final int[] gateStars;
  final boolean[] gateAttested;
  final int[] gateSection;
  final long[] gatePoints;

  final Map<String, Integer> vetoIndex;
  final byte[] vetoKind;
  final int[] vetoLevels;

  final Map<String, Integer> honourIndex;
  final int[] honourRise;
  final int maxRise;

  final Map<String, Integer> triggerIndex;
  final WeakCondition[] triggers;

  RubricKernel(Rubric r) {
    this.rubricId = r.id();
    List<Section> secs = r.sections();
    this.sections = secs.size();
    this.sectionMax = new long[sections];
    int n = 0;
    int c = 0;
    for (Section s : secs) {
      n += s.items().size();
      for (Item it : s.items()) {
        c += it.clauses().size();
      }
    }
    this.items = n;
    this.itemIds = new String[n];
    this.itemIndex = new HashMap<>(n * 2);
    this.itemMax = new long[n];
    this.itemSection = new int[n];
    this.clauseStart = new int[n + 1];
    this.clauseIds = new String[c];
    this.clauseDeduction = new long[c];
    this.clausePerOccurrence = new boolean[c];
    long total = 0;
    int i = 0;
    int k = 0;
    for (int s = 0; s < sections; s++) {
      Section sec = secs.get(s);
      sectionMax[s] = sec.maximum().hundredths();
      total += sectionMax[s];
      for (Item it : sec.items()) {
        itemIds[i] = it.id();
        itemIndex.put(it.id(), i);
        itemMax[i] = it.maximum().hundredths();
        itemSection[i] = s;
        clauseStart[i] = k;
        for (DeductionClause cl : it.clauses()) {
          clauseIds[k] = cl.id();
          clauseDeduction[k] = cl.deduction().hundredths();
          clausePerOccurrence[k] = cl.perOccurrence();
          k++;
        }
        i++;
      }
    }
    clauseStart[n] = k;
    this.maxTotal = total;

    List<BonusItem> bonus = r.bonus().items();
    this.bonusIndex = new HashMap<>();
    this.bonusEach = new long[bonus.size()];
    this.bonusCap = new long[bonus.size()];
    for (int b = 0; b < bonus.size(); b++) {
      bonusIndex.put(bonus.get(b).id(), b);
      bonusEach[b] = bonus.get(b).points().hundredths();
      bonusCap[b] = bonus.get(b).cap().hundredths();
    }
    this.bonusTotalCap = r.bonus().cap().hundredths();
    this.offsetOnly = r.bonus().mode() == BonusMode.OFFSET_ONLY;

    StarBand[] bands = r.bands().toArray(new StarBand[0]);
    Arrays.sort(bands, (a, b) -> a.from().compareTo(b.from()));
    this.bandFrom = new long[bands.length];
    this.bandStars = new int[bands.length];
    int top = 0;
    for (int b = 0; b < bands.length; b++) {
      bandFrom[b] = bands[b].from().hundredths();
      bandStars[b] = bands[b].stars();
      top = Math.max(top, bands[b].stars());
    }
    this.topStars = top;
    this.rungs = Arrays.stream(bandStars).distinct().sorted().toArray();
    this.rungIndex = new int[Checks.MAX_STARS + 1];
    for (int st = 0, x = -1; st <= Checks.MAX_STARS; st++) {
      while (x + 1 < rungs.length && rungs[x + 1] <= st) {
        x++;
      }
      rungIndex[st] = x;
    }

    List<Gate> gates = r.gates();
    this.gateIndex = new HashMap<>();
    this.gateStars = new int[gates.size()];
    this.gateAttested = new boolean[gates.size()];
    this.gateSection = new int[gates.size()];
    this.gatePoints = new long[gates.size()];
    for (int g = 0; g < gates.size(); g++) {
      Gate gate = gates.get(g);
      gateIndex.put(gate.id(), g);
      gateStars[g] = gate.stars();
      gateSection[g] = -1;
      if (gate.condition() instanceof GateCondition.SectionAtLeast s) {
        for (int x = 0; x < sections; x++) {
          if (secs.get(x).id().equals(s.section())) {
            gateSection[g] = x;
          }
        }
        gatePoints[g] = s.points().hundredths();
      } else {
        gateAttested[g] = true;
      }
    }

    List<Veto> vetoes = r.vetoes();
    this.vetoIndex = new HashMap<>();
    this.vetoKind = new byte[vetoes.size()];
    this.vetoLevels = new int[vetoes.size()];
    for (int v = 0; v < vetoes.size(); v++) {
      VetoEffect e = vetoes.get(v).effect();
      vetoIndex.put(vetoes.get(v).id(), v);
      if (e instanceof VetoEffect.CapAt cap) {
        vetoKind[v] = CAP;
        vetoLevels[v] = cap.stars();
      } else if (e instanceof VetoEffect.DemoteBy d) {
        vetoKind[v] = DEMOTE;
        vetoLevels[v] = d.levels();
      } else {
        vetoKind[v] = DISQUALIFY;
      }
    }

    List<Honour> honours = r.transitions().honours();
    this.honourIndex = new HashMap<>();
    this.honourRise = new int[honours.size()];
    for (int h = 0; h < honours.size(); h++) {
      honourIndex.put(honours.get(h).id(), h);
      honourRise[h] = honours.get(h).maxRise();
    }
    this.maxRise = r.transitions().maxRise();

    List<WeakTrigger> weak = r.weakTriggers();
    this.triggerIndex = new HashMap<>();
    this.triggers = new WeakCondition[weak.size()];
    for (int t = 0; t < weak.size(); t++) {
      triggerIndex.put(weak.get(t).id(), t);
      triggers[t] = weak.get(t).condition();
    }
  }

  /** Working state for one thread; reused across assessments, so scoring allocates nothing. */
  static final class Work {
    final long[] itemLost; // worst deduction found per item, before the item's cap
    final int[] itemFinding; // index of that finding in the deductions, -1 if none
    final int[] itemClause;
    final int[] touched;
    int touchedCount;
    final long[] sectionLost;
    final long[] bonusRaw;
    final int[] bonusTouched;
    int bonusTouchedCount;
    final boolean[] gateMet;
    final int[] vetoFinding; // index of the first finding of each veto, -1 if none

    long lost;
    long claimed;
    long afterItemCaps;
    long afterTotalCap;
    long applied;
    long total;
    int starsByScore;
    int gated;
    int stars;
    int capMin;
    int demote;
    boolean disqualified;

    Work(RubricKernel k) {
      itemLost = new long[k.items];
      itemFinding = new int[k.items];
      Arrays.fill(itemFinding, -1);
      itemClause = new int[k.items];
      touched = new int[k.items];
      sectionLost = new long[k.sections];
      bonusRaw = new long[k.bonusEach.length];
      bonusTouched = new int[k.bonusEach.length];
      gateMet = new boolean[k.gateStars.length];
      vetoFinding = new int[k.vetoKind.length];
      Arrays.fill(vetoFinding, -1);
    }

    private void reset() {
      for (int t = 0; t < touchedCount; t++) {
        int i = touched[t];
        itemLost[i] = 0;
        itemFinding[i] = -1;
      }
      touchedCount = 0;
      for (int t = 0; t < bonusTouchedCount; t++) {
        bonusRaw[bonusTouched[t]] = 0;
      }
      bonusTouchedCount = 0;
      Arrays.fill(sectionLost, 0);
      Arrays.fill(gateMet, false);
      Arrays.fill(vetoFinding, -1);
    }

    /** The capped points item {@code i} lost. */
    long lostAt(int i, RubricKernel k) {
      return Math.min(itemLost[i], k.itemMax[i]);
    }
  }

  Work work() {
    return new Work(this);
  }

  /** The clause of item {@code item} with id {@code id}, or -1. */
  int clauseOf(int item, String id) {
    for (int c = clauseStart[item]; c < clauseStart[item + 1]; c++) {
      if (clauseIds[c].equals(id)) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Scores an assessment into {@code w}.
   *
   * @return false if the assessment refers to something the rubric lacks ({@link #check} says what)
   */
  boolean score(Assessment a, Work w) {
    w.reset();
    boolean ok = true;
    List<Assessment.Deduction> ds = a.deductions();
    for (int f = 0; f < ds.size(); f++) {
      Assessment.Deduction d = ds.get(f);
      Integer item = itemIndex.get(d.item());
      if (item == null) {
        ok = false;
        continue;
      }
      int c = clauseOf(item, d.clause());
      if (c < 0 || (!clausePerOccurrence[c] && d.count() != 1)) {
        ok = false;
        continue;
      }
      long deduction = clausePerOccurrence[c] ? clauseDeduction[c] * d.count() : clauseDeduction[c];
      int i = item;
      int previous = w.itemFinding[i];
      if (previous < 0) {
        w.touched[w.touchedCount++] = i;
      } else if (deduction < w.itemLost[i]
          || (deduction == w.itemLost[i]
              && clauseIds[c].compareTo(clauseIds[w.itemClause[i]]) >= 0)) {
        continue;
      }
      w.itemLost[i] = deduction;
      w.itemFinding[i] = f;
      w.itemClause[i] = c;
    }
    long lost = 0;
    for (int t = 0; t < w.touchedCount; t++) {
      int i = w.touched[t];
      long l = w.lostAt(i, this);
      lost += l;
      w.sectionLost[itemSection[i]] += l;
    }
    w.lost = lost;

    long claimed = 0;
    List<Assessment.BonusClaim> bs = a.bonuses();
    for (int f = 0; f < bs.size(); f++) {
      Assessment.BonusClaim b = bs.get(f);
      Integer x = bonusIndex.get(b.bonus());
      if (x == null) {
        ok = false;
        continue;
      }
      int bi = x;
      if (w.bonusRaw[bi] == 0) {
        w.bonusTouched[w.bonusTouchedCount++] = bi;
      }
      // each award is at most the rubric's largest total, so the product fits; sums saturate
      long points = bonusEach[bi] * b.count();
      w.bonusRaw[bi] = Math.min(Points.MAX_HUNDREDTHS, w.bonusRaw[bi] + points);
      claimed = Math.min(Points.MAX_HUNDREDTHS, claimed + points);
    }
    long afterItemCaps = 0;
    for (int t = 0; t < w.bonusTouchedCount; t++) {
      int bi = w.bonusTouched[t];
      afterItemCaps += Math.min(w.bonusRaw[bi], bonusCap[bi]);
    }
    w.claimed = claimed;
    w.afterItemCaps = afterItemCaps;
    w.afterTotalCap = Math.min(afterItemCaps, bonusTotalCap);
    w.applied = applied(w.afterTotalCap, lost);
    w.total = maxTotal - lost + w.applied;

    List<Assessment.Attestation> gs = a.gates();
    for (int f = 0; f < gs.size(); f++) {
      Integer x = gateIndex.get(gs.get(f).id());
      if (x == null || !gateAttested[x]) {
        ok = false;
        continue;
      }
      w.gateMet[x] = true;
    }
    List<Assessment.Attestation> vs = a.vetoes();
    for (int f = 0; f < vs.size(); f++) {
      Integer x = vetoIndex.get(vs.get(f).id());
      if (x == null) {
        ok = false;
        continue;
      }
      if (w.vetoFinding[x] < 0) {
        w.vetoFinding[x] = f;
      }
    }
    List<Assessment.Attestation> hs = a.honours();
    for (int f = 0; f < hs.size(); f++) {
      ok &= honourIndex.containsKey(hs.get(f).id());
    }
    List<Assessment.Attestation> ts = a.weakTriggers();
    for (int f = 0; f < ts.size(); f++) {
      Integer x = triggerIndex.get(ts.get(f).id());
      ok &= x != null && triggers[x].kind() == WeakCondition.Kind.ATTESTED;
    }
    if (!ok) {
      return false;
    }

    w.starsByScore = starsOf(w.total);
    int gated = w.starsByScore;
    for (int g = 0; g < gateStars.length; g++) {
      if (!gateMet(g, w)) {
        gated = Math.min(gated, floor(gateStars[g] - 1));
      }
    }
    w.gated = gated;
    int capMin = topStars;
    int demote = 0;
    boolean disqualified = false;
    for (int v = 0; v < vetoKind.length; v++) {
      if (w.vetoFinding[v] < 0) {
        continue;
      }
      switch (vetoKind[v]) {
        case CAP -> capMin = Math.min(capMin, vetoLevels[v]);
        case DEMOTE -> demote += vetoLevels[v];
        default -> disqualified = true;
      }
    }
    w.capMin = capMin;
    w.demote = demote;
    w.disqualified = disqualified;
    w.stars = disqualified ? 0 : floor(Math.min(capMin, down(gated, demote)));
    return true;
  }

  /** The highest rung at or below a star count, or 0 (no star) below the lowest rung. */
  int floor(int stars) {
    if (stars < 0) {
      return 0;
    }
    int x = rungIndex[Math.min(stars, Checks.MAX_STARS)];
    return x < 0 ? 0 : rungs[x];
  }

  /** A rung some levels down the ladder, or 0 (no star) below its foot. */
  int down(int stars, int levels) {
    int x = rungIndex[stars] - levels;
    return x < 0 ? 0 : rungs[x];
  }

  /** A rung some levels up the ladder from (the rung at or below) a star count, at most the top. */
  int up(int stars, int levels) {
    int x = rungIndex[stars] + levels; // from below the foot (index -1), one level is the foot
    return rungs[Math.min(x, rungs.length - 1)];
  }

  /** The rung just below a star count, or 0 (no star) at the foot. */
  int below(int stars) {
    return down(stars, 1);
  }

  /** The bonus applied: all of it on top, or at most the points lost when it only offsets. */
  long applied(long afterTotalCap, long lost) {
    return offsetOnly ? Math.min(afterTotalCap, lost) : afterTotalCap;
  }

  boolean gateMet(int g, Work w) {
    if (gateAttested[g]) {
      return w.gateMet[g];
    }
    int s = gateSection[g];
    return sectionMax[s] - w.sectionLost[s] >= gatePoints[g];
  }

  /** The stars of the band a total falls in: the band with the largest lower bound at or below. */
  int starsOf(long total) {
    for (int b = bandFrom.length - 1; b >= 0; b--) {
      if (total >= bandFrom[b]) {
        return bandStars[b];
      }
    }
    return 0;
  }

  /**
   * Adds a problem for every reference of the assessment the rubric lacks, located under {@code
   * at}; adds nothing exactly when {@link #score} returns true.
   */
  void check(Assessment a, Location at, List<Problem> out) {
    List<Assessment.Deduction> ds = a.deductions();
    for (int f = 0; f < ds.size(); f++) {
      Assessment.Deduction d = ds.get(f);
      Location here = at.field("deductions").index(f);
      Integer item = itemIndex.get(d.item());
      if (item == null) {
        out.add(
            Problem.of(
                ProblemKind.UNKNOWN_REFERENCE,
                here.field("item"),
                "unknown item \"" + d.item() + "\": rubric " + rubricId + " has no such item"));
        continue;
      }
      int c = clauseOf(item, d.clause());
      if (c < 0) {
        out.add(
            Problem.of(
                ProblemKind.UNKNOWN_REFERENCE,
                here.field("clause"),
                "unknown clause \""
                    + d.clause()
                    + "\" of item "
                    + d.item()
                    + ", expected one of "
                    + String.join(
                        ", ",
                        Arrays.asList(clauseIds)
                            .subList(clauseStart[item], clauseStart[item + 1]))));
      } else if (!clausePerOccurrence[c] && d.count() != 1) {
        out.add(
            Problem.of(
                ProblemKind.INVALID_VALUE,
                here.field("count"),
                "clause "
                    + d.item()
                    + "/"
                    + d.clause()
                    + " deducts once, not per occurrence: the count must be 1, got "
                    + d.count()));
      }
    }
    List<Assessment.BonusClaim> bs = a.bonuses();
    for (int f = 0; f < bs.size(); f++) {
      if (!bonusIndex.containsKey(bs.get(f).bonus())) {
        out.add(
            Problem.of(
                ProblemKind.UNKNOWN_REFERENCE,
                at.field("bonuses").index(f).field("bonus"),
                "unknown bonus item \"" + bs.get(f).bonus() + "\" in rubric " + rubricId));
      }
    }
    unknown(a.vetoes(), vetoIndex, "veto", at.field("vetoes"), out);
    List<Assessment.Attestation> gs = a.gates();
    for (int f = 0; f < gs.size(); f++) {
      Integer x = gateIndex.get(gs.get(f).id());
      if (x == null) {
        out.add(unknown("gate", gs.get(f).id(), at.field("gates").index(f)));
      } else if (!gateAttested[x]) {
        out.add(
            Problem.of(
                ProblemKind.INVALID_VALUE,
                at.field("gates").index(f).field("id"),
                "gate \"" + gs.get(f).id() + "\" is met by a section's score, not by attestation"));
      }
    }
    unknown(a.honours(), honourIndex, "honour", at.field("honours"), out);
    List<Assessment.Attestation> ts = a.weakTriggers();
    for (int f = 0; f < ts.size(); f++) {
      Integer x = triggerIndex.get(ts.get(f).id());
      if (x == null) {
        out.add(unknown("trigger", ts.get(f).id(), at.field("weakTriggers").index(f)));
      } else if (triggers[x].kind() != WeakCondition.Kind.ATTESTED) {
        out.add(
            Problem.of(
                ProblemKind.INVALID_VALUE,
                at.field("weakTriggers").index(f).field("id"),
                "trigger \""
                    + ts.get(f).id()
                    + "\" fires by "
                    + triggers[x].kind()
                    + ", not by attestation"));
      }
    }
  }

  private void unknown(
      List<Assessment.Attestation> list,
      Map<String, Integer> index,
      String what,
      Location at,
      List<Problem> out) {
    for (int f = 0; f < list.size(); f++) {
      if (!index.containsKey(list.get(f).id())) {
        out.add(unknown(what, list.get(f).id(), at.index(f)));
      }
    }
  }

  private Problem unknown(String what, String id, Location at) {
    return Problem.of(
        ProblemKind.UNKNOWN_REFERENCE,
        at.field("id"),
        "unknown " + what + " \"" + id + "\" in rubric " + rubricId);
  }

  /** Whether a 软弱涣散 trigger that the assessment alone decides fires. */
  boolean fires(int t, Assessment a, long total) {
    WeakCondition c = triggers[t];
    return switch (c.kind()) {
      case ATTESTED -> attested(t, a);
      case TOTAL_BELOW -> total < ((WeakCondition.TotalBelow) c).points().hundredths();
      case MEASURE_BELOW -> {
        WeakCondition.MeasureBelow m = (WeakCondition.MeasureBelow) c;
        BigDecimal value = a.measures().get(m.measure());
        yield value != null && value.compareTo(m.threshold()) < 0;
      }
      case LAST_IN_ROUND -> false;
    };
  }

  private boolean attested(int t, Assessment a) {
    for (Assessment.Attestation x : a.weakTriggers()) {
      Integer at = triggerIndex.get(x.id());
      if (at != null && at == t) {
        return true;
      }
    }
    return false;
  }

  /** The largest rise the assessment's honours allow. */
  int riseAllowed(Assessment a) {
    int rise = maxRise;
    for (Assessment.Attestation h : a.honours()) {
      Integer x = honourIndex.get(h.id());
      if (x != null) {
        rise = Math.max(rise, honourRise[x]);
      }
    }
    return rise;
  }
}
