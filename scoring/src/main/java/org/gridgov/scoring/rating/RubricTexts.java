package org.gridgov.scoring.rating;

import java.util.List;
import java.util.Optional;

/**
 * What explanations of a rubric's ratings share, made once when the rubric is built and indexed
 * like the kernel: items and clauses by position, rule ids, descriptions, band texts, rewards and
 * the limits of attested gates. Keeps string building off the per-rating path.
 */
final class RubricTexts {
  final Item[] items;
  final String[] itemSection;
  final DeductionClause[] clauses;
  final String[] clauseRule;
  final String[] clauseDescription;
  final String[] band; // per star count
  final List<Optional<Reward>> rewards; // per star count
  final StarLimit.GateNotMet[] attestedGate; // per gate, null for section gates
  final ItemScore[] fullMarks; // per item: the score of an item nothing was found at
  final Points[] lost; // per clause that deducts once: the points its item loses
  final Points[] minusLost; // the same, negated, for the trace
  final Reason[] reason; // per clause that deducts once: its reason code

  RubricTexts(Rubric r, RubricKernel k) {
    items = r.items().toArray(new Item[0]);
    itemSection = new String[items.length];
    clauses = new DeductionClause[k.clauseIds.length];
    clauseRule = new String[clauses.length];
    clauseDescription = new String[clauses.length];
    for (int i = 0; i < items.length; i++) {
      itemSection[i] = r.sections().get(k.itemSection[i]).id();
      for (int c = k.clauseStart[i]; c < k.clauseStart[i + 1]; c++) {
        DeductionClause clause = items[i].clauses().get(c - k.clauseStart[i]);
        clauses[c] = clause;
        clauseRule[c] = items[i].id() + "/" + clause.id();
        clauseDescription[c] = items[i].name() + ": " + clause.text();
      }
    }
    fullMarks = new ItemScore[items.length];
    lost = new Points[clauses.length];
    minusLost = new Points[clauses.length];
    reason = new Reason[clauses.length];
    for (int i = 0; i < items.length; i++) {
      Item item = items[i];
      fullMarks[i] =
          new ItemScore(
              item.id(),
              item.name(),
              itemSection[i],
              item.maximum(),
              item.maximum(),
              Optional.empty(),
              "");
      for (int c = k.clauseStart[i]; c < k.clauseStart[i + 1]; c++) {
        Points l = clauses[c].deduction().min(item.maximum());
        lost[c] = l;
        minusLost[c] = Points.ZERO.minus(l);
        reason[c] =
            new Reason(
                item.id(), item.name(), itemSection[i], l, clauses[c].id(), clauses[c].text());
      }
    }
    band = new String[Checks.MAX_STARS + 1];
    List<Optional<Reward>> byStars = new java.util.ArrayList<>();
    for (int s = 0; s <= Checks.MAX_STARS; s++) {
      band[s] = "in band " + s + "★";
      byStars.add(r.reward(s));
    }
    for (StarBand b : r.bands()) {
      band[b.stars()] = "in band " + b;
    }
    rewards = List.copyOf(byStars);
    attestedGate = new StarLimit.GateNotMet[r.gates().size()];
    for (int g = 0; g < attestedGate.length; g++) {
      if (k.gateAttested[g]) {
        attestedGate[g] = new StarLimit.GateNotMet(r.gates().get(g), "not attested");
      }
    }
  }
}
