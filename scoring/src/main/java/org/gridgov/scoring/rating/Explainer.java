package org.gridgov.scoring.rating;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Builds the explanation of a rating from the kernel's working state: item and section scores,
 * bonus lines, the trace, limits, ranked reasons, shortfalls and rectification items. O(n log n)
 * for n items.
 */
final class Explainer {
  private final Rubric rubric;
  private final RubricKernel k;
  private final Assessment a;
  private final RubricKernel.Work w;

  private Explainer(Rubric rubric, Assessment a, RubricKernel.Work w) {
    this.rubric = rubric;
    this.k = rubric.kernel();
    this.a = a;
    this.w = w;
  }

  static Rating explain(Rubric rubric, Assessment a, RubricKernel.Work w) {
    return new Explainer(rubric, a, w).rating();
  }

  private Rating rating() {
    List<Item> items = rubric.items();
    List<ItemScore> itemScores = new ArrayList<>(items.size());
    for (int i = 0; i < k.items; i++) {
      Item item = items.get(i);
      long lost = w.itemFinding[i] < 0 ? 0 : w.lostAt(i, k);
      Optional<Assessment.Deduction> applied =
          w.itemFinding[i] < 0
              ? Optional.empty()
              : Optional.of(a.deductions().get(w.itemFinding[i]));
      itemScores.add(
          new ItemScore(
              item.id(),
              item.name(),
              sectionId(i),
              item.maximum(),
              Points.ofHundredths(k.itemMax[i] - lost),
              applied,
              applied.isPresent() ? clause(i).text() : ""));
    }
    List<SectionScore> sectionScores = new ArrayList<>(k.sections);
    for (int s = 0; s < k.sections; s++) {
      Section sec = rubric.sections().get(s);
      sectionScores.add(
          new SectionScore(
              sec.id(),
              sec.name(),
              sec.maximum(),
              Points.ofHundredths(k.sectionMax[s] - w.sectionLost[s])));
    }
    BonusOutcome bonus = bonus();
    Points total = Points.ofHundredths(w.total);
    List<StarLimit> limits = limits();
    List<Reason> reasons = reasons();
    List<String> weak = new ArrayList<>();
    for (int t = 0; t < k.triggers.length; t++) {
      if (k.fires(t, a, w.total)) {
        weak.add(rubric.weakTriggers().get(t).id());
      }
    }
    Tier tier = weak.isEmpty() ? rubric.tiers().tierOf(w.stars) : Tier.LAGGING;
    return new Rating(
        a.organisationId(),
        a.name(),
        rubric.id(),
        itemScores,
        sectionScores,
        bonus,
        total,
        w.starsByScore,
        w.stars,
        limits,
        trace(bonus),
        reasons,
        shortfalls(reasons),
        rectifications(),
        tier,
        weak,
        rubric.reward(w.stars));
  }

  private String sectionId(int item) {
    return rubric.sections().get(k.itemSection[item]).id();
  }

  private DeductionClause clause(int item) {
    return rubric.items().get(item).clauses().get(w.itemClause[item] - k.clauseStart[item]);
  }

  private BonusOutcome bonus() {
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
    List<StarLimit> limits = new ArrayList<>();
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
    Gate gate = rubric.gates().get(g);
    String detail;
    if (k.gateAttested[g]) {
      detail = "not attested";
    } else {
      int s = k.gateSection[g];
      detail =
          "section "
              + rubric.sections().get(s).id()
              + " scored "
              + Points.ofHundredths(k.sectionMax[s] - w.sectionLost[s])
              + ", below "
              + Points.ofHundredths(k.gatePoints[g]);
    }
    return new StarLimit.GateNotMet(gate, detail);
  }

  private StarLimit.VetoFound vetoFound(int v) {
    return new StarLimit.VetoFound(
        rubric.vetoes().get(v), a.vetoes().get(w.vetoFinding[v]).evidence());
  }

  private List<TraceStep> trace(BonusOutcome bonus) {
    List<TraceStep> trace = new ArrayList<>();
    long running = k.maxTotal;
    trace.add(
        new TraceStep(
            TraceStep.Kind.MAXIMUM,
            rubric.id(),
            Points.ofHundredths(running),
            Points.ofHundredths(running),
            OptionalInt.empty(),
            "the sections' maxima"));
    for (int i = 0; i < k.items; i++) {
      if (w.itemFinding[i] < 0) {
        continue;
      }
      long lost = w.lostAt(i, k);
      running -= lost;
      Assessment.Deduction d = a.deductions().get(w.itemFinding[i]);
      DeductionClause c = clause(i);
      String note = c.text();
      if (c.perOccurrence()) {
        note += " (" + d.count() + " × " + c.deduction() + ")";
      }
      if (w.itemLost[i] > k.itemMax[i]) {
        note += "; " + Points.ofHundredths(w.itemLost[i]) + " capped at the item's maximum";
      }
      trace.add(
          new TraceStep(
              TraceStep.Kind.DEDUCTION,
              k.itemIds[i] + "/" + c.id(),
              Points.ofHundredths(-lost),
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
              line.name()
                  + (line.granted().equals(line.claimed())
                      ? ""
                      : " (claimed " + line.claimed() + ", item cap)")));
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
            OptionalInt.of(w.starsByScore),
            "total " + total + " is in band " + band(w.starsByScore)));
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
                OptionalInt.of(stars),
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
                OptionalInt.of(stars),
                veto.name()
                    + " ("
                    + veto.effect()
                    + "): "
                    + a.vetoes().get(w.vetoFinding[v]).evidence()));
      }
    }
    return trace;
  }

  private String band(int stars) {
    for (StarBand b : rubric.bands()) {
      if (b.stars() == stars) {
        return b.toString();
      }
    }
    return stars + "★";
  }

  /** Items that lost points, most first, ties in rubric order. */
  private List<Reason> reasons() {
    Integer[] lostItems = new Integer[w.touchedCount];
    int n = 0;
    for (int t = 0; t < w.touchedCount; t++) {
      if (w.lostAt(w.touched[t], k) > 0) {
        lostItems[n++] = w.touched[t];
      }
    }
    Integer[] order = Arrays.copyOf(lostItems, n);
    Arrays.sort(
        order, Comparator.comparingLong((Integer i) -> -w.lostAt(i, k)).thenComparingInt(i -> i));
    List<Reason> reasons = new ArrayList<>(n);
    for (int i : order) {
      reasons.add(reason(i));
    }
    return reasons;
  }

  private Reason reason(int i) {
    Item item = rubric.items().get(i);
    DeductionClause c = clause(i);
    return new Reason(
        item.id(),
        item.name(),
        sectionId(i),
        Points.ofHundredths(w.lostAt(i, k)),
        c.id(),
        c.text());
  }

  /** What each number of stars above the rating's, that some band gives, would take. */
  private List<Shortfall> shortfalls(List<Reason> reasons) {
    List<Shortfall> out = new ArrayList<>();
    boolean[] given = new boolean[Checks.MAX_STARS + 1];
    for (int s : k.bandStars) {
      given[s] = true;
    }
    for (int t = w.stars + 1; t <= k.topStars; t++) {
      if (given[t]) {
        out.add(shortfall(t, reasons));
      }
    }
    return out;
  }

  private Shortfall shortfall(int target, List<Reason> reasons) {
    List<StarLimit> blockers = new ArrayList<>();
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
    List<Integer> sectionGates = new ArrayList<>();
    for (int g = 0; g < k.gateStars.length; g++) {
      if (k.gateStars[g] <= Math.min(needed, k.topStars) && !k.gateMet(g, w)) {
        blockers.add(gateNotMet(g));
        if (k.gateAttested[g]) {
          reachable = false;
        } else {
          sectionGates.add(g);
        }
      }
    }
    // fixes: first the items that meet section gates, then the most points until the band
    long[] sectionLost = w.sectionLost.clone();
    long lost = w.lost;
    List<Reason> fixes = new ArrayList<>();
    boolean[] used = new boolean[reasons.size()];
    for (int g : sectionGates) {
      int s = k.gateSection[g];
      for (int r = 0;
          r < reasons.size() && k.sectionMax[s] - sectionLost[s] < k.gatePoints[g];
          r++) {
        Reason reason = reasons.get(r);
        if (!used[r] && reason.section().equals(rubric.sections().get(s).id())) {
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
    fixes.sort(Comparator.comparing(Reason::lost).reversed());
    long pointsNeeded = from < 0 ? 0 : Math.max(0, bandFrom - w.total);
    return new Shortfall(target, Points.ofHundredths(pointsNeeded), reachable, blockers, fixes);
  }

  private List<Rectification> rectifications() {
    List<Rectification> out = new ArrayList<>();
    String org = a.organisationId();
    for (int i = 0; i < k.items; i++) {
      if (w.itemFinding[i] >= 0 && w.lostAt(i, k) > 0) {
        Item item = rubric.items().get(i);
        out.add(
            new Rectification(
                org + "/" + item.id(),
                Rectification.Source.DEDUCTION,
                item.id(),
                item.name() + ": " + clause(i).text(),
                a.deductions().get(w.itemFinding[i]).evidence(),
                Points.ofHundredths(w.lostAt(i, k))));
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
