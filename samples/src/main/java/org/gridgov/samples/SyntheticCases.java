package org.gridgov.samples;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.gridgov.core.Atlas;
import org.gridgov.core.Grid;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.clock.Budget;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.clock.CaseFacts;
import org.gridgov.sla.clock.EventKind;
import org.gridgov.sla.clock.Priority;

/**
 * <b>Synthetic</b> case event logs: a month of grid governance cases spread over the grids of an
 * atlas (such as {@link YingkouSample#atlas()}), for demos, tests and benchmarks. Nothing here is
 * observed data: categories, volumes, delays and the shares of returns, suspensions, extensions,
 * deferrals, reworks and cancellations are made up to look plausible. Deterministic: the same
 * arguments give the same events.
 *
 * <p>Each case runs the whole closed loop in the vocabulary every bundled policy table understands
 * — report, registration, dispatch (sometimes returned and re-dispatched), sign-off, on-site
 * verification, resolution, feedback, acceptance — with suspensions, extensions, reminders, hand
 * escalations, deferrals, failed acceptances and cancellations mixed in; cases reported late in the
 * month are still open at its end. Categories are the 数字城管 example's (暴露垃圾, 道路保洁, 绿地养护, 私搭乱建) and
 * others such as 下水井堵塞; 3 % are urgent.
 *
 * <pre>{@code
 * List<List<CaseEvent>> month =
 *     SyntheticCases.month(YingkouSample.atlas(), YearMonth.of(2024, 5), 20_000, 20240501L);
 * }</pre>
 */
public final class SyntheticCases {
  /** The zone the cases happen in. */
  public static final ZoneId ZONE = ChinaHolidays.ZONE;

  private static final String[] CATEGORIES = {
    "暴露垃圾", "暴露垃圾", "暴露垃圾", "道路保洁", "道路保洁", "绿地养护", "私搭乱建", "下水井堵塞", "下水井堵塞", "噪声扰民"
  };
  private static final String[] SECTORS = {"water", "heating", "gas", "power", "sanitation"};
  private static final String[] IDS = new String[64];

  static {
    for (int i = 0; i < IDS.length; i++) {
      IDS[i] = Integer.toString(i);
    }
  }

  private SyntheticCases() {}

  /**
   * A month of cases with up to two suspensions each.
   *
   * @param atlas where the cases happen (its grids)
   * @param month the month the cases are reported in
   * @param count how many cases
   * @param seed the seed
   * @return the events of each case
   */
  public static List<List<CaseEvent>> month(Atlas atlas, YearMonth month, int count, long seed) {
    List<List<CaseEvent>> all = new ArrayList<>(count);
    forEach(atlas, month, count, seed, all::add);
    return all;
  }

  /**
   * The cases of {@link #month}, one at a time, without holding them.
   *
   * @param atlas where the cases happen (its grids)
   * @param month the month the cases are reported in
   * @param count how many cases
   * @param seed the seed
   * @param sink receives each case's events, in time order
   */
  public static void forEach(
      Atlas atlas, YearMonth month, int count, long seed, Consumer<List<CaseEvent>> sink) {
    forEach(atlas, month, count, seed, 2, 20, sink);
  }

  /**
   * Generates cases one at a time, without holding them: for a million cases and more.
   *
   * @param atlas where the cases happen (its grids)
   * @param month the month the cases are reported in
   * @param count how many cases
   * @param seed the seed
   * @param maxPauses the most suspensions a case has (each adds two events), 0 to 5
   * @param maxEvents the most events a case has, 12 to 24: optional steps (a rework, an extension,
   *     stages, a return, registration, verification, feedback, acceptance…) are left out of a case
   *     with many suspensions to stay within it
   * @param sink receives each case's events, in time order
   */
  public static void forEach(
      Atlas atlas,
      YearMonth month,
      int count,
      long seed,
      int maxPauses,
      int maxEvents,
      Consumer<List<CaseEvent>> sink) {
    checkNotNull(atlas, "atlas");
    checkNotNull(month, "month");
    checkArgument(count >= 0, "count is >= 0, got %s", count);
    checkArgument(maxPauses >= 0 && maxPauses <= 5, "maxPauses is 0 to 5, got %s", maxPauses);
    checkArgument(maxEvents >= 12 && maxEvents <= 24, "maxEvents is 12 to 24, got %s", maxEvents);
    List<Grid> grids = atlas.grids();
    checkArgument(!grids.isEmpty(), "the atlas has no grids");
    SplittableRandom r = new SplittableRandom(seed);
    Instant start = month.atDay(1).atStartOfDay(ZONE).toInstant();
    long monthMinutes =
        Duration.between(start, month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant())
            .toMinutes();
    for (int n = 0; n < count; n++) {
      String id =
          String.format(
              Locale.ROOT, "YK-%d%02d-%06d", month.getYear(), month.getMonthValue(), n + 1);
      sink.accept(
          List.copyOf(
              oneCase(
                  id,
                  grids.get(r.nextInt(grids.size())),
                  start,
                  monthMinutes,
                  maxPauses,
                  maxEvents,
                  r)));
    }
  }

  /** Events with how readily they are dropped to keep a case within its event budget. */
  private static final class Draft {
    final String caseId;
    final List<CaseEvent> events = new ArrayList<>(24);
    final List<Integer> ranks = new ArrayList<>(24);
    int ids;

    Draft(String caseId) {
      this.caseId = caseId;
    }

    void add(int rank, EventKind kind, Instant at) {
      add(rank, CaseEvent.of(IDS[ids++], caseId, kind, at));
    }

    void add(int rank, CaseEvent e) {
      events.add(e);
      ranks.add(rank);
    }

    String nextId() {
      return IDS[ids++];
    }

    /** Drops the most optional events until at most {@code max} are left. */
    List<CaseEvent> within(int max) {
      for (int rank = 10; rank > 0 && events.size() > max; rank--) {
        for (int i = events.size() - 1; i >= 0 && events.size() > max; i--) {
          if (ranks.get(i) == rank) {
            events.remove(i);
            ranks.remove(i);
          }
        }
      }
      return events;
    }
  }

  private static List<CaseEvent> oneCase(
      String id,
      Grid grid,
      Instant monthStart,
      long monthMinutes,
      int maxPauses,
      int maxEvents,
      SplittableRandom r) {
    Draft d = new Draft(id);
    // reported mostly in the daytime: a day of the month, then an hour weighted to 7-21
    long day = r.nextLong(monthMinutes / 1440);
    int hour = r.nextInt(10) < 8 ? 7 + r.nextInt(14) : r.nextInt(24);
    Instant t =
        LocalDateTime.ofInstant(monthStart, ZONE)
            .plusDays(day)
            .withHour(hour)
            .withMinute(r.nextInt(60))
            .atZone(ZONE)
            .toInstant();
    String category = CATEGORIES[r.nextInt(CATEGORIES.length)];
    Priority priority =
        r.nextInt(100) < 3 ? Priority.URGENT : r.nextInt(10) == 0 ? Priority.HIGH : Priority.NORMAL;
    CaseFacts facts =
        new CaseFacts(
            Optional.of(category),
            Optional.of(priority),
            Optional.of(grid.code()),
            Optional.of(SECTORS[r.nextInt(SECTORS.length)]));
    // ranks: 0 never dropped, then accept 1, dispatch 2, sign 3, feedback 4, verify 5,
    // registration 6, return and re-dispatch 7, stages 8, extension/reminder/escalation 9, rework
    // 10
    d.add(0, CaseEvent.reported(d.nextId(), id, t, facts));
    t = after(t, r, 5, 60);
    d.add(6, EventKind.REGISTERED, t);
    t = after(t, r, 5, 120);
    d.add(2, EventKind.DISPATCHED, t);
    if (r.nextInt(100) < 8) {
      t = after(t, r, 10, 180);
      d.add(7, EventKind.RETURNED, t);
      t = after(t, r, 10, 240);
      d.add(7, EventKind.REDISPATCHED, t);
    }
    if (r.nextInt(100) < 2) {
      d.add(0, EventKind.CANCELLED, after(t, r, 30, 600));
      return d.within(maxEvents);
    }
    t = after(t, r, 1, 90);
    d.add(3, EventKind.SIGNED_FOR, t);
    t = after(t, r, 20, 360);
    d.add(5, EventKind.VERIFIED, t);
    if ("私搭乱建".equals(category)) {
      t = after(t, r, 60, 600);
      d.add(8, CaseEvent.stageCompleted(d.nextId(), id, t, "stop"));
      t = after(t, r, 1440, 8000);
      d.add(8, CaseEvent.stageCompleted(d.nextId(), id, t, "penalise"));
    }
    int pauses = maxPauses == 0 || r.nextInt(10) < 6 ? 0 : 1 + r.nextInt(maxPauses);
    pauses = Math.min(pauses, (maxEvents - 2) / 2);
    for (int p = 0; p < pauses; p++) {
      t = after(t, r, 30, 600);
      d.add(0, EventKind.SUSPENDED, t);
      t = after(t, r, 60, 2880);
      d.add(0, EventKind.RESUMED, t);
    }
    int roll = r.nextInt(100);
    if (roll < 2) {
      d.add(0, EventKind.DEFERRED, after(t, r, 60, 1440));
      return d.within(maxEvents);
    }
    if (roll < 7) {
      t = after(t, r, 30, 600);
      d.add(
          9,
          CaseEvent.extension(d.nextId(), id, t, Budget.time(Duration.ofHours(4 + r.nextInt(20)))));
    } else if (roll < 10) {
      t = after(t, r, 60, 2880);
      d.add(9, EventKind.REMINDED, t);
    } else if (roll < 11) {
      t = after(t, r, 60, 2880);
      d.add(9, EventKind.ESCALATED, t);
    }
    // resolution: mostly within a day, a long tail over days
    t = r.nextInt(10) < 7 ? after(t, r, 30, 900) : after(t, r, 900, 7200);
    d.add(0, EventKind.RESOLVED, t);
    if (r.nextInt(100) < 5) {
      t = after(t, r, 60, 1440);
      d.add(10, EventKind.ACCEPTANCE_FAILED, t);
      t = after(t, r, 120, 2880);
      d.add(10, EventKind.RESOLVED, t);
    }
    t = after(t, r, 10, 600);
    d.add(4, EventKind.FEEDBACK_GIVEN, t);
    t = after(t, r, 60, 2400);
    d.add(1, EventKind.ACCEPTED, t);
    return d.within(maxEvents);
  }

  /** An instant some minutes after {@code t}, log-uniform between the bounds. */
  private static Instant after(Instant t, SplittableRandom r, int minMinutes, int maxMinutes) {
    double lo = Math.log(minMinutes);
    double hi = Math.log(maxMinutes);
    long minutes = Math.round(Math.exp(lo + r.nextDouble() * (hi - lo)));
    return t.plus(Duration.ofMinutes(minutes)).plusSeconds(r.nextInt(60));
  }
}
