package org.gridgov.scoring.rating;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;

/**
 * The lint of a rubric: every problem of a builder's contents, located with the steps of the JSON
 * form ({@code sections[0].items[3].clauses[1].deduction}).
 */
final class RubricLint {
  private final Rubric.Builder b;
  private final List<Problem> out = new ArrayList<>();
  private final Set<String> sectionIds = new HashSet<>();
  private final Set<Integer> bandStars = new HashSet<>();
  private long maxTotal; // highest reachable total, in hundredths
  private int topStars;

  private RubricLint(Rubric.Builder b) {
    this.b = b;
  }

  static List<Problem> lint(Rubric.Builder b) {
    RubricLint l = new RubricLint(b);
    l.header();
    l.sections();
    l.bonus();
    l.bands();
    l.references();
    return l.out;
  }

  private void add(ProblemKind kind, Location at, String message) {
    out.add(Problem.of(kind, at, message));
  }

  private static Location at(String field) {
    return Location.element(field);
  }

  private static Location at(String section, int index) {
    return Location.element(section, index);
  }

  private void header() {
    if (b.name.isBlank()) {
      add(ProblemKind.MISSING_FIELD, at("name"), "a rubric has a name");
    }
    if (b.region.isBlank()) {
      add(ProblemKind.MISSING_FIELD, at("region"), "a rubric names the region it applies in");
    }
    if (b.effectiveFrom == null) {
      add(ProblemKind.MISSING_FIELD, at("effectiveFrom"), "a rubric has a first effective day");
    } else if (b.effectiveTo != null && b.effectiveTo.isBefore(b.effectiveFrom)) {
      add(
          ProblemKind.CONFLICT,
          at("effectiveTo"),
          "the last effective day " + b.effectiveTo + " is before the first " + b.effectiveFrom);
    }
    if (b.total == null) {
      add(ProblemKind.MISSING_FIELD, at("total"), "a rubric states the total of its sections");
    } else if (!b.total.isPositive() || b.total.compareTo(Points.of(Rubric.MAX_TOTAL)) > 0) {
      add(
          ProblemKind.INVALID_VALUE,
          at("total"),
          "the total must be above 0 and at most " + Rubric.MAX_TOTAL + ", got " + b.total);
    }
  }

  private void sections() {
    if (b.sections.isEmpty()) {
      add(ProblemKind.MISSING_FIELD, at("sections"), "a rubric has at least one section");
    }
    Map<String, Location> itemIds = new HashMap<>();
    Points sum = Points.ZERO;
    for (int s = 0; s < b.sections.size(); s++) {
      Section sec = b.sections.get(s);
      Location here = at("sections", s);
      if (!sectionIds.add(sec.id())) {
        add(ProblemKind.DUPLICATE_ID, here.field("id"), "section id \"" + sec.id() + "\" twice");
      }
      sum = sum.plus(sec.maximum());
      Points items = Points.ZERO;
      for (int i = 0; i < sec.items().size(); i++) {
        Item item = sec.items().get(i);
        Location at = here.field("items").index(i);
        Location first = itemIds.putIfAbsent(item.id(), at);
        if (first != null) {
          add(
              ProblemKind.DUPLICATE_ID,
              at.field("id"),
              "item id \"" + item.id() + "\" is also at " + first);
        }
        items = items.plus(item.maximum());
        Set<String> clauseIds = new HashSet<>();
        for (int c = 0; c < item.clauses().size(); c++) {
          DeductionClause clause = item.clauses().get(c);
          Location cat = at.field("clauses").index(c);
          if (!clauseIds.add(clause.id())) {
            add(
                ProblemKind.DUPLICATE_ID,
                cat.field("id"),
                "clause id \"" + clause.id() + "\" twice in item " + item.id());
          }
          if (clause.deduction().compareTo(item.maximum()) > 0) {
            add(
                ProblemKind.INCONSISTENT_TOTAL,
                cat.field("deduction"),
                "clause "
                    + item.id()
                    + "/"
                    + clause.id()
                    + " deducts "
                    + clause.deduction()
                    + (clause.perOccurrence() ? " per occurrence" : "")
                    + ", more than the item's maximum "
                    + item.maximum());
          }
        }
      }
      if (!items.equals(sec.maximum())) {
        add(
            ProblemKind.INCONSISTENT_TOTAL,
            here.field("maximum"),
            "the items of section "
                + sec.id()
                + " add up to "
                + items
                + ", not to the section's maximum "
                + sec.maximum());
      }
    }
    if (b.total != null && !b.sections.isEmpty() && !sum.equals(b.total)) {
      add(
          ProblemKind.INCONSISTENT_TOTAL,
          at("total"),
          "the sections add up to " + sum + ", not to the total " + b.total);
    }
  }

  private void bonus() {
    BonusRules bonus = b.bonus;
    Set<String> ids = new HashSet<>();
    Points caps = Points.ZERO;
    for (int i = 0; i < bonus.items().size(); i++) {
      BonusItem item = bonus.items().get(i);
      Location at = at("bonus").field("items").index(i);
      if (!ids.add(item.id())) {
        add(ProblemKind.DUPLICATE_ID, at.field("id"), "bonus item id \"" + item.id() + "\" twice");
      }
      if (item.cap().compareTo(Points.of(Rubric.MAX_TOTAL)) > 0) {
        add(
            ProblemKind.INVALID_VALUE,
            at.field("cap"),
            "a bonus item's cap must be at most " + Rubric.MAX_TOTAL + ", got " + item.cap());
      }
      if (item.cap().compareTo(item.points()) < 0) {
        add(
            ProblemKind.INCONSISTENT_TOTAL,
            at.field("cap"),
            "bonus item "
                + item.id()
                + " is capped at "
                + item.cap()
                + ", below one award's "
                + item.points());
      }
      caps = caps.plus(item.cap());
    }
    if (!bonus.items().isEmpty() && bonus.cap().isZero()) {
      add(
          ProblemKind.UNREACHABLE,
          at("bonus").field("cap"),
          "a bonus cap of 0 grants none of the " + bonus.items().size() + " bonus items");
    }
    if (bonus.cap().compareTo(Points.of(Rubric.MAX_TOTAL)) > 0) {
      add(
          ProblemKind.INVALID_VALUE,
          at("bonus").field("cap"),
          "the bonus cap must be at most " + Rubric.MAX_TOTAL + ", got " + bonus.cap());
    }
    long total = b.total == null ? 0 : b.total.hundredths();
    maxTotal =
        bonus.mode() == BonusMode.ON_TOP
            ? total + Math.min(caps.hundredths(), bonus.cap().hundredths())
            : total;
  }

  /** The step between reachable totals: the greatest common divisor of every point value. */
  private long resolution() {
    BigInteger g = BigInteger.ZERO;
    for (Section s : b.sections) {
      for (Item item : s.items()) {
        g = g.gcd(BigInteger.valueOf(item.maximum().hundredths()));
        for (DeductionClause c : item.clauses()) {
          g = g.gcd(BigInteger.valueOf(c.deduction().hundredths()));
        }
      }
    }
    for (BonusItem item : b.bonus.items()) {
      g = g.gcd(BigInteger.valueOf(item.points().hundredths()));
      g = g.gcd(BigInteger.valueOf(item.cap().hundredths()));
    }
    g = g.gcd(BigInteger.valueOf(b.bonus.cap().hundredths()));
    return g.signum() == 0 ? 1 : g.longValue();
  }

  private void bands() {
    if (b.bands.isEmpty()) {
      add(ProblemKind.MISSING_FIELD, at("bands"), "a rubric has at least one star band");
      return;
    }
    Integer[] order = new Integer[b.bands.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      topStars = Math.max(topStars, b.bands.get(i).stars());
      bandStars.add(b.bands.get(i).stars());
    }
    Arrays.sort(
        order, Comparator.comparing((Integer i) -> b.bands.get(i).from()).thenComparing(i -> i));
    long g = resolution();
    Points max = Points.ofHundredths(maxTotal);
    StarBand lowest = b.bands.get(order[0]);
    if (lowest.from().isPositive()) {
      add(
          ProblemKind.GAP,
          at("bands", order[0]).field("from"),
          "totals from 0 to below " + lowest.from() + " have no band");
    }
    Map<Integer, Integer> byStars = new HashMap<>();
    for (int k = 0; k < order.length; k++) {
      int i = order[k];
      StarBand band = b.bands.get(i);
      Location here = at("bands", i);
      Integer other = byStars.putIfAbsent(band.stars(), i);
      if (other != null) {
        add(
            ProblemKind.CONFLICT,
            here.field("stars"),
            "two bands give " + band.stars() + " stars: bands[" + other + "] and this one");
      }
      if (maxTotal > 0 && band.from().compareTo(max) > 0) {
        add(
            ProblemKind.UNREACHABLE,
            here.field("from"),
            "band " + band + " starts above the highest total the rubric gives, " + max);
      }
      if (k + 1 < order.length) {
        int j = order[k + 1];
        StarBand next = b.bands.get(j);
        if (next.stars() <= band.stars()) {
          add(
              ProblemKind.CONFLICT,
              at("bands", j).field("stars"),
              "band "
                  + next
                  + " lies above band "
                  + band
                  + " but gives no more stars: more stars need higher totals");
        }
        adjacent(band, i, next, j, g);
      } else {
        top(band, i, max);
      }
    }
  }

  /** Gap or overlap between a band and the next one up. */
  private void adjacent(StarBand band, int i, StarBand next, int j, long g) {
    Location at = at("bands", j).field("from");
    if (band.below().isEmpty() && band.through().isEmpty()) {
      add(
          ProblemKind.OVERLAP,
          at("bands", i),
          "band "
              + band
              + " has no upper bound, so it overlaps band "
              + next
              + ": only the top band may be open");
      return;
    }
    long from = next.from().hundredths();
    if (band.below().isPresent()) {
      long below = band.below().get().hundredths();
      if (from < below) {
        add(ProblemKind.OVERLAP, at, overlap(band, next));
      } else {
        long firstUncovered = ceil(below, g);
        if (firstUncovered < from && firstUncovered <= maxTotal) {
          add(ProblemKind.GAP, at, gap(band, next, firstUncovered));
        }
      }
    } else {
      long through = band.through().orElseThrow().hundredths();
      if (from <= through) {
        add(ProblemKind.OVERLAP, at, overlap(band, next));
      } else {
        long firstUncovered = ceil(through + 1, g);
        if (firstUncovered < from && firstUncovered <= maxTotal) {
          add(ProblemKind.GAP, at, gap(band, next, firstUncovered));
        }
      }
    }
  }

  private static String overlap(StarBand band, StarBand next) {
    return "bands " + band + " and " + next + " overlap from " + next.from();
  }

  private static String gap(StarBand band, StarBand next, long example) {
    return "totals between bands "
        + band
        + " and "
        + next
        + " have no band, such as "
        + Points.ofHundredths(example);
  }

  private static long ceil(long value, long step) {
    return Math.floorDiv(value + step - 1, step) * step;
  }

  /** The top band must reach the highest total. */
  private void top(StarBand band, int i, Points max) {
    Location at = at("bands", i);
    if (band.below().isPresent() && band.below().get().compareTo(max) <= 0) {
      add(
          ProblemKind.GAP,
          at.field("below"),
          "the top band " + band + " stops below the highest total " + max);
    } else if (band.through().isPresent() && band.through().get().compareTo(max) < 0) {
      add(
          ProblemKind.GAP,
          at.field("through"),
          "the top band " + band + " stops below the highest total " + max);
    }
  }

  private void references() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < b.gates.size(); i++) {
      Gate gate = b.gates.get(i);
      Location at = at("gates", i);
      if (!ids.add(gate.id())) {
        add(ProblemKind.DUPLICATE_ID, at.field("id"), "gate id \"" + gate.id() + "\" twice");
      }
      if (!b.bands.isEmpty() && gate.stars() > topStars) {
        add(
            ProblemKind.UNREACHABLE,
            at.field("stars"),
            "gate "
                + gate.id()
                + " guards "
                + gate.stars()
                + " stars; no band gives more than "
                + topStars);
      } else if (!b.bands.isEmpty() && !bandStars.contains(gate.stars())) {
        add(
            ProblemKind.UNKNOWN_REFERENCE,
            at.field("stars"),
            "gate "
                + gate.id()
                + " guards "
                + gate.stars()
                + " stars, which no band gives (bands give "
                + ladder()
                + ")");
      }
      if (gate.condition() instanceof GateCondition.SectionAtLeast s) {
        Section section = null;
        for (Section x : b.sections) {
          if (x.id().equals(s.section())) {
            section = x;
          }
        }
        if (section == null) {
          add(
              ProblemKind.UNKNOWN_REFERENCE,
              at.field("section"),
              "gate "
                  + gate.id()
                  + " refers to section \""
                  + s.section()
                  + "\", which the rubric"
                  + " lacks");
        } else if (s.points().compareTo(section.maximum()) > 0) {
          add(
              ProblemKind.UNREACHABLE,
              at.field("atLeast"),
              "gate "
                  + gate.id()
                  + " asks "
                  + s.points()
                  + " of section "
                  + s.section()
                  + ", whose maximum is "
                  + section.maximum());
        }
      }
    }
    ids.clear();
    for (int i = 0; i < b.vetoes.size(); i++) {
      Veto veto = b.vetoes.get(i);
      Location at = at("vetoes", i);
      if (!ids.add(veto.id())) {
        add(ProblemKind.DUPLICATE_ID, at.field("id"), "veto id \"" + veto.id() + "\" twice");
      }
      if (!b.bands.isEmpty() && veto.effect() instanceof VetoEffect.CapAt cap) {
        if (cap.stars() >= topStars) {
          add(
              ProblemKind.UNREACHABLE,
              at.field("stars"),
              "veto " + veto.id() + " caps at " + cap.stars() + " stars; no band gives more");
        } else if (cap.stars() > 0 && !bandStars.contains(cap.stars())) {
          // a cap keeps the highest band at or below it: below the lowest band that is no star,
          // a disqualification that does not say so
          add(
              ProblemKind.UNKNOWN_REFERENCE,
              at.field("stars"),
              "veto "
                  + veto.id()
                  + " caps at "
                  + cap.stars()
                  + " stars, which no band gives (bands give "
                  + ladder()
                  + "); it would act as a cap at "
                  + highestAtOrBelow(cap.stars()));
        }
      }
    }
    if (!b.bands.isEmpty() && b.tiers.advancedFrom() > topStars) {
      add(
          ProblemKind.UNREACHABLE,
          at("tiers").field("advancedFrom"),
          "advanced from "
              + b.tiers.advancedFrom()
              + " stars; no band gives more than "
              + topStars);
    }
    ids.clear();
    for (int i = 0; i < b.weakTriggers.size(); i++) {
      WeakTrigger t = b.weakTriggers.get(i);
      if (!ids.add(t.id())) {
        add(
            ProblemKind.DUPLICATE_ID,
            at("weakTriggers", i).field("id"),
            "trigger id \"" + t.id() + "\" twice");
      }
    }
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < b.rewards.size(); i++) {
      starsOf(b.rewards.get(i).stars(), at("rewards", i).field("stars"), "reward", seen);
    }
    seen.clear();
    for (int i = 0; i < b.quotas.size(); i++) {
      starsOf(b.quotas.get(i).stars(), at("quotas", i).field("stars"), "quota", seen);
    }
    ids.clear();
    List<Honour> honours = b.transitions.honours();
    for (int i = 0; i < honours.size(); i++) {
      Honour h = honours.get(i);
      Location at = at("transitions").field("honours").index(i);
      if (!ids.add(h.id())) {
        add(ProblemKind.DUPLICATE_ID, at.field("id"), "honour id \"" + h.id() + "\" twice");
      }
      if (h.maxRise() <= b.transitions.maxRise()) {
        add(
            ProblemKind.UNREACHABLE,
            at.field("maxRise"),
            "honour "
                + h.id()
                + " allows a rise of "
                + h.maxRise()
                + ", no more than anyone may rise ("
                + b.transitions.maxRise()
                + ")");
      }
    }
  }

  /** The star counts the bands give, ascending, as text: "0, 3, 4, 5". */
  private String ladder() {
    StringBuilder sb = new StringBuilder();
    bandStars.stream().sorted().forEach(st -> sb.append(sb.length() == 0 ? "" : ", ").append(st));
    return sb.toString();
  }

  /** The highest star count a band gives at or below the given one, 0 if none. */
  private int highestAtOrBelow(int stars) {
    return bandStars.stream().filter(st -> st <= stars).max(Integer::compare).orElse(0);
  }

  private void starsOf(int stars, Location at, String what, Set<Integer> seen) {
    if (!seen.add(stars)) {
      add(ProblemKind.CONFLICT, at, "two " + what + "s for " + stars + " stars");
    }
    if (!bandStars.isEmpty() && !bandStars.contains(stars)) {
      add(
          ProblemKind.UNKNOWN_REFERENCE,
          at,
          "a " + what + " for " + stars + " stars, which no band gives");
    }
  }
}
