package org.gridgov.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.sla.calendar.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The calendar's fast path against the minute-stepping {@link MinuteOracle}, and the algebra of
 * working time, on random calendars in four zones (with and without daylight saving time).
 */
class WorkingCalendarProperties {

  @ParameterizedTest
  @ValueSource(
      strings = {"Asia/Shanghai", "Europe/Berlin", "Australia/Lord_Howe", "America/Sao_Paulo"})
  void isWorkingAgreesWithTheOracle(String zone) {
    qt(150)
        .forAll(CalendarCase.cases(ZoneId.of(zone)), longs().all())
        .checkAssert(
            (c, salt) -> {
              SplittableRandom r = c.draws(salt);
              for (int i = 0; i < 40; i++) {
                Instant t = c.instant(r, 40);
                assertThat(c.calendar.status(t).working())
                    .as("%s at %s", c, t)
                    .isEqualTo(c.oracle.isWorking(t));
              }
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Asia/Shanghai", "Europe/Berlin", "Australia/Lord_Howe", "America/Sao_Paulo"})
  void betweenAgreesWithTheOracle(String zone) {
    qt(120)
        .forAll(CalendarCase.cases(ZoneId.of(zone)), longs().all())
        .checkAssert(
            (c, salt) -> {
              SplittableRandom r = c.draws(salt);
              Instant a = c.instant(r, 12);
              Instant b =
                  r.nextBoolean() ? c.instant(r, 12) : a.plusSeconds(r.nextLong(4 * 86_400L));
              assertThat(c.calendar.between(a, b).duration())
                  .as("%s from %s to %s", c, a, b)
                  .isEqualTo(c.oracle.between(a, b));
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Asia/Shanghai", "Europe/Berlin", "Australia/Lord_Howe", "America/Sao_Paulo"})
  void plusAgreesWithTheOracle(String zone) {
    qt(120)
        .forAll(CalendarCase.cases(ZoneId.of(zone)), longs().all())
        .checkAssert(
            (c, salt) -> {
              SplittableRandom r = c.draws(salt);
              Instant a = c.instant(r, 12);
              Duration d = CalendarCase.duration(r, 40, true);
              if (c.oracle
                  .between(a, a.plus(Duration.ofDays(r.nextBoolean() ? 60 : -60)))
                  .isZero()) {
                return; // no working time near: covered by the no-working-time tests
              }
              assertThat(c.calendar.plus(a, d).instant())
                  .as("%s plus %s at %s", c, d, a)
                  .isEqualTo(c.oracle.plus(a, d));
            });
  }

  @Test
  void nextWorkingInstantAgreesWithTheOracle() {
    qt(200)
        .forAll(CalendarCase.cases(), longs().all())
        .checkAssert(
            (c, salt) -> {
              SplittableRandom r = c.draws(salt);
              Instant t = c.instant(r, 12);
              if (c.oracle.between(t, t.plus(Duration.ofDays(60))).isZero()) {
                return;
              }
              assertThat(c.calendar.nextWorkingInstant(t).instant())
                  .as("%s after %s", c, t)
                  .isEqualTo(c.oracle.nextWorkingInstant(t));
            });
  }

  @Test
  void addThenBetweenReturnsTheDurationExactly() {
    qt(1000)
        .forAll(CalendarCase.cases(), longs().all())
        .checkAssert(
            (c, salt) -> {
              SplittableRandom r = c.draws(salt);
              Instant a = c.instant(r, 60);
              // Up to about three years of working time: long spans leave the precomputed range.
              Duration d = CalendarCase.duration(r, r.nextBoolean() ? 200 : 9_000, true);
              if (c.calendar.between(a, a.plus(Duration.ofDays(4000))).duration().isZero()
                  || c.calendar.between(a.minus(Duration.ofDays(4000)), a).duration().isZero()) {
                return;
              }
              Instant b = c.calendar.plus(a, d).instant();
              assertThat(c.calendar.between(a, b).duration()).as("%s %s %s", c, a, d).isEqualTo(d);
              // Subtracting lands on the same level of working time as a: a itself when a is
              // working and d positive, else possibly the other end of the non-working stretch
              // that a lies in or begins.
              Instant back = c.calendar.minus(b, d).instant();
              assertThat(c.calendar.between(back, b).duration()).isEqualTo(d);
              assertThat(c.calendar.between(a, back).duration()).isZero();
              if (!d.isNegative() && c.calendar.status(a).working()) {
                assertThat(back).isEqualTo(a);
              }
            });
  }

  @Test
  void betweenIsAdditiveAndAntisymmetric() {
    qt(1000)
        .forAll(CalendarCase.cases(), longs().all())
        .checkAssert(
            (c, salt) -> {
              SplittableRandom r = c.draws(salt);
              int days = r.nextBoolean() ? 30 : 3000; // also spans of years
              Instant a = c.instant(r, days);
              Instant b = c.instant(r, days);
              Instant x = c.instant(r, days);
              WorkingCalendar cal = c.calendar;
              assertThat(cal.between(a, b).duration().plus(cal.between(b, x).duration()))
                  .as("%s a=%s b=%s c=%s", c, a, b, x)
                  .isEqualTo(cal.between(a, x).duration());
              assertThat(cal.between(b, a).duration())
                  .isEqualTo(cal.between(a, b).duration().negated());
              assertThat(cal.between(a, a).duration()).isZero();
            });
  }

  @Test
  void plusIsMonotonicInTheDurationAndTheStart() {
    qt(1000)
        .forAll(CalendarCase.cases(), longs().all())
        .checkAssert(
            (c, salt) -> {
              SplittableRandom r = c.draws(salt);
              Instant a = c.instant(r, 30);
              Instant a2 = a.plusSeconds(r.nextLong(3 * 86_400L));
              Duration d1 = CalendarCase.duration(r, 100, true);
              Duration d2 = d1.plus(CalendarCase.duration(r, 100, false));
              if (c.calendar.between(a, a.plus(Duration.ofDays(3000))).duration().isZero()
                  || c.calendar.between(a.minus(Duration.ofDays(3000)), a).duration().isZero()) {
                return;
              }
              WorkingCalendar cal = c.calendar;
              assertThat(cal.plus(a, d1).instant())
                  .as("%s", c)
                  .isBeforeOrEqualTo(cal.plus(a, d2).instant());
              assertThat(cal.plus(a, d1).instant())
                  .as("%s", c)
                  .isBeforeOrEqualTo(cal.plus(a2, d1).instant());
            });
  }

  @Test
  void plusWorkingDaysAgreesWithTheDayLoop() {
    qt(300)
        .forAll(CalendarCase.cases(), longs().all())
        .checkAssert(
            (c, salt) -> {
              SplittableRandom r = c.draws(salt);
              Instant a = c.instant(r, 25);
              int n = r.nextInt(31) - 15;
              WorkingDayRule rule =
                  r.nextBoolean() ? WorkingDayRule.END_OF_DAY : WorkingDayRule.SAME_TIME;
              boolean anyWorkingDay = false;
              for (int i = 0; i < 7; i++) {
                anyWorkingDay |=
                    !c.calendar.weekly().hours(java.time.DayOfWeek.of(i + 1)).isClosed();
              }
              if (!anyWorkingDay) {
                return;
              }
              assertThat(c.calendar.plusWorkingDays(a, n, rule).instant())
                  .as("%s %s %s %s", c, a, n, rule)
                  .isEqualTo(c.oracle.plusWorkingDays(a, n, rule));
            });
  }

  @Test
  void workingDaysBetweenAgreesWithTheDayLoop() {
    qt(500)
        .forAll(CalendarCase.cases(), longs().all())
        .checkAssert(
            (c, salt) -> {
              SplittableRandom r = c.draws(salt);
              LocalDate from = LocalDate.ofInstant(c.instant(r, 60), c.calendar.zone());
              LocalDate to = from.plusDays(r.nextInt(121) - 60);
              assertThat(c.calendar.workingDaysBetween(from, to).days())
                  .as("%s %s..%s", c, from, to)
                  .isEqualTo(c.oracle.workingDaysBetween(from, to));
            });
  }

  @Test
  void longSpansTerminateAndStayAdditive() {
    qt(200)
        .forAll(CalendarCase.cases(), longs().all())
        .checkAssert(
            (c, salt) -> {
              SplittableRandom r = c.draws(salt);
              WorkingCalendar cal = c.calendar;
              Instant a =
                  Instant.parse("1901-01-01T00:00:00Z")
                      .plusSeconds(r.nextLong(100L * 365 * 86_400));
              Instant b =
                  Instant.parse("2200-01-01T00:00:00Z").plusSeconds(r.nextLong(99L * 365 * 86_400));
              Duration total = cal.between(a, b).duration();
              Instant mid = c.base;
              assertThat(cal.between(a, mid).duration().plus(cal.between(mid, b).duration()))
                  .isEqualTo(total);
              if (!total.isZero()) {
                assertThat(cal.between(a, cal.plus(a, total).instant()).duration())
                    .isEqualTo(total);
                assertThat(cal.minus(b, total).instant())
                    .isBeforeOrEqualTo(cal.plus(a, Duration.ofNanos(1)).instant());
              }
              LocalDate da = LocalDate.ofInstant(a, cal.zone());
              LocalDate db = LocalDate.ofInstant(b, cal.zone());
              int days = cal.workingDaysBetween(da, db).days();
              if (days > 0) {
                LocalDate due =
                    LocalDate.ofInstant(
                        cal.plusWorkingDays(a, days, WorkingDayRule.SAME_TIME).instant(),
                        cal.zone());
                assertThat(cal.workingDaysBetween(da, due).days()).isEqualTo(days);
              }
            });
  }

  @Test
  void provisionalExactlyWhereRefuseThrowsAndTheSameAnswersAsAssumeWeekly() {
    qt(300)
        .forAll(CalendarCase.cases(OutOfRangePolicy.PROVISIONAL), longs().all())
        .checkAssert(
            (c, salt) -> {
              SplittableRandom r = c.draws(salt);
              WorkingCalendar provisional = c.calendar;
              WorkingCalendar weekly =
                  provisional.withOutOfRangePolicy(OutOfRangePolicy.ASSUME_WEEKLY);
              WorkingCalendar refuse = provisional.withOutOfRangePolicy(OutOfRangePolicy.REFUSE);
              Instant a = c.instant(r, 45);
              Instant b = c.instant(r, 45);
              Duration d = CalendarCase.duration(r, 60, true);
              if (c.oracle.between(a, a.plus(Duration.ofDays(90))).isZero()
                  || c.oracle.between(a.minus(Duration.ofDays(90)), a).isZero()) {
                return;
              }
              WorkingDuration between = provisional.between(a, b);
              assertThat(between.duration()).isEqualTo(weekly.between(a, b).duration());
              assertThat(weekly.between(a, b).provisional()).isFalse();
              assertThat(refuses(() -> refuse.between(a, b).provisional()))
                  .as("%s", c)
                  .isEqualTo(between.provisional());
              WorkingInstant plus = provisional.plus(a, d);
              assertThat(plus.instant()).isEqualTo(weekly.plus(a, d).instant());
              assertThat(refuses(() -> refuse.plus(a, d).provisional()))
                  .as("%s", c)
                  .isEqualTo(plus.provisional());
              WorkingStatus status = provisional.status(a);
              assertThat(refuses(() -> refuse.status(a).provisional()))
                  .isEqualTo(status.provisional());
              if (provisional.validity().isEmpty()) {
                assertThat(between.provisional() || plus.provisional() || status.provisional())
                    .isFalse();
              }
            });
  }

  private static boolean refuses(java.util.function.BooleanSupplier call) {
    try {
      assertThat(call.getAsBoolean()).isFalse();
      return false;
    } catch (CalendarRangeException e) {
      return true;
    }
  }
}
