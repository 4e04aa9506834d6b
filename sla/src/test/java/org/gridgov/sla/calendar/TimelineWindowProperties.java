package org.gridgov.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.sla.calendar.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The seams of the precomputed window against the minute-stepping {@link MinuteOracle}. A calendar
 * precomputes the days from a week before its first override to a week after its last and answers
 * outside them from the weekly rule; the other properties draw instants around a random base, so
 * they seldom land on the seams. Here every instant and every deadline is drawn within two days of
 * a seam (the UTC midnights that bound the window), on the 15-minute grid of the schedules so that
 * interval ends are hit exactly, and additions are chosen to end exactly on a working interval's
 * end — the instant at which "the least instant with this much working time" and "the last" part.
 */
class TimelineWindowProperties {

  @Test
  void plusAndBetweenAgreeWithTheOracleAtTheWindowsSeams() {
    qt(100)
        .forAll(CalendarCase.cases(), longs().all())
        .checkAssert(
            (c, salt) -> {
              List<Instant> seams = seams(c.calendar);
              if (seams.isEmpty() || c.oracle.between(seams.get(0), seams.get(1)).isZero()) {
                return; // no window, or no working time in it: nothing at the seams to part
              }
              SplittableRandom r = c.draws(salt);
              for (int i = 0; i < 4; i++) {
                Instant seam = seams.get(r.nextInt(2));
                Instant a = near(r, seam);
                Instant b = near(r, seam);
                Duration d = c.oracle.between(a, b);
                assertThat(c.calendar.between(a, b).duration())
                    .as("%s from %s to %s", c, a, b)
                    .isEqualTo(d);
                if (!d.isZero()) {
                  assertThat(c.calendar.plus(a, d).instant())
                      .as("%s plus %s at %s", c, d, a)
                      .isEqualTo(c.oracle.plus(a, d));
                  assertThat(c.calendar.minus(b, d).instant())
                      .as("%s minus %s at %s", c, d, b)
                      .isEqualTo(c.oracle.plus(b, d.negated()));
                }
                assertThat(c.calendar.status(a).working())
                    .as("%s at %s", c, a)
                    .isEqualTo(c.oracle.isWorking(a));
              }
            });
  }

  @Test
  void workingDaysAgreeWithTheDayLoopAtTheWindowsSeams() {
    qt(150)
        .forAll(CalendarCase.cases(), longs().all())
        .checkAssert(
            (c, salt) -> {
              List<Instant> seams = seams(c.calendar);
              if (seams.isEmpty() || !anyWorkingDay(c.calendar.weekly())) {
                return;
              }
              SplittableRandom r = c.draws(salt);
              for (int i = 0; i < 6; i++) {
                Instant a = near(r, seams.get(r.nextInt(2)));
                LocalDate from = LocalDate.ofInstant(a, c.calendar.zone());
                LocalDate to =
                    LocalDate.ofInstant(near(r, seams.get(r.nextInt(2))), c.calendar.zone());
                assertThat(c.calendar.workingDaysBetween(from, to).days())
                    .as("%s %s..%s", c, from, to)
                    .isEqualTo(c.oracle.workingDaysBetween(from, to));
                int n = c.oracle.workingDaysBetween(from, to);
                WorkingDayRule rule =
                    r.nextBoolean() ? WorkingDayRule.END_OF_DAY : WorkingDayRule.SAME_TIME;
                if (n != 0) {
                  assertThat(c.calendar.plusWorkingDays(a, n, rule).instant())
                      .as("%s %s %s %s", c, a, n, rule)
                      .isEqualTo(c.oracle.plusWorkingDays(a, n, rule));
                }
              }
            });
  }

  /**
   * The window's bounds, as the calendar computes them: the UTC midnights that start the day a week
   * before the first override and end the day a week after the last; empty without overrides.
   */
  private static List<Instant> seams(WorkingCalendar calendar) {
    List<LocalDate> dates = new ArrayList<>();
    for (HolidayTable layer : calendar.layers()) {
      for (DateOverride o : layer.overrides()) {
        dates.add(o.date());
      }
    }
    if (dates.isEmpty()) {
      return List.of();
    }
    LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow().minusDays(7);
    LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow().plusDays(7);
    return List.of(
        Instant.ofEpochSecond(first.toEpochDay() * 86_400L),
        Instant.ofEpochSecond((last.toEpochDay() + 1) * 86_400L));
  }

  /** An instant within two days of a seam, on the 15-minute grid three times in four. */
  private static Instant near(SplittableRandom r, Instant seam) {
    long seconds = r.nextLong(-2 * 86_400L, 2 * 86_400L + 1);
    if (r.nextInt(4) != 0) {
      seconds = Math.floorDiv(seconds, 900L) * 900;
    }
    return seam.plusSeconds(seconds);
  }

  private static boolean anyWorkingDay(WeeklySchedule weekly) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (!weekly.hours(d).isClosed()) {
        return true;
      }
    }
    return false;
  }
}
