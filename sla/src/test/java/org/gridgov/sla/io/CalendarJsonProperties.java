package org.gridgov.sla.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.sla.calendar.Theories.qt;

import org.gridgov.sla.calendar.CalendarCase;
import org.junit.jupiter.api.Test;

class CalendarJsonProperties {

  @Test
  void writeThenParseIsIdentity() {
    qt(300)
        .forAll(CalendarCase.calendars())
        .checkAssert(
            calendar -> {
              String json = CalendarJson.write(calendar);
              assertThat(CalendarJson.parse(json, "round-trip.json")).as(json).isEqualTo(calendar);
              assertThat(CalendarJson.write(CalendarJson.parse(json, "again.json")))
                  .isEqualTo(json);
            });
  }
}
