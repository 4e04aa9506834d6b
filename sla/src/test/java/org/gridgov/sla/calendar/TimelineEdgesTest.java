package org.gridgov.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The precomputed window's seams and the zone's clock changes, as examples: the mutation run showed
 * the random properties at a tenth of their examples leave these few instants untried.
 */
class TimelineEdgesTest {
  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Natural time in UTC with one day off, Monday 2024-06-17: the window is 06-10..06-24. */
  private static WorkingCalendar naturalWithADayOff() {
    return WorkingCalendar.natural(UTC).toBuilder()
        .layer(
            HolidayTable.of("one", List.of(DateOverride.dayOff(LocalDate.of(2024, 6, 17), "off"))))
        .build();
  }

  @Test
  void theWindowsSeamsAreContinuous() {
    WorkingCalendar c = naturalWithADayOff();
    Instant windowStart = Instant.parse("2024-06-10T00:00:00Z");
    Instant windowEnd = Instant.parse("2024-06-25T00:00:00Z");
    assertThat(c.between(windowStart.minusSeconds(43_200), windowStart).duration())
        .isEqualTo(Duration.ofHours(12));
    assertThat(c.between(windowStart, windowStart.plusSeconds(1)).duration())
        .isEqualTo(Duration.ofSeconds(1));
    assertThat(c.between(windowEnd.minusSeconds(1), windowEnd.plusSeconds(1)).duration())
        .isEqualTo(Duration.ofSeconds(2));
    assertThat(c.between(windowStart, windowEnd).duration()).isEqualTo(Duration.ofDays(14));
    assertThat(c.status(windowEnd).working()).isTrue();
    assertThat(c.status(windowStart).working()).isTrue();
    assertThat(c.plus(windowEnd.plusMillis(500), Duration.ofSeconds(1)).instant())
        .isEqualTo(windowEnd.plusMillis(1500));
    assertThat(c.plus(windowStart.plusMillis(500), Duration.ofSeconds(-1)).instant())
        .isEqualTo(windowStart.minusMillis(500));
    assertThat(c.plus(windowStart.minusSeconds(1), Duration.ofDays(8)).instant())
        .isEqualTo(Instant.parse("2024-06-18T23:59:59Z"));
    assertThat(c.minus(windowEnd.plusSeconds(1), Duration.ofDays(8)).instant())
        .isEqualTo(Instant.parse("2024-06-16T00:00:01Z"));
    assertThat(c.nextWorkingInstant(Instant.parse("2024-06-17T05:00:00Z")).instant())
        .isEqualTo(Instant.parse("2024-06-18T00:00:00Z"));
    assertThat(c.workingDaysBetween(LocalDate.of(2024, 6, 9), LocalDate.of(2024, 6, 25)).days())
        .isEqualTo(15);
    assertThat(c.workingDaysBetween(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 10)).days())
        .isEqualTo(9);
    assertThat(c.workingDaysBetween(LocalDate.of(2024, 6, 24), LocalDate.of(2024, 7, 1)).days())
        .isEqualTo(7);
  }

  @Test
  void countingBackOutOfTheWindowLandsOnAWorkingDay() {
    // Office hours with one override on Monday 2024-06-17: the window starts Monday 06-10, so the
    // day before it is a Sunday; one working day back from Monday 06-10 is Friday 06-07.
    WorkingCalendar c =
        WorkingCalendar.builder(UTC)
            .layer(
                HolidayTable.of(
                    "one", List.of(DateOverride.dayOff(LocalDate.of(2024, 6, 17), "off"))))
            .build();
    Instant monday = Instant.parse("2024-06-10T10:00:00Z");
    assertThat(c.plusWorkingDays(monday, -1, WorkingDayRule.END_OF_DAY).instant())
        .isEqualTo(Instant.parse("2024-06-07T17:30:00Z"));
    assertThat(c.plusWorkingDays(monday, -2, WorkingDayRule.SAME_TIME).instant())
        .isEqualTo(Instant.parse("2024-06-06T10:00:00Z"));
    Instant after = Instant.parse("2024-06-25T10:00:00Z"); // Tuesday after the window
    assertThat(c.plusWorkingDays(after, -6, WorkingDayRule.SAME_TIME).instant())
        .isEqualTo(Instant.parse("2024-06-14T10:00:00Z"));
    assertThat(
            c.plusWorkingDays(Instant.parse("2024-06-14T10:00:00Z"), 6, WorkingDayRule.SAME_TIME)
                .instant())
        .isEqualTo(Instant.parse("2024-06-25T10:00:00Z"));
    assertThat(
            c.plusWorkingDays(Instant.parse("2024-06-21T10:00:00Z"), 1, WorkingDayRule.END_OF_DAY)
                .instant())
        .isEqualTo(Instant.parse("2024-06-24T17:30:00Z"));
  }

  @Test
  void theCloseOfADayAcrossClockChanges() {
    // Europe/Berlin: 2024-03-31 02:00 -> 03:00, 2024-10-27 03:00 -> 02:00.
    Instant saturday = LocalDateTime.parse("2024-03-30T10:00").atZone(BERLIN).toInstant();
    Instant spring = LocalDateTime.parse("2024-03-31T00:00").atZone(BERLIN).toInstant();
    // the last interval ends inside the gap: it closes when the gap begins, 02:00 CET
    assertThat(close(BERLIN, "00:30-01:00,01:30-02:30", saturday))
        .isEqualTo(Instant.parse("2024-03-31T01:00:00Z"));
    // the last interval lies wholly in the gap: the day closes where the gap ends, 03:00 CEST
    assertThat(close(BERLIN, "00:30-01:00,02:10-02:50", saturday))
        .isEqualTo(Instant.parse("2024-03-31T01:00:00Z"));
    // the last interval ends after the gap
    assertThat(close(BERLIN, "01:00-03:30", saturday))
        .isEqualTo(Instant.parse("2024-03-31T01:30:00Z"));
    assertThat(spring).isEqualTo(Instant.parse("2024-03-30T23:00:00Z"));
    Instant october = LocalDateTime.parse("2024-10-26T10:00").atZone(BERLIN).toInstant();
    // the last interval ends in the repeated hour: it closes at its second pass, 02:30 CET
    assertThat(close(BERLIN, "01:30-02:30", october))
        .isEqualTo(Instant.parse("2024-10-27T01:30:00Z"));
    // a night shift closes on the next day
    assertThat(close(BERLIN, "22:00-06:00+1", october))
        .isEqualTo(Instant.parse("2024-10-28T05:00:00Z"));
    assertThat(close(UTC, "08:00-09:00,22:00-02:00+1", Instant.parse("2024-06-10T10:00:00Z")))
        .isEqualTo(Instant.parse("2024-06-12T02:00:00Z"));
    // Lord Howe's half-hour change: 2024-04-07 02:00 -> 01:30
    ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
    Instant april = LocalDateTime.parse("2024-04-06T10:00").atZone(lordHowe).toInstant();
    assertThat(close(lordHowe, "01:00-01:45", april))
        .isEqualTo(
            LocalDateTime.parse("2024-04-07T01:45")
                .atZone(lordHowe)
                .withLaterOffsetAtOverlap()
                .toInstant());
  }

  /** The close of the next working day after {@code start} under the hours every day. */
  private static Instant close(ZoneId zone, String hours, Instant start) {
    WorkingCalendar c =
        WorkingCalendar.builder(zone)
            .weekly(WeeklySchedule.everyDay(DailyHours.parse(hours)))
            .outOfRange(OutOfRangePolicy.ASSUME_WEEKLY)
            .build();
    return c.plusWorkingDays(start, 1, WorkingDayRule.END_OF_DAY).instant();
  }

  @Test
  void theValidityRangeEndsWhereItsMidnightIsSkipped() {
    // America/Sao_Paulo skipped midnight until 2019: 2018-11-04 00:00 -> 01:00.
    ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo");
    WorkingCalendar c =
        WorkingCalendar.natural(saoPaulo).toBuilder()
            .validity(DateRange.of(LocalDate.of(2018, 10, 1), LocalDate.of(2018, 11, 3)))
            .outOfRange(OutOfRangePolicy.PROVISIONAL)
            .build();
    Instant lastSecond = LocalDateTime.parse("2018-11-03T23:59:59").atZone(saoPaulo).toInstant();
    assertThat(c.status(lastSecond)).isEqualTo(new WorkingStatus(true, false));
    assertThat(c.status(lastSecond.plusSeconds(1))).isEqualTo(new WorkingStatus(true, true));
    assertThat(lastSecond.plusSeconds(1))
        .isEqualTo(LocalDateTime.parse("2018-11-04T01:00").atZone(saoPaulo).toInstant());
    Instant first = LocalDateTime.parse("2018-10-01T00:00").atZone(saoPaulo).toInstant();
    assertThat(c.status(first)).isEqualTo(new WorkingStatus(true, false));
    assertThat(c.status(first.minusSeconds(1))).isEqualTo(new WorkingStatus(true, true));
  }

  @Test
  void theValidityRangeStartsAtItsFirstMidnightWhenTheHourBeforeIsRepeated() {
    // America/Sao_Paulo, 2019-02-17 00:00 -> 2019-02-16 23:00 (the clock goes back at midnight):
    // local 00:00 of the 17th is first shown at 03:00Z; 02:00Z..03:00Z is still the 16th.
    ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo");
    WorkingCalendar c =
        WorkingCalendar.natural(saoPaulo).toBuilder()
            .validity(DateRange.of(LocalDate.of(2019, 2, 17), LocalDate.of(2019, 3, 31)))
            .outOfRange(OutOfRangePolicy.PROVISIONAL)
            .build();
    assertThat(c.status(Instant.parse("2019-02-17T02:30:00Z")))
        .isEqualTo(new WorkingStatus(true, true));
    assertThat(c.status(Instant.parse("2019-02-17T02:59:59Z")))
        .isEqualTo(new WorkingStatus(true, true));
    assertThat(c.status(Instant.parse("2019-02-17T03:00:00Z")))
        .isEqualTo(new WorkingStatus(true, false));
  }

  @Test
  void theValidityRangeEndsAtTheMidnightBeforeAClockChange() {
    // Europe/Berlin, 2021-03-28 02:00 -> 03:00: the 27th ends at 2021-03-27T23:00Z, two hours
    // before the clock changes; 23:30Z is 00:30 on the 28th, outside.
    WorkingCalendar c =
        WorkingCalendar.natural(BERLIN).toBuilder()
            .validity(DateRange.of(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 27)))
            .outOfRange(OutOfRangePolicy.PROVISIONAL)
            .build();
    assertThat(c.status(Instant.parse("2021-03-27T22:59:59Z")))
        .isEqualTo(new WorkingStatus(true, false));
    assertThat(c.status(Instant.parse("2021-03-27T23:30:00Z")))
        .isEqualTo(new WorkingStatus(true, true));
    assertThat(c.status(Instant.parse("2021-03-28T00:30:00Z")))
        .isEqualTo(new WorkingStatus(true, true));
  }

  @Test
  void theLastWorkingSecondBeforeTheHorizon() {
    // 2299-12-31 is a Sunday; its last second is the last working second of this calendar.
    WorkingCalendar sundays =
        WorkingCalendar.builder(UTC)
            .weekly(WeeklySchedule.of(Map.of(DayOfWeek.SUNDAY, DailyHours.parse("23:59:59-24:00"))))
            .outOfRange(OutOfRangePolicy.ASSUME_WEEKLY)
            .build();
    assertThat(sundays.nextWorkingInstant(Instant.parse("2299-12-31T12:00:00Z")).instant())
        .isEqualTo(Instant.parse("2299-12-31T23:59:59Z"));
    assertThat(sundays.plus(Instant.parse("2299-12-31T12:00:00Z"), Duration.ofSeconds(1)).instant())
        .isEqualTo(Instant.parse("2300-01-01T00:00:00Z"));
    assertThatThrownBy(
            () -> sundays.plus(Instant.parse("2299-12-31T12:00:00Z"), Duration.ofSeconds(1, 1)))
        .isInstanceOf(CalendarRangeException.class);
    WorkingCalendar mondays =
        WorkingCalendar.builder(UTC)
            .weekly(WeeklySchedule.of(Map.of(DayOfWeek.MONDAY, DailyHours.allDay())))
            .outOfRange(OutOfRangePolicy.ASSUME_WEEKLY)
            .build();
    assertThatThrownBy(() -> mondays.nextWorkingInstant(Instant.parse("2299-12-27T12:00:00Z")))
        .isInstanceOfSatisfying(
            CalendarRangeException.class,
            e -> {
              assertThat(e.date()).isEqualTo(LocalDate.of(2300, 1, 1));
              assertThat(e.getMessage())
                  .endsWith("(needed for finding the working instant after 2299-12-27T12:00:00Z)");
            });
    // 1900-01-01 is a Monday: nothing works before it in this calendar
    assertThatThrownBy(
            () -> mondays.plus(Instant.parse("1900-01-01T12:00:00Z"), Duration.ofHours(-13)))
        .isInstanceOfSatisfying(
            CalendarRangeException.class,
            e -> assertThat(e.date()).isEqualTo(LocalDate.of(1899, 12, 31)));
    assertThat(mondays.plus(Instant.parse("1900-01-01T12:00:00Z"), Duration.ofHours(-12)).instant())
        .isEqualTo(Instant.parse("1900-01-01T00:00:00Z"));
  }

  @Test
  void theIndexSizeEstimate() {
    // UTC (one offset segment), the whole day every day (one merged interval in the week and in
    // the window), no overrides (a 15-day window around 2000-01-01): 11 longs, 41 ints and 13
    // array headers of 16 bytes.
    WorkingCalendar natural = WorkingCalendar.natural(UTC);
    assertThat(natural.retainedBytes()).isEqualTo(11 * 8 + 41 * 4 + 13 * 16);
    // A second override a week later adds one interval (3 longs) and 7 days (2 × 7 ints).
    WorkingCalendar closed =
        WorkingCalendar.builder(UTC).weekly(WeeklySchedule.everyDay(DailyHours.closed())).build();
    DateOverride first =
        DateOverride.customHours(LocalDate.of(2024, 6, 17), "a", DailyHours.parse("09:00-10:00"));
    DateOverride second =
        DateOverride.customHours(LocalDate.of(2024, 6, 24), "b", DailyHours.parse("09:00-10:00"));
    long one =
        closed.toBuilder().layer(HolidayTable.of("1", List.of(first))).build().retainedBytes();
    long two =
        closed.toBuilder()
            .layer(HolidayTable.of("2", List.of(first, second)))
            .build()
            .retainedBytes();
    assertThat(two - one).isEqualTo(3 * 8 + 14 * 4);
  }
}
