package org.gridgov.sla.calendar;

import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * A random calendar definition with random instants near it, all derived from one seed so that a
 * failing case can be rebuilt from its printed seed. Zones: Asia/Shanghai (no DST), Europe/Berlin
 * (1-hour DST), Australia/Lord_Howe (30-minute DST), America/Sao_Paulo (DST changes at midnight
 * until 2019). Schedules on a 15-minute grid, up to three intervals a day, the last possibly
 * crossing midnight, sometimes the whole day; overrides of every kind in up to two layers; base
 * dates biased towards the zone's clock changes.
 */
public final class CalendarCase {
  static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Asia/Shanghai"),
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("America/Sao_Paulo"));

  private static final List<OutOfRangePolicy> POLICIES =
      List.of(
          OutOfRangePolicy.REFUSE, OutOfRangePolicy.ASSUME_WEEKLY, OutOfRangePolicy.PROVISIONAL);

  final long seed;
  final WorkingCalendar calendar;
  final MinuteOracle oracle;
  final Instant base;
  private final SplittableRandom random;

  private CalendarCase(long seed, ZoneId zone, OutOfRangePolicy policy) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
    LocalDate baseDate = baseDate(zone);
    WorkingCalendar.Builder b = WorkingCalendar.builder(zone).weekly(weekly()).outOfRange(policy);
    int layers = random.nextInt(3);
    for (int i = 0; i < layers; i++) {
      b.layer(layer(baseDate, i));
    }
    if (random.nextInt(3) == 0) {
      b.validity(
          DateRange.of(
              baseDate.minusDays(random.nextInt(30)), baseDate.plusDays(random.nextInt(30))));
    }
    this.calendar = b.build();
    this.oracle = new MinuteOracle(calendar);
    this.base = baseDate.atTime(12, 0).atZone(zone).toInstant();
  }

  /** Cases in random zones answering outside their range with the weekly rule. */
  static Gen<CalendarCase> cases() {
    return longs().all().map(s -> new CalendarCase(s, pickZone(s), OutOfRangePolicy.ASSUME_WEEKLY));
  }

  /** Random calendar definitions with every policy, for format round trips. */
  public static Gen<WorkingCalendar> calendars() {
    return longs()
        .all()
        .map(
            s ->
                new CalendarCase(s, pickZone(s), POLICIES.get((int) Math.floorMod(s, 3L)))
                    .calendar);
  }

  /** Cases in one zone. */
  static Gen<CalendarCase> cases(ZoneId zone) {
    return longs().all().map(s -> new CalendarCase(s, zone, OutOfRangePolicy.ASSUME_WEEKLY));
  }

  /** Cases with the given policy. */
  static Gen<CalendarCase> cases(OutOfRangePolicy policy) {
    return longs().all().map(s -> new CalendarCase(s, pickZone(s), policy));
  }

  private static ZoneId pickZone(long seed) {
    return ZONES.get((int) Math.floorMod(seed ^ (seed >>> 17), (long) ZONES.size()));
  }

  private LocalDate baseDate(ZoneId zone) {
    int year = 1995 + random.nextInt(36);
    LocalDate date = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
    if (random.nextBoolean()) {
      ZoneOffsetTransition t = zone.getRules().nextTransition(date.atStartOfDay(zone).toInstant());
      if (t != null && t.getInstant().isBefore(Instant.parse("2040-01-01T00:00:00Z"))) {
        date = t.getDateTimeBefore().toLocalDate().plusDays(random.nextInt(7) - 3);
      }
    }
    return date;
  }

  private WeeklySchedule weekly() {
    EnumMap<DayOfWeek, DailyHours> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      days.put(d, daily());
    }
    WeeklySchedule schedule = WeeklySchedule.of(days);
    return random.nextInt(4) == 0 ? schedule.withMakeUpDayHours(daily()) : schedule;
  }

  DailyHours daily() {
    int roll = random.nextInt(20);
    if (roll < 4) {
      return DailyHours.closed();
    }
    if (roll == 4) {
      LocalTime t = quarter(random.nextInt(96));
      return DailyHours.of(TimeInterval.overnight(t, t)); // 24 hours from t
    }
    int count = 1 + random.nextInt(3);
    List<Integer> points = new ArrayList<>();
    while (points.size() < 2 * count) {
      int p = random.nextInt(96);
      if (!points.contains(p)) {
        points.add(p);
      }
    }
    points.sort(null);
    List<TimeInterval> intervals = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      intervals.add(TimeInterval.of(quarter(points.get(2 * i)), quarter(points.get(2 * i + 1))));
    }
    if (random.nextInt(3) == 0) {
      // The last interval crosses midnight: its end wraps below the first start.
      TimeInterval last = intervals.remove(count - 1);
      int wrapped = random.nextInt(points.get(0) + 1);
      intervals.add(TimeInterval.overnight(last.start(), quarter(wrapped)));
    }
    return new DailyHours(intervals);
  }

  private static LocalTime quarter(int q) {
    return LocalTime.of(q / 4, (q % 4) * 15);
  }

  private HolidayTable layer(LocalDate baseDate, int index) {
    List<DateOverride> overrides = new ArrayList<>();
    List<LocalDate> used = new ArrayList<>();
    int count = random.nextInt(10);
    for (int i = 0; i < count; i++) {
      LocalDate date = baseDate.plusDays(random.nextInt(61) - 30);
      if (used.contains(date)) {
        continue;
      }
      used.add(date);
      switch (random.nextInt(4)) {
        case 0 -> overrides.add(DateOverride.dayOff(date, "off" + i));
        case 1 -> overrides.add(DateOverride.makeUpWorkday(date, "work" + i));
        case 2 -> overrides.add(DateOverride.makeUpWorkday(date, "work" + i, daily()));
        default -> overrides.add(DateOverride.customHours(date, "custom" + i, daily()));
      }
    }
    Optional<DateRange> validity =
        random.nextBoolean()
            ? Optional.of(
                DateRange.of(
                    baseDate.minusDays(20 + random.nextInt(20)),
                    baseDate.plusDays(20 + random.nextInt(20))))
            : Optional.empty();
    return HolidayTable.of("layer" + index, overrides, validity, List.of());
  }

  /** An instant within {@code days} days of the base, at a random second, sometimes with nanos. */
  Instant instant(SplittableRandom r, int days) {
    long seconds = r.nextLong(-days * 86_400L, days * 86_400L);
    int nanos = r.nextInt(3) == 0 ? r.nextInt(1_000_000_000) : 0;
    if (r.nextInt(4) == 0) {
      seconds = seconds / 900 * 900; // on the grid, where boundaries are
    }
    return base.plusSeconds(seconds).plusNanos(nanos);
  }

  /** A working duration up to {@code hours} hours, sometimes negative, sometimes with nanos. */
  static Duration duration(SplittableRandom r, int hours, boolean allowNegative) {
    long seconds = r.nextLong(hours * 3600L + 1);
    if (r.nextInt(4) == 0) {
      seconds = seconds / 900 * 900;
    }
    Duration d = Duration.ofSeconds(seconds, r.nextInt(3) == 0 ? r.nextInt(1_000_000_000) : 0);
    return allowNegative && r.nextBoolean() ? d.negated() : d;
  }

  /** A random source for this case's instants, separate from the definition's. */
  SplittableRandom draws(long salt) {
    return new SplittableRandom(seed * 31 + salt);
  }

  @Override
  public String toString() {
    return "CalendarCase[seed=" + seed + ", base=" + base + ", " + calendar + "]";
  }
}
