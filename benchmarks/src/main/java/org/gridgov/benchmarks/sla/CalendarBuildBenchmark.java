package org.gridgov.benchmarks.sla;

import java.util.concurrent.TimeUnit;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.calendar.OutOfRangePolicy;
import org.gridgov.sla.calendar.WeeklySchedule;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the China office calendar (2007–2026 table, window 2006-12-23..2027-01-07, offset
 * segments of Asia/Shanghai to 2300) from the already-parsed table. For the retained size see
 * {@link CalendarFootprint}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CalendarBuildBenchmark {
  /** A fresh calendar each call. */
  @Benchmark
  public WorkingCalendar buildChinaOffice() {
    return ChinaHolidays.calendar(WeeklySchedule.chinaOffice(), OutOfRangePolicy.REFUSE);
  }
}
