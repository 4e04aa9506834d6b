package org.gridgov.sla.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.sla.calendar.Theories.qt;

import org.gridgov.sla.calendar.CalendarCase;
import org.junit.jupiter.api.Test;

class CalendarJsonProperties {

  @Test
  void writeThenReadIsIdentity() {
    qt(300)
        .forAll(CalendarCase.calendars())
        .checkAssert(
            calendar -> {
              String json = CalendarJson.toJson(calendar);
              assertThat(CalendarJson.reader().read(json)).as(json).isEqualTo(calendar);
              assertThat(CalendarJson.toJson(CalendarJson.reader().read(json))).isEqualTo(json);
            });
  }
}
