package org.gridgov.scoring.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random valid assessments of a rubric: deductions, bonuses, vetoes, gates, honours, measures. */
public final class RandomAssessments {
  private RandomAssessments() {}

  public static Assessment assessment(
      Rubric rubric, SplittableRandom r, String id, boolean vetoes) {
    Assessment.Builder b = Assessment.builder(id).name("组织" + id);
    double p = r.nextDouble() * 0.6;
    for (Item item : rubric.items()) {
      if (item.clauses().isEmpty() || r.nextDouble() >= p) {
        continue;
      }
      int findings = 1 + r.nextInt(2);
      for (int f = 0; f < findings; f++) {
        DeductionClause c = item.clauses().get(r.nextInt(item.clauses().size()));
        b.deduct(item.id(), c.id(), c.perOccurrence() ? 1 + r.nextInt(12) : 1, "证据" + f);
      }
    }
    for (BonusItem bonus : rubric.bonus().items()) {
      if (r.nextInt(3) == 0) {
        b.bonus(bonus.id(), 1 + r.nextInt(3), "表彰");
      }
    }
    if (vetoes) {
      for (Veto v : rubric.vetoes()) {
        if (r.nextInt(5) == 0) {
          b.veto(v.id(), "通报");
        }
      }
    }
    for (Gate g : rubric.gates()) {
      if (g.condition().kind() == GateCondition.Kind.ATTESTED && r.nextBoolean()) {
        b.gate(g.id(), "项目");
      }
    }
    for (Honour h : rubric.transitions().honours()) {
      if (r.nextInt(4) == 0) {
        b.honour(h.id(), "表彰");
      }
    }
    for (WeakTrigger t : rubric.weakTriggers()) {
      if (t.condition().kind() == WeakCondition.Kind.ATTESTED && r.nextInt(8) == 0) {
        b.weak(t.id(), "空缺");
      }
    }
    if (r.nextBoolean()) {
      b.measure("satisfaction", BigDecimal.valueOf(r.nextInt(101), 2));
    }
    b.newOrganisation(r.nextInt(12) == 0);
    return b.build();
  }

  public static List<Assessment> round(Rubric rubric, SplittableRandom r, int n, boolean vetoes) {
    List<Assessment> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(assessment(rubric, r, "org-" + i, vetoes));
    }
    return out;
  }
}
