package org.gridgov.sla.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.sla.clock.Alert;
import org.gridgov.sla.clock.Budget;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.clock.CaseFacts;
import org.gridgov.sla.clock.CaseLog;
import org.gridgov.sla.clock.CasePolicy;
import org.gridgov.sla.clock.CaseStatus;
import org.gridgov.sla.clock.EscalationStatus;
import org.gridgov.sla.clock.Explanation;
import org.gridgov.sla.clock.ExtensionRule;
import org.gridgov.sla.clock.InvalidEventLogException;
import org.gridgov.sla.clock.Milestone;
import org.gridgov.sla.clock.MilestoneStatus;
import org.gridgov.sla.clock.PolicyPresets;
import org.gridgov.sla.clock.PolicyTable;
import org.gridgov.sla.clock.Priority;
import org.gridgov.sla.clock.Rework;
import org.gridgov.sla.clock.Threshold;
import org.gridgov.sla.clock.Tier;
import org.gridgov.sla.metrics.MilestoneMetrics;
import org.gridgov.sla.metrics.OverdueCase;
import org.junit.jupiter.api.Test;

class ClockJacksonTest {
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new GridgovSlaModule());

  @Test
  void theModuleRegisteredAloneWritesCoreCodesAsCodes() throws Exception {
    // CaseFacts carries a grid code and a unit: without core's module they were written as {}
    CaseFacts facts =
        CaseFacts.of("暴露垃圾", Priority.NORMAL)
            .withGrid(org.gridgov.core.GridCode.parse("210802001007001"));
    String json = mapper.writeValueAsString(facts);
    assertThat(mapper.readTree(json).get("grid").asText()).isEqualTo("210802001007001");
    assertThat(mapper.readValue(json, CaseFacts.class)).isEqualTo(facts);
    assertThat(mapper.getRegisteredModuleIds()).hasSize(2);
    ObjectMapper both =
        new ObjectMapper()
            .registerModule(new org.gridgov.core.io.GridgovCoreModule())
            .registerModule(new GridgovSlaModule());
    assertThat(both.getRegisteredModuleIds()).isEqualTo(mapper.getRegisteredModuleIds());
    assertThat(both.writeValueAsString(facts)).isEqualTo(json);
  }

  @Test
  void valueTypesRoundTripThroughAPlainObjectMapper() throws Exception {
    List<CaseEvent> events = CaseEventJsonTest.events();
    CollectionType type =
        mapper.getTypeFactory().constructCollectionType(List.class, CaseEvent.class);
    assertThat(mapper.<List<CaseEvent>>readValue(mapper.writeValueAsString(events), type))
        .isEqualTo(events);
    Budget b = Budget.time(Duration.ofMinutes(450));
    assertThat(mapper.readValue(mapper.writeValueAsString(b), Budget.class)).isEqualTo(b);
    Threshold th = Threshold.percent(75);
    assertThat(mapper.writeValueAsString(th)).isEqualTo("\"75%\"");
    assertThat(mapper.readValue("\"PT1H\"", Threshold.class))
        .isEqualTo(Threshold.beforeBreach(Duration.ofHours(1)));
    for (String name : PolicyPresets.names()) {
      PolicyTable t = PolicyPresets.byName(name).orElseThrow();
      assertThat(mapper.readValue(mapper.writeValueAsString(t), PolicyTable.class)).isEqualTo(t);
    }
  }

  @Test
  void readingGoesThroughTheValidatingConverters() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"id\":\"e\",\"case\":\"C\",\"type\":\"VERIFIED\","
                        + "\"at\":\"2022-12-10T09:00+08:00\",\"amount\":\"PT1H\"}",
                    CaseEvent.class))
        .isInstanceOf(JsonMappingException.class)
        .hasCauseInstanceOf(InvalidEventLogException.class)
        .hasMessageContaining("an amount goes with EXTENSION_GRANTED and only with it");
    assertThatThrownBy(() -> mapper.readValue("\"PT\"", Budget.class))
        .isInstanceOf(JsonMappingException.class);
  }

  @Test
  void statusesAreWrittenInTheClockJsonForm() throws Exception {
    CaseLog log =
        CaseLog.of("ZQ-1", PolicyPresets.zhanqian(), CaseEventJsonTest.events().subList(0, 3));
    CaseStatus s = log.status(Instant.parse("2022-12-10T03:00:00Z"));
    assertThat(mapper.readTree(mapper.writeValueAsString(s)))
        .isEqualTo(mapper.readTree(ClockJson.toJson(s)));
    assertThat(ClockJson.toJson(s))
        .contains("\"due\" : \"2022-12-11T21:00+08:00\"")
        .contains("\"state\" : \"MET_ON_TIME\"");
  }

  @Test
  void theClocksOtherValuesRoundTripWithCoresModule() throws Exception {
    ObjectMapper both =
        new ObjectMapper()
            .registerModule(new org.gridgov.core.io.GridgovCoreModule())
            .registerModule(new GridgovSlaModule());
    CaseLog log =
        CaseLog.of("ZQ-1", PolicyPresets.zhanqian(), CaseEventJsonTest.events().subList(0, 3));
    CaseStatus s = log.status(Instant.parse("2022-12-12T03:00:00Z"));
    List<Object> values = new ArrayList<>();
    values.add(s.facts());
    values.add(CaseFacts.of("drain", Priority.URGENT));
    values.add(s.escalation());
    values.add(s.counts());
    values.add(new org.gridgov.sla.metrics.Rate(2, 3));
    s.nextAlert().ifPresent(values::add);
    s.nextBreach().ifPresent(values::add);
    for (String name : PolicyPresets.names()) {
      for (CasePolicy p : PolicyPresets.byName(name).orElseThrow().policies()) {
        values.add(p);
        values.addAll(p.milestones());
        p.rework().ifPresent(values::add);
      }
    }
    values.add(Rework.newBudget("resolve", Budget.time(Duration.ofHours(12))));
    for (MilestoneStatus m : s.milestones()) {
      Explanation x = log.explain(s.at(), m.id());
      values.add(x);
      values.addAll(x.facts());
    }
    values.add(
        new Explanation.Paused(
            Instant.parse("2022-12-10T02:00:00Z"), Optional.empty(), Duration.ofHours(2)));
    values.add(
        new OverdueCase(
            "ZQ-9",
            "resolve",
            Instant.parse("2022-12-11T21:00:00Z"),
            Duration.ofHours(5),
            Tier.STREET));
    values.add(
        new MilestoneMetrics(
            "verify",
            3,
            2,
            1,
            0,
            Optional.of(Duration.ofMinutes(90)),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(Duration.ofHours(4))));
    Set<Class<?>> kinds = new HashSet<>();
    for (Object v : values) {
      kinds.add(v.getClass());
      String json = both.writeValueAsString(v);
      assertThat(json).doesNotContain("\"present\"").doesNotContain("\"empty\"");
      assertThat(both.readValue(json, v.getClass())).as(json).isEqualTo(v);
      if (v instanceof Explanation.Fact f) {
        assertThat(both.readTree(json).get("kind").asText()).isEqualTo(f.kind().name());
        assertThat(both.readValue(json, Explanation.Fact.class)).isEqualTo(f);
      }
    }
    assertThat(kinds)
        .contains(
            CaseFacts.class,
            EscalationStatus.class,
            Alert.class,
            CasePolicy.class,
            Milestone.class,
            Rework.class,
            Explanation.class,
            Explanation.CountedFrom.class,
            Explanation.BudgetOf.class,
            Explanation.Paused.class);
    assertThatThrownBy(
            () ->
                both.readValue(
                    "{\"kind\":\"DAYS_SKIPPED\",\"days\":[],\"more\":-1}", Explanation.Fact.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("days left out is at least 0");
    assertThatThrownBy(
            () -> both.readValue("{\"at\":\"2022-12-10\",\"kind\":\"YELLOW\"}", Alert.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("\"at\"");
  }

  @Test
  void nestedPolicyRecordsAreReadStrictlyNotWithDefaultsForMissingFields() throws Exception {
    ExtensionRule rule = new ExtensionRule(true, 2);
    assertThat(mapper.readValue(mapper.writeValueAsString(rule), ExtensionRule.class))
        .isEqualTo(rule);
    for (String bad : List.of("{}", "{\"afterDeadline\":\"true\",\"max\":\"2\"}")) {
      assertThatThrownBy(() -> mapper.readValue(bad, ExtensionRule.class))
          .as(bad)
          .isInstanceOf(JsonMappingException.class)
          .hasMessageContaining("ExtensionRule");
    }
  }
}
