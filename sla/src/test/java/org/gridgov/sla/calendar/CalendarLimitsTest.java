package org.gridgov.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The limits of a calendar: the 1900..2300 horizon, the budget of the precomputed index, and the
 * largest amounts, each measured defect of issue 6 §4 written out as it was reproduced.
 */
class CalendarLimitsTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final WorkingCalendar office = ChinaHolidays.calendar();
  private final WorkingCalendar natural = WorkingCalendar.natural(ZoneId.of("UTC"));

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  /** 43,200 one-second intervals, the Monday of issue 6's 864 KB calendar file. */
  static DailyHours secondIntervals() {
    List<TimeInterval> intervals = new ArrayList<>();
    for (int s = 0; s < 86_400; s += 2) {
      intervals.add(TimeInterval.of(LocalTime.ofSecondOfDay(s), LocalTime.ofSecondOfDay(s + 1)));
    }
    return new DailyHours(intervals);
  }

  @Test
  void theLargestAmountsAreRangeErrorsNotOverflows() {
    // Issue 6: plus(t, ofSeconds(Long.MAX_VALUE, 999_999_999)) threw DateTimeException (the carry
    // of a start's nanoseconds overflowed), minus(t, ofSeconds(Long.MIN_VALUE)) threw
    // IllegalArgumentException.
    Instant working = at("2024-03-05T09:00").plusNanos(1);
    assertThatThrownBy(() -> office.plus(working, Duration.ofSeconds(Long.MAX_VALUE, 999_999_999)))
        .isInstanceOfSatisfying(
            CalendarRangeException.class,
            e -> assertThat(e.date()).isEqualTo(LocalDate.of(2300, 1, 1)));
    assertThatThrownBy(() -> office.minus(working, Duration.ofSeconds(Long.MIN_VALUE)))
        .isInstanceOfSatisfying(
            CalendarRangeException.class,
            e -> assertThat(e.date()).isEqualTo(LocalDate.of(2300, 1, 1)));
    assertThatThrownBy(() -> office.minus(working, Duration.ofSeconds(Long.MAX_VALUE, 999_999_999)))
        .isInstanceOfSatisfying(
            CalendarRangeException.class,
            e -> assertThat(e.date()).isEqualTo(LocalDate.of(1899, 12, 31)));
    assertThatThrownBy(() -> office.plus(working, Duration.ofSeconds(Long.MIN_VALUE)))
        .isInstanceOf(CalendarRangeException.class);
    WorkingCalendar never =
        WorkingCalendar.builder(SHANGHAI)
            .weekly(WeeklySchedule.everyDay(DailyHours.closed()))
            .outOfRange(OutOfRangePolicy.ASSUME_WEEKLY)
            .build();
    assertThatThrownBy(() -> never.minus(working, Duration.ofSeconds(Long.MIN_VALUE)))
        .isInstanceOf(NoWorkingTimeException.class);
    assertThatThrownBy(() -> office.minus(Instant.MAX, Duration.ofSeconds(Long.MIN_VALUE)))
        .isInstanceOf(CalendarRangeException.class);
  }

  @Test
  void oneSecondIntervalsOverCenturiesBuildSmall() {
    // Issue 6: the same through WeeklySchedule in code ran out of memory while building.
    WorkingCalendar seconds =
        WorkingCalendar.builder(SHANGHAI)
            .weekly(WeeklySchedule.of(java.util.Map.of(DayOfWeek.MONDAY, secondIntervals())))
            .validity(DateRange.ofYears(1900, 2299))
            .build();
    assertThat(seconds.retainedBytes()).isLessThan(4_000_000L);
    Instant monday = at("2024-03-04T09:00");
    assertThat(seconds.between(monday, monday.plusSeconds(10)).duration())
        .isEqualTo(Duration.ofSeconds(5));
    // 7.5 working hours to midnight, 4.5 the next Monday: its 16,200th second ends at 08:59:59
    assertThat(seconds.plus(monday, Duration.ofHours(12)).instant())
        .isEqualTo(at("2024-03-11T08:59:59"));
  }

  @Test
  void overridesCenturiesApartWithThousandsOfIntervalsExceedTheBudget() {
    HolidayTable ends =
        HolidayTable.of(
            "ends",
            List.of(
                DateOverride.dayOff(LocalDate.of(1900, 1, 1), "first"),
                DateOverride.dayOff(LocalDate.of(2299, 12, 31), "last")));
    WorkingCalendar.Builder builder =
        WorkingCalendar.builder(SHANGHAI)
            .weekly(WeeklySchedule.of(java.util.Map.of(DayOfWeek.MONDAY, secondIntervals())))
            .layer(ends);
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            CalendarBudgetException.class,
            e -> {
              assertThat(e.budget()).isEqualTo(WorkingCalendar.MAX_PRECOMPUTED_INTERVALS);
              // 20,874 Mondays from 1899-12-23 to 2300-01-08 (the window and the days its
              // intervals may spill from), 43,200 intervals each, less the Monday off 1900-01-01
              assertThat(e.intervals()).isEqualTo(20_873L * 43_200);
              assertThat(e.getMessage())
                  .contains("1899-12-25..2300-01-07")
                  .contains("MAX_PRECOMPUTED_INTERVALS");
            });
    // The same overrides with office hours are cheap: 2 intervals a weekday.
    WorkingCalendar office =
        WorkingCalendar.builder(SHANGHAI).layer(ends).outOfRange(OutOfRangePolicy.REFUSE).build();
    assertThat(office.retainedBytes()).isLessThan(12_000_000L);
  }

  @Test
  void theBudgetIsInclusive() {
    DateRange span = DateRange.ofYears(1900, 2299);
    WorkingCalendar.checkBudget(WorkingCalendar.MAX_PRECOMPUTED_INTERVALS, span);
    assertThatThrownBy(
            () -> WorkingCalendar.checkBudget(WorkingCalendar.MAX_PRECOMPUTED_INTERVALS + 1, span))
        .isInstanceOfSatisfying(
            CalendarBudgetException.class,
            e -> {
              assertThat(e.intervals()).isEqualTo(1_000_001L);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "the calendar would precompute 1000001 working intervals for the dates"
                          + " 1900-01-01..2299-12-31 around its overrides, more than the budget of"
                          + " 1000000 (WorkingCalendar.MAX_PRECOMPUTED_INTERVALS): use fewer"
                          + " intervals a day or overrides over fewer years");
            });
  }

  @Test
  void theBudgetCountIsTheDayLoop() {
    // the O(7 + overrides) count against summing every date's intervals
    WorkingCalendar c = ChinaHolidays.calendar();
    java.util.Map<LocalDate, DateOverride> overrides = new java.util.HashMap<>();
    c.layers().forEach(l -> l.overrides().forEach(o -> overrides.put(o.date(), o)));
    for (int shift = 0; shift < 9; shift++) {
      LocalDate first = LocalDate.of(2006, 12, 20).plusDays(shift);
      LocalDate last = LocalDate.of(2027, 1, 3).plusDays(3L * shift);
      long loop = 0;
      for (LocalDate d = first.minusDays(2); !d.isAfter(last.plusDays(1)); d = d.plusDays(1)) {
        DateOverride o = overrides.get(d);
        loop +=
            (o != null ? o.hoursUnder(c.weekly()) : c.weekly().hours(d.getDayOfWeek()))
                .intervals()
                .size();
      }
      assertThat(Timeline.intervalsToPrecompute(c.weekly(), overrides, first, last))
          .as("%s..%s", first, last)
          .isEqualTo(loop);
    }
  }

  @Test
  void theHorizonIsRefusedByEveryOperation() {
    Instant first = Instant.parse("1900-01-01T00:00:00Z");
    Instant end = Instant.parse("2300-01-01T00:00:00Z");
    assertThat(natural.status(first).working()).isTrue();
    assertThat(natural.status(end.minusNanos(1)).working()).isTrue();
    assertThatThrownBy(() -> natural.status(first.minusNanos(1)))
        .isInstanceOfSatisfying(
            CalendarRangeException.class,
            e -> {
              assertThat(e.date()).isEqualTo(LocalDate.of(1899, 12, 31));
              assertThat(e.range()).isEqualTo(WorkingCalendar.SUPPORTED_DATES);
            });
    assertThatThrownBy(() -> natural.status(end))
        .isInstanceOfSatisfying(
            CalendarRangeException.class,
            e -> assertThat(e.date()).isEqualTo(LocalDate.of(2300, 1, 1)));
    assertThatThrownBy(() -> natural.status(Instant.MIN))
        .isInstanceOfSatisfying(
            CalendarRangeException.class, e -> assertThat(e.date()).isEqualTo(LocalDate.MIN));
    // plus: up to the horizon exactly, not a nanosecond beyond
    assertThat(natural.plus(end.minusSeconds(3600), Duration.ofHours(1)).instant()).isEqualTo(end);
    assertThatThrownBy(() -> natural.plus(end.minusSeconds(3600), Duration.ofSeconds(3600, 1)))
        .isInstanceOfSatisfying(
            CalendarRangeException.class,
            e -> assertThat(e.date()).isEqualTo(LocalDate.of(2300, 1, 1)));
    assertThat(natural.plus(first.plusSeconds(3600), Duration.ofHours(-1)).instant())
        .isEqualTo(first);
    assertThatThrownBy(() -> natural.plus(first.plusSeconds(3600), Duration.ofSeconds(-3601)))
        .isInstanceOfSatisfying(
            CalendarRangeException.class,
            e -> assertThat(e.date()).isEqualTo(LocalDate.of(1899, 12, 31)));
    assertThatThrownBy(
            () -> natural.plus(first.plusSeconds(3600), Duration.ofSeconds(-3601).plusNanos(1)))
        .isInstanceOf(CalendarRangeException.class);
    // working days: the due date must lie in the supported dates
    Instant lastDay = Instant.parse("2299-12-30T12:00:00Z");
    assertThat(natural.plusWorkingDays(lastDay, 1, WorkingDayRule.SAME_TIME).instant())
        .isEqualTo(Instant.parse("2299-12-31T12:00:00Z"));
    assertThatThrownBy(() -> natural.plusWorkingDays(lastDay, 2, WorkingDayRule.SAME_TIME))
        .isInstanceOfSatisfying(
            CalendarRangeException.class,
            e -> assertThat(e.date()).isEqualTo(LocalDate.of(2300, 1, 1)));
    Instant firstDay = Instant.parse("1900-01-02T12:00:00Z");
    assertThat(natural.plusWorkingDays(firstDay, -1, WorkingDayRule.SAME_TIME).instant())
        .isEqualTo(Instant.parse("1900-01-01T12:00:00Z"));
    assertThatThrownBy(() -> natural.plusWorkingDays(firstDay, -2, WorkingDayRule.SAME_TIME))
        .isInstanceOfSatisfying(
            CalendarRangeException.class,
            e -> assertThat(e.date()).isEqualTo(LocalDate.of(1899, 12, 31)));
    assertThatThrownBy(
            () -> natural.plusWorkingDays(firstDay, Integer.MIN_VALUE, WorkingDayRule.END_OF_DAY))
        .isInstanceOf(CalendarRangeException.class);
    // working-day counts: both ends supported
    LocalDate d1900 = LocalDate.of(1900, 1, 1);
    LocalDate d2299 = LocalDate.of(2299, 12, 31);
    assertThat(natural.workingDaysBetween(d1900, d2299).days())
        .isEqualTo((int) WorkingCalendar.SUPPORTED_DATES.lengthInDays() - 1);
    assertThatThrownBy(() -> natural.workingDaysBetween(d1900.minusDays(1), d2299))
        .isInstanceOfSatisfying(
            CalendarRangeException.class, e -> assertThat(e.date()).isEqualTo(d1900.minusDays(1)));
    assertThatThrownBy(() -> natural.workingDaysBetween(d1900, d2299.plusDays(1)))
        .isInstanceOfSatisfying(
            CalendarRangeException.class, e -> assertThat(e.date()).isEqualTo(d2299.plusDays(1)));
    assertThatThrownBy(() -> natural.day(d2299.plusDays(1)))
        .isInstanceOf(CalendarRangeException.class);
    assertThat(natural.day(d2299).isWorkingDay()).isTrue();
  }

  @Test
  void theHorizonThatPlusReachesIsAnEndForBetweenAndForCountingBack() {
    // plus answers the horizon itself (above), so between(a, plus(a, d)) == d must hold there:
    // between and counting back from the horizon use only the working time before it. Both were
    // refused with "date 2300-01-01 is outside the calendar's range".
    Instant end = Instant.parse("2300-01-01T00:00:00Z");
    Instant hourBefore = end.minusSeconds(3600);
    assertThat(natural.plus(hourBefore, Duration.ofHours(1)).instant()).isEqualTo(end);
    assertThat(natural.between(hourBefore, end).duration()).isEqualTo(Duration.ofHours(1));
    assertThat(natural.between(end, hourBefore).duration()).isEqualTo(Duration.ofHours(-1));
    assertThat(natural.between(end, end).duration()).isEqualTo(Duration.ZERO);
    assertThat(natural.betweenNanos(hourBefore, end)).isEqualTo(3_600_000_000_000L);
    assertThat(natural.plus(end, Duration.ofHours(-1)).instant()).isEqualTo(hourBefore);
    assertThat(natural.minus(end, Duration.ofHours(1)).instant()).isEqualTo(hourBefore);
    assertThat(natural.plusNanos(end, -1)).isEqualTo(end.minusNanos(1));
    assertThat(natural.plus(end, Duration.ZERO).instant()).isEqualTo(end);
    // The Shanghai office beyond its table answers provisionally, up to the horizon too.
    WorkingInstant lastClose = office.plus(at("2299-12-29T17:00"), Duration.ofMinutes(30));
    assertThat(office.between(at("2299-12-29T17:00"), lastClose.instant()).duration())
        .isEqualTo(Duration.ofMinutes(30));
    assertThat(office.between(at("2299-12-29T17:00"), end))
        .isEqualTo(new WorkingDuration(Duration.ofMinutes(30), true));
    // Anything that needs time at or after the horizon is still refused there.
    assertThatThrownBy(() -> natural.plus(end, Duration.ofNanos(1)))
        .isInstanceOfSatisfying(
            CalendarRangeException.class,
            e -> assertThat(e.date()).isEqualTo(LocalDate.of(2300, 1, 1)));
    assertThatThrownBy(() -> natural.plusNanos(end, 1)).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> natural.nextWorkingInstant(end))
        .isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> natural.between(hourBefore, end.plusNanos(1)))
        .isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> natural.plus(end.plusNanos(1), Duration.ofHours(-1)))
        .isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> natural.plusWorkingDays(end, -1, WorkingDayRule.END_OF_DAY))
        .isInstanceOf(CalendarRangeException.class);
  }

  @Test
  void aWorkingDayDeadlineBeyondTheHorizonIsRefusedNotAnswered() {
    // In Honolulu (UTC-10) Sunday 2299-12-31 is a supported date, but its close at 17:30 is
    // 2300-01-01T03:30Z and its 18:00 is 2300-01-01T04:00Z, past the horizon that every other
    // operation refuses. plusWorkingDays answered both.
    WorkingCalendar honolulu =
        WorkingCalendar.builder(ZoneId.of("Pacific/Honolulu"))
            .weekly(WeeklySchedule.everyDay(DailyHours.chinaOffice()))
            .outOfRange(OutOfRangePolicy.ASSUME_WEEKLY)
            .build();
    Instant saturday = Instant.parse("2299-12-31T04:00:00Z"); // Saturday 18:00 local
    assertThat(
            honolulu.plusWorkingDays(saturday.minusSeconds(86_400), 1, WorkingDayRule.END_OF_DAY))
        .hasToString("2299-12-30T17:30:00-10:00[Pacific/Honolulu]");
    for (WorkingDayRule rule : WorkingDayRule.values()) {
      assertThatThrownBy(() -> honolulu.plusWorkingDays(saturday, 1, rule))
          .as("%s", rule)
          .isInstanceOfSatisfying(
              CalendarRangeException.class,
              e -> {
                assertThat(e.date()).isEqualTo(LocalDate.of(2300, 1, 1));
                assertThat(e.range()).isEqualTo(WorkingCalendar.SUPPORTED_DATES);
                assertThat(e.getMessage())
                    .endsWith("(needed for adding 1 working days to 2299-12-31T04:00:00Z)");
              });
    }
    // In Tokyo (UTC+9) Monday 1900-01-01 at 08:00 is 1899-12-31T23:00Z, before the horizon.
    WorkingCalendar tokyo =
        WorkingCalendar.builder(ZoneId.of("Asia/Tokyo"))
            .outOfRange(OutOfRangePolicy.ASSUME_WEEKLY)
            .build();
    Instant tuesday0800 = Instant.parse("1900-01-01T23:00:00Z");
    assertThatThrownBy(() -> tokyo.plusWorkingDays(tuesday0800, -1, WorkingDayRule.SAME_TIME))
        .isInstanceOfSatisfying(
            CalendarRangeException.class,
            e -> assertThat(e.date()).isEqualTo(LocalDate.of(1899, 12, 31)));
    // Its close, 1900-01-01T08:30Z, is inside.
    assertThat(tokyo.plusWorkingDays(tuesday0800, -1, WorkingDayRule.END_OF_DAY).instant())
        .isEqualTo(Instant.parse("1900-01-01T08:30:00Z"));
    // A close exactly at the horizon is answered, as plus answers it.
    WorkingCalendar nights =
        WorkingCalendar.builder(ZoneId.of("UTC"))
            .weekly(WeeklySchedule.everyDay(DailyHours.parse("22:00-24:00")))
            .outOfRange(OutOfRangePolicy.ASSUME_WEEKLY)
            .build();
    assertThat(
            nights
                .plusWorkingDays(
                    Instant.parse("2299-12-30T12:00:00Z"), 1, WorkingDayRule.END_OF_DAY)
                .instant())
        .isEqualTo(Instant.parse("2300-01-01T00:00:00Z"));
  }

  @Test
  void zeroWorkingDaysFromAHolidayIsTheStartItself() {
    // 国务院办公厅关于2024年部分节假日安排的通知: 2024-02-12 is a day off (春节).
    Instant holiday = at("2024-02-12T10:00");
    assertThat(office.plusWorkingDays(holiday, 0, WorkingDayRule.END_OF_DAY).instant())
        .isEqualTo(holiday);
    assertThat(office.plusWorkingDays(holiday, 0, WorkingDayRule.SAME_TIME))
        .isEqualTo(new WorkingInstant(holiday, SHANGHAI, false));
    // Day 1 from the holiday is the make-up Sunday 2024-02-18, day -1 Friday 2024-02-09.
    assertThat(office.plusWorkingDays(holiday, 1, WorkingDayRule.END_OF_DAY).instant())
        .isEqualTo(at("2024-02-18T17:30"));
    assertThat(office.plusWorkingDays(holiday, -1, WorkingDayRule.SAME_TIME).instant())
        .isEqualTo(at("2024-02-09T10:00"));
    assertThat(office.workingDaysBetween(LocalDate.of(2024, 2, 12), LocalDate.of(2024, 2, 12)))
        .isEqualTo(new WorkingDayCount(0, false));
    assertThat(office.workingDaysBetween(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 17)))
        .isEqualTo(new WorkingDayCount(0, false));
    // Zero days beyond the data is provisional under PROVISIONAL and refused under REFUSE.
    Instant in2027 = at("2027-02-12T10:00");
    assertThat(office.plusWorkingDays(in2027, 0, WorkingDayRule.END_OF_DAY).provisional()).isTrue();
    assertThatThrownBy(
            () ->
                office
                    .withOutOfRangePolicy(OutOfRangePolicy.REFUSE)
                    .plusWorkingDays(in2027, 0, WorkingDayRule.END_OF_DAY))
        .isInstanceOf(CalendarRangeException.class);
  }

  @Test
  void aHolidayOutsideItsTablesValidityStillApplies() {
    // holiday-cn's 2007 file lists 2006-12-30, before its validity 2007..: the override applies,
    // and the date is still outside the data, so answers about it are provisional.
    LocalDate before = LocalDate.of(2006, 12, 30); // Saturday, a make-up working day
    CalendarDay day = office.day(before);
    assertThat(day.isWorkingDay()).isTrue();
    assertThat(day.override().map(DateOverride::kind)).contains(DateOverride.Kind.MAKE_UP_WORKDAY);
    assertThat(day.provisional()).isTrue();
    HolidayTable unit =
        HolidayTable.of(
            "unit",
            List.of(DateOverride.dayOff(LocalDate.of(2025, 3, 3), "outside")),
            Optional.of(DateRange.ofYears(2024, 2024)),
            List.of());
    WorkingCalendar c =
        WorkingCalendar.builder(SHANGHAI)
            .layer(unit)
            .outOfRange(OutOfRangePolicy.PROVISIONAL)
            .build();
    assertThat(c.validity()).contains(DateRange.ofYears(2024, 2024));
    assertThat(c.day(LocalDate.of(2025, 3, 3)).isWorkingDay()).isFalse();
    assertThat(c.day(LocalDate.of(2025, 3, 3)).provisional()).isTrue();
    assertThat(c.status(at("2025-03-03T09:00"))).isEqualTo(new WorkingStatus(false, true));
    assertThat(c.day(LocalDate.of(2024, 3, 4)))
        .isEqualTo(
            new CalendarDay(
                LocalDate.of(2024, 3, 4), DailyHours.chinaOffice(), Optional.empty(), false));
    assertThatThrownBy(
            () -> c.withOutOfRangePolicy(OutOfRangePolicy.REFUSE).day(LocalDate.of(2025, 3, 3)))
        .isInstanceOf(CalendarRangeException.class);
  }
}
