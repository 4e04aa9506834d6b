package org.gridgov.scoring.rating;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Builds the explanation of a rating from the kernel's working state: item and section scores,
 * bonus lines, the trace, limits, ranked reasons, shortfalls and rectification items. O(n + f log
 * f) for n items and f items that lost points; texts shared by every rating come from {@link
 * RubricTexts}, so that a rating builds only the strings that name its own organisation.
 */
final class Explainer {
  private static final OptionalInt[] STARS = new OptionalInt[Checks.MAX_STARS + 1];

  static {
    for (int s = 0; s <= Checks.MAX_STARS; s++) {
      STARS[s] = OptionalInt.of(s);
    }
  }

  private final Rubric rubric;
  private final RubricKernel k;
  private final RubricTexts t;
  private final Assessment a;
  private final RubricKernel.Work w;

  private Explainer(Rubric rubric, Assessment a, RubricKernel.Work w) {
    this.rubric = rubric;
    this.k = rubric.kernel();
    this.t = rubric.texts();
    this.a = a;
    this.w = w;
  }

  static Rating explain(Rubric rubric, Assessment a, RubricKernel.Work w) {
    return new Explainer(rubric, a, w).rating();
  }

  private Rating rating() {
    ItemScore[] itemScores = new ItemScore[k.items];
    for (int i = 0; i < k.items; i++) {
      int f = w.itemFinding[i];
      if (f < 0) {
        itemScores[i] = t.fullMarks[i];
        continue;
      }
      Item item = t.items[i];
      itemScores[i] =
          new ItemScore(
              item.id(),
              item.name(),
              t.itemSection[i],
              item.maximum(),
              Points.ofHundredths(k.itemMax[i] - w.lostAt(i, k)),
              Optional.of(a.deductions().get(f)),
              t.clauses[w.itemClause[i]].text());
    }
    SectionScore[] sectionScores = new SectionScore[k.sections];
    for (int s = 0; s < k.sections; s++) {
      Section sec = rubric.sections().get(s);
      sectionScores[s] =
          new SectionScore(
              sec.id(),
              sec.name(),
              sec.maximum(),
              w.sectionLost[s] == 0
                  ? sec.maximum()
                  : Points.ofHundredths(k.sectionMax[s] - w.sectionLost[s]));
    }
    BonusOutcome bonus = bonus();
    List<Reason> reasons = reasons();
    List<String> weak = List.of();
    for (int x = 0; x < k.triggers.length; x++) {
      if (k.fires(x, a, w.total)) {
        weak = append(weak, rubric.weakTriggers().get(x).id());
      }
    }
    Tier tier = weak.isEmpty() ? rubric.tiers().tierOf(w.stars) : Tier.LAGGING;
    return new Rating(
        a.organisationId(),
        a.name(),
        rubric.id(),
        Frozen.of(itemScores),
        Frozen.of(sectionScores),
        bonus,
        Points.ofHundredths(w.total),
        w.starsByScore,
        w.stars,
        limits(),
        trace(bonus),
        reasons,
        shortfalls(reasons),
        rectifications(),
        tier,
        weak,
        t.rewards.get(w.stars));
  }

  private static <T> List<T> append(List<T> list, T value) {
    List<T> longer = new ArrayList<>(list);
    longer.add(value);
    return longer;
  }

  private BonusOutcome bonus() {
    if (w.bonusTouchedCount == 0) {
      return new BonusOutcome(
          rubric.bonus().mode(), Points.ZERO, Points.ZERO, Points.ZERO, Points.ZERO, List.of());
    }
    List<BonusOutcome.BonusLine> lines = new ArrayList<>();
    List<BonusItem> items = rubric.bonus().items();
    for (int b = 0; b < items.size(); b++) {
      if (w.bonusRaw[b] > 0) {
        lines.add(
            new BonusOutcome.BonusLine(
                items.get(b).id(),
                items.get(b).name(),
                Points.ofHundredths(w.bonusRaw[b]),
                Points.ofHundredths(Math.min(w.bonusRaw[b], k.bonusCap[b]))));
      }
    }
    return new BonusOutcome(
        rubric.bonus().mode(),
        Points.ofHundredths(w.claimed),
        Points.ofHundredths(w.afterItemCaps),
        Points.ofHundredths(w.afterTotalCap),
        Points.ofHundredths(w.applied),
        lines);
  }

  /** The gates that lowered the stars, then the vetoes found, in the rubric's order. */
  private List<StarLimit> limits() {
    List<StarLimit> limits = new ArrayList<>(2);
    for (int g = 0; g < k.gateStars.length; g++) {
      if (k.gateStars[g] <= w.starsByScore && !k.gateMet(g, w)) {
        limits.add(gateNotMet(g));
      }
    }
    for (int v = 0; v < k.vetoKind.length; v++) {
      if (w.vetoFinding[v] >= 0) {
        limits.add(vetoFound(v));
      }
    }
    return limits;
  }

  private StarLimit.GateNotMet gateNotMet(int g) {
    StarLimit.GateNotMet attested = t.attestedGate[g];
    if (attested != null) {
      return attested;
    }
    int s = k.gateSection[g];
    return new StarLimit.GateNotMet(
        rubric.gates().get(g),
        "section "
            + rubric.sections().get(s).id()
            + " scored "
            + Points.ofHundredths(k.sectionMax[s] - w.sectionLost[s])
            + ", below "
            + Points.ofHundredths(k.gatePoints[g]));
  }

  private StarLimit.VetoFound vetoFound(int v) {
    return new StarLimit.VetoFound(
        rubric.vetoes().get(v), a.vetoes().get(w.vetoFinding[v]).evidence());
  }

  private List<TraceStep> trace(BonusOutcome bonus) {
    List<TraceStep> trace = new ArrayList<>(w.touchedCount + 4);
    long running = k.maxTotal;
    trace.add(
        new TraceStep(
            TraceStep.Kind.MAXIMUM,
            rubric.id(),
            rubric.total(),
            rubric.total(),
            OptionalInt.empty(),
            "the sections' maxima"));
    for (int i = 0; i < k.items; i++) {
      if (w.itemFinding[i] < 0) {
        continue;
      }
      long lost = w.lostAt(i, k);
      running -= lost;
      DeductionClause c = t.clauses[w.itemClause[i]];
      String note = c.text();
      if (c.perOccurrence()) {
        note += " (" + a.deductions().get(w.itemFinding[i]).count() + " × " + c.deduction() + ")";
      }
      if (w.itemLost[i] > k.itemMax[i]) {
        note += "; " + Points.ofHundredths(w.itemLost[i]) + " capped at the item's maximum";
      }
      trace.add(
          new TraceStep(
              TraceStep.Kind.DEDUCTION,
              t.clauseRule[w.itemClause[i]],
              c.perOccurrence() ? Points.ofHundredths(-lost) : t.minusLost[w.itemClause[i]],
              Points.ofHundredths(running),
              OptionalInt.empty(),
              note));
    }
    for (BonusOutcome.BonusLine line : bonus.lines()) {
      running += line.granted().hundredths();
      trace.add(
          new TraceStep(
              TraceStep.Kind.BONUS,
              line.bonus(),
              line.granted(),
              Points.ofHundredths(running),
              OptionalInt.empty(),
              line.granted().equals(line.claimed())
                  ? line.name()
                  : line.name() + " (claimed " + line.claimed() + ", item cap)"));
    }
    long capCut = w.afterItemCaps - w.afterTotalCap;
    if (capCut > 0) {
      running -= capCut;
      trace.add(
          new TraceStep(
              TraceStep.Kind.BONUS_CAP,
              "bonus",
              Points.ofHundredths(-capCut),
              Points.ofHundredths(running),
              OptionalInt.empty(),
              "the bonus is capped at " + rubric.bonus().cap()));
    }
    long offsetCut = w.afterTotalCap - w.applied;
    if (offsetCut > 0) {
      running -= offsetCut;
      trace.add(
          new TraceStep(
              TraceStep.Kind.BONUS_OFFSET,
              "bonus",
              Points.ofHundredths(-offsetCut),
              Points.ofHundredths(running),
              OptionalInt.empty(),
              "the bonus only offsets the " + Points.ofHundredths(w.lost) + " points lost"));
    }
    Points total = Points.ofHundredths(running);
    trace.add(
        new TraceStep(
            TraceStep.Kind.BAND,
            "band/" + w.starsByScore,
            Points.ZERO,
            total,
            STARS[w.starsByScore],
            t.band[w.starsByScore]));
    int stars = w.starsByScore;
    for (int g = 0; g < k.gateStars.length; g++) {
      if (k.gateStars[g] <= w.starsByScore && !k.gateMet(g, w)) {
        stars = Math.min(stars, k.floor(k.gateStars[g] - 1));
        StarLimit.GateNotMet limit = gateNotMet(g);
        trace.add(
            new TraceStep(
                TraceStep.Kind.GATE,
                limit.rule(),
                Points.ZERO,
                total,
                STARS[stars],
                limit.gate().name()
                    + ": "
                    + limit.detail()
                    + "; below "
                    + k.gateStars[g]
                    + " stars"));
      }
    }
    // demotions, then caps, then disqualification: the order the kernel applies them
    for (byte kind : new byte[] {RubricKernel.DEMOTE, RubricKernel.CAP, RubricKernel.DISQUALIFY}) {
      for (int v = 0; v < k.vetoKind.length; v++) {
        if (w.vetoFinding[v] < 0 || k.vetoKind[v] != kind) {
          continue;
        }
        stars =
            kind == RubricKernel.DEMOTE
                ? k.down(stars, k.vetoLevels[v])
                : kind == RubricKernel.CAP ? k.floor(Math.min(stars, k.vetoLevels[v])) : 0;
        Veto veto = rubric.vetoes().get(v);
        trace.add(
            new TraceStep(
                TraceStep.Kind.VETO,
                veto.id(),
                Points.ZERO,
                total,
                STARS[stars],
                veto.name()
                    + " ("
                    + veto.effect()
                    + "): "
                    + a.vetoes().get(w.vetoFinding[v]).evidence()));
      }
    }
    return trace;
  }

  /** Items that lost points, most first, ties in rubric order: a sort of packed primitive keys. */
  private List<Reason> reasons() {
    long[] keys = new long[w.touchedCount];
    int n = 0;
    for (int x = 0; x < w.touchedCount; x++) {
      int i = w.touched[x];
      long lost = w.lostAt(i, k);
      if (lost > 0) {
        // lost points descending (they fit in 40 bits), then item index ascending
        keys[n++] = ((Points.MAX_HUNDREDTHS >>> 10) - lost) << 20 | i;
      }
    }
    Arrays.sort(keys, 0, n);
    Reason[] reasons = new Reason[n];
    for (int x = 0; x < n; x++) {
      reasons[x] = reason((int) (keys[x] & 0xFFFFF));
    }
    return Frozen.of(reasons);
  }

  private Reason reason(int i) {
    Item item = t.items[i];
    DeductionClause c = t.clauses[w.itemClause[i]];
    if (!c.perOccurrence()) {
      return t.reason[w.itemClause[i]];
    }
    return new Reason(
        item.id(),
        item.name(),
        t.itemSection[i],
        Points.ofHundredths(w.lostAt(i, k)),
        c.id(),
        c.text());
  }

  /** What each number of stars above the rating's, that some band gives, would take. */
  private List<Shortfall> shortfalls(List<Reason> reasons) {
    List<Shortfall> out = new ArrayList<>(k.rungs.length);
    for (int r = 0; r < k.rungs.length; r++) {
      if (k.rungs[r] > w.stars) {
        out.add(shortfall(k.rungs[r], reasons));
      }
    }
    return out;
  }

  private Shortfall shortfall(int target, List<Reason> reasons) {
    List<StarLimit> blockers = new ArrayList<>(2);
    boolean reachable = true;
    // a demoted organisation needs the band as many rungs higher
    int rung = k.rungIndex[target] + w.demote;
    int needed = rung < k.rungs.length ? k.rungs[rung] : k.topStars + 1;
    for (int v = 0; v < k.vetoKind.length; v++) {
      if (w.vetoFinding[v] < 0) {
        continue;
      }
      boolean blocks =
          k.vetoKind[v] == RubricKernel.DEMOTE
              || k.vetoKind[v] == RubricKernel.DISQUALIFY
              || k.vetoLevels[v] < target;
      if (blocks) {
        blockers.add(vetoFound(v));
        reachable &= k.vetoKind[v] == RubricKernel.DEMOTE;
      }
    }
    // the lowest band giving at least `needed` stars
    long from = -1;
    for (int b = 0; b < k.bandFrom.length; b++) {
      if (k.bandStars[b] >= needed) {
        from = k.bandFrom[b];
        break;
      }
    }
    if (from < 0 && needed > k.topStars) {
      reachable = false;
    }
    long bandFrom = Math.max(from, 0);
    int[] sectionGates = new int[k.gateStars.length];
    int gates = 0;
    for (int g = 0; g < k.gateStars.length; g++) {
      if (k.gateStars[g] <= Math.min(needed, k.topStars) && !k.gateMet(g, w)) {
        blockers.add(gateNotMet(g));
        if (k.gateAttested[g]) {
          reachable = false;
        } else {
          sectionGates[gates++] = g;
        }
      }
    }
    // fixes: first the items that meet section gates, then the most points until the band
    long[] sectionLost = gates == 0 ? w.sectionLost : w.sectionLost.clone();
    long lost = w.lost;
    List<Reason> fixes = new ArrayList<>();
    boolean[] used = new boolean[reasons.size()];
    for (int x = 0; x < gates; x++) {
      int g = sectionGates[x];
      int s = k.gateSection[g];
      String section = rubric.sections().get(s).id();
      for (int r = 0;
          r < reasons.size() && k.sectionMax[s] - sectionLost[s] < k.gatePoints[g];
          r++) {
        Reason reason = reasons.get(r);
        if (!used[r] && reason.section().equals(section)) {
          used[r] = true;
          fixes.add(reason);
          sectionLost[s] -= reason.lost().hundredths();
          lost -= reason.lost().hundredths();
        }
      }
      reachable &= k.sectionMax[s] - sectionLost[s] >= k.gatePoints[g];
    }
    long total = k.maxTotal - lost + k.applied(w.afterTotalCap, lost);
    for (int r = 0; r < reasons.size() && from >= 0 && total < bandFrom; r++) {
      if (!used[r]) {
        used[r] = true;
        fixes.add(reasons.get(r));
        lost -= reasons.get(r).lost().hundredths();
        total = k.maxTotal - lost + k.applied(w.afterTotalCap, lost);
      }
    }
    if (from >= 0 && total < bandFrom) {
      reachable = false;
    }
    if (gates > 0) {
      // section-gate fixes came first; list every fix most points first (the sort is stable)
      fixes.sort((p, q) -> q.lost().compareTo(p.lost()));
    }
    // what the total lacks for that band; past the top (a demotion), for the top band, which the
    // total must reach whatever else holds the target out of reach
    long lacksFor = from;
    for (int b = 0; lacksFor < 0 && b < k.bandFrom.length; b++) {
      if (k.bandStars[b] == k.topStars) {
        lacksFor = k.bandFrom[b];
      }
    }
    long pointsNeeded = lacksFor < 0 ? 0 : Math.max(0, lacksFor - w.total);
    return new Shortfall(target, Points.ofHundredths(pointsNeeded), reachable, blockers, fixes);
  }

  private List<Rectification> rectifications() {
    List<Rectification> out = new ArrayList<>(w.touchedCount + 1);
    String org = a.organisationId();
    for (int i = 0; i < k.items; i++) {
      if (w.itemFinding[i] >= 0 && w.lostAt(i, k) > 0) {
        int c = w.itemClause[i];
        out.add(
            new Rectification(
                org + "/" + t.items[i].id(),
                Rectification.Source.DEDUCTION,
                t.items[i].id(),
                t.clauseDescription[c],
                a.deductions().get(w.itemFinding[i]).evidence(),
                t.clauses[c].perOccurrence() ? Points.ofHundredths(w.lostAt(i, k)) : t.lost[c]));
      }
    }
    for (int v = 0; v < k.vetoKind.length; v++) {
      if (w.vetoFinding[v] >= 0) {
        Veto veto = rubric.vetoes().get(v);
        out.add(
            new Rectification(
                org + "/veto/" + veto.id(),
                Rectification.Source.VETO,
                veto.id(),
                veto.name(),
                a.vetoes().get(w.vetoFinding[v]).evidence(),
                Points.ZERO));
      }
    }
    return out;
  }
}
