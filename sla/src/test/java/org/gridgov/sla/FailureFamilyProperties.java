package org.gridgov.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.gridgov.core.GridGovException;
import org.gridgov.sla.calendar.CalendarRangeException;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * The module's failures that are not refused input belong to its family: an {@link SlaException}
 * under {@link GridGovException}, naming what was given, whatever the input.
 */
class FailureFamilyProperties {
  private static final Instant END = Instant.parse("2300-01-01T00:00:00Z");
  private static final Instant START = Instant.parse("1900-01-01T00:00:00Z");

  private static QuickTheory qt() {
    return QuickTheory.qt().withFixedSeed(20221210L).withExamples(100);
  }

  @Test
  void anInstantBeyondTheSupportedDatesIsARangeFailureNamingIt() {
    WorkingCalendar utc = WorkingCalendar.natural(ZoneOffset.UTC);
    qt().forAll(longs().between(1, 1_000_000_000L), integers().between(0, 1))
        .checkAssert(
            (seconds, side) -> {
              Instant at = side == 0 ? END.plusSeconds(seconds) : START.minusSeconds(seconds);
              Throwable t = catchThrowable(() -> utc.plus(at, Duration.ofHours(1)));
              assertThat(t)
                  .isInstanceOf(CalendarRangeException.class)
                  .isInstanceOf(SlaException.class)
                  .isInstanceOf(GridGovException.class);
              assertThat(t.getMessage())
                  .contains(at.atZone(ZoneOffset.UTC).toLocalDate().toString());
            });
  }
}
