package org.gridgov.benchmarks.rating;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The naive baseline: what a hand-written rating over the rubric's JSON does — rule by rule,
 * walking the rubric tree for every organisation, looking up the assessment's findings by scanning
 * them, with {@link BigDecimal} arithmetic on the JSON numbers. It implements the same rules as the
 * library (worst clause, floor at 0, bonus caps and modes, bands, gates, ladder, vetoes), so that
 * both give the same stars.
 */
final class NaiveInterpreter {
  private NaiveInterpreter() {}

  /** The stars after gates and vetoes. */
  static int stars(JsonNode rubric, JsonNode a) {
    BigDecimal sections = BigDecimal.ZERO;
    List<String> sectionIds = new ArrayList<>();
    List<BigDecimal> sectionScores = new ArrayList<>();
    for (JsonNode section : rubric.path("sections")) {
      BigDecimal sectionScore = BigDecimal.ZERO;
      for (JsonNode item : section.path("items")) {
        BigDecimal worst = BigDecimal.ZERO;
        for (JsonNode d : a.path("deductions")) {
          if (!d.path("item").asText().equals(item.path("id").asText())) {
            continue;
          }
          for (JsonNode c : item.path("clauses")) {
            if (c.path("id").asText().equals(d.path("clause").asText())) {
              BigDecimal deduction = c.path("deduction").decimalValue();
              if (c.path("perOccurrence").asBoolean(false)) {
                deduction = deduction.multiply(BigDecimal.valueOf(d.path("count").asInt(1)));
              }
              worst = worst.max(deduction);
            }
          }
        }
        BigDecimal max = item.path("maximum").decimalValue();
        sectionScore = sectionScore.add(max.subtract(worst.min(max)));
      }
      sectionIds.add(section.path("id").asText());
      sectionScores.add(sectionScore);
      sections = sections.add(sectionScore);
    }
    JsonNode bonusRules = rubric.path("bonus");
    BigDecimal bonus = BigDecimal.ZERO;
    for (JsonNode b : bonusRules.path("items")) {
      BigDecimal claimed = BigDecimal.ZERO;
      for (JsonNode claim : a.path("bonuses")) {
        if (claim.path("bonus").asText().equals(b.path("id").asText())) {
          claimed =
              claimed.add(
                  b.path("points")
                      .decimalValue()
                      .multiply(BigDecimal.valueOf(claim.path("count").asInt(1))));
        }
      }
      bonus = bonus.add(claimed.min(b.path("cap").decimalValue()));
    }
    bonus = bonus.min(bonusRules.path("cap").decimalValue());
    BigDecimal total = rubric.path("total").decimalValue();
    if (bonusRules.path("mode").asText().equals("OFFSET_ONLY")) {
      bonus = bonus.min(total.subtract(sections));
    }
    BigDecimal score = sections.add(bonus);
    TreeSet<Integer> ladder = new TreeSet<>();
    int stars = 0;
    BigDecimal best = null;
    for (JsonNode band : rubric.path("bands")) {
      ladder.add(band.path("stars").asInt());
      BigDecimal from = band.path("from").decimalValue();
      if (score.compareTo(from) >= 0 && (best == null || from.compareTo(best) > 0)) {
        best = from;
        stars = band.path("stars").asInt();
      }
    }
    for (JsonNode gate : rubric.path("gates")) {
      boolean met = false;
      if (gate.path("requires").asText().equals("ATTESTED")) {
        for (JsonNode g : a.path("gates")) {
          met |= g.path("id").asText().equals(gate.path("id").asText());
        }
      } else {
        int s = sectionIds.indexOf(gate.path("section").asText());
        met = sectionScores.get(s).compareTo(gate.path("atLeast").decimalValue()) >= 0;
      }
      if (!met) {
        stars = Math.min(stars, floor(ladder, gate.path("stars").asInt() - 1));
      }
    }
    int cap = 5;
    int demote = 0;
    boolean disqualified = false;
    for (JsonNode veto : rubric.path("vetoes")) {
      boolean found = false;
      for (JsonNode v : a.path("vetoes")) {
        found |= v.path("id").asText().equals(veto.path("id").asText());
      }
      if (!found) {
        continue;
      }
      switch (veto.path("effect").asText()) {
        case "CAP" -> cap = Math.min(cap, veto.path("stars").asInt());
        case "DEMOTE" -> demote += veto.path("by").asInt();
        default -> disqualified = true;
      }
    }
    for (int i = 0; i < demote; i++) {
      Integer lower = ladder.lower(stars);
      stars = lower == null ? 0 : lower;
    }
    stars = floor(ladder, Math.min(stars, cap));
    return disqualified ? 0 : stars;
  }

  private static int floor(java.util.NavigableSet<Integer> ladder, int stars) {
    Integer f = ladder.floor(stars);
    return f == null ? 0 : f;
  }
}
