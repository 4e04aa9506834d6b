package org.gridgov.sla.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.GridCode;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.clock.Budget;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.clock.CaseFacts;
import org.gridgov.sla.clock.EventKind;
import org.gridgov.sla.clock.InvalidEventLogException;
import org.gridgov.sla.clock.Priority;
import org.junit.jupiter.api.Test;

class CaseEventJsonTest {
  private static final Instant T = Instant.parse("2022-12-10T01:00:00Z");

  static List<CaseEvent> events() {
    return List.of(
        CaseEvent.reported(
            "e1",
            "ZQ-1",
            T,
            CaseFacts.of("下水井堵塞", Priority.NORMAL)
                .withGrid(GridCode.parse("210802002001001"))
                .withSector("water")),
        CaseEvent.of("e2", "ZQ-1", EventKind.VERIFIED, T.plusSeconds(2400)),
        CaseEvent.extension(
                "e3", "ZQ-1", T.plusSeconds(3600), "resolve", Budget.time(Duration.ofHours(12)))
            .withNote("parts on order"),
        CaseEvent.stageCompleted("e4", "ZQ-2", T.plusSeconds(7200), "stop"));
  }

  @Test
  void aDocumentAndJsonLinesRoundTrip() throws IOException {
    String doc = CaseEventJson.toJson(events(), ChinaHolidays.ZONE);
    assertThat(doc).contains("\"at\":\"2022-12-10T09:00+08:00\"");
    assertThat(CaseEventJson.reader().read(doc)).isEqualTo(events());
    StringBuilder lines = new StringBuilder();
    for (CaseEvent e : events()) {
      lines.append(CaseEventJson.toJsonLine(e, ChinaHolidays.ZONE)).append("\r\n\n");
    }
    List<CaseEvent> read = new ArrayList<>();
    CaseEventJson.reader().forEachLine(new StringReader(lines.toString()), read::add);
    assertThat(read).isEqualTo(events());
  }

  @Test
  void badLinesAreReportedByLineAndTheGoodOnesDelivered() {
    String lines =
        """
        {"id":"e1","case":"C","type":"REPORTED","at":"2022-12-10T09:00+08:00"}
        {"id":"e2","case":"C","type":"SOLVED","at":"2022-12-10T10:00+08:00"}
        {"id":"e3","case":"C","type":"VERIFIED","at":"yesterday","amount":"PT1H"}
        {"id":"e4","case":"C","type":"VERIFIED"
        {"id":"e5","case":"C","type":"VERIFIED","at":"2022-12-10T11:00+08:00","amount":"PT1H"}
        {"id":"e6","case":"C","type":"RESOLVED","at":"2022-12-10T12:00+08:00"}
        """;
    List<CaseEvent> read = new ArrayList<>();
    assertThatThrownBy(() -> CaseEventJson.reader().forEachLine(new StringReader(lines), read::add))
        .isInstanceOfSatisfying(
            InvalidEventLogException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.kind() + " " + p.location())
                    .containsExactly(
                        "INVALID_VALUE $.type (line 2)",
                        "INVALID_VALUE $.at (line 3)",
                        "MALFORMED_INPUT $.type (line 4, column 40)",
                        "INVALID_VALUE $ (line 5)"));
    assertThat(read).extracting(CaseEvent::id).containsExactly("e1", "e6");
    // the line cut short says so, without Jackson's position of the object's start, which counts
    // lines from the line itself and so reads as line 1
    assertThatThrownBy(() -> CaseEventJson.reader().forEachLine(new StringReader(lines), e -> {}))
        .isInstanceOfSatisfying(
            InvalidEventLogException.class,
            e ->
                assertThat(e.problems().get(2).message())
                    .isEqualTo("malformed JSON: unexpected end of input inside an object"));
  }

  @Test
  void aDocumentWithProblemsListsThemAll() {
    String doc =
        """
        {"format": "gridgov-events/1", "events": [
          {"id": "e1", "case": "C", "type": "REPORTED", "at": "2022-12-10T09:00+08:00",
           "priority": "VERY"},
          {"case": "C", "type": "RESOLVED", "at": "2022-12-10T09:00+08:00"}]}
        """;
    assertThatThrownBy(() -> CaseEventJson.reader().read(doc))
        .isInstanceOfSatisfying(
            InvalidEventLogException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.kind() + " " + p.location())
                    .containsExactly(
                        "INVALID_VALUE $.events[0].priority", "MISSING_FIELD $.events[1].id"));
  }
}
