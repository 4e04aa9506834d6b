package org.gridgov.benchmarks.sla;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import net.objectlab.kit.datecalc.common.DateCalculator;
import net.objectlab.kit.datecalc.common.DefaultHolidayCalendar;
import net.objectlab.kit.datecalc.common.HolidayHandlerType;
import net.objectlab.kit.datecalc.jdk8.Jdk8WorkingWeek;
import net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.gridgov.sla.calendar.WorkingDayRule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Working days on the China holidays 2007–2026: counting working days over {@code spanDays} and
 * moving by {@code days} working days, ours against ObjectLab Kit (datecalc-jdk8 1.4.8) and a day
 * loop.
 *
 * <p>ObjectLab has no make-up working days (调休): its working week is fixed per weekday and its
 * holiday set can only remove days. To give it the same calendar we declare all seven days working
 * and list as holidays every statutory day off plus every Saturday and Sunday that is not a make-up
 * day, 2007–2026 (about 2 700 dates). Its move is date-only; ours also resolves the close of the
 * due day to an instant (END_OF_DAY), so ours does strictly more work per call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class WorkingDaysBenchmark {
  @Param({"30"})
  public int spanDays;

  @Param({"13"})
  public int days;

  private final WorkingCalendar calendar = ChinaHolidays.calendar();
  private final NaiveCalendars naive = new NaiveCalendars();
  private DateCalculator<LocalDate> objectLab =
      LocalDateKitCalculatorsFactory.forwardCalculator("CN");
  private final LocalDate[] froms = new LocalDate[1024];
  private final LocalDate[] tos = new LocalDate[1024];
  private final Instant[] instants = new Instant[1024];
  private int i;

  /** Builds ObjectLab's calendar, draws inputs and checks that all agree. */
  @Setup(Level.Trial)
  public void setUp() {
    Set<LocalDate> holidays = new HashSet<>();
    LocalDate first = LocalDate.of(2007, 1, 1);
    LocalDate last = LocalDate.of(2026, 12, 31);
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      if (!naive.isWorkingDay(d)) {
        holidays.add(d);
      }
    }
    LocalDateKitCalculatorsFactory factory = new LocalDateKitCalculatorsFactory();
    factory.registerHolidays("CN", new DefaultHolidayCalendar<>(holidays, first, last));
    objectLab = factory.getDateCalculator("CN", HolidayHandlerType.FORWARD);
    objectLab.setWorkingWeek(
        new Jdk8WorkingWeek()
            .withWorkingDayFromDateTimeConstant(true, DayOfWeek.SATURDAY)
            .withWorkingDayFromDateTimeConstant(true, DayOfWeek.SUNDAY));
    SplittableRandom r = new SplittableRandom(13);
    for (int k = 0; k < froms.length; k++) {
      froms[k] = LocalDate.of(2008, 1, 1).plusDays(r.nextInt(17 * 365));
      tos[k] = froms[k].plusDays(spanDays);
      instants[k] = froms[k].atTime(15, 0).atZone(NaiveCalendars.ZONE).toInstant();
    }
    for (int k = 0; k < 64; k++) {
      int ours = calendar.workingDaysBetween(froms[k], tos[k]).days();
      check(ours == naive.dayLoopWorkingDays(froms[k], tos[k]), "day loop count", k);
      // ObjectLab counts [from, to): shift by one day to count (from, to].
      check(
          ours
              == objectLab.getNumberOfBusinessDaysBetween(froms[k].plusDays(1), tos[k].plusDays(1)),
          "ObjectLab count",
          k);
      LocalDate due =
          LocalDate.ofInstant(
              calendar.plusWorkingDays(instants[k], days, WorkingDayRule.END_OF_DAY).instant(),
              NaiveCalendars.ZONE);
      check(due.equals(naive.dayLoopPlusWorkingDays(froms[k], days)), "day loop move", k);
      check(due.equals(objectLabMove(froms[k])), "ObjectLab move", k);
    }
  }

  private LocalDate objectLabMove(LocalDate from) {
    // From a working day, n business days later; ObjectLab first rolls a non-working start forward,
    // so start from the last working day on or before the date to count from the day after it.
    LocalDate start = from;
    while (!naive.isWorkingDay(start)) {
      start = start.minusDays(1);
    }
    objectLab.setStartDate(start);
    return objectLab.moveByBusinessDays(days).getCurrentBusinessDate();
  }

  private void check(boolean ok, String what, int k) {
    if (!ok) {
      throw new IllegalStateException(what + " disagrees with ours from " + froms[k]);
    }
  }

  private int next() {
    i = (i + 1) & 1023;
    return i;
  }

  /** Ours: O(1) prefix counts. */
  @Benchmark
  public int countOurs() {
    int k = next();
    return calendar.workingDaysBetween(froms[k], tos[k]).days();
  }

  /** ObjectLab Kit. */
  @Benchmark
  public int countObjectLab() {
    int k = next();
    return objectLab.getNumberOfBusinessDaysBetween(froms[k], tos[k]);
  }

  /** One date at a time. */
  @Benchmark
  public int countDayLoop() {
    int k = next();
    return naive.dayLoopWorkingDays(froms[k], tos[k]);
  }

  /** Ours: binary search, then the close of the due day as an instant. */
  @Benchmark
  public Instant moveOurs() {
    return calendar.plusWorkingDays(instants[next()], days, WorkingDayRule.END_OF_DAY).instant();
  }

  /** ObjectLab Kit, date only (from a working day). */
  @Benchmark
  public LocalDate moveObjectLab() {
    objectLab.setStartDate(froms[next()]);
    return objectLab.moveByBusinessDays(days).getCurrentBusinessDate();
  }

  /** One date at a time. */
  @Benchmark
  public LocalDate moveDayLoop() {
    return naive.dayLoopPlusWorkingDays(froms[next()], days);
  }
}
