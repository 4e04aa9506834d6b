package org.gridgov.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.junit.jupiter.api.Test;

/**
 * Example tests at the edges the mutation run found unguarded: the ends of validity ranges and of
 * the values' domains, which case of each refusal is blamed, and the printed forms.
 */
class CalendarEdgesTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final DateRange Y2024 = DateRange.ofYears(2024, 2024);

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  private static WorkingCalendar refusing2024() {
    return WorkingCalendar.builder(SHANGHAI).validity(Y2024).build();
  }

  @Test
  void aRefusalBlamesTheFirstDateOutsideTheRange() {
    WorkingCalendar c = refusing2024();
    // before the range: the earliest date needed
    assertThatThrownBy(() -> c.status(at("2023-06-01T09:00")))
        .isInstanceOfSatisfying(
            CalendarRangeException.class,
            e -> {
              assertThat(e.date()).isEqualTo(LocalDate.of(2023, 6, 1));
              assertThat(e.range()).isEqualTo(Y2024);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "date 2023-06-01 is outside the calendar's range 2024-01-01..2024-12-31"
                          + " (needed for checking 2023-06-01T01:00:00Z)");
            });
    assertThatThrownBy(() -> c.between(at("2023-06-01T09:00"), at("2024-06-03T09:00")))
        .isInstanceOfSatisfying(
            CalendarRangeException.class,
            e -> assertThat(e.date()).isEqualTo(LocalDate.of(2023, 6, 1)));
    // from inside to after: the day after the range
    assertThatThrownBy(() -> c.between(at("2024-06-03T09:00"), at("2025-06-02T09:00")))
        .isInstanceOfSatisfying(
            CalendarRangeException.class,
            e -> assertThat(e.date()).isEqualTo(LocalDate.of(2025, 1, 1)));
    assertThatThrownBy(() -> c.plus(at("2024-12-31T15:00"), Duration.ofHours(8)))
        .isInstanceOfSatisfying(
            CalendarRangeException.class,
            e -> assertThat(e.date()).isEqualTo(LocalDate.of(2025, 1, 1)));
    // entirely after: the earliest date needed
    assertThatThrownBy(() -> c.between(at("2025-06-02T09:00"), at("2025-06-03T09:00")))
        .isInstanceOfSatisfying(
            CalendarRangeException.class,
            e -> assertThat(e.date()).isEqualTo(LocalDate.of(2025, 6, 2)));
    assertThatThrownBy(() -> c.nextWorkingInstant(at("2024-12-31T18:00")))
        .isInstanceOfSatisfying(
            CalendarRangeException.class,
            e -> assertThat(e.date()).isEqualTo(LocalDate.of(2025, 1, 1)));
    assertThatThrownBy(
            () -> c.workingDaysBetween(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 2)))
        .isInstanceOfSatisfying(
            CalendarRangeException.class,
            e -> assertThat(e.date()).isEqualTo(LocalDate.of(2025, 1, 1)));
    assertThatThrownBy(
            () -> c.plusWorkingDays(at("2024-01-02T10:00"), -2, WorkingDayRule.END_OF_DAY))
        .isInstanceOfSatisfying(
            CalendarRangeException.class,
            e -> assertThat(e.date()).isEqualTo(LocalDate.of(2023, 12, 29)));
  }

  @Test
  void theValidityRangeEndsExactlyAtItsInstants() {
    WorkingCalendar c = refusing2024().withOutOfRangePolicy(OutOfRangePolicy.PROVISIONAL);
    WorkingCalendar natural =
        WorkingCalendar.natural(SHANGHAI).toBuilder()
            .validity(Y2024)
            .outOfRange(OutOfRangePolicy.PROVISIONAL)
            .build();
    assertThat(natural.status(at("2024-01-01T00:00"))).isEqualTo(new WorkingStatus(true, false));
    assertThat(natural.status(at("2023-12-31T23:59:59"))).isEqualTo(new WorkingStatus(true, true));
    assertThat(natural.status(at("2024-12-31T23:59:59"))).isEqualTo(new WorkingStatus(true, false));
    assertThat(natural.status(at("2025-01-01T00:00"))).isEqualTo(new WorkingStatus(true, true));
    assertThat(natural.plus(at("2024-12-31T23:00"), Duration.ofHours(1)))
        .isEqualTo(new WorkingInstant(at("2025-01-01T00:00"), SHANGHAI, false));
    assertThat(natural.plus(at("2024-12-31T23:00"), Duration.ofSeconds(3600, 1)).provisional())
        .isTrue();
    // a fraction of a second counts only if its second is working, which 2025 data decides
    assertThat(natural.between(at("2024-12-31T23:00"), at("2025-01-01T00:00").plusNanos(1)))
        .isEqualTo(new WorkingDuration(Duration.ofSeconds(3600, 1), true));
    assertThat(natural.between(at("2025-01-01T00:00").plusNanos(1), at("2024-12-31T23:00")))
        .isEqualTo(new WorkingDuration(Duration.ofSeconds(-3600, -1), true));
    assertThat(natural.between(at("2024-12-31T23:00"), at("2025-01-01T00:00")).provisional())
        .isFalse();
    assertThat(
            natural.plus(at("2025-01-01T00:00").plusNanos(1), Duration.ofNanos(-1)).provisional())
        .isTrue();
    assertThat(natural.nextWorkingInstant(at("2025-01-01T00:00")).provisional()).isTrue();
    assertThat(natural.nextWorkingInstant(at("2024-12-31T23:59:59.5")).provisional()).isFalse();
    WorkingCalendar earlyHour =
        natural.toBuilder()
            .weekly(WeeklySchedule.everyDay(DailyHours.parse("00:00-01:00")))
            .build();
    // the next working instant after noon is midnight, whose being working is 2025's to say
    assertThat(earlyHour.nextWorkingInstant(at("2024-12-31T12:00")))
        .isEqualTo(new WorkingInstant(at("2025-01-01T00:00"), SHANGHAI, true));
    assertThat(earlyHour.nextWorkingInstant(at("2024-12-30T12:00")))
        .isEqualTo(new WorkingInstant(at("2024-12-31T00:00"), SHANGHAI, false));
    assertThat(natural.plus(at("2024-01-01T01:00"), Duration.ofHours(-1)))
        .isEqualTo(new WorkingInstant(at("2024-01-01T00:00"), SHANGHAI, false));
    assertThat(natural.plus(at("2024-01-01T01:00"), Duration.ofSeconds(-3601)).provisional())
        .isTrue();
    assertThat(natural.between(at("2024-01-01T00:00"), at("2025-01-01T00:00")))
        .isEqualTo(new WorkingDuration(Duration.ofDays(366), false));
    assertThat(natural.between(at("2025-01-01T00:00"), at("2024-01-01T00:00")))
        .isEqualTo(new WorkingDuration(Duration.ofDays(-366), false));
    assertThat(c.nextWorkingInstant(at("2024-12-31T18:00")).provisional()).isTrue();
    assertThat(c.nextWorkingInstant(at("2024-12-30T18:00")))
        .isEqualTo(new WorkingInstant(at("2024-12-31T08:30"), SHANGHAI, false));
    assertThat(c.workingDaysBetween(LocalDate.of(2024, 12, 30), LocalDate.of(2024, 12, 31)))
        .isEqualTo(new WorkingDayCount(1, false));
    assertThat(c.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1)))
        .isEqualTo(new WorkingDayCount(1, true));
    assertThat(c.workingDaysBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 12, 31)))
        .isEqualTo(new WorkingDayCount(-1, true));
    // the start's own date is not counted: counting from the range's last date needs none after
    assertThat(c.workingDaysBetween(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 2)))
        .isEqualTo(new WorkingDayCount(2, false));
    assertThat(c.day(LocalDate.of(2024, 12, 31)).provisional()).isFalse();
    assertThat(c.day(LocalDate.of(2025, 1, 1)).provisional()).isTrue();
    assertThat(
            c.plusWorkingDays(at("2024-12-30T10:00"), 1, WorkingDayRule.END_OF_DAY).provisional())
        .isFalse();
    assertThat(
            c.plusWorkingDays(at("2024-12-30T10:00"), 2, WorkingDayRule.END_OF_DAY).provisional())
        .isTrue();
    assertThat(
            c.plusWorkingDays(at("2024-01-02T10:00"), -1, WorkingDayRule.END_OF_DAY).provisional())
        .isFalse(); // Monday 2024-01-01
    assertThat(
            c.plusWorkingDays(at("2024-01-01T10:00"), -1, WorkingDayRule.END_OF_DAY).provisional())
        .isTrue(); // Friday 2023-12-29
    assertThat(c.plusWorkingDays(at("2024-01-03T10:00"), -1, WorkingDayRule.SAME_TIME))
        .isEqualTo(new WorkingInstant(at("2024-01-02T10:00"), SHANGHAI, false));
  }

  @Test
  void nanosecondsAreKeptBothWays() {
    WorkingCalendar office =
        WorkingCalendar.builder(SHANGHAI).outOfRange(OutOfRangePolicy.ASSUME_WEEKLY).build();
    Instant t = at("2024-03-05T09:00").plusNanos(500);
    assertThat(office.plus(t, Duration.ofNanos(-300)).instant()).isEqualTo(t.minusNanos(300));
    assertThat(office.plus(t, Duration.ofNanos(-500)).instant()).isEqualTo(t.minusNanos(500));
    assertThat(office.plus(t, Duration.ofNanos(-501)).instant())
        .isEqualTo(at("2024-03-05T09:00").minusNanos(1));
    assertThat(office.plus(at("2024-03-05T08:30").plusNanos(500), Duration.ofNanos(-501)).instant())
        .isEqualTo(at("2024-03-04T17:30").minusNanos(1));
    assertThat(office.plus(t, Duration.ofNanos(999_999_500)).instant())
        .isEqualTo(at("2024-03-05T09:00:01"));
    assertThat(office.plus(t, Duration.ofSeconds(1, 999_999_600)).instant())
        .isEqualTo(at("2024-03-05T09:00:02").plusNanos(100));
    assertThat(office.plus(t, Duration.ZERO)).isEqualTo(new WorkingInstant(t, SHANGHAI, false));
    assertThat(office.nextWorkingInstant(t).instant()).isEqualTo(t);
    Instant lunch = at("2024-03-05T12:30").plusNanos(7);
    // outside working time the fraction does not count
    assertThat(office.plus(lunch, Duration.ofNanos(5)).instant())
        .isEqualTo(at("2024-03-05T13:30").plusNanos(5));
    assertThat(office.plus(lunch, Duration.ofNanos(-5)).instant())
        .isEqualTo(at("2024-03-05T12:00").minusNanos(5));
    assertThat(office.between(lunch, at("2024-03-05T13:30").plusNanos(9)).duration())
        .isEqualTo(Duration.ofNanos(9));
    assertThat(office.between(t, at("2024-03-05T09:00:01")).duration())
        .isEqualTo(Duration.ofNanos(999_999_500));
    assertThat(office.minus(t, Duration.ofNanos(500)).instant()).isEqualTo(at("2024-03-05T09:00"));
  }

  @Test
  void layersValiditiesIntersectUnlessGivenExplicitly() {
    HolidayTable a =
        HolidayTable.of("a", List.of(), Optional.of(DateRange.ofYears(2020, 2024)), List.of());
    HolidayTable b =
        HolidayTable.of("b", List.of(), Optional.of(DateRange.ofYears(2023, 2026)), List.of());
    HolidayTable none = HolidayTable.of("none", List.of());
    WorkingCalendar both = WorkingCalendar.builder(SHANGHAI).layer(a).layer(none).layer(b).build();
    assertThat(both.validity()).contains(DateRange.ofYears(2023, 2024));
    assertThat(both.explicitValidity()).isEmpty();
    WorkingCalendar explicit = both.toBuilder().validity(DateRange.ofYears(2000, 2001)).build();
    assertThat(explicit.validity()).contains(DateRange.ofYears(2000, 2001));
    assertThat(explicit.explicitValidity()).contains(DateRange.ofYears(2000, 2001));
    assertThat(explicit.withOutOfRangePolicy(OutOfRangePolicy.PROVISIONAL).explicitValidity())
        .contains(DateRange.ofYears(2000, 2001));
    assertThat(WorkingCalendar.builder(SHANGHAI).layer(none).build().validity()).isEmpty();
    HolidayTable c =
        HolidayTable.of("c", List.of(), Optional.of(DateRange.ofYears(2030, 2031)), List.of());
    assertThatThrownBy(() -> WorkingCalendar.builder(SHANGHAI).layer(a).layer(c).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("do not meet")
        .hasMessageContaining("2020-01-01..2024-12-31")
        .hasMessageContaining("2030-01-01..2031-12-31");
    assertThatThrownBy(
            () -> WorkingCalendar.builder(SHANGHAI).validity(DateRange.ofYears(1899, 1900)))
        .hasMessageContaining("validity must lie in 1900-01-01..2299-12-31");
    assertThat(
            WorkingCalendar.builder(SHANGHAI)
                .validity(WorkingCalendar.SUPPORTED_DATES)
                .build()
                .validity())
        .contains(WorkingCalendar.SUPPORTED_DATES);
  }

  @Test
  void calendarsAreEqualByDefinition() {
    WorkingCalendar base = WorkingCalendar.builder(SHANGHAI).build();
    HolidayTable layer =
        HolidayTable.of("x", List.of(DateOverride.dayOff(LocalDate.of(2024, 1, 2), "x")));
    new EqualsTester()
        .addEqualityGroup(base, WorkingCalendar.builder(SHANGHAI).build(), base.toBuilder().build())
        .addEqualityGroup(WorkingCalendar.builder(ZoneId.of("UTC")).build())
        .addEqualityGroup(
            base.toBuilder().weekly(WeeklySchedule.everyDay(DailyHours.allDay())).build())
        .addEqualityGroup(base.toBuilder().layer(layer).build())
        .addEqualityGroup(base.toBuilder().validity(Y2024).build())
        .addEqualityGroup(base.withOutOfRangePolicy(OutOfRangePolicy.PROVISIONAL))
        .testEquals();
    assertThat(base.toBuilder().layer(layer).validity(Y2024).build().toString())
        .isEqualTo(
            "WorkingCalendar[Asia/Shanghai, "
                + WeeklySchedule.chinaOffice()
                + ", layers=["
                + layer
                + "], valid 2024-01-01..2024-12-31, REFUSE]");
    assertThat(base.toString()).doesNotContain("valid ").endsWith("layers=[], REFUSE]");
    assertThat(layer.toString()).isEqualTo("HolidayTable[x, 1 dates]");
    assertThat(ChinaHolidays.table().toString())
        .isEqualTo("HolidayTable[china-mainland, 678 dates, valid 2007-01-01..2026-12-31]");
    assertThat(WeeklySchedule.chinaOffice().toString())
        .isEqualTo(
            "WeeklySchedule[MONDAY=08:30-12:00,13:30-17:30; TUESDAY=08:30-12:00,13:30-17:30;"
                + " WEDNESDAY=08:30-12:00,13:30-17:30; THURSDAY=08:30-12:00,13:30-17:30;"
                + " FRIDAY=08:30-12:00,13:30-17:30; SATURDAY=closed; SUNDAY=closed;"
                + " makeUp=08:30-12:00,13:30-17:30]");
    assertThat(base.zone()).isEqualTo(SHANGHAI);
    assertThat(base.weekly()).isEqualTo(WeeklySchedule.chinaOffice());
    assertThat(base.layers()).isEmpty();
    assertThat(base.outOfRangePolicy()).isEqualTo(OutOfRangePolicy.REFUSE);
    assertThat(base.retainedBytes()).isPositive();
  }

  @Test
  void theValuesAtTheEndsOfTheirDomains() {
    assertThat(TimeInterval.parse("00:00-00:00:01").duration()).isEqualTo(Duration.ofSeconds(1));
    assertThat(TimeInterval.parse("23:59:59-24:00:00").duration()).isEqualTo(Duration.ofSeconds(1));
    assertThat(TimeInterval.parse("23:59:59-24:00:00").toString()).isEqualTo("23:59:59-24:00");
    assertThat(TimeInterval.parse("00:00:01-00:00+1").duration())
        .isEqualTo(Duration.ofSeconds(86_399));
    assertThat(TimeInterval.parse("12:00:01-12:00:01+1").duration()).isEqualTo(Duration.ofDays(1));
    assertThat(TimeInterval.parse("12:00:01-12:00:01+1").toString())
        .isEqualTo("12:00:01-12:00:01+1");
    assertThatThrownBy(() -> TimeInterval.parse("12:00-12:00:01+1"))
        .hasMessageContaining("lasts more than 24 hours");
    assertThatThrownBy(() -> TimeInterval.parse("12:00:01-12:00")).hasMessageContaining("+1");
  }

  @Test
  void dailyHoursAndWeeklyRules() {
    assertThat(DailyHours.allDay().workingTime()).isEqualTo(Duration.ofDays(1));
    assertThat(DailyHours.closed().workingTime()).isZero();
    assertThat(DailyHours.parse(" closed ").isClosed()).isTrue();
    assertThat(DailyHours.of(TimeInterval.parse("08:00-12:00")).isClosed()).isFalse();
    assertThat(DailyHours.parse("08:00-12:00,12:00-13:00,23:00-01:00+1").workingTime())
        .isEqualTo(Duration.ofHours(7));
    assertThatThrownBy(() -> DailyHours.parse("08:00-12:00,11:59:59-13:00"))
        .hasMessageContaining("08:00-12:00 before 11:59:59-13:00");
    assertThatThrownBy(() -> DailyHours.parse("22:00-02:00+1,23:00-23:30"))
        .hasMessageContaining("must be sorted and must not overlap");
    WeeklySchedule saturdayOnly =
        WeeklySchedule.of(
            Map.of(
                DayOfWeek.SATURDAY,
                DailyHours.parse("09:00-12:00"),
                DayOfWeek.SUNDAY,
                DailyHours.parse("10:00-11:00")));
    assertThat(saturdayOnly.makeUpDayHours()).isEqualTo(DailyHours.parse("09:00-12:00"));
    assertThat(WeeklySchedule.of(Map.of(DayOfWeek.MONDAY, DailyHours.closed())).makeUpDayHours())
        .isEqualTo(DailyHours.closed());
    assertThat(WeeklySchedule.mondayToFriday(DailyHours.allDay()).hours(DayOfWeek.FRIDAY))
        .isEqualTo(DailyHours.allDay());
    assertThat(WeeklySchedule.mondayToFriday(DailyHours.allDay()).hours(DayOfWeek.SATURDAY))
        .isEqualTo(DailyHours.closed());
    assertThat(WeeklySchedule.everyDay(DailyHours.allDay()).hours(DayOfWeek.SUNDAY))
        .isEqualTo(DailyHours.allDay());
    assertThat(
            WeeklySchedule.chinaOffice()
                .withHours(DayOfWeek.MONDAY, DailyHours.closed())
                .makeUpDayHours())
        .isEqualTo(DailyHours.chinaOffice());
    assertThat(WeeklySchedule.chinaOffice().days()).hasSize(7);
  }

  @Test
  void rangesAtTheirEnds() {
    DateRange r = DateRange.parse(" 2024-01-01 .. 2024-01-31 ");
    assertThat(r.contains(LocalDate.of(2024, 1, 1))).isTrue();
    assertThat(r.contains(LocalDate.of(2024, 1, 31))).isTrue();
    assertThat(r.contains(LocalDate.of(2023, 12, 31))).isFalse();
    assertThat(r.contains(LocalDate.of(2024, 2, 1))).isFalse();
    assertThat(r.encloses(r)).isTrue();
    assertThat(r.encloses(DateRange.parse("2024-01-01..2024-02-01"))).isFalse();
    assertThat(r.encloses(DateRange.parse("2023-12-31..2024-01-31"))).isFalse();
    assertThat(r.intersection(DateRange.parse("2024-01-31..2024-02-05")))
        .contains(DateRange.parse("2024-01-31..2024-01-31"));
    assertThat(r.intersection(DateRange.parse("2024-02-01..2024-02-05"))).isEmpty();
    assertThat(DateRange.parse("2024-02-01..2024-02-05").intersection(r)).isEmpty();
    assertThat(DateRange.parse("2023-12-01..2024-01-01").intersection(r))
        .contains(DateRange.parse("2024-01-01..2024-01-01"));
    assertThat(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1)).lengthInDays())
        .isEqualTo(1);
    assertThatThrownBy(() -> DateRange.parse("2024-01-01")).hasMessageContaining("\"2024-01-01\"");
    assertThatThrownBy(() -> DateRange.parse("..2024-01-01"))
        .hasMessageContaining("\"..2024-01-01\"");
    assertThatThrownBy(() -> DateRange.parse("2024-01-01..x"))
        .hasMessageContaining("\"2024-01-01..x\"");
  }

  @Test
  void tablesRefuseWhatNoCalendarCanHold() {
    LocalDate d = LocalDate.of(2024, 2, 4);
    assertThatThrownBy(
            () ->
                HolidayTable.of(
                    "t", List.of(), Optional.of(DateRange.ofYears(1899, 2024)), List.of()))
        .hasMessageContaining("validity must lie in");
    assertThatThrownBy(
            () -> HolidayTable.of("t", List.of(DateOverride.dayOff(LocalDate.of(2300, 1, 1), "x"))))
        .hasMessageContaining("2300-01-01");
    assertThat(
            HolidayTable.of("t", List.of(DateOverride.dayOff(LocalDate.of(2299, 12, 31), "x")))
                .overrides())
        .hasSize(1);
    assertThat(
            HolidayTable.of("t", List.of(DateOverride.dayOff(LocalDate.of(1900, 1, 1), "x")))
                .overrides())
        .hasSize(1);
    assertThatThrownBy(() -> HolidayTable.of("\ud800", List.of()))
        .hasMessageContaining("lone surrogate");
    assertThatThrownBy(() -> DateOverride.dayOff(d, "a\udc00"))
        .hasMessageContaining("lone surrogate");
    assertThatThrownBy(() -> DateOverride.makeUpWorkday(d, "\ud800"))
        .hasMessageContaining("lone surrogate");
    assertThatThrownBy(() -> DateOverride.customHours(d, "\ud800", DailyHours.closed()))
        .hasMessageContaining("lone surrogate");
    assertThat(DateOverride.dayOff(d, "春节😀").name()).isEqualTo("春节😀");
    HolidayTable t =
        HolidayTable.of(
            "t",
            List.of(DateOverride.dayOff(d, "a")),
            Optional.empty(),
            List.of(URI.create("https://www.gov.cn/")));
    assertThat(t.sources()).containsExactly(URI.create("https://www.gov.cn/"));
    assertThat(t.name()).isEqualTo("t");
    assertThat(t.find(d.plusDays(1))).isEmpty();
    assertThat(t.withValidity(Y2024).sources()).isEqualTo(t.sources());
    assertThat(t.withValidity(Y2024).overrides()).isEqualTo(t.overrides());
    assertThat(DateOverride.dayOff(d, "a").kind()).isEqualTo(DateOverride.Kind.DAY_OFF);
    assertThat(DateOverride.makeUpWorkday(d, "a").kind())
        .isEqualTo(DateOverride.Kind.MAKE_UP_WORKDAY);
    assertThat(
            DateOverride.makeUpWorkday(d, "a")
                .hoursUnder(WeeklySchedule.everyDay(DailyHours.allDay())))
        .isEqualTo(DailyHours.allDay());
    assertThat(
            DateOverride.customHours(d, "a", DailyHours.allDay())
                .hoursUnder(WeeklySchedule.chinaOffice()))
        .isEqualTo(DailyHours.allDay());
  }

  @Test
  void resultsShowTheirZone() {
    WorkingInstant due = new WorkingInstant(Instant.parse("2022-12-12T03:30:00Z"), SHANGHAI, false);
    assertThat(due.toString()).isEqualTo("2022-12-12T11:30:00+08:00[Asia/Shanghai]");
    assertThat(due.zoned()).isEqualTo(ZonedDateTime.parse("2022-12-12T11:30+08:00[Asia/Shanghai]"));
    assertThat(new WorkingInstant(due.instant(), SHANGHAI, true).toString())
        .isEqualTo("2022-12-12T11:30:00+08:00[Asia/Shanghai] (provisional)");
    assertThat(WorkingInstant.of(due.zoned(), false)).isEqualTo(due);
    assertThat(
            ChinaHolidays.calendar()
                .plus(Instant.parse("2022-12-10T01:00:00Z"), Duration.ofHours(4))
                .toString())
        .isEqualTo("2022-12-12T14:00:00+08:00[Asia/Shanghai]");
    assertThatThrownBy(() -> new WorkingInstant(Instant.MAX, SHANGHAI, false))
        .hasMessageContaining("no local date-time");
    assertThatThrownBy(() -> new WorkingInstant(Instant.MIN, SHANGHAI, false))
        .hasMessageContaining("no local date-time");
    Instant last = java.time.LocalDateTime.MAX.toInstant(java.time.ZoneOffset.MAX);
    assertThat(new WorkingInstant(last, ZoneId.of("-18:00"), false).zoned().toLocalDateTime())
        .isEqualTo(java.time.LocalDateTime.MAX.minusHours(36));
    assertThatThrownBy(() -> new WorkingInstant(last.plusSeconds(1), SHANGHAI, false))
        .hasMessageContaining("no local date-time");
    Instant first = java.time.LocalDateTime.MIN.toInstant(java.time.ZoneOffset.MIN);
    assertThat(new WorkingInstant(first, ZoneId.of("+18:00"), false).zoned().toLocalDateTime())
        .isEqualTo(java.time.LocalDateTime.MIN.plusHours(36));
    assertThatThrownBy(() -> new WorkingInstant(first.minusSeconds(1), SHANGHAI, false))
        .hasMessageContaining("no local date-time");
  }

  @Test
  void theBundledTableFormatReportsEveryBadLine() {
    List<String> lines =
        List.of(
            "# comment",
            "",
            "valid 2024-01-01..2023-01-01",
            "source 2024",
            "source 2024 ht tp://bad",
            "2024-02-10,OFF",
            "2024-02-30,OFF,春节",
            "2024-02-11,MAYBE,春节",
            "source 2024 https://www.gov.cn/");
    assertThatThrownBy(() -> ChinaHolidays.parse("table.txt", lines))
        .isInstanceOfSatisfying(
            CalendarFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.location().toString())
                    .containsExactly(
                        "table.txt: line 3",
                        "table.txt: line 4",
                        "table.txt: line 5",
                        "table.txt: line 6",
                        "table.txt: line 7",
                        "table.txt: line 8",
                        "table.txt: line 9"));
    assertThatThrownBy(() -> ChinaHolidays.parse("t.txt", List.of("2024-02-10,OFF,春节")))
        .isInstanceOfSatisfying(
            CalendarFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::kind, p -> p.location())
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            ProblemKind.MISSING_FIELD, Location.line(1).in("t.txt"))));
    assertThatThrownBy(
            () ->
                ChinaHolidays.parse(
                    "t.txt",
                    List.of(
                        "valid 2024-01-01..2024-12-31", "2024-02-10,OFF,a", "2024-02-10,WORK,b")))
        .isInstanceOfSatisfying(
            CalendarFormatException.class,
            e -> assertThat(e.problems().get(0).kind()).isEqualTo(ProblemKind.CONFLICT));
    HolidayTable ok =
        ChinaHolidays.parse(
            "t.txt",
            List.of(
                "valid 2024-01-01..2024-12-31",
                "source 2024 https://www.gov.cn/a",
                "source 2024 https://www.gov.cn/a",
                " 2024-02-10,OFF,春节 ",
                "2024-02-04,WORK,春节"));
    assertThat(ok.sources()).containsExactly(URI.create("https://www.gov.cn/a"));
    assertThat(ok.validity()).contains(Y2024);
    assertThat(ok.name()).isEqualTo(ChinaHolidays.TABLE_NAME);
    assertThat(ok.find(LocalDate.of(2024, 2, 4)).map(DateOverride::kind))
        .contains(DateOverride.Kind.MAKE_UP_WORKDAY);
    assertThat(ok.find(LocalDate.of(2024, 2, 10)).map(DateOverride::name)).contains("春节");
  }

  @Test
  void theBundledCalendarIsTheOfficeOneInShanghai() {
    WorkingCalendar office = ChinaHolidays.calendar();
    assertThat(office.zone()).isEqualTo(SHANGHAI);
    assertThat(office.outOfRangePolicy()).isEqualTo(OutOfRangePolicy.PROVISIONAL);
    assertThat(office.weekly()).isEqualTo(WeeklySchedule.chinaOffice());
    assertThat(office.layers()).containsExactly(ChinaHolidays.table());
    WorkingCalendar shop =
        ChinaHolidays.calendar(
            WeeklySchedule.everyDay(DailyHours.parse("10:00-22:00")), OutOfRangePolicy.REFUSE);
    assertThat(shop.day(LocalDate.of(2024, 2, 17)).isWorkingDay()).isFalse(); // 春节
    assertThat(shop.day(LocalDate.of(2024, 2, 18)).hours())
        .isEqualTo(DailyHours.parse("10:00-22:00"));
    assertThat(ChinaHolidays.table().sources()).hasSizeGreaterThan(19);
  }

  @Test
  void nextYearsTableExtendsTheBundledOneWithAValidityCoveringBoth() {
    // ChinaHolidays' Javadoc said to add next year's table "as a further layer"; alone that throws,
    // since the layers' validity ranges are intersected and 2007..2026 and 2027 do not meet.
    LocalDate makeUp2027 = LocalDate.of(2027, 2, 20); // a Saturday, made a working day here
    HolidayTable next =
        HolidayTable.of(
            "holiday-cn",
            List.of(DateOverride.makeUpWorkday(makeUp2027, "春节")),
            Optional.of(DateRange.ofYears(2027, 2027)),
            List.of());
    WorkingCalendar.Builder layered = ChinaHolidays.calendar().toBuilder().layer(next);
    assertThatThrownBy(layered::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2007-01-01..2026-12-31 and 2027-01-01..2027-12-31");
    WorkingCalendar extended = layered.validity(DateRange.ofYears(2007, 2027)).build();
    assertThat(extended.day(makeUp2027))
        .isEqualTo(
            new CalendarDay(
                makeUp2027,
                DailyHours.chinaOffice(),
                Optional.of(DateOverride.makeUpWorkday(makeUp2027, "春节")),
                false));
  }

  @Test
  void everyRefusalSaysWhatItWasFor() {
    WorkingCalendar c = refusing2024();
    Instant t = at("2025-03-03T09:00"); // 2025-03-03T01:00:00Z
    LocalDate d = LocalDate.of(2025, 3, 3);
    String range = "date 2025-03-03 is outside the calendar's range 2024-01-01..2024-12-31";
    assertThatThrownBy(() -> c.day(d)).hasMessage(range + " (needed for looking up 2025-03-03)");
    assertThatThrownBy(
            () -> c.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1)))
        .hasMessageEndingWith("(needed for counting working days from 2024-12-31 to 2025-01-01)");
    assertThatThrownBy(() -> c.status(t))
        .hasMessage(range + " (needed for checking 2025-03-03T01:00:00Z)");
    assertThatThrownBy(() -> c.nextWorkingInstant(t))
        .hasMessage(range + " (needed for finding the working instant after 2025-03-03T01:00:00Z)");
    assertThatThrownBy(() -> c.plus(t, Duration.ofHours(1)))
        .hasMessage(range + " (needed for adding PT1H to 2025-03-03T01:00:00Z)");
    assertThatThrownBy(() -> c.minus(t, Duration.ofHours(1)))
        .hasMessage(
            "date 2025-02-28 is outside the calendar's range 2024-01-01..2024-12-31"
                + " (needed for adding PT-1H to 2025-03-03T01:00:00Z)");
    assertThatThrownBy(() -> c.between(t, t.plusSeconds(60)))
        .hasMessage(
            range + " (needed for measuring from 2025-03-03T01:00:00Z to 2025-03-03T01:01:00Z)");
    assertThatThrownBy(() -> c.plusWorkingDays(t, 2, WorkingDayRule.END_OF_DAY))
        .hasMessage(
            "date 2025-03-04 is outside the calendar's range 2024-01-01..2024-12-31"
                + " (needed for adding 2 working days to 2025-03-03T01:00:00Z)");
    assertThatThrownBy(
            () ->
                c.minus(Instant.parse("2024-03-03T01:00:00Z"), Duration.ofSeconds(Long.MIN_VALUE)))
        .hasMessageEndingWith(
            "(needed for subtracting PT-2562047788015215H-30M-8S from 2024-03-03T01:00:00Z)");
    assertThatThrownBy(() -> c.day(LocalDate.of(2300, 1, 1)))
        .hasMessage(
            "date 2300-01-01 is outside the calendar's range 1900-01-01..2299-12-31 (needed for"
                + " looking up 2300-01-01)");
    assertThat(new CalendarRangeException(d, Y2024, "").getMessage()).isEqualTo(range);
    WorkingCalendar never =
        WorkingCalendar.builder(SHANGHAI)
            .weekly(WeeklySchedule.everyDay(DailyHours.closed()))
            .outOfRange(OutOfRangePolicy.ASSUME_WEEKLY)
            .build();
    assertThatThrownBy(() -> never.plus(t, Duration.ofHours(1)))
        .isInstanceOf(NoWorkingTimeException.class)
        .hasMessage(
            "no working time for adding PT1H to 2025-03-03T01:00:00Z: the weekly rule has none and"
                + " the overrides do not provide enough");
    assertThatThrownBy(() -> never.plus(t, Duration.ofHours(-1)))
        .isInstanceOf(NoWorkingTimeException.class);
    assertThatThrownBy(() -> never.plusWorkingDays(t, 1, WorkingDayRule.END_OF_DAY))
        .isInstanceOf(NoWorkingTimeException.class)
        .hasMessage(
            "no working day for adding 1 working days to 2025-03-03T01:00:00Z: the weekly rule has"
                + " no working days");
    assertThatThrownBy(() -> never.plusWorkingDays(t, -1, WorkingDayRule.SAME_TIME))
        .isInstanceOf(NoWorkingTimeException.class);
    assertThatThrownBy(() -> natural().status(Instant.MAX))
        .isInstanceOfSatisfying(
            CalendarRangeException.class, e -> assertThat(e.date()).isEqualTo(LocalDate.MAX));
  }

  private static WorkingCalendar natural() {
    return WorkingCalendar.natural(SHANGHAI);
  }

  @Test
  void differentDefinitionsHashDifferently() {
    WorkingCalendar base = WorkingCalendar.builder(SHANGHAI).build();
    assertThat(base.hashCode())
        .isNotEqualTo(base.withOutOfRangePolicy(OutOfRangePolicy.PROVISIONAL).hashCode());
    assertThat(base.hashCode())
        .isNotEqualTo(WorkingCalendar.builder(ZoneId.of("UTC")).build().hashCode());
    HolidayTable t = HolidayTable.of("t", List.of());
    assertThat(t.hashCode()).isNotEqualTo(HolidayTable.of("u", List.of()).hashCode());
    assertThat(t.hashCode()).isNotEqualTo(t.withValidity(Y2024).hashCode());
  }

  @Test
  void aTextWithoutItsSeparatorIsRefusedBeforeParsing() {
    assertThatThrownBy(() -> TimeInterval.parse("-12:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasNoCause();
    assertThatThrownBy(() -> TimeInterval.parse("08:00-12:00-13:00")).hasNoCause();
    assertThatThrownBy(() -> TimeInterval.parse("08:00-1x:00"))
        .hasCauseInstanceOf(java.time.format.DateTimeParseException.class);
    assertThatThrownBy(() -> DateRange.parse("..2024-01-01")).hasNoCause();
    assertThatThrownBy(() -> DateRange.parse("2024-01-01.."))
        .hasCauseInstanceOf(java.time.format.DateTimeParseException.class);
  }

  @Test
  void aFractionCarriedOrBorrowedCrossesAGapInWorkingTime() {
    WorkingCalendar office =
        WorkingCalendar.builder(SHANGHAI).outOfRange(OutOfRangePolicy.ASSUME_WEEKLY).build();
    // 0.4 s are left before 17:30, the other 0.1 s is worked the next morning
    assertThat(office.plus(at("2024-03-05T17:29:59.6"), Duration.ofMillis(500)).instant())
        .isEqualTo(at("2024-03-06T08:30:00.1"));
    assertThat(office.between(at("2024-03-05T17:29:59.6"), at("2024-03-06T08:30:00.1")).duration())
        .isEqualTo(Duration.ofMillis(500));
    // one-second intervals two seconds apart: 0.5 s of the start's own second, then 0.7 s of the
    // one before, which is isolated from the one before that
    WorkingCalendar seconds =
        WorkingCalendar.builder(SHANGHAI)
            .weekly(
                WeeklySchedule.everyDay(DailyHours.parse("08:00:00-08:00:01,08:00:02-08:00:03")))
            .outOfRange(OutOfRangePolicy.ASSUME_WEEKLY)
            .build();
    assertThat(seconds.plus(at("2024-03-05T08:00:02.5"), Duration.ofMillis(-1200)).instant())
        .isEqualTo(at("2024-03-05T08:00:00.3"));
    assertThat(seconds.plus(at("2024-03-05T08:00:00.5"), Duration.ofMillis(1200)).instant())
        .isEqualTo(at("2024-03-05T08:00:02.7"));
    assertThat(seconds.plus(at("2024-03-05T08:00:02.5"), Duration.ofMillis(-500)).instant())
        .isEqualTo(at("2024-03-05T08:00:02"));
    assertThat(seconds.plus(at("2024-03-05T08:00:02.5"), Duration.ofMillis(-200)).instant())
        .isEqualTo(at("2024-03-05T08:00:02.3"));
    assertThat(seconds.plus(at("2024-03-05T08:00:02.5"), Duration.ofMillis(-2500)).instant())
        .isEqualTo(at("2024-03-04T08:00:02"));
  }

  @Test
  void everyLayersOverridesArePrecomputed() {
    // the earliest override is in the second layer: the window must still reach it
    WorkingCalendar c =
        WorkingCalendar.natural(SHANGHAI).toBuilder()
            .layer(
                HolidayTable.of(
                    "june", List.of(DateOverride.dayOff(LocalDate.of(2024, 6, 17), "a"))))
            .layer(
                HolidayTable.of(
                    "march", List.of(DateOverride.dayOff(LocalDate.of(2024, 3, 4), "b"))))
            .layer(
                HolidayTable.of("may", List.of(DateOverride.dayOff(LocalDate.of(2024, 5, 6), "c"))))
            .build();
    assertThat(c.status(at("2024-03-04T12:00")).working()).isFalse();
    assertThat(c.status(at("2024-05-06T12:00")).working()).isFalse();
    assertThat(c.status(at("2024-06-17T12:00")).working()).isFalse();
    assertThat(c.between(at("2024-03-01T00:00"), at("2024-07-01T00:00")).duration())
        .isEqualTo(Duration.ofDays(122 - 3));
  }
}
