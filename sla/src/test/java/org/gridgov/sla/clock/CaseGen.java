package org.gridgov.sla.clock;

import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.gridgov.core.GridCode;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.calendar.OutOfRangePolicy;
import org.gridgov.sla.calendar.WeeklySchedule;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.gridgov.sla.calendar.WorkingDayRule;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;

/**
 * A random case from one seed: a policy table (a bundled one, or a random policy with one to four
 * milestones on natural, China office or Berlin office calendars, with random anchors, start, stop,
 * reset and pause events, warnings, rework, extensions and escalation) and a plausible event log
 * with some invalid events mixed in, all on whole minutes, starting near holidays and clock
 * changes. The seed is in {@link #toString()} so that a failure can be rebuilt.
 */
final class CaseGen {
  static final String CASE = "C";
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final WorkingCalendar NATURAL = WorkingCalendar.natural(ChinaHolidays.ZONE);
  private static final WorkingCalendar BERLIN_OFFICE =
      WorkingCalendar.builder(BERLIN)
          .weekly(WeeklySchedule.chinaOffice())
          .outOfRange(OutOfRangePolicy.ASSUME_WEEKLY)
          .build();
  private static final List<String> BASES =
      List.of(
          "2024-02-08T10:00", // before the 2024 Spring Festival, make-up Sunday 02-18
          "2023-09-27T16:00", // before National Day 2023, make-up Saturday 10-07
          "2022-12-09T15:00", // the week of the 站前区 case
          "2024-03-29T11:00", // Berlin: clocks forward on 03-31
          "2023-10-27T17:00", // Berlin: clocks back on 10-29
          "2023-06-14T08:00");

  final long seed;
  final String caseId;
  final @Nullable GridCode grid;
  final PolicyTable table;
  final List<CaseEvent> events;
  final Instant first;
  final Instant last;
  private final SplittableRandom r;

  CaseGen(long seed) {
    this(seed, CASE, (seed & 1) == 0 ? GridCode.parse("210802002001001") : null);
  }

  CaseGen(long seed, String caseId, @Nullable GridCode grid) {
    this.seed = seed;
    this.caseId = caseId;
    this.grid = grid;
    this.r = new SplittableRandom(seed);
    this.table = r.nextInt(3) == 0 ? preset() : randomTable();
    ZoneId zone = r.nextInt(5) == 0 ? BERLIN : ChinaHolidays.ZONE;
    this.first =
        LocalDateTime.parse(BASES.get(r.nextInt(BASES.size())))
            .plusMinutes(r.nextInt(600))
            .atZone(zone)
            .toInstant();
    this.events = events();
    Instant max = first;
    for (CaseEvent e : events) {
      max = e.at().isAfter(max) ? e.at() : max;
    }
    this.last = max;
  }

  static Gen<CaseGen> cases() {
    return longs().all().map(seed -> new CaseGen(seed));
  }

  /** An instant to ask about: around the events, or up to two weeks after the last. */
  Instant someInstant(SplittableRandom rnd) {
    long span = Duration.between(first, last).toMinutes() + 14 * 24 * 60;
    return first.plus(Duration.ofMinutes(rnd.nextLong(-60, span)));
  }

  @Override
  public String toString() {
    return "CaseGen[seed " + seed + ", " + table + ", events " + events + "]";
  }

  private PolicyTable preset() {
    return switch (r.nextInt(4)) {
      case 0 -> PolicyPresets.zhanqian();
      case 1 -> PolicyPresets.zhanqianWorkingHours();
      case 2 -> PolicyPresets.chengguan();
      default -> PolicyPresets.hotline12345();
    };
  }

  private static final List<EventKind> STOPS =
      List.of(
          EventKind.VERIFIED,
          EventKind.SIGNED_FOR,
          EventKind.RESOLVED,
          EventKind.FEEDBACK_GIVEN,
          EventKind.ACCEPTED,
          EventKind.STAGE_COMPLETED);
  private static final List<EventKind> STARTS =
      List.of(
          EventKind.REGISTERED,
          EventKind.DISPATCHED,
          EventKind.REDISPATCHED,
          EventKind.SIGNED_FOR,
          EventKind.VERIFIED);
  private static final List<EventKind> CLOCK_STARTS =
      List.of(EventKind.REPORTED, EventKind.REGISTERED, EventKind.DISPATCHED, EventKind.SIGNED_FOR);
  private static final List<String> CALENDARS = List.of("natural", "office", "berlin");

  private PolicyTable randomTable() {
    PolicyTable.Builder b =
        PolicyTable.builder()
            .calendar("natural", NATURAL)
            .calendar("office", ChinaHolidays.calendar())
            .calendar("berlin", BERLIN_OFFICE);
    CasePolicy p1 = randomPolicy("P1");
    if (r.nextInt(3) == 0) {
      CasePolicy p2 = randomPolicy("P2");
      return b.policy(p1)
          .policy(p2)
          .row(PolicyRow.categories("P2", "B"))
          .row(PolicyRow.any("P1"))
          .build();
    }
    return b.policy(p1).row(PolicyRow.any("P1")).build();
  }

  private CasePolicy randomPolicy(String name) {
    int count = 1 + r.nextInt(4);
    CasePolicy.Builder b =
        CasePolicy.builder(name).clockStart(CLOCK_STARTS.get(r.nextInt(CLOCK_STARTS.size())));
    for (int i = 0; i < count; i++) {
      b.milestone(randomMilestone("m" + i, i));
    }
    String from = "m" + r.nextInt(count);
    switch (r.nextInt(3)) {
      case 0 -> b.rework(Rework.of(Rework.Mode.CONTINUE, from));
      case 1 -> b.rework(Rework.of(Rework.Mode.RESTART, from));
      default -> b.rework(Rework.newBudget(from, budget()));
    }
    b.closing("m" + r.nextInt(count));
    b.extensions(new ExtensionRule(r.nextBoolean(), r.nextInt(3)));
    if (r.nextBoolean()) {
      List<Escalation.Level> levels = new ArrayList<>();
      List<Tier> tiers =
          new ArrayList<>(List.of(Tier.LIAISON, Tier.STREET, Tier.DISTRICT, Tier.CITY));
      int n = 1 + r.nextInt(3);
      while (tiers.size() > n) {
        tiers.remove(r.nextInt(tiers.size()));
      }
      for (Tier t : tiers) {
        levels.add(
            new Escalation.Level(
                t,
                r.nextInt(4) == 0
                    ? Budget.days(1, WorkingDayRule.END_OF_DAY)
                    : Budget.time(Duration.ofMinutes(30 + 30L * r.nextInt(20)))));
      }
      b.escalation(Escalation.of(CALENDARS.get(r.nextInt(3)), levels));
    }
    return b.build();
  }

  private Budget budget() {
    if (r.nextInt(3) == 0) {
      return Budget.days(
          1 + r.nextInt(5), r.nextBoolean() ? WorkingDayRule.END_OF_DAY : WorkingDayRule.SAME_TIME);
    }
    return Budget.time(Duration.ofMinutes(15L * (1 + r.nextInt(200))));
  }

  private Milestone randomMilestone(String id, int index) {
    Milestone.Builder b =
        Milestone.builder(id, budget()).calendar(CALENDARS.get(r.nextInt(CALENDARS.size())));
    Anchor anchor = index == 0 ? Anchor.CLOCK_START : List.of(Anchor.values()).get(r.nextInt(3));
    b.anchor(anchor);
    Set<EventKind> start = EnumSet.noneOf(EventKind.class);
    if (anchor == Anchor.START_EVENT || (anchor == Anchor.CLOCK_START && r.nextInt(3) == 0)) {
      start.add(STARTS.get(r.nextInt(STARTS.size())));
      b.startOn(start.toArray(new EventKind[0]));
    }
    EventKind stop;
    do {
      stop = STOPS.get(r.nextInt(STOPS.size()));
    } while (start.contains(stop));
    b.stopOn(stop);
    if (r.nextInt(5) == 0 && stop != EventKind.REDISPATCHED) {
      b.resetOn(EventKind.REDISPATCHED);
    }
    switch (r.nextInt(6)) {
      case 0 -> b.pauseWhile(List.of(EventKind.SUSPENDED, EventKind.RETURNED));
      case 1 -> b.pauseWhile(List.of(EventKind.RETURNED));
      case 2 -> b.pauseWhile(List.of());
      case 3 -> b.pauseWhile(List.of(EventKind.SUSPENDED, EventKind.DEFERRED, EventKind.RETURNED));
      default -> {
        // suspended or deferred
      }
    }
    b.warnings(
        Warnings.of(
            Threshold.percent(1 + r.nextInt(60)),
            r.nextBoolean()
                ? Threshold.percent(60 + r.nextInt(39))
                : Threshold.beforeBreach(Duration.ofMinutes(15L * (1 + r.nextInt(40))))));
    if (r.nextInt(3) == 0) {
      b.reminderAfterBreach(Duration.ofMinutes(r.nextInt(3) * 60L));
    }
    return b.build();
  }

  private static final List<EventKind> FLOW =
      List.of(
          EventKind.REGISTERED,
          EventKind.DISPATCHED,
          EventKind.SIGNED_FOR,
          EventKind.VERIFIED,
          EventKind.RESOLVED,
          EventKind.FEEDBACK_GIVEN,
          EventKind.ACCEPTED);

  private static final List<EventKind> BIASED =
      List.of(
          EventKind.EXTENSION_GRANTED,
          EventKind.EXTENSION_GRANTED,
          EventKind.ACCEPTANCE_FAILED,
          EventKind.SUSPENDED,
          EventKind.ESCALATED);

  private List<CaseEvent> events() {
    List<CaseEvent> list = new ArrayList<>();
    Instant t = first;
    list.add(CaseEvent.reported("e0", caseId, t, facts()));
    int n = 3 + r.nextInt(12);
    int flow = 0;
    for (int i = 1; i <= n; i++) {
      int gap = r.nextInt(10);
      t = t.plus(Duration.ofMinutes(gap == 0 ? 0 : gap < 7 ? 1 + r.nextInt(240) : r.nextInt(4000)));
      EventKind k;
      if (r.nextInt(10) < 6 && flow < FLOW.size()) {
        k = FLOW.get(flow++);
      } else if (r.nextInt(3) == 0) {
        k = BIASED.get(r.nextInt(BIASED.size()));
      } else {
        k = List.of(EventKind.values()).get(r.nextInt(EventKind.values().length));
      }
      String id = "e" + i;
      CaseEvent e =
          switch (k) {
            case REPORTED, REGISTERED ->
                new CaseEvent(
                    id,
                    caseId,
                    k,
                    t,
                    r.nextBoolean() ? facts() : CaseFacts.none(),
                    Optional.empty(),
                    Optional.empty(),
                    "");
            case EXTENSION_GRANTED ->
                new CaseEvent(
                    id,
                    caseId,
                    k,
                    t,
                    CaseFacts.none(),
                    r.nextBoolean() ? Optional.of(milestoneName()) : Optional.empty(),
                    Optional.of(
                        r.nextBoolean()
                            ? Budget.time(Duration.ofMinutes(15L * (1 + r.nextInt(40))))
                            : Budget.days(1 + r.nextInt(2), WorkingDayRule.END_OF_DAY)),
                    "");
            case STAGE_COMPLETED -> CaseEvent.stageCompleted(id, caseId, t, milestoneName());
            default -> CaseEvent.of(id, caseId, k, t);
          };
      list.add(e);
      if (k == EventKind.SUSPENDED && r.nextBoolean()) {
        t = t.plus(Duration.ofMinutes(1 + r.nextInt(3000)));
        list.add(CaseEvent.of(id + "r", caseId, EventKind.RESUMED, t));
      }
      if (k == EventKind.ACCEPTANCE_FAILED) {
        flow = Math.min(flow, 4);
      }
    }
    return List.copyOf(list);
  }

  private String milestoneName() {
    List<String> ids = new ArrayList<>(table.milestoneIds());
    ids.add("nope");
    return ids.get(r.nextInt(ids.size()));
  }

  private CaseFacts facts() {
    return new CaseFacts(
        Optional.of(List.of("A", "B", "暴露垃圾", "私搭乱建", "咨询", "投诉").get(r.nextInt(6))),
        Optional.of(List.of(Priority.values()).get(r.nextInt(3))),
        Optional.ofNullable(grid),
        Optional.empty());
  }
}
