package org.gridgov.samples;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.gridgov.scoring.rating.Assessment;
import org.gridgov.scoring.rating.BonusItem;
import org.gridgov.scoring.rating.DeductionClause;
import org.gridgov.scoring.rating.Gate;
import org.gridgov.scoring.rating.GateCondition;
import org.gridgov.scoring.rating.Honour;
import org.gridgov.scoring.rating.Item;
import org.gridgov.scoring.rating.Rubric;
import org.gridgov.scoring.rating.Veto;
import org.gridgov.scoring.rating.WeakCondition;
import org.gridgov.scoring.rating.WeakTrigger;

/**
 * <b>Synthetic</b> assessments of two-new party organisations under any rubric, for demos, tests
 * and benchmarks: made-up organisations ({@code 合成两新组织第17号党支部}) whose findings follow a plausible
 * spread — each organisation has a quality that sets how many items lose points (a few for most,
 * many for some), per-occurrence clauses count a few misses, about a quarter attest an innovation
 * project, one in five claims a bonus, about 4 % trigger a cap veto ("may not be four-star"), 1 % a
 * demotion and 0.3 % a disqualification, 5 % are new. Nothing here describes a real organisation.
 *
 * <p>Deterministic: the same rubric, count, seed and round give the same assessments. An
 * organisation keeps its index-derived quality across rounds, with some drift, so that consecutive
 * rounds show organisations rising and falling. Evidence texts are shared strings, so that a
 * million assessments stay small.
 *
 * <pre>{@code
 * List<Assessment> y2023 = SyntheticAssessments.generate(BundledRubrics.twoNew(), 200, 7L, 1);
 * }</pre>
 */
public final class SyntheticAssessments {
  private SyntheticAssessments() {}

  /**
   * Assessments of the first round.
   *
   * @param rubric the rubric
   * @param count how many organisations, at least 1
   * @param seed the seed
   * @return the assessments, ids {@code org-0000001} upwards
   */
  public static List<Assessment> generate(Rubric rubric, int count, long seed) {
    return generate(rubric, count, seed, 0);
  }

  /**
   * Assessments of a round: the same organisations as round 0, their quality drifted.
   *
   * @param rubric the rubric
   * @param count how many organisations, at least 1
   * @param seed the seed
   * @param round the round, from 0
   * @return the assessments
   */
  public static List<Assessment> generate(Rubric rubric, int count, long seed, int round) {
    checkNotNull(rubric, "rubric");
    checkArgument(count >= 1, "count must be >= 1, got %s", count);
    checkArgument(round >= 0, "round must be >= 0, got %s", round);
    Shared shared = new Shared(rubric);
    List<Assessment> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(one(shared, i, seed, round));
    }
    return out;
  }

  /** Strings and rule lists computed once per rubric. */
  private static final class Shared {
    final List<Item> items;
    final String[][] evidence;
    final List<BonusItem> bonus;
    final List<Veto> caps = new ArrayList<>();
    final List<Veto> demotions = new ArrayList<>();
    final List<Veto> disqualifications = new ArrayList<>();
    final List<Gate> attestedGates = new ArrayList<>();
    final List<Honour> honours;
    final List<WeakTrigger> attestedTriggers = new ArrayList<>();
    final List<String> measures = new ArrayList<>();

    Shared(Rubric rubric) {
      items = rubric.items();
      evidence = new String[items.size()][];
      for (int i = 0; i < items.size(); i++) {
        List<DeductionClause> clauses = items.get(i).clauses();
        evidence[i] = new String[clauses.size()];
        for (int c = 0; c < clauses.size(); c++) {
          evidence[i][c] = "合成证据：" + clauses.get(c).text();
        }
      }
      bonus = rubric.bonus().items();
      for (Veto v : rubric.vetoes()) {
        switch (v.effect().kind()) {
          case CAP -> caps.add(v);
          case DEMOTE -> demotions.add(v);
          case DISQUALIFY -> disqualifications.add(v);
        }
      }
      for (Gate g : rubric.gates()) {
        if (g.condition().kind() == GateCondition.Kind.ATTESTED) {
          attestedGates.add(g);
        }
      }
      honours = rubric.transitions().honours();
      for (WeakTrigger t : rubric.weakTriggers()) {
        if (t.condition().kind() == WeakCondition.Kind.ATTESTED) {
          attestedTriggers.add(t);
        } else if (t.condition() instanceof WeakCondition.MeasureBelow m) {
          measures.add(m.measure());
        }
      }
    }
  }

  private static Assessment one(Shared s, int index, long seed, int round) {
    SplittableRandom base = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    double quality = base.nextDouble();
    int founded = base.nextInt(100) < 94 ? -1 : base.nextInt(3); // the round it is new in
    SplittableRandom r = new SplittableRandom(base.nextLong() + 31L * round);
    quality = Math.max(0, Math.min(1, quality + (r.nextDouble() - 0.5) * 0.2 * round));
    String id = String.format(Locale.ROOT, "org-%07d", index + 1);
    Assessment.Builder b =
        Assessment.builder(id)
            .name("合成两新组织第" + (index + 1) + "号党支部")
            .newOrganisation(founded == round);
    double p = 0.03 + 0.5 * (1 - quality);
    for (int i = 0; i < s.items.size(); i++) {
      Item item = s.items.get(i);
      if (item.clauses().isEmpty() || r.nextDouble() >= p) {
        continue;
      }
      int c = r.nextInt(item.clauses().size());
      DeductionClause clause = item.clauses().get(c);
      int count = clause.perOccurrence() ? 1 + (int) (-Math.log(1 - r.nextDouble()) * 2) : 1;
      b.deduct(item.id(), clause.id(), Math.min(count, 24), s.evidence[i][c]);
    }
    if (!s.bonus.isEmpty() && r.nextInt(5) == 0) {
      BonusItem bonus = s.bonus.get(r.nextInt(s.bonus.size()));
      b.bonus(bonus.id(), 1 + r.nextInt(2), "合成证据：" + bonus.name());
    }
    veto(b, s.caps, r, 25);
    veto(b, s.demotions, r, 100);
    veto(b, s.disqualifications, r, 300);
    for (Gate g : s.attestedGates) {
      if (r.nextDouble() < 0.1 + 0.4 * quality) {
        b.gate(g.id(), "合成证据：" + g.name());
      }
    }
    for (Honour h : s.honours) {
      if (r.nextInt(20) == 0) {
        b.honour(h.id(), "合成证据：" + h.name());
      }
    }
    for (WeakTrigger t : s.attestedTriggers) {
      if (r.nextInt(100) == 0) {
        b.weak(t.id(), "合成证据：" + t.name());
      }
    }
    for (String m : s.measures) {
      int percent = (int) Math.round(50 + 50 * Math.min(1, quality + r.nextDouble() * 0.3));
      b.measure(m, BigDecimal.valueOf(percent, 2));
    }
    return b.build();
  }

  /** One veto of the list, with a chance of one in {@code oneIn}. */
  private static void veto(Assessment.Builder b, List<Veto> vetoes, SplittableRandom r, int oneIn) {
    if (!vetoes.isEmpty() && r.nextInt(oneIn) == 0) {
      Veto v = vetoes.get(r.nextInt(vetoes.size()));
      b.veto(v.id(), "合成证据：" + v.name());
    }
  }
}
