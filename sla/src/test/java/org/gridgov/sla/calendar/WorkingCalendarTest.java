package org.gridgov.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Named real dates and the rules of the issue, each with its source. */
class WorkingCalendarTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final WorkingCalendar office = ChinaHolidays.calendar();
  private final WorkingCalendar natural = WorkingCalendar.natural(SHANGHAI);

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  @Test
  void readmeExampleCompilesAndAnswers() {
    // The README's example, kept here so that it is known to compile and to be right.
    WorkingCalendar office = ChinaHolidays.calendar(); // 08:30-12:00, 13:30-17:30, Asia/Shanghai
    Instant received = Instant.parse("2024-02-09T07:00:00Z"); // Friday 15:00 before 春节
    WorkingInstant due = office.plus(received, Duration.ofHours(24));
    WorkingInstant fiveDays = office.plusWorkingDays(received, 5, WorkingDayRule.END_OF_DAY);
    Duration used = office.between(received, Instant.parse("2024-02-19T02:00:00Z")).duration();
    assertThat(due.instant()).isEqualTo(Instant.parse("2024-02-20T08:30:00Z")); // Tue 16:30
    assertThat(fiveDays.instant()).isEqualTo(Instant.parse("2024-02-22T09:30:00Z")); // Thu 17:30
    assertThat(used).isEqualTo(Duration.ofMinutes(150 + 450 + 90)); // Fri, make-up Sun, Mon
    assertThat(due.provisional()).isFalse();
  }

  @Test
  void springFestival2024HasAMakeUpSundayAndEightDaysOff() {
    // 国务院办公厅关于2024年部分节假日安排的通知,
    // https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm
    assertThat(office.day(LocalDate.of(2024, 2, 4)).isWorkingDay()).isTrue(); // Sunday
    assertThat(office.day(LocalDate.of(2024, 2, 4)).override().map(DateOverride::kind))
        .contains(DateOverride.Kind.MAKE_UP_WORKDAY);
    for (LocalDate d = LocalDate.of(2024, 2, 10);
        !d.isAfter(LocalDate.of(2024, 2, 17));
        d = d.plusDays(1)) {
      assertThat(office.day(d).isWorkingDay()).as("%s", d).isFalse();
    }
    assertThat(office.day(LocalDate.of(2024, 2, 18)).isWorkingDay()).isTrue(); // Sunday
    assertThat(office.status(at("2024-02-04T09:00")).working()).isTrue();
  }

  @Test
  void fridayBeforeSpringFestival2024Deadlines() {
    // Same notice as above: 2024-02-10..17 off, Sunday 2024-02-18 worked.
    Instant received = at("2024-02-09T15:00");
    assertThat(natural.plus(received, Duration.ofHours(3)).instant())
        .isEqualTo(at("2024-02-09T18:00"));
    assertThat(natural.plus(received, Duration.ofHours(24)).instant())
        .isEqualTo(at("2024-02-10T15:00"));
    assertThat(office.plus(received, Duration.ofHours(3)).instant())
        .isEqualTo(at("2024-02-18T09:00"));
    assertThat(office.plus(received, Duration.ofHours(24)).instant())
        .isEqualTo(at("2024-02-20T16:30"));
    assertThat(office.plusWorkingDays(received, 5, WorkingDayRule.END_OF_DAY).instant())
        .isEqualTo(at("2024-02-22T17:30"));
    assertThat(office.plusWorkingDays(received, 5, WorkingDayRule.SAME_TIME).instant())
        .isEqualTo(at("2024-02-22T15:00"));
    assertThat(natural.plusWorkingDays(received, 5, WorkingDayRule.END_OF_DAY).instant())
        .isEqualTo(at("2024-02-15T00:00"));
  }

  @Test
  void rulesOf2025SpringFestivalFourDaysLabourDayTwo() {
    // 国务院办公厅关于2025年部分节假日安排的通知 (new rule: Spring Festival and Labour Day one day
    // longer), https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm
    for (LocalDate d = LocalDate.of(2025, 1, 28);
        !d.isAfter(LocalDate.of(2025, 2, 4));
        d = d.plusDays(1)) {
      assertThat(office.day(d).isWorkingDay()).as("%s", d).isFalse();
    }
    assertThat(office.day(LocalDate.of(2025, 1, 26)).isWorkingDay()).isTrue(); // Sunday
    assertThat(office.day(LocalDate.of(2025, 2, 8)).isWorkingDay()).isTrue(); // Saturday
    for (LocalDate d = LocalDate.of(2025, 5, 1);
        !d.isAfter(LocalDate.of(2025, 5, 5));
        d = d.plusDays(1)) {
      assertThat(office.day(d).isWorkingDay()).as("%s", d).isFalse();
    }
    assertThat(office.day(LocalDate.of(2025, 4, 27)).isWorkingDay()).isTrue(); // Sunday
    // A complaint received on Monday 2025-01-27 with 13 working days counted from the next day:
    // Jan 28 - Feb 4 off, so day 1 is Wednesday Feb 5, Saturday Feb 8 is day 4, and day 13 is
    // Thursday Feb 20.
    assertThat(
            office.plusWorkingDays(at("2025-01-27T10:00"), 13, WorkingDayRule.END_OF_DAY).instant())
        .isEqualTo(at("2025-02-20T17:30"));
  }

  @Test
  void covidExtensionOf2020MadeSaturdayFebruaryFirstADayOff() {
    // 国务院办公厅关于延长2020年春节假期的通知,
    // http://www.gov.cn/zhengce/zhengceku/2020-01/27/content_5472352.htm (extension to Feb 2);
    // the original notice http://www.gov.cn/zhengce/zhengceku/2019-11/21/content_5454164.htm
    // had Saturday Feb 1 as a make-up working day.
    for (LocalDate d = LocalDate.of(2020, 1, 24);
        !d.isAfter(LocalDate.of(2020, 2, 2));
        d = d.plusDays(1)) {
      assertThat(office.day(d).isWorkingDay()).as("%s", d).isFalse();
    }
    assertThat(office.day(LocalDate.of(2020, 2, 3)).isWorkingDay()).isTrue();
    assertThat(office.day(LocalDate.of(2020, 1, 19)).isWorkingDay()).isTrue(); // Sunday
  }

  @Test
  void shuziZhanqianSaturdayCase() {
    // 营口日报, Dec 2022 (shared/seeds/000_fa1fac7f2a35d8d1.txt): reported on Saturday 2022-12-10
    // in the morning through the 数字站前 app; the promise "3小时内到达现场" is in clock hours.
    // 2022 notice: http://www.gov.cn/zhengce/zhengceku/2021-10/25/content_5644835.htm (no
    // override in December).
    Instant reported = at("2022-12-10T09:00");
    assertThat(natural.plus(reported, Duration.ofHours(3)).instant())
        .isEqualTo(at("2022-12-10T12:00"));
    assertThat(office.status(reported).working()).isFalse();
    // A working-hour deadline (4 工作时) rolls to Monday.
    assertThat(office.plus(reported, Duration.ofHours(4)).instant())
        .isEqualTo(at("2022-12-12T14:00"));
    assertThat(office.nextWorkingInstant(reported).instant()).isEqualTo(at("2022-12-12T08:30"));
  }

  @Test
  void aStartInTheLunchBreakBeginsAt1330() {
    Instant lunch = at("2024-03-05T12:30");
    assertThat(office.status(lunch).working()).isFalse();
    assertThat(office.nextWorkingInstant(lunch).instant()).isEqualTo(at("2024-03-05T13:30"));
    assertThat(office.plus(lunch, Duration.ofHours(1)).instant()).isEqualTo(at("2024-03-05T14:30"));
    assertThat(office.between(at("2024-03-05T11:00"), at("2024-03-05T14:00")).duration())
        .isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void theClosingMinuteDoesNotCount() {
    assertThat(office.status(at("2024-03-05T17:30")).working()).isFalse();
    assertThat(office.status(at("2024-03-05T17:29:59")).working()).isTrue();
    assertThat(office.status(at("2024-03-05T08:30")).working()).isTrue();
    // A full day's 7.5 hours from the opening is due at the close the same day, not next morning.
    assertThat(office.plus(at("2024-03-05T08:30"), Duration.ofMinutes(450)).instant())
        .isEqualTo(at("2024-03-05T17:30"));
    assertThat(office.between(at("2024-03-05T17:30"), at("2024-03-06T08:30")).duration()).isZero();
    // Subtracting lands on the start of a working period, not the close of the one before.
    assertThat(office.minus(at("2024-03-06T09:00"), Duration.ofMinutes(30)).instant())
        .isEqualTo(at("2024-03-06T08:30"));
  }

  @Test
  void twelve345CountsFromTheDayAfterReceipt() {
    // Enquiries 3 working days: received Wednesday 2024-03-06 at 16:00, due Monday 03-11 17:30.
    assertThat(
            office.plusWorkingDays(at("2024-03-06T16:00"), 3, WorkingDayRule.END_OF_DAY).instant())
        .isEqualTo(at("2024-03-11T17:30"));
    assertThat(
            office.workingDaysBetween(LocalDate.of(2024, 3, 6), LocalDate.of(2024, 3, 11)).days())
        .isEqualTo(3);
    assertThat(
            office.workingDaysBetween(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 6)).days())
        .isEqualTo(-3);
    assertThat(
            office.plusWorkingDays(at("2024-03-11T10:00"), -1, WorkingDayRule.END_OF_DAY).instant())
        .isEqualTo(at("2024-03-08T17:30"));
  }

  @Test
  void clockChangesInBerlinAreNeitherSkippedNorDoubled() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    WorkingCalendar nights =
        WorkingCalendar.builder(berlin)
            .weekly(WeeklySchedule.everyDay(DailyHours.parse("22:00-06:00+1")))
            .outOfRange(OutOfRangePolicy.ASSUME_WEEKLY)
            .build();
    // 2024-03-31 02:00 -> 03:00: the night shift from Saturday 22:00 lasts 7 real hours.
    Instant sat = LocalDateTime.parse("2024-03-30T22:00").atZone(berlin).toInstant();
    assertThat(nights.between(sat, sat.plus(Duration.ofHours(10))).duration())
        .isEqualTo(Duration.ofHours(7));
    // 2024-10-27 03:00 -> 02:00: 9 real hours.
    Instant oct = LocalDateTime.parse("2024-10-26T22:00").atZone(berlin).toInstant();
    assertThat(nights.between(oct, oct.plus(Duration.ofHours(12))).duration())
        .isEqualTo(Duration.ofHours(9));
    // Adding one natural hour across the change moves the instant by one hour.
    WorkingCalendar clock = WorkingCalendar.natural(berlin);
    Instant before = LocalDateTime.parse("2024-03-31T01:30").atZone(berlin).toInstant();
    assertThat(clock.plus(before, Duration.ofHours(1)).instant())
        .isEqualTo(before.plus(Duration.ofHours(1)));
  }

  @Test
  void laterLayersBeatEarlierOnes() {
    LocalDate sunday = LocalDate.of(2024, 2, 4);
    HolidayTable unit =
        HolidayTable.of(
            "站前区 closures",
            List.of(
                DateOverride.dayOff(sunday, "停电"),
                DateOverride.customHours(
                    LocalDate.of(2024, 3, 8), "妇女节", DailyHours.parse("08:30-12:00"))));
    WorkingCalendar composed = office.toBuilder().layer(unit).build();
    assertThat(composed.day(sunday).isWorkingDay()).isFalse();
    assertThat(composed.day(sunday).override().map(DateOverride::name)).contains("停电");
    assertThat(composed.day(LocalDate.of(2024, 3, 8)).hours().workingTime())
        .isEqualTo(Duration.ofMinutes(210));
    assertThat(composed.validity()).isEqualTo(office.validity());
  }

  @Test
  void aRepeatedLayerBeatsWhatLiesBetweenItsCopies() {
    LocalDate sunday = LocalDate.of(2024, 2, 4); // 调休上班 in the bundled table
    HolidayTable closed = HolidayTable.of("停电", List.of(DateOverride.dayOff(sunday, "停电")));
    HolidayTable china = ChinaHolidays.table();
    WorkingCalendar chinaLast =
        WorkingCalendar.builder(SHANGHAI).layer(china).layer(closed).layer(china).build();
    assertThat(chinaLast.day(sunday).isWorkingDay()).isTrue();
    assertThat(chinaLast.layers()).containsExactly(china, closed, china);
    WorkingCalendar closedLast =
        WorkingCalendar.builder(SHANGHAI)
            .layer(closed)
            .layer(china)
            .layer(HolidayTable.of("停电", closed.overrides())) // an equal copy
            .build();
    assertThat(closedLast.day(sunday).isWorkingDay()).isFalse();
    assertThat(closedLast.day(LocalDate.of(2024, 2, 12)).isWorkingDay()).isFalse(); // 春节
  }

  @Test
  void aCalendarWithoutWorkingTimeFailsClearlyInsteadOfLooping() {
    WorkingCalendar never =
        WorkingCalendar.builder(SHANGHAI)
            .weekly(WeeklySchedule.everyDay(DailyHours.closed()))
            .outOfRange(OutOfRangePolicy.ASSUME_WEEKLY)
            .build();
    Instant t = at("2024-03-05T09:00");
    assertThat(never.between(t, t.plus(Duration.ofDays(3650))).duration()).isZero();
    assertThatThrownBy(() -> never.plus(t, Duration.ofMinutes(1)))
        .isInstanceOf(NoWorkingTimeException.class);
    assertThatThrownBy(() -> never.nextWorkingInstant(t))
        .isInstanceOf(NoWorkingTimeException.class);
    assertThatThrownBy(() -> never.plusWorkingDays(t, 1, WorkingDayRule.END_OF_DAY))
        .isInstanceOf(NoWorkingTimeException.class);
    assertThat(never.plus(t, Duration.ZERO).instant()).isEqualTo(t);
  }

  @Test
  void hugeDurationsAndFarInstantsAreRefusedNotLooped() {
    Instant t = at("2024-03-05T09:00");
    assertThatThrownBy(() -> office.plus(t, Duration.ofSeconds(Long.MAX_VALUE, 999_999_999)))
        .isInstanceOf(CalendarRangeException.class)
        .hasMessageContaining("2300-01-01");
    assertThatThrownBy(() -> office.plus(t, Duration.ofSeconds(Long.MIN_VALUE)))
        .isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> office.status(Instant.MAX)).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(
            () -> office.plusWorkingDays(t, Integer.MAX_VALUE, WorkingDayRule.END_OF_DAY))
        .isInstanceOf(CalendarRangeException.class);
    // Two centuries of working time still answer at once.
    Duration twoCenturies =
        office.between(at("1901-01-01T00:00"), at("2299-01-01T00:00")).duration();
    assertThat(
            office
                .between(
                    at("1901-01-01T00:00"),
                    office.plus(at("1901-01-01T00:00"), twoCenturies).instant())
                .duration())
        .isEqualTo(twoCenturies);
  }

  @Test
  void policiesOutsideTheValidityRange() {
    Instant in2027 = at("2027-01-04T09:00");
    WorkingCalendar refuse = office.withOutOfRangePolicy(OutOfRangePolicy.REFUSE);
    assertThatThrownBy(() -> refuse.status(in2027))
        .isInstanceOf(CalendarRangeException.class)
        .hasMessageContaining("2027-01-04")
        .hasMessageContaining("2007-01-01..2026-12-31");
    assertThatThrownBy(() -> refuse.plus(at("2026-12-31T15:00"), Duration.ofHours(8)))
        .isInstanceOfSatisfying(
            CalendarRangeException.class,
            e -> {
              assertThat(e.date()).isEqualTo(LocalDate.of(2027, 1, 1));
              assertThat(e.range()).isEqualTo(DateRange.ofYears(2007, 2026));
            });
    assertThat(refuse.plus(at("2026-12-31T15:00"), Duration.ofHours(2)).instant())
        .isEqualTo(at("2026-12-31T17:00"));
    assertThat(office.status(in2027)).isEqualTo(new WorkingStatus(true, true));
    assertThat(office.plus(at("2026-12-31T15:00"), Duration.ofHours(8)).provisional()).isTrue();
    assertThat(office.plus(at("2026-12-30T15:00"), Duration.ofHours(2)).provisional()).isFalse();
    WorkingCalendar weekly = office.withOutOfRangePolicy(OutOfRangePolicy.ASSUME_WEEKLY);
    assertThat(weekly.status(in2027)).isEqualTo(new WorkingStatus(true, false));
    assertThat(weekly.plus(at("2026-12-31T15:00"), Duration.ofHours(8)).instant())
        .isEqualTo(office.plus(at("2026-12-31T15:00"), Duration.ofHours(8)).instant());
    assertThat(office.workingDaysBetween(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 5)))
        .isEqualTo(new WorkingDayCount(4, true));
    assertThatThrownBy(() -> refuse.day(LocalDate.of(2006, 6, 1)))
        .hasMessageContaining("2006-06-01");
  }

  @Test
  void valueSemanticsAndNullChecks() {
    new EqualsTester()
        .addEqualityGroup(
            ChinaHolidays.calendar(),
            ChinaHolidays.calendar(WeeklySchedule.chinaOffice(), OutOfRangePolicy.PROVISIONAL))
        .addEqualityGroup(
            ChinaHolidays.calendar(WeeklySchedule.chinaOffice(), OutOfRangePolicy.REFUSE))
        .addEqualityGroup(WorkingCalendar.natural(SHANGHAI), WorkingCalendar.natural(SHANGHAI))
        .addEqualityGroup(WorkingCalendar.natural(ZoneId.of("Europe/Berlin")))
        .testEquals();
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Instant.class, Instant.parse("2024-03-05T01:00:00Z"))
            .setDefault(LocalDate.class, LocalDate.of(2024, 3, 5))
            .setDefault(ZoneId.class, SHANGHAI)
            .setDefault(DateRange.class, DateRange.ofYears(2024, 2024))
            .setDefault(WeeklySchedule.class, WeeklySchedule.chinaOffice())
            .setDefault(DailyHours.class, DailyHours.chinaOffice())
            .setDefault(HolidayTable.class, HolidayTable.of("t", List.of()))
            .setDefault(Optional.class, Optional.empty())
            .setDefault(DayOfWeek.class, DayOfWeek.MONDAY);
    tester.testAllPublicStaticMethods(WorkingCalendar.class);
    tester.testAllPublicInstanceMethods(office);
    tester.testAllPublicInstanceMethods(WorkingCalendar.builder(SHANGHAI));
    tester.testAllPublicStaticMethods(ChinaHolidays.class);
  }

  @Test
  void theChinaCalendarIndexStaysFarBelowOneMegabyte() {
    // Estimated from the index arrays' lengths (JOL is not available); CalendarFootprint in the
    // benchmarks module measures the whole object graph with heap deltas.
    assertThat(office.retainedBytes()).isBetween(100_000L, 1_000_000L);
  }
}
