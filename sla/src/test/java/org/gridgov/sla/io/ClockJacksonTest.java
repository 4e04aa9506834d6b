package org.gridgov.sla.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gridgov.sla.clock.Budget;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.clock.CaseLog;
import org.gridgov.sla.clock.CaseStatus;
import org.gridgov.sla.clock.InvalidEventLogException;
import org.gridgov.sla.clock.PolicyPresets;
import org.gridgov.sla.clock.PolicyTable;
import org.gridgov.sla.clock.Threshold;
import org.junit.jupiter.api.Test;

class ClockJacksonTest {
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new GridgovSlaModule());

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
}
