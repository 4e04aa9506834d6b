package org.gridgov.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The value types: parsing, validation, equality, null checks. */
class CalendarValuesTest {
  private static final LocalDate D = LocalDate.of(2024, 2, 4);

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(LocalDate.class, D)
        .setDefault(LocalTime.class, LocalTime.NOON)
        .setDefault(java.time.ZoneId.class, ChinaHolidays.ZONE)
        .setDefault(java.time.Instant.class, java.time.Instant.EPOCH)
        .setDefault(DailyHours.class, DailyHours.chinaOffice())
        .setDefault(WeeklySchedule.class, WeeklySchedule.chinaOffice())
        .setDefault(DateRange.class, DateRange.ofYears(2024, 2024))
        .setDefault(Optional.class, Optional.empty())
        .setDefault(DayOfWeek.class, DayOfWeek.MONDAY);
  }

  @Test
  void intervalsParseAndPrintAndCrossMidnightOnlyWhenWrittenSo() {
    assertThat(TimeInterval.parse("08:30-12:00").duration()).isEqualTo(Duration.ofMinutes(210));
    TimeInterval night = TimeInterval.parse("22:00-06:00+1");
    assertThat(night.overnight()).isTrue();
    assertThat(night.duration()).isEqualTo(Duration.ofHours(8));
    assertThat(night.toString()).isEqualTo("22:00-06:00+1");
    assertThat(night).isEqualTo(TimeInterval.overnight(LocalTime.of(22, 0), LocalTime.of(6, 0)));
    assertThat(TimeInterval.parse("13:30-24:00").toString()).isEqualTo("13:30-24:00");
    assertThat(TimeInterval.parse("13:30-24:00").overnight()).isFalse();
    assertThat(TimeInterval.parse("22:00-00:00+1")).isEqualTo(TimeInterval.parse("22:00-24:00"));
    assertThat(TimeInterval.parse("00:00-24:00").duration()).isEqualTo(Duration.ofHours(24));
    assertThat(TimeInterval.parse("08:00-08:00+1").duration()).isEqualTo(Duration.ofHours(24));
    assertThat(TimeInterval.parse(" 08:30:15 - 09:00 ").toString()).isEqualTo("08:30:15-09:00");
    assertThatThrownBy(() -> TimeInterval.parse("8.30-12")).hasMessageContaining("\"8.30-12\"");
    assertThatThrownBy(() -> TimeInterval.parse("08:30")).hasMessageContaining("\"08:30\"");
    assertThatThrownBy(() -> TimeInterval.parse("22:00-24:00+1")).hasMessageContaining("24:00+1");
    assertThatThrownBy(() -> TimeInterval.of(LocalTime.of(8, 0, 0, 5), LocalTime.NOON))
        .hasMessageContaining("whole seconds");
    assertThatThrownBy(() -> TimeInterval.of(LocalTime.of(8, 0), LocalTime.of(12, 0, 0, 5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end must have whole seconds, got 12:00:00.000000005");
    assertThatThrownBy(() -> TimeInterval.overnight(LocalTime.of(8, 0), LocalTime.of(9, 0)))
        .hasMessageContaining("more than 24 hours");
  }

  @Test
  void aReversedIntervalIsATypoNotANightShift() {
    // Issue 7: "14:00-12:00" became a 22-hour night shift, "09:00-12:00,14:00-13:00" 26 hours.
    assertThatThrownBy(() -> TimeInterval.parse("14:00-12:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("14:00-12:00 does not end after it starts")
        .hasMessageContaining("+1");
    assertThatThrownBy(() -> DailyHours.parse("14:00-12:00"))
        .hasMessageContaining("a night shift across midnight is written with +1");
    assertThatThrownBy(() -> DailyHours.parse("09:00-12:00,14:00-13:00"))
        .hasMessageContaining("14:00-13:00");
    assertThatThrownBy(() -> TimeInterval.of(LocalTime.of(22, 0), LocalTime.of(6, 0)))
        .hasMessageContaining("22:00-06:00+1");
    assertThatThrownBy(() -> TimeInterval.parse("08:00-08:00")).hasMessageContaining("+1");
  }

  @Test
  void dailyHoursAreSortedAndDisjoint() {
    DailyHours office = DailyHours.parse("08:30-12:00,13:30-17:30");
    assertThat(office).isEqualTo(DailyHours.chinaOffice());
    assertThat(office.workingTime()).isEqualTo(Duration.ofMinutes(450));
    assertThat(DailyHours.parse("closed").isClosed()).isTrue();
    assertThat(DailyHours.parse("").toString()).isEqualTo("closed");
    assertThat(DailyHours.parse("08:00-12:00,12:00-13:00").intervals()).hasSize(2);
    assertThatThrownBy(() -> DailyHours.parse("13:30-17:30,08:30-12:00"))
        .hasMessageContaining("13:30-17:30 before 08:30-12:00");
    assertThatThrownBy(() -> DailyHours.parse("20:00-02:00+1,22:00-23:00"))
        .hasMessageContaining("overlap");
    assertThat(DailyHours.parse("18:00-22:00,23:00-07:00+1").workingTime())
        .isEqualTo(Duration.ofHours(12));
  }

  @Test
  void weeklySchedulesFillMissingDaysAndPickMakeUpHours() {
    WeeklySchedule office = WeeklySchedule.chinaOffice();
    assertThat(office.hours(DayOfWeek.SATURDAY).isClosed()).isTrue();
    assertThat(office.makeUpDayHours()).isEqualTo(DailyHours.chinaOffice());
    WeeklySchedule tuesdays =
        WeeklySchedule.of(java.util.Map.of(DayOfWeek.TUESDAY, DailyHours.parse("09:00-10:00")));
    assertThat(tuesdays.makeUpDayHours()).isEqualTo(DailyHours.parse("09:00-10:00"));
    assertThat(tuesdays.hours(DayOfWeek.MONDAY).isClosed()).isTrue();
    assertThat(
            office
                .withHours(DayOfWeek.SATURDAY, DailyHours.parse("09:00-12:00"))
                .hours(DayOfWeek.SATURDAY)
                .workingTime())
        .isEqualTo(Duration.ofHours(3));
  }

  @Test
  void overridesGiveTheirHours() {
    WeeklySchedule office = WeeklySchedule.chinaOffice();
    assertThat(DateOverride.dayOff(D, "春节").hoursUnder(office).isClosed()).isTrue();
    assertThat(DateOverride.makeUpWorkday(D, "春节").hoursUnder(office))
        .isEqualTo(DailyHours.chinaOffice());
    assertThat(
            DateOverride.makeUpWorkday(D, "春节", DailyHours.parse("09:00-11:00"))
                .hoursUnder(office)
                .workingTime())
        .isEqualTo(Duration.ofHours(2));
    assertThat(DateOverride.customHours(D, "半天", DailyHours.parse("08:30-12:00")).kind())
        .isEqualTo(DateOverride.Kind.CUSTOM_HOURS);
  }

  @Test
  void rangesAndTables() {
    DateRange r = DateRange.parse("2007-01-01..2026-12-31");
    assertThat(r).isEqualTo(DateRange.ofYears(2007, 2026));
    assertThat(r.lengthInDays()).isEqualTo(7305);
    assertThat(r.intersection(DateRange.ofYears(2026, 2027)))
        .contains(DateRange.ofYears(2026, 2026));
    assertThat(r.intersection(DateRange.ofYears(2030, 2031))).isEmpty();
    assertThatThrownBy(() -> DateRange.parse("2024-01-01..2023-01-01"))
        .hasMessageContaining("2023-01-01");
    assertThatThrownBy(
            () ->
                HolidayTable.of(
                    "t", List.of(DateOverride.dayOff(D, "a"), DateOverride.dayOff(D, "b"))))
        .hasMessageContaining("repeated: [2024-02-04]");
    assertThatThrownBy(
            () -> HolidayTable.of("t", List.of(DateOverride.dayOff(LocalDate.of(1800, 1, 1), "a"))))
        .hasMessageContaining("1800-01-01");
    HolidayTable t = HolidayTable.of("t", List.of(DateOverride.dayOff(D, "a")));
    assertThat(t.find(D)).isPresent();
    assertThat(t.withValidity(DateRange.ofYears(2024, 2024)).validity())
        .contains(DateRange.ofYears(2024, 2024));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            TimeInterval.parse("08:30-12:00"), TimeInterval.of(LocalTime.of(8, 30), LocalTime.NOON))
        .addEqualityGroup(TimeInterval.parse("08:30-12:01"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(DailyHours.chinaOffice(), DailyHours.parse("08:30-12:00, 13:30-17:30"))
        .addEqualityGroup(DailyHours.closed(), DailyHours.parse(""))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            WeeklySchedule.chinaOffice(), WeeklySchedule.mondayToFriday(DailyHours.chinaOffice()))
        .addEqualityGroup(WeeklySchedule.chinaOffice().withMakeUpDayHours(DailyHours.allDay()))
        .addEqualityGroup(WeeklySchedule.everyDay(DailyHours.allDay()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(DateOverride.dayOff(D, "x"), new DateOverride.DayOff(D, "x"))
        .addEqualityGroup(DateOverride.makeUpWorkday(D, "x"))
        .addEqualityGroup(DateOverride.customHours(D, "x", DailyHours.closed()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            HolidayTable.of("t", List.of()),
            HolidayTable.of("t", List.of(), Optional.empty(), List.of()))
        .addEqualityGroup(
            HolidayTable.of("t", List.of(), Optional.of(DateRange.ofYears(2024, 2024)), List.of()))
        .addEqualityGroup(
            HolidayTable.of(
                "t", List.of(), Optional.empty(), List.of(URI.create("https://www.gov.cn/"))))
        .addEqualityGroup(ChinaHolidays.table())
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester t = tester();
    for (Class<?> c :
        List.of(
            TimeInterval.class,
            DailyHours.class,
            WeeklySchedule.class,
            DateRange.class,
            DateOverride.class,
            HolidayTable.class)) {
      t.testAllPublicStaticMethods(c);
      t.testAllPublicConstructors(c);
    }
    t.testAllPublicInstanceMethods(WeeklySchedule.chinaOffice());
    t.testAllPublicInstanceMethods(DateRange.ofYears(2024, 2024));
    t.testAllPublicInstanceMethods(HolidayTable.of("t", List.of()));
    t.testAllPublicInstanceMethods(DateOverride.dayOff(D, "x"));
    t.testAllPublicInstanceMethods(DateOverride.makeUpWorkday(D, "x"));
    t.testAllPublicInstanceMethods(DateOverride.customHours(D, "x", DailyHours.closed()));
    t.testAllPublicConstructors(DateOverride.DayOff.class);
    t.testAllPublicConstructors(DateOverride.MakeUpWorkday.class);
    t.testAllPublicConstructors(DateOverride.CustomHours.class);
    t.testAllPublicConstructors(WorkingInstant.class);
    t.testAllPublicConstructors(WorkingDuration.class);
    t.testAllPublicConstructors(CalendarDay.class);
  }
}
