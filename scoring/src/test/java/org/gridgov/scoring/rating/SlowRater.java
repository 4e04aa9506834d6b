package org.gridgov.scoring.rating;

import java.util.ArrayList;
import java.util.List;

/**
 * The obvious, slow rating straight from the rubric's records and the rules as the package
 * documents them: the oracle the compiled kernel is checked against.
 */
final class SlowRater {
  private SlowRater() {}

  record Result(Points total, Points sections, int starsByScore, int stars, List<Points> items) {}

  static Result rate(Rubric rubric, Assessment a) {
    List<Points> items = new ArrayList<>();
    Points sections = Points.ZERO;
    List<Points> sectionScores = new ArrayList<>();
    for (Section s : rubric.sections()) {
      Points sectionScore = Points.ZERO;
      for (Item item : s.items()) {
        Points worst = Points.ZERO;
        for (Assessment.Deduction d : a.deductions()) {
          if (!d.item().equals(item.id())) {
            continue;
          }
          for (DeductionClause c : item.clauses()) {
            if (c.id().equals(d.clause())) {
              Points each = c.perOccurrence() ? c.deduction().times(d.count()) : c.deduction();
              worst = worst.max(each);
            }
          }
        }
        Points score = item.maximum().minus(worst.min(item.maximum()));
        items.add(score);
        sectionScore = sectionScore.plus(score);
      }
      sectionScores.add(sectionScore);
      sections = sections.plus(sectionScore);
    }
    Points claimedAfterItemCaps = Points.ZERO;
    for (BonusItem b : rubric.bonus().items()) {
      Points claimed = Points.ZERO;
      for (Assessment.BonusClaim c : a.bonuses()) {
        if (c.bonus().equals(b.id())) {
          claimed = claimed.plus(b.points().times(c.count()));
        }
      }
      claimedAfterItemCaps = claimedAfterItemCaps.plus(claimed.min(b.cap()));
    }
    Points bonus = claimedAfterItemCaps.min(rubric.bonus().cap());
    if (rubric.bonus().mode() == BonusMode.OFFSET_ONLY) {
      bonus = bonus.min(rubric.total().minus(sections));
    }
    Points total = sections.plus(bonus);
    int byScore = -1;
    for (StarBand band : rubric.bands()) {
      if (band.contains(total)) {
        byScore = band.stars();
      }
    }
    if (byScore < 0) {
      throw new AssertionError("no band for " + total);
    }
    List<Integer> ladder = ladder(rubric);
    int stars = byScore;
    for (Gate g : rubric.gates()) {
      boolean met;
      if (g.condition() instanceof GateCondition.SectionAtLeast s) {
        int index = 0;
        while (!rubric.sections().get(index).id().equals(s.section())) {
          index++;
        }
        met = sectionScores.get(index).compareTo(s.points()) >= 0;
      } else {
        met = a.gates().stream().anyMatch(x -> x.id().equals(g.id()));
      }
      if (!met) {
        stars = Math.min(stars, floor(ladder, g.stars() - 1));
      }
    }
    boolean disqualified = false;
    int cap = 5;
    int demote = 0;
    for (Veto v : rubric.vetoes()) {
      if (a.vetoes().stream().noneMatch(x -> x.id().equals(v.id()))) {
        continue;
      }
      if (v.effect() instanceof VetoEffect.CapAt c) {
        cap = Math.min(cap, c.stars());
      } else if (v.effect() instanceof VetoEffect.DemoteBy d) {
        demote += d.levels();
      } else {
        disqualified = true;
      }
    }
    for (int i = 0; i < demote; i++) {
      int at = ladder.indexOf(stars);
      stars = at <= 0 ? 0 : ladder.get(at - 1);
    }
    stars = floor(ladder, Math.min(stars, cap));
    if (disqualified) {
      stars = 0;
    }
    return new Result(total, sections, byScore, stars, items);
  }

  static List<Integer> ladder(Rubric rubric) {
    return rubric.bands().stream().map(StarBand::stars).distinct().sorted().toList();
  }

  static int floor(List<Integer> ladder, int stars) {
    int best = 0;
    for (int rung : ladder) {
      if (rung <= stars) {
        best = rung;
      }
    }
    return best;
  }
}
