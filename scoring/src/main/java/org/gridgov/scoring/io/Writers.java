package org.gridgov.scoring.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.scoring.rating.Assessment;
import org.gridgov.scoring.rating.AssessmentSet;
import org.gridgov.scoring.rating.BonusItem;
import org.gridgov.scoring.rating.BonusOutcome;
import org.gridgov.scoring.rating.DeductionClause;
import org.gridgov.scoring.rating.Gate;
import org.gridgov.scoring.rating.GateCondition;
import org.gridgov.scoring.rating.Honour;
import org.gridgov.scoring.rating.Item;
import org.gridgov.scoring.rating.ItemScore;
import org.gridgov.scoring.rating.Points;
import org.gridgov.scoring.rating.QuotaCut;
import org.gridgov.scoring.rating.Rating;
import org.gridgov.scoring.rating.Reason;
import org.gridgov.scoring.rating.Rectification;
import org.gridgov.scoring.rating.Reward;
import org.gridgov.scoring.rating.RoundEntry;
import org.gridgov.scoring.rating.RoundResult;
import org.gridgov.scoring.rating.Rubric;
import org.gridgov.scoring.rating.Section;
import org.gridgov.scoring.rating.SectionScore;
import org.gridgov.scoring.rating.Shortfall;
import org.gridgov.scoring.rating.StarBand;
import org.gridgov.scoring.rating.StarLimit;
import org.gridgov.scoring.rating.Summary;
import org.gridgov.scoring.rating.TraceStep;
import org.gridgov.scoring.rating.Veto;
import org.gridgov.scoring.rating.VetoEffect;
import org.gridgov.scoring.rating.WeakCondition;
import org.gridgov.scoring.rating.WeakTrigger;

// Over 600 lines: one short writer per rating type (rubric, assessments, rating, round entry,
// summary, round), sharing the field-order and number-format helpers; the formats' writers and the
// Jackson module's serializers both call them, so they stay in one place.

/**
 * The JSON forms of the rating types, written with Jackson's streaming generator: one pass, fields
 * in a fixed order, points as plain decimals ({@code 89.5}, never {@code 8.95E+1}). The formats'
 * writers and the Jackson module's serializers share these methods.
 */
final class Writers {
  // Thread-safe once configured; targets belong to the caller and are never closed here.
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private Writers() {}

  /** Something that writes one value to a generator. */
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  static void write(Writer out, Body body) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      DefaultPrettyPrinter pretty =
          new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      g.setPrettyPrinter(pretty);
      body.write(g);
      g.flush();
    }
    out.write('\n');
  }

  static String toString(Body body) {
    StringWriter out = new StringWriter();
    try {
      write(out, body);
    } catch (IOException e) {
      throw new UncheckedIOException("a string writer does not fail", e);
    }
    return out.toString();
  }

  static void points(JsonGenerator g, String field, Points p) throws IOException {
    g.writeFieldName(field);
    g.writeNumber(p.toBigDecimal());
  }

  // ---- rubric ---------------------------------------------------------------------------------

  static void rubric(JsonGenerator g, Rubric r) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", RubricJson.FORMAT);
    g.writeStringField("id", r.id());
    g.writeStringField("version", r.version());
    g.writeStringField("name", r.name());
    g.writeStringField("region", r.region());
    g.writeStringField("effectiveFrom", r.effectiveFrom().toString());
    if (r.effectiveTo().isPresent()) {
      g.writeStringField("effectiveTo", r.effectiveTo().get().toString());
    }
    g.writeStringField("note", r.note());
    points(g, "total", r.total());
    g.writeArrayFieldStart("sections");
    for (Section s : r.sections()) {
      g.writeStartObject();
      g.writeStringField("id", s.id());
      g.writeStringField("name", s.name());
      points(g, "maximum", s.maximum());
      g.writeArrayFieldStart("items");
      for (Item item : s.items()) {
        item(g, item);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("bonus");
    g.writeStringField("mode", r.bonus().mode().name());
    points(g, "cap", r.bonus().cap());
    g.writeArrayFieldStart("items");
    for (BonusItem b : r.bonus().items()) {
      g.writeStartObject();
      g.writeStringField("id", b.id());
      g.writeStringField("name", b.name());
      points(g, "points", b.points());
      points(g, "cap", b.cap());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeArrayFieldStart("bands");
    for (StarBand b : r.bands()) {
      g.writeStartObject();
      g.writeNumberField("stars", b.stars());
      points(g, "from", b.from());
      if (b.below().isPresent()) {
        points(g, "below", b.below().get());
      }
      if (b.through().isPresent()) {
        points(g, "through", b.through().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("gates");
    for (Gate gate : r.gates()) {
      g.writeStartObject();
      g.writeStringField("id", gate.id());
      g.writeStringField("name", gate.name());
      g.writeNumberField("stars", gate.stars());
      g.writeStringField("requires", gate.condition().kind().name());
      if (gate.condition() instanceof GateCondition.SectionAtLeast s) {
        g.writeStringField("section", s.section());
        points(g, "atLeast", s.points());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("vetoes");
    for (Veto v : r.vetoes()) {
      veto(g, v);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("tiers");
    g.writeNumberField("advancedFrom", r.tiers().advancedFrom());
    g.writeNumberField("averageFrom", r.tiers().averageFrom());
    g.writeEndObject();
    g.writeArrayFieldStart("weakTriggers");
    for (WeakTrigger t : r.weakTriggers()) {
      g.writeStartObject();
      g.writeStringField("id", t.id());
      g.writeStringField("name", t.name());
      g.writeStringField("when", t.condition().kind().name());
      if (t.condition() instanceof WeakCondition.TotalBelow b) {
        points(g, "points", b.points());
      } else if (t.condition() instanceof WeakCondition.MeasureBelow m) {
        g.writeStringField("measure", m.measure());
        g.writeFieldName("below");
        g.writeNumber(m.threshold());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("rewards");
    for (Reward w : r.rewards()) {
      reward(g, w);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("quotas");
    for (var q : r.quotas()) {
      g.writeStartObject();
      g.writeNumberField("stars", q.stars());
      g.writeFieldName("maxShare");
      g.writeNumber(q.maxShare());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("transitions");
    g.writeNumberField("maxRise", r.transitions().maxRise());
    g.writeArrayFieldStart("honours");
    for (Honour h : r.transitions().honours()) {
      g.writeStartObject();
      g.writeStringField("id", h.id());
      g.writeStringField("name", h.name());
      g.writeNumberField("maxRise", h.maxRise());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void item(JsonGenerator g, Item item) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", item.id());
    g.writeStringField("name", item.name());
    points(g, "maximum", item.maximum());
    g.writeStringField("check", item.check().name());
    g.writeStringField("standard", item.standard());
    g.writeArrayFieldStart("clauses");
    for (DeductionClause c : item.clauses()) {
      g.writeStartObject();
      g.writeStringField("id", c.id());
      g.writeStringField("text", c.text());
      points(g, "deduction", c.deduction());
      if (c.perOccurrence()) {
        g.writeBooleanField("perOccurrence", true);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void veto(JsonGenerator g, Veto v) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", v.id());
    g.writeStringField("name", v.name());
    g.writeStringField("effect", v.effect().kind().name());
    if (v.effect() instanceof VetoEffect.CapAt cap) {
      g.writeNumberField("stars", cap.stars());
    } else if (v.effect() instanceof VetoEffect.DemoteBy d) {
      g.writeNumberField("by", d.levels());
    }
    g.writeEndObject();
  }

  private static void reward(JsonGenerator g, Reward w) throws IOException {
    g.writeStartObject();
    g.writeNumberField("stars", w.stars());
    g.writeNumberField("subsidyYuan", w.subsidyYuan());
    g.writeNumberField("fundsPercent", w.fundsPercent());
    g.writeStringField("note", w.note());
    g.writeEndObject();
  }

  // ---- assessments ----------------------------------------------------------------------------

  static void assessments(JsonGenerator g, AssessmentSet set) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", AssessmentJson.FORMAT);
    if (set.rubricId().isPresent()) {
      g.writeStringField("rubric", set.rubricId().get());
    }
    if (set.period().isPresent()) {
      g.writeStringField("period", set.period().get());
    }
    g.writeArrayFieldStart("assessments");
    for (Assessment a : set.assessments()) {
      assessment(g, a);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void assessment(JsonGenerator g, Assessment a) throws IOException {
    g.writeStartObject();
    g.writeStringField("organisationId", a.organisationId());
    if (!a.name().isEmpty()) {
      g.writeStringField("name", a.name());
    }
    if (a.newOrganisation()) {
      g.writeBooleanField("newOrganisation", true);
    }
    if (!a.deductions().isEmpty()) {
      g.writeArrayFieldStart("deductions");
      for (Assessment.Deduction d : a.deductions()) {
        deduction(g, d);
      }
      g.writeEndArray();
    }
    if (!a.bonuses().isEmpty()) {
      g.writeArrayFieldStart("bonuses");
      for (Assessment.BonusClaim b : a.bonuses()) {
        g.writeStartObject();
        g.writeStringField("bonus", b.bonus());
        if (b.count() != 1) {
          g.writeNumberField("count", b.count());
        }
        g.writeStringField("evidence", b.evidence());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    attestations(g, "vetoes", a.vetoes());
    attestations(g, "gates", a.gates());
    attestations(g, "honours", a.honours());
    attestations(g, "weakTriggers", a.weakTriggers());
    if (!a.measures().isEmpty()) {
      g.writeObjectFieldStart("measures");
      for (var m : a.measures().entrySet()) {
        g.writeFieldName(m.getKey());
        g.writeNumber(m.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void deduction(JsonGenerator g, Assessment.Deduction d) throws IOException {
    g.writeStartObject();
    g.writeStringField("item", d.item());
    g.writeStringField("clause", d.clause());
    if (d.count() != 1) {
      g.writeNumberField("count", d.count());
    }
    g.writeStringField("evidence", d.evidence());
    g.writeEndObject();
  }

  private static void attestations(JsonGenerator g, String field, List<Assessment.Attestation> list)
      throws IOException {
    if (list.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(field);
    for (Assessment.Attestation x : list) {
      g.writeStartObject();
      g.writeStringField("id", x.id());
      g.writeStringField("evidence", x.evidence());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  // ---- results --------------------------------------------------------------------------------

  static void rating(JsonGenerator g, Rating r) throws IOException {
    g.writeStartObject();
    g.writeStringField("organisationId", r.organisationId());
    g.writeStringField("name", r.name());
    g.writeStringField("rubric", r.rubricId());
    points(g, "total", r.total());
    g.writeNumberField("starsByScore", r.starsByScore());
    g.writeNumberField("stars", r.stars());
    g.writeStringField("tier", r.tier().name());
    strings(g, "weakTriggers", r.weakTriggers());
    reward(g, r.reward());
    g.writeArrayFieldStart("sections");
    for (SectionScore s : r.sections()) {
      g.writeStartObject();
      g.writeStringField("id", s.section());
      g.writeStringField("name", s.name());
      points(g, "maximum", s.maximum());
      points(g, "score", s.score());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("items");
    for (ItemScore i : r.items()) {
      g.writeStartObject();
      g.writeStringField("id", i.item());
      g.writeStringField("name", i.name());
      g.writeStringField("section", i.section());
      points(g, "maximum", i.maximum());
      points(g, "score", i.score());
      if (i.applied().isPresent()) {
        g.writeFieldName("applied");
        deduction(g, i.applied().get());
        g.writeStringField("clauseText", i.clauseText());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    bonus(g, r.bonus());
    g.writeArrayFieldStart("limits");
    for (StarLimit l : r.limits()) {
      limit(g, l);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("trace");
    for (TraceStep t : r.trace()) {
      g.writeStartObject();
      g.writeStringField("kind", t.kind().name());
      g.writeStringField("rule", t.rule());
      points(g, "points", t.points());
      points(g, "running", t.running());
      if (t.stars().isPresent()) {
        g.writeNumberField("stars", t.stars().getAsInt());
      }
      g.writeStringField("note", t.note());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("reasons");
    for (Reason reason : r.reasons()) {
      reason(g, reason);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("shortfalls");
    for (Shortfall s : r.shortfalls()) {
      g.writeStartObject();
      g.writeNumberField("stars", s.stars());
      points(g, "pointsNeeded", s.pointsNeeded());
      g.writeBooleanField("reachable", s.reachable());
      g.writeArrayFieldStart("blockers");
      for (StarLimit l : s.blockers()) {
        limit(g, l);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("fixes");
      for (Reason reason : s.fixes()) {
        reason(g, reason);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("rectifications");
    for (Rectification x : r.rectifications()) {
      g.writeStartObject();
      g.writeStringField("id", x.id());
      g.writeStringField("source", x.source().name());
      g.writeStringField("rule", x.rule());
      g.writeStringField("description", x.description());
      g.writeStringField("evidence", x.evidence());
      points(g, "points", x.points());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String field, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String s : values) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  private static void reward(JsonGenerator g, Optional<Reward> reward) throws IOException {
    if (reward.isPresent()) {
      g.writeFieldName("reward");
      reward(g, reward.get());
    }
  }

  private static void bonus(JsonGenerator g, BonusOutcome b) throws IOException {
    g.writeObjectFieldStart("bonus");
    g.writeStringField("mode", b.mode().name());
    points(g, "claimed", b.claimed());
    points(g, "afterItemCaps", b.afterItemCaps());
    points(g, "afterTotalCap", b.afterTotalCap());
    points(g, "applied", b.applied());
    points(g, "cut", b.cut());
    g.writeArrayFieldStart("lines");
    for (BonusOutcome.BonusLine line : b.lines()) {
      g.writeStartObject();
      g.writeStringField("bonus", line.bonus());
      g.writeStringField("name", line.name());
      points(g, "claimed", line.claimed());
      points(g, "granted", line.granted());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void limit(JsonGenerator g, StarLimit l) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", l.kind().name());
    g.writeStringField("rule", l.rule());
    if (l instanceof StarLimit.GateNotMet gate) {
      g.writeStringField("name", gate.gate().name());
      g.writeNumberField("stars", gate.gate().stars());
      g.writeStringField("detail", gate.detail());
    } else {
      StarLimit.VetoFound veto = (StarLimit.VetoFound) l;
      g.writeStringField("name", veto.veto().name());
      g.writeStringField("effect", veto.veto().effect().toString());
      g.writeStringField("evidence", veto.evidence());
    }
    g.writeEndObject();
  }

  private static void reason(JsonGenerator g, Reason r) throws IOException {
    g.writeStartObject();
    g.writeStringField("item", r.item());
    g.writeStringField("name", r.name());
    g.writeStringField("section", r.section());
    points(g, "lost", r.lost());
    g.writeStringField("clause", r.clause());
    g.writeStringField("clauseText", r.clauseText());
    g.writeEndObject();
  }

  static void entry(JsonGenerator g, RoundEntry e) throws IOException {
    g.writeStartObject();
    g.writeStringField("organisationId", e.organisationId());
    g.writeStringField("name", e.name());
    points(g, "total", e.total());
    g.writeNumberField("starsByRules", e.starsByRules());
    g.writeNumberField("stars", e.stars());
    if (e.previousStars().isPresent()) {
      g.writeNumberField("previousStars", e.previousStars().getAsInt());
    }
    g.writeStringField("movement", e.movement().name());
    if (e.riseLimited()) {
      g.writeBooleanField("riseLimited", true);
    }
    if (e.quotaCut().isPresent()) {
      g.writeFieldName("quotaCut");
      cut(g, e.quotaCut().get());
    }
    g.writeStringField("tier", e.tier().name());
    strings(g, "weakTriggers", e.weakTriggers());
    reward(g, e.reward());
    g.writeNumberField("rectifications", e.rectifications());
    g.writeEndObject();
  }

  private static void cut(JsonGenerator g, QuotaCut c) throws IOException {
    g.writeStartObject();
    g.writeStringField("organisationId", c.organisationId());
    g.writeNumberField("fromStars", c.fromStars());
    g.writeNumberField("toStars", c.toStars());
    points(g, "total", c.total());
    g.writeStringField("decidedBy", c.decidedBy().name());
    g.writeEndObject();
  }

  static void summary(JsonGenerator g, Summary s) throws IOException {
    g.writeStartObject();
    g.writeNumberField("organisations", s.organisations());
    g.writeNumberField("rated", s.rated());
    g.writeArrayFieldStart("byStars");
    for (Summary.StarCount c : s.byStars()) {
      g.writeStartObject();
      g.writeNumberField("stars", c.stars());
      g.writeNumberField("organisations", c.organisations());
      g.writeNumberField("rectifications", c.rectifications());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("byTier");
    for (Summary.TierCount c : s.byTier()) {
      g.writeStartObject();
      g.writeStringField("tier", c.tier().name());
      g.writeNumberField("organisations", c.organisations());
      g.writeNumberField("rectifications", c.rectifications());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("weak", s.weak());
    g.writeNumberField("rectifications", s.rectifications());
    g.writeNumberField("quotaCuts", s.quotaCuts());
    g.writeNumberField("risesLimited", s.risesLimited());
    g.writeEndObject();
  }

  static void round(JsonGenerator g, RoundResult round, Map<String, Rating> explanations)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("format", RatingJson.FORMAT);
    g.writeObjectFieldStart("rubric");
    g.writeStringField("id", round.rubric().id());
    g.writeStringField("version", round.rubric().version());
    g.writeEndObject();
    g.writeStringField("period", round.period());
    g.writeFieldName("summary");
    summary(g, round.summary());
    g.writeArrayFieldStart("organisations");
    for (RoundEntry e : round.entries()) {
      entry(g, e);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("quotaCuts");
    for (QuotaCut c : round.quotaCuts()) {
      cut(g, c);
    }
    g.writeEndArray();
    if (!explanations.isEmpty()) {
      g.writeArrayFieldStart("explanations");
      for (Rating r : explanations.values()) {
        rating(g, r);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
