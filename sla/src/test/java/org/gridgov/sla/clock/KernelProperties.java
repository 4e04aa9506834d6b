package org.gridgov.sla.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.gridgov.sla.calendar.CalendarRangeException;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.calendar.DateRange;
import org.gridgov.sla.calendar.OutOfRangePolicy;
import org.gridgov.sla.calendar.Theories;
import org.gridgov.sla.calendar.WeeklySchedule;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

/**
 * The replay kernel's shortcuts against the obvious way: the per-case memo of working time against
 * asking the calendar each time, and a log's deduplication and sorting against keeping the first
 * event of each id in a map and sorting with the comparator.
 */
class KernelProperties {
  private static final WorkingCalendar OFFICE = ChinaHolidays.calendar();
  private static final WorkingCalendar NATURAL = WorkingCalendar.natural(ChinaHolidays.ZONE);
  private static final WorkingCalendar BERLIN =
      WorkingCalendar.builder(CaseGen.BERLIN)
          .weekly(WeeklySchedule.chinaOffice())
          .outOfRange(OutOfRangePolicy.ASSUME_WEEKLY)
          .build();
  private static final List<WorkingCalendar> CALENDARS = List.of(OFFICE, NATURAL, BERLIN);

  @Test
  void theMemoAnswersAsTheCalendarDoes() {
    Theories.qt(Examples.scaled(300))
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              // a few instants, some with fractions, some equal but not the same instance
              Instant base = Instant.parse("2024-02-08T02:00:00Z");
              List<Instant> pool = new ArrayList<>();
              for (int i = 0; i < 1 + r.nextInt(8); i++) {
                Instant t = base.plusSeconds(r.nextLong(20 * 86_400L));
                pool.add(r.nextBoolean() ? t : t.plusNanos(r.nextInt(1_000_000_000)));
              }
              for (int i = pool.size() - 1; i >= 0 && r.nextBoolean(); i--) {
                Instant t = pool.get(i);
                pool.add(Instant.ofEpochSecond(t.getEpochSecond(), t.getNano()));
              }
              Memo memo = new Memo(1 + r.nextInt(16));
              for (int q = 0; q < 60; q++) {
                WorkingCalendar cal = CALENDARS.get(r.nextInt(CALENDARS.size()));
                Instant a = pool.get(r.nextInt(pool.size()));
                Instant b = pool.get(r.nextInt(pool.size()));
                assertThat(memo.work(cal, a, b))
                    .as("seed %s: %s to %s", seed, a, b)
                    .isEqualTo(Clocks.work(cal, a, b))
                    .isEqualTo(Memo.NONE.work(cal, a, b));
              }
            });
  }

  @Test
  void aRefusalIsNotRemembered() {
    WorkingCalendar refusing =
        WorkingCalendar.builder(ChinaHolidays.ZONE)
            .validity(DateRange.ofYears(2024, 2024))
            .outOfRange(OutOfRangePolicy.REFUSE)
            .build();
    Instant a = Instant.parse("2024-12-30T02:00:00Z");
    Instant b = Instant.parse("2025-01-02T02:00:00Z");
    Memo memo = new Memo(4);
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> memo.work(refusing, a, b))
          .isInstanceOf(CalendarRangeException.class);
    }
    assertThat(memo.work(refusing, a, a)).isZero();
  }

  @Test
  void aLogKeepsTheFirstEventOfEachIdInReplayOrder() {
    Theories.qt(Examples.scaled(300))
        .forAll(CaseGen.cases())
        .checkAssert(
            c -> {
              SplittableRandom r = new SplittableRandom(c.seed);
              List<CaseEvent> given = new ArrayList<>(c.events);
              // repeats of some ids with other content, and sometimes enough reminders to pass the
              // size up to which the log sorts in place
              for (int i = 0; i < r.nextInt(4); i++) {
                CaseEvent e = c.events.get(r.nextInt(c.events.size()));
                given.add(
                    new CaseEvent(
                        e.id(),
                        e.caseId(),
                        EventKind.REMINDED,
                        e.at().plus(Duration.ofMinutes(r.nextInt(-600, 600))),
                        CaseFacts.none(),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        "again"));
              }
              int extra = r.nextInt(3) == 0 ? 20 + r.nextInt(30) : 0;
              for (int i = 0; i < extra; i++) {
                given.add(
                    CaseEvent.of(
                        "x" + r.nextInt(extra),
                        c.caseId,
                        EventKind.REMINDED,
                        c.first.plus(Duration.ofMinutes(r.nextInt(10_000)))));
              }
              switch (r.nextInt(3)) {
                case 0 -> Collections.shuffle(given, new Random(c.seed));
                case 1 -> Collections.reverse(given);
                default -> {
                  // as given
                }
              }
              Map<String, CaseEvent> first = new LinkedHashMap<>();
              for (CaseEvent e : given) {
                first.putIfAbsent(e.id(), e);
              }
              List<CaseEvent> expected = new ArrayList<>(first.values());
              expected.sort(
                  Comparator.comparing(CaseEvent::at)
                      .thenComparing(CaseEvent::kind)
                      .thenComparing(CaseEvent::id));
              assertThat(CaseLog.of(c.caseId, c.table, given).events())
                  .as("seed %s, given %s", c.seed, given)
                  .isEqualTo(expected);
            });
  }
}
