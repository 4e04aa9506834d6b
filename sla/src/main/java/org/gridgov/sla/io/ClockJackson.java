package org.gridgov.sla.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.io.ReadLimits;
import org.gridgov.core.io.internal.JsonCursor;
import org.gridgov.core.io.internal.ProblemList;
import org.gridgov.core.io.internal.RecordJackson;
import org.gridgov.sla.clock.Alert;
import org.gridgov.sla.clock.Budget;
import org.gridgov.sla.clock.CaseCounts;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.clock.CaseFacts;
import org.gridgov.sla.clock.CasePolicy;
import org.gridgov.sla.clock.CaseStatus;
import org.gridgov.sla.clock.Escalation;
import org.gridgov.sla.clock.EscalationStatus;
import org.gridgov.sla.clock.Explanation;
import org.gridgov.sla.clock.ExtensionRule;
import org.gridgov.sla.clock.Holder;
import org.gridgov.sla.clock.InvalidEventLogException;
import org.gridgov.sla.clock.InvalidPolicyException;
import org.gridgov.sla.clock.Milestone;
import org.gridgov.sla.clock.MilestoneStatus;
import org.gridgov.sla.clock.PolicyTable;
import org.gridgov.sla.clock.Rework;
import org.gridgov.sla.clock.Threshold;
import org.gridgov.sla.clock.Warnings;
import org.gridgov.sla.metrics.CaseTotals;
import org.gridgov.sla.metrics.MilestoneMetrics;
import org.gridgov.sla.metrics.OverdueCase;
import org.gridgov.sla.metrics.Rate;
import org.gridgov.sla.metrics.UnitMetrics;
import org.jspecify.annotations.Nullable;

/**
 * The case-clock types in the sla Jackson module: events, budgets, thresholds and policy tables
 * both ways (reading through the validating converters of the readers), statuses, holders, metrics
 * and rates written in the {@link ClockJson} forms. The other values (facts, escalation statuses,
 * alerts, policies, milestones, rework rules, explanations and their facts, overdue cases,
 * milestone metrics) both ways in the plain form: their components by name, empty optionals left
 * out, instants, dates and durations as ISO-8601, an explanation's facts with their {@code kind}.
 */
final class ClockJackson {
  private ClockJackson() {}

  static void register(SimpleModule m) {
    m.addSerializer(CaseEvent.class, tree(e -> ClockTrees.event(e, ZoneOffset.UTC)));
    m.addDeserializer(
        CaseEvent.class,
        reader(c -> ClockTrees.event(c), InvalidEventLogException::new, "a case event"));
    m.addSerializer(Budget.class, text(Budget::toText));
    m.addDeserializer(Budget.class, parsed(Budget::parse, "a budget such as PT4H or P7D"));
    m.addSerializer(Threshold.class, text(Threshold::toText));
    m.addDeserializer(Threshold.class, parsed(Threshold::parse, "a threshold such as 75% or PT1H"));
    m.addSerializer(PolicyTable.class, tree(t -> ClockTrees.table(t, PolicyJson.FORMAT)));
    m.addDeserializer(
        PolicyTable.class,
        reader(
            c -> ClockTrees.table(c, PolicyJson.FORMAT, Map.of()),
            InvalidPolicyException::new,
            "a policy table"));
    m.addSerializer(CaseStatus.class, tree(s -> ReportTrees.status(s, null, List.of())));
    m.addSerializer(MilestoneStatus.class, tree(s -> ReportTrees.milestone(s, ZoneOffset.UTC)));
    m.addSerializer(Holder.class, tree(ReportTrees::holder));
    m.addSerializer(UnitMetrics.class, tree(u -> ReportTrees.unit(u, null)));
    m.addSerializer(Rate.class, tree(ReportTrees::rate));
    RecordJackson.record(m, CaseFacts.class);
    RecordJackson.record(m, CaseCounts.class);
    RecordJackson.record(m, CaseTotals.class);
    m.addDeserializer(Rate.class, RecordJackson.reader(Rate.class, Set.of("percent")));
    RecordJackson.record(m, EscalationStatus.class);
    RecordJackson.record(m, Alert.class);
    RecordJackson.record(m, Rework.class);
    RecordJackson.record(m, Milestone.class);
    RecordJackson.record(m, CasePolicy.class);
    RecordJackson.record(m, Warnings.class);
    RecordJackson.record(m, ExtensionRule.class);
    RecordJackson.record(m, Escalation.class);
    RecordJackson.record(m, Escalation.Level.class);
    RecordJackson.record(m, Explanation.class);
    RecordJackson.sealed(m, Explanation.Fact.class);
    RecordJackson.record(m, Explanation.SkippedDay.class);
    RecordJackson.record(m, OverdueCase.class);
    RecordJackson.record(m, MilestoneMetrics.class);
  }

  private static <T> JsonSerializer<T> tree(Function<T, JsonNode> f) {
    return new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider serializers)
          throws IOException {
        gen.writeTree(f.apply(value));
      }
    };
  }

  private static <T> JsonSerializer<T> text(Function<T, String> f) {
    return new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider serializers)
          throws IOException {
        gen.writeString(f.apply(value));
      }
    };
  }

  private static <T> JsonDeserializer<T> parsed(Function<String, T> f, String expected) {
    return new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String text = p.getValueAsString();
        if (text == null) {
          throw JsonMappingException.from(p, "expected " + expected);
        }
        try {
          return f.apply(text);
        } catch (IllegalArgumentException e) {
          throw JsonMappingException.from(p, "expected " + expected + ": " + e.getMessage(), e);
        }
      }
    };
  }

  /** The converter of a tree, given the problem list. */
  private interface Converter<T> {
    @Nullable T convert(JsonCursor root);
  }

  private static <T, X extends InvalidInputException> JsonDeserializer<T> reader(
      Converter<T> converter, ProblemList.Failure<X> failure, String what) {
    return new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = RecordJackson.tree(p);
        ReadLimits limits = ReadLimits.SMALL_DOCUMENT;
        ProblemList problems = ProblemList.of(limits);
        T value = converter.convert(JsonCursor.root(node, problems, limits.maxElements()));
        if (!problems.isEmpty() || value == null) {
          X x = problems.isEmpty() ? null : problems.failure(failure);
          throw JsonMappingException.from(
              p, "invalid " + what + (x != null ? ": " + x.getMessage() : ""), x);
        }
        return value;
      }
    };
  }
}
