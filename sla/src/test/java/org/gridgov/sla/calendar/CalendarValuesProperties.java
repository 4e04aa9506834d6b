package org.gridgov.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.sla.calendar.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CalendarValuesProperties {

  @Test
  void dailyHoursPrintThenParseIsIdentity() {
    qt(1000)
        .forAll(CalendarCase.cases(), longs().all())
        .checkAssert(
            (c, salt) -> {
              DailyHours hours = c.daily();
              assertThat(DailyHours.parse(hours.toString())).isEqualTo(hours);
              for (TimeInterval i : hours.intervals()) {
                assertThat(TimeInterval.parse(i.toString())).isEqualTo(i);
                assertThat(i.duration().isNegative() || i.duration().isZero()).isFalse();
              }
              SplittableRandom r = c.draws(salt);
              DateRange range =
                  DateRange.of(
                      java.time.LocalDate.ofEpochDay(r.nextLong(-20_000, 20_000)),
                      java.time.LocalDate.ofEpochDay(r.nextLong(20_000, 40_000)));
              assertThat(DateRange.parse(range.toString())).isEqualTo(range);
            });
  }
}
