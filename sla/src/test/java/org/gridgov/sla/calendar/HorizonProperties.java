package org.gridgov.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.sla.calendar.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The operations agree with each other up to the ends of the supported instants, 1900-01-01T00:00Z
 * and 2300-01-01T00:00Z, in zones east and west of UTC: what one operation answers there, the
 * others accept.
 */
class HorizonProperties {
  private static final Instant FIRST = Instant.parse("1900-01-01T00:00:00Z");
  private static final Instant END = Instant.parse("2300-01-01T00:00:00Z");

  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("UTC"),
          ZoneId.of("Asia/Shanghai"),
          ZoneId.of("Asia/Tokyo"),
          ZoneId.of("Pacific/Kiritimati"),
          ZoneId.of("Pacific/Honolulu"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Etc/GMT+12"));

  private static final List<DailyHours> HOURS =
      List.of(
          DailyHours.chinaOffice(),
          DailyHours.allDay(),
          DailyHours.parse("22:00-24:00"),
          DailyHours.parse("00:00-01:00,23:00-06:00+1"),
          DailyHours.parse("20:00-20:00+1"));

  /** A calendar near the horizon and an instant within two weeks of one of its ends. */
  private record Case(WorkingCalendar calendar, Instant start, SplittableRandom random) {}

  private static Case draw(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    WeeklySchedule weekly = WeeklySchedule.everyDay(HOURS.get(r.nextInt(HOURS.size())));
    if (r.nextBoolean()) {
      weekly = WeeklySchedule.mondayToFriday(HOURS.get(r.nextInt(HOURS.size())));
    }
    WorkingCalendar calendar =
        WorkingCalendar.builder(ZONES.get(r.nextInt(ZONES.size())))
            .weekly(weekly)
            .outOfRange(OutOfRangePolicy.ASSUME_WEEKLY)
            .build();
    long offset = r.nextLong(14 * 86_400L);
    if (r.nextInt(3) == 0) {
      offset = offset / 1800 * 1800; // on the half-hour grid, where boundaries are
    }
    Instant start = r.nextBoolean() ? END.minusSeconds(offset + 1) : FIRST.plusSeconds(offset);
    if (r.nextInt(4) == 0) {
      start = r.nextBoolean() ? END.minusSeconds(r.nextInt(3) * 1800L) : FIRST;
    }
    return new Case(calendar, start, r);
  }

  @Test
  void betweenMeasuresWhatPlusAddsUpToTheHorizon() {
    qt(400)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Case c = draw(seed);
              boolean nearEnd = c.start.isAfter(END.minus(Duration.ofDays(30)));
              Duration d = Duration.ofSeconds(c.random.nextLong(-20 * 86_400L, 20 * 86_400L));
              if (nearEnd && c.start.isBefore(END) && c.random.nextInt(3) == 0) {
                // all the working time left before the horizon, measured without reaching it
                Instant lastSecond = END.minusSeconds(1);
                d =
                    c.calendar
                        .between(c.start, lastSecond)
                        .duration()
                        .plusSeconds(c.calendar.status(lastSecond).working() ? 1 : 0);
              }
              WorkingInstant result;
              try {
                result = c.calendar.plus(c.start, d);
              } catch (CalendarRangeException e) {
                // beyond the horizon: refused, but never on the side away from it
                assertThat(nearEnd ? d.isNegative() || d.isZero() : !d.isNegative())
                    .as("%s plus %s from %s refused: %s", c.calendar, d, c.start, e.getMessage())
                    .isFalse();
                return;
              }
              assertThat(c.calendar.between(c.start, result.instant()).duration())
                  .as("%s plus %s from %s", c.calendar, d, c.start)
                  .isEqualTo(d);
              assertThat(c.calendar.betweenNanos(c.start, result.instant())).isEqualTo(d.toNanos());
            });
  }

  @Test
  void workingDayDeadlinesStayWithinTheHorizon() {
    qt(400)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Case c = draw(seed);
              int n = c.random.nextInt(-15, 16);
              for (WorkingDayRule rule : WorkingDayRule.values()) {
                WorkingInstant due;
                try {
                  due = c.calendar.plusWorkingDays(c.start, n, rule);
                } catch (CalendarRangeException e) {
                  continue; // a due date or instant beyond the horizon: refused
                }
                assertThat(due.instant())
                    .as("%s: %s working days %s from %s", c.calendar, n, rule, c.start)
                    .isBetween(FIRST, END);
                // every other operation accepts it as an end
                var unused = c.calendar.between(c.start, due.instant());
              }
            });
  }
}
