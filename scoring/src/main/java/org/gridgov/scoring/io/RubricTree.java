package org.gridgov.scoring.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.internal.JsonCursor;
import org.gridgov.core.io.internal.ProblemList;
import org.gridgov.scoring.rating.BonusItem;
import org.gridgov.scoring.rating.BonusMode;
import org.gridgov.scoring.rating.BonusRules;
import org.gridgov.scoring.rating.CheckMethod;
import org.gridgov.scoring.rating.DeductionClause;
import org.gridgov.scoring.rating.Gate;
import org.gridgov.scoring.rating.GateCondition;
import org.gridgov.scoring.rating.Honour;
import org.gridgov.scoring.rating.InvalidRubricException;
import org.gridgov.scoring.rating.Item;
import org.gridgov.scoring.rating.Points;
import org.gridgov.scoring.rating.Quota;
import org.gridgov.scoring.rating.Reward;
import org.gridgov.scoring.rating.Rubric;
import org.gridgov.scoring.rating.Section;
import org.gridgov.scoring.rating.StarBand;
import org.gridgov.scoring.rating.TierRules;
import org.gridgov.scoring.rating.TransitionRules;
import org.gridgov.scoring.rating.Veto;
import org.gridgov.scoring.rating.VetoEffect;
import org.gridgov.scoring.rating.WeakCondition;
import org.gridgov.scoring.rating.WeakTrigger;
import org.jspecify.annotations.Nullable;

/**
 * Reads a rubric from its JSON tree: every field typed and located; when the tree is well typed,
 * the rubric's lint runs and its problems are located at the same JSON paths.
 */
final class RubricTree {
  static final Set<String> TOP =
      Set.of(
          "format",
          "id",
          "version",
          "name",
          "region",
          "effectiveFrom",
          "effectiveTo",
          "note",
          "total",
          "sections",
          "bonus",
          "bands",
          "gates",
          "vetoes",
          "tiers",
          "weakTriggers",
          "rewards",
          "quotas",
          "transitions");
  static final Set<String> TOP_REQUIRED =
      Set.of("id", "version", "name", "region", "effectiveFrom", "total", "sections", "bands");

  private RubricTree() {}

  static @Nullable Rubric convert(JsonCursor root) {
    ProblemList problems = root.problems();
    long before = problems.count();
    if (!root.expectObject(TOP, TOP_REQUIRED)) {
      return null;
    }
    JsonCursor format = root.field("format");
    format
        .string()
        .filter(f -> !f.equals(RubricJson.FORMAT))
        .ifPresent(
            f ->
                format.problem(
                    ProblemKind.INVALID_VALUE,
                    "expected \"" + RubricJson.FORMAT + "\", got " + JsonCursor.quote(f)));
    Optional<String> id = Fields.id(root.field("id"));
    Optional<String> version = Fields.id(root.field("version"));
    Optional<String> name = Fields.text(root.field("name"));
    Optional<String> region = Fields.text(root.field("region"));
    var from = root.field("effectiveFrom").date();
    var to = root.field("effectiveTo").date();
    Optional<String> note = Fields.optionalText(root.field("note"));
    Optional<Points> total = Fields.points(root.field("total"), 1);
    List<Section> sections = new ArrayList<>();
    for (JsonCursor s : root.field("sections").elements()) {
      section(s).ifPresent(sections::add);
    }
    Optional<BonusRules> bonus =
        root.field("bonus").isMissing()
            ? Optional.of(BonusRules.none())
            : bonus(root.field("bonus"));
    List<StarBand> bands = list(root.field("bands"), RubricTree::band);
    List<Gate> gates = list(root.field("gates"), RubricTree::gate);
    List<Veto> vetoes = list(root.field("vetoes"), RubricTree::veto);
    Optional<TierRules> tiers =
        root.field("tiers").isMissing()
            ? Optional.of(TierRules.DEFAULT)
            : tiers(root.field("tiers"));
    List<WeakTrigger> triggers = list(root.field("weakTriggers"), RubricTree::trigger);
    List<Reward> rewards = list(root.field("rewards"), RubricTree::reward);
    List<Quota> quotas = list(root.field("quotas"), RubricTree::quota);
    Optional<TransitionRules> transitions =
        root.field("transitions").isMissing()
            ? Optional.of(TransitionRules.UNLIMITED)
            : transitions(root.field("transitions"));
    if (problems.count() > before
        || id.isEmpty()
        || version.isEmpty()
        || name.isEmpty()
        || region.isEmpty()
        || from.isEmpty()
        || note.isEmpty()
        || total.isEmpty()
        || bonus.isEmpty()
        || tiers.isEmpty()
        || transitions.isEmpty()) {
      return null;
    }
    Rubric.Builder b =
        Rubric.builder(id.get(), version.get())
            .name(name.get())
            .region(region.get())
            .effectiveFrom(from.get())
            .note(note.get())
            .total(total.get())
            .bonus(bonus.get())
            .tiers(tiers.get())
            .transitions(transitions.get());
    to.ifPresent(b::effectiveTo);
    sections.forEach(b::section);
    bands.forEach(b::band);
    gates.forEach(b::gate);
    vetoes.forEach(b::veto);
    triggers.forEach(b::weakTrigger);
    rewards.forEach(b::reward);
    quotas.forEach(b::quota);
    try {
      return b.build();
    } catch (InvalidRubricException e) {
      for (Problem p : e.problems()) {
        problems.add(Fields.toJson(p));
      }
      return null;
    }
  }

  private interface Element<T> {
    Optional<T> read(JsonCursor c);
  }

  private static <T> List<T> list(JsonCursor c, Element<T> element) {
    List<T> out = new ArrayList<>();
    for (JsonCursor e : c.elements()) {
      element.read(e).ifPresent(out::add);
    }
    return out;
  }

  /** Every element, or empty if any element (or the array itself) had a problem. */
  private static <T> Optional<List<T>> all(JsonCursor c, Element<T> element) {
    long before = c.problems().count();
    List<T> out = list(c, element);
    return c.problems().count() == before ? Optional.of(out) : Optional.empty();
  }

  private static Optional<Section> section(JsonCursor c) {
    if (!c.expectObject(
        Set.of("id", "name", "maximum", "items"), Set.of("id", "name", "maximum", "items"))) {
      return Optional.empty();
    }
    Optional<String> id = Fields.id(c.field("id"));
    Optional<String> name = Fields.text(c.field("name"));
    Optional<Points> max = Fields.points(c.field("maximum"), 1);
    Optional<List<Item>> items = all(c.field("items"), RubricTree::item);
    if (id.isEmpty() || name.isEmpty() || max.isEmpty() || items.isEmpty()) {
      return Optional.empty();
    }
    return Fields.build(c, () -> new Section(id.get(), name.get(), max.get(), items.get()));
  }

  private static Optional<Item> item(JsonCursor c) {
    if (!c.expectObject(
        Set.of("id", "name", "maximum", "check", "standard", "clauses"),
        Set.of("id", "name", "maximum", "check"))) {
      return Optional.empty();
    }
    Optional<String> id = Fields.id(c.field("id"));
    Optional<String> name = Fields.text(c.field("name"));
    Optional<Points> max = Fields.points(c.field("maximum"), 1);
    Optional<CheckMethod> check = c.field("check").enumValue(CheckMethod.class);
    Optional<String> standard = Fields.optionalText(c.field("standard"));
    Optional<List<DeductionClause>> clauses = all(c.field("clauses"), RubricTree::clause);
    if (id.isEmpty()
        || name.isEmpty()
        || max.isEmpty()
        || check.isEmpty()
        || standard.isEmpty()
        || clauses.isEmpty()) {
      return Optional.empty();
    }
    return Fields.build(
        c,
        () ->
            new Item(id.get(), name.get(), max.get(), check.get(), standard.get(), clauses.get()));
  }

  private static Optional<DeductionClause> clause(JsonCursor c) {
    if (!c.expectObject(
        Set.of("id", "text", "deduction", "perOccurrence"), Set.of("id", "text", "deduction"))) {
      return Optional.empty();
    }
    Optional<String> id = Fields.id(c.field("id"));
    Optional<String> text = Fields.text(c.field("text"));
    Optional<Points> deduction = Fields.points(c.field("deduction"), 1);
    JsonCursor per = c.field("perOccurrence");
    Optional<Boolean> perOccurrence = per.isMissing() ? Optional.of(false) : per.bool();
    if (id.isEmpty() || text.isEmpty() || deduction.isEmpty() || perOccurrence.isEmpty()) {
      return Optional.empty();
    }
    return Fields.build(
        c, () -> new DeductionClause(id.get(), text.get(), deduction.get(), perOccurrence.get()));
  }

  private static Optional<BonusRules> bonus(JsonCursor c) {
    if (!c.expectObject(Set.of("mode", "cap", "items"), Set.of("mode", "cap", "items"))) {
      return Optional.empty();
    }
    Optional<BonusMode> mode = c.field("mode").enumValue(BonusMode.class);
    Optional<Points> cap = Fields.points(c.field("cap"), 0);
    Optional<List<BonusItem>> items = all(c.field("items"), RubricTree::bonusItem);
    if (mode.isEmpty() || cap.isEmpty() || items.isEmpty()) {
      return Optional.empty();
    }
    return Fields.build(c, () -> new BonusRules(mode.get(), cap.get(), items.get()));
  }

  private static Optional<BonusItem> bonusItem(JsonCursor c) {
    if (!c.expectObject(
        Set.of("id", "name", "points", "cap"), Set.of("id", "name", "points", "cap"))) {
      return Optional.empty();
    }
    Optional<String> id = Fields.id(c.field("id"));
    Optional<String> name = Fields.text(c.field("name"));
    Optional<Points> points = Fields.points(c.field("points"), 1);
    Optional<Points> cap = Fields.points(c.field("cap"), 1);
    if (id.isEmpty() || name.isEmpty() || points.isEmpty() || cap.isEmpty()) {
      return Optional.empty();
    }
    return Fields.build(c, () -> new BonusItem(id.get(), name.get(), points.get(), cap.get()));
  }

  private static Optional<StarBand> band(JsonCursor c) {
    if (!c.expectObject(Set.of("stars", "from", "below", "through"), Set.of("stars", "from"))) {
      return Optional.empty();
    }
    Optional<Integer> stars = Fields.integer(c.field("stars"), 0, 5);
    Optional<Points> from = Fields.points(c.field("from"), -1);
    boolean hasBelow = c.field("below").isPresent();
    boolean hasThrough = c.field("through").isPresent();
    if (hasBelow && hasThrough) {
      c.problem(
          ProblemKind.INVALID_VALUE, "a band has one upper bound, below or through, not both");
      return Optional.empty();
    }
    Optional<Points> below = hasBelow ? Fields.points(c.field("below"), -1) : Optional.empty();
    Optional<Points> through =
        hasThrough ? Fields.points(c.field("through"), -1) : Optional.empty();
    if (stars.isEmpty()
        || from.isEmpty()
        || (hasBelow && below.isEmpty())
        || (hasThrough && through.isEmpty())) {
      return Optional.empty();
    }
    return Fields.build(c, () -> new StarBand(stars.get(), from.get(), below, through));
  }

  private static Optional<Gate> gate(JsonCursor c) {
    if (!c.expectObject(
        Set.of("id", "name", "stars", "requires", "section", "atLeast"),
        Set.of("id", "name", "stars", "requires"))) {
      return Optional.empty();
    }
    Optional<String> id = Fields.id(c.field("id"));
    Optional<String> name = Fields.text(c.field("name"));
    Optional<Integer> stars = Fields.integer(c.field("stars"), 1, 5);
    Optional<GateCondition.Kind> kind = c.field("requires").enumValue(GateCondition.Kind.class);
    Optional<GateCondition> condition = Optional.empty();
    if (kind.isPresent()) {
      if (kind.get() == GateCondition.Kind.ATTESTED) {
        only(c, "ATTESTED", "section", "atLeast");
        condition = Optional.of(GateCondition.attested());
      } else {
        Optional<String> section = Fields.id(Fields.need(c.field("section")));
        Optional<Points> atLeast = Fields.points(Fields.need(c.field("atLeast")), 0);
        if (section.isPresent() && atLeast.isPresent()) {
          condition =
              Fields.build(c, () -> GateCondition.sectionAtLeast(section.get(), atLeast.get()));
        }
      }
    }
    if (id.isEmpty() || name.isEmpty() || stars.isEmpty() || condition.isEmpty()) {
      return Optional.empty();
    }
    GateCondition cond = condition.get();
    return Fields.build(c, () -> new Gate(id.get(), name.get(), stars.get(), cond));
  }

  /** Fields that belong to other cases are problems. */
  private static void only(JsonCursor c, String kind, String... others) {
    for (String field : others) {
      if (c.field(field).isPresent()) {
        c.field(field).problem(ProblemKind.INVALID_VALUE, "no " + field + " with " + kind);
      }
    }
  }

  private static Optional<Veto> veto(JsonCursor c) {
    if (!c.expectObject(
        Set.of("id", "name", "effect", "stars", "by"), Set.of("id", "name", "effect"))) {
      return Optional.empty();
    }
    Optional<String> id = Fields.id(c.field("id"));
    Optional<String> name = Fields.text(c.field("name"));
    Optional<VetoEffect.Kind> kind = c.field("effect").enumValue(VetoEffect.Kind.class);
    Optional<VetoEffect> effect = Optional.empty();
    if (kind.isPresent()) {
      switch (kind.get()) {
        case DISQUALIFY -> {
          only(c, "DISQUALIFY", "stars", "by");
          effect = Optional.of(VetoEffect.disqualify());
        }
        case CAP -> {
          only(c, "CAP", "by");
          effect = Fields.integer(Fields.need(c.field("stars")), 0, 4).map(VetoEffect::capAt);
        }
        case DEMOTE -> {
          only(c, "DEMOTE", "stars");
          effect = Fields.integer(Fields.need(c.field("by")), 1, 5).map(VetoEffect::demoteBy);
        }
      }
    }
    if (id.isEmpty() || name.isEmpty() || effect.isEmpty()) {
      return Optional.empty();
    }
    VetoEffect e = effect.get();
    return Fields.build(c, () -> new Veto(id.get(), name.get(), e));
  }

  private static Optional<TierRules> tiers(JsonCursor c) {
    if (!c.expectObject(
        Set.of("advancedFrom", "averageFrom"), Set.of("advancedFrom", "averageFrom"))) {
      return Optional.empty();
    }
    Optional<Integer> advanced = Fields.integer(c.field("advancedFrom"), 1, 5);
    Optional<Integer> average = Fields.integer(c.field("averageFrom"), 0, 4);
    if (advanced.isEmpty() || average.isEmpty()) {
      return Optional.empty();
    }
    return Fields.build(c, () -> new TierRules(advanced.get(), average.get()));
  }

  private static Optional<WeakTrigger> trigger(JsonCursor c) {
    if (!c.expectObject(
        Set.of("id", "name", "when", "points", "measure", "below"), Set.of("id", "name", "when"))) {
      return Optional.empty();
    }
    Optional<String> id = Fields.id(c.field("id"));
    Optional<String> name = Fields.text(c.field("name"));
    Optional<WeakCondition.Kind> kind = c.field("when").enumValue(WeakCondition.Kind.class);
    Optional<WeakCondition> condition = Optional.empty();
    if (kind.isPresent()) {
      switch (kind.get()) {
        case ATTESTED -> {
          only(c, "ATTESTED", "points", "measure", "below");
          condition = Optional.of(WeakCondition.attested());
        }
        case LAST_IN_ROUND -> {
          only(c, "LAST_IN_ROUND", "points", "measure", "below");
          condition = Optional.of(WeakCondition.lastInRound());
        }
        case TOTAL_BELOW -> {
          only(c, "TOTAL_BELOW", "measure", "below");
          condition =
              Fields.points(Fields.need(c.field("points")), 0).map(WeakCondition::totalBelow);
        }
        case MEASURE_BELOW -> {
          only(c, "MEASURE_BELOW", "points");
          Optional<String> measure = Fields.id(Fields.need(c.field("measure")));
          var below = Fields.decimal(Fields.need(c.field("below")));
          if (measure.isPresent() && below.isPresent()) {
            condition = Optional.of(WeakCondition.measureBelow(measure.get(), below.get()));
          }
        }
      }
    }
    if (id.isEmpty() || name.isEmpty() || condition.isEmpty()) {
      return Optional.empty();
    }
    WeakCondition cond = condition.get();
    return Fields.build(c, () -> new WeakTrigger(id.get(), name.get(), cond));
  }

  private static Optional<Reward> reward(JsonCursor c) {
    if (!c.expectObject(Set.of("stars", "subsidyYuan", "fundsPercent", "note"), Set.of("stars"))) {
      return Optional.empty();
    }
    Optional<Integer> stars = Fields.integer(c.field("stars"), 0, 5);
    JsonCursor subsidy = c.field("subsidyYuan");
    Optional<Long> yuan =
        subsidy.isMissing() ? Optional.of(0L) : subsidy.integer(0, 1_000_000_000_000L);
    JsonCursor funds = c.field("fundsPercent");
    Optional<Integer> percent = funds.isMissing() ? Optional.of(100) : funds.intValue(0, 1000);
    Optional<String> note = Fields.optionalText(c.field("note"));
    if (stars.isEmpty() || yuan.isEmpty() || percent.isEmpty() || note.isEmpty()) {
      return Optional.empty();
    }
    return Fields.build(c, () -> new Reward(stars.get(), yuan.get(), percent.get(), note.get()));
  }

  private static Optional<Quota> quota(JsonCursor c) {
    if (!c.expectObject(Set.of("stars", "maxShare"), Set.of("stars", "maxShare"))) {
      return Optional.empty();
    }
    Optional<Integer> stars = Fields.integer(c.field("stars"), 1, 5);
    var share = Fields.decimal(c.field("maxShare"));
    if (stars.isEmpty() || share.isEmpty()) {
      return Optional.empty();
    }
    return Fields.build(c.field("maxShare"), () -> new Quota(stars.get(), share.get()));
  }

  private static Optional<TransitionRules> transitions(JsonCursor c) {
    if (!c.expectObject(Set.of("maxRise", "honours"), Set.of("maxRise"))) {
      return Optional.empty();
    }
    Optional<Integer> maxRise = Fields.integer(c.field("maxRise"), 1, 5);
    Optional<List<Honour>> honours = all(c.field("honours"), RubricTree::honour);
    if (maxRise.isEmpty() || honours.isEmpty()) {
      return Optional.empty();
    }
    return Fields.build(c, () -> new TransitionRules(maxRise.get(), honours.get()));
  }

  private static Optional<Honour> honour(JsonCursor c) {
    if (!c.expectObject(Set.of("id", "name", "maxRise"), Set.of("id", "name", "maxRise"))) {
      return Optional.empty();
    }
    Optional<String> id = Fields.id(c.field("id"));
    Optional<String> name = Fields.text(c.field("name"));
    Optional<Integer> rise = Fields.integer(c.field("maxRise"), 2, 5);
    if (id.isEmpty() || name.isEmpty() || rise.isEmpty()) {
      return Optional.empty();
    }
    return Fields.build(c, () -> new Honour(id.get(), name.get(), rise.get()));
  }
}
