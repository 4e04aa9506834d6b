package org.gridgov.scoring.rating;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Valid random rubrics from a seed: one to five sections of one to six items, half- and
 * quarter-point values, per-occurrence clauses, either bonus mode, a random ladder of bands
 * covering 0 to the highest total, gates of both kinds, vetoes of all three kinds, triggers,
 * rewards, quotas and transitions.
 */
public final class RandomRubrics {
  private RandomRubrics() {}

  static Points quarters(SplittableRandom r, int min, int max) {
    return Points.ofHundredths(25L * (min + r.nextInt(max - min + 1)));
  }

  public static Rubric rubric(long seed) {
    return builder(new SplittableRandom(seed)).build();
  }

  public static Rubric.Builder builder(SplittableRandom r) {
    Rubric.Builder b =
        Rubric.builder("r" + r.nextInt(1000), "v" + r.nextInt(10))
            .name("随机标准")
            .region("测试")
            .effectiveFrom(LocalDate.of(2020 + r.nextInt(5), 1, 1))
            .note(r.nextBoolean() ? "" : "synthetic");
    if (r.nextBoolean()) {
      b.effectiveTo(LocalDate.of(2030, 12, 31));
    }
    int sections = 1 + r.nextInt(5);
    Points total = Points.ZERO;
    List<Section> secs = new ArrayList<>();
    int itemNo = 0;
    for (int s = 0; s < sections; s++) {
      int n = 1 + r.nextInt(6);
      List<Item> items = new ArrayList<>();
      Points max = Points.ZERO;
      for (int i = 0; i < n; i++) {
        Points itemMax = quarters(r, 2, 40); // 0.5 .. 10
        List<DeductionClause> clauses = new ArrayList<>();
        int c = r.nextInt(5);
        for (int k = 0; k < c; k++) {
          Points d = Points.ofHundredths(25L * (1 + r.nextInt((int) (itemMax.hundredths() / 25))));
          clauses.add(new DeductionClause("c" + k, "条款" + k, d, r.nextInt(4) == 0));
        }
        items.add(
            new Item(
                "i" + itemNo++,
                "要点" + i,
                itemMax,
                List.of(CheckMethod.values()).get(r.nextInt(CheckMethod.values().length)),
                r.nextBoolean() ? "" : "标准",
                clauses));
        max = max.plus(itemMax);
      }
      Section sec = new Section("s" + s, "方面" + s, max, items);
      secs.add(sec);
      b.section(sec);
      total = total.plus(max);
    }
    b.total(total);
    BonusMode mode = r.nextBoolean() ? BonusMode.ON_TOP : BonusMode.OFFSET_ONLY;
    List<BonusItem> bonus = new ArrayList<>();
    int bonusItems = r.nextInt(4);
    Points caps = Points.ZERO;
    for (int i = 0; i < bonusItems; i++) {
      Points each = quarters(r, 1, 12);
      Points cap = each.times(1 + r.nextInt(3));
      bonus.add(new BonusItem("b" + i, "加分" + i, each, cap));
      caps = caps.plus(cap);
    }
    Points bonusCap = bonusItems == 0 ? Points.ZERO : quarters(r, 1, 40);
    b.bonus(new BonusRules(mode, bonusCap, bonus));
    Points highest = mode == BonusMode.ON_TOP ? total.plus(caps.min(bonusCap)) : total;

    // a ladder: 0 and a random subset of 1..5, at least one rung above 0
    TreeSet<Integer> ladder = new TreeSet<>();
    ladder.add(0);
    for (int s = 1; s <= 5; s++) {
      if (r.nextInt(3) > 0) {
        ladder.add(s);
      }
    }
    if (ladder.size() == 1) {
      ladder.add(1 + r.nextInt(5));
    }
    List<Integer> rungs = new ArrayList<>(ladder);
    // lower bounds: 0, then distinct values up to the sections' total, often on half points
    List<Points> froms = new ArrayList<>();
    froms.add(Points.ZERO);
    TreeSet<Long> cuts = new TreeSet<>();
    while (cuts.size() < rungs.size() - 1) {
      long cut = 1 + r.nextLong(total.hundredths());
      long half = cut - cut % 50;
      cuts.add(r.nextBoolean() && half > 0 ? half : cut);
    }
    for (long cut : cuts) {
      froms.add(Points.ofHundredths(cut));
    }
    List<StarBand> bands = new ArrayList<>();
    for (int i = 0; i < rungs.size(); i++) {
      bands.add(
          i + 1 < rungs.size()
              ? StarBand.below(rungs.get(i), froms.get(i), froms.get(i + 1))
              : StarBand.atLeast(rungs.get(i), froms.get(i)));
    }
    // the order bands are given in does not matter
    for (int i = bands.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      StarBand t = bands.get(i);
      bands.set(i, bands.get(j));
      bands.set(j, t);
    }
    bands.forEach(b::band);
    // the highest total may sit beyond the top band's lower bound only
    int top = rungs.get(rungs.size() - 1);
    if (highest.compareTo(froms.get(froms.size() - 1)) < 0) {
      throw new AssertionError("unreachable top band");
    }
    if (top >= 1 && r.nextBoolean()) {
      b.gate(new Gate("innovation", "创新项目", top, GateCondition.attested()));
    }
    if (top >= 2 && r.nextBoolean()) {
      Section s = secs.get(r.nextInt(secs.size()));
      b.gate(
          new Gate(
              "section-gate",
              "方面达标",
              onTheLadder(r, rungs, 1, top),
              GateCondition.sectionAtLeast(
                  s.id(), Points.ofHundredths(r.nextLong(s.maximum().hundredths() + 1)))));
    }
    if (top >= 1) {
      // a cap and a gate name star counts the bands give (a cap at none is always allowed)
      b.veto(new Veto("cap", "限制", VetoEffect.capAt(onTheLadder(r, rungs, 0, top - 1))));
    }
    b.veto(new Veto("demote", "降级", VetoEffect.demoteBy(1 + r.nextInt(2))));
    b.veto(new Veto("disq", "否决", VetoEffect.disqualify()));
    int advanced = Math.max(1, Math.min(top, 1 + r.nextInt(5)));
    b.tiers(new TierRules(advanced, r.nextInt(advanced)));
    b.weakTrigger(new WeakTrigger("att", "书记空缺", WeakCondition.attested()));
    if (r.nextBoolean()) {
      b.weakTrigger(new WeakTrigger("low", "低分", WeakCondition.totalBelow(quarters(r, 0, 200))));
    }
    b.weakTrigger(
        new WeakTrigger(
            "sat", "满意度", WeakCondition.measureBelow("satisfaction", new BigDecimal("0.6"))));
    if (r.nextBoolean()) {
      b.weakTrigger(new WeakTrigger("last", "末位", WeakCondition.lastInRound()));
    }
    for (int rung : rungs) {
      if (r.nextBoolean()) {
        b.reward(new Reward(rung, 1000L * rung, 90 + 5 * rung, ""));
      }
    }
    for (int rung : rungs) {
      if (rung > 0 && r.nextInt(3) == 0) {
        b.quota(new Quota(rung, BigDecimal.valueOf(1 + r.nextInt(40), 2)));
      }
    }
    if (r.nextBoolean()) {
      b.transitions(new TransitionRules(1, List.of(new Honour("honour", "荣誉", 2 + r.nextInt(4)))));
    }
    return b;
  }

  /**
   * A random star count from {@code low} to {@code high} that some band gives, or 0 if low is 0.
   */
  private static int onTheLadder(SplittableRandom r, List<Integer> rungs, int low, int high) {
    List<Integer> choices = new ArrayList<>();
    if (low == 0) {
      choices.add(0);
    }
    for (int st : rungs) {
      if (st >= Math.max(low, 1) && st <= high) {
        choices.add(st);
      }
    }
    return choices.get(r.nextInt(choices.size()));
  }
}
