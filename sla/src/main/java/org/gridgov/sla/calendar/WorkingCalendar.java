package org.gridgov.sla.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * 工作日历 — a working-time calendar: a weekly rule, layers of date overrides (statutory holidays,
 * make-up working days, a unit's closures) and a zone, with exact arithmetic on the {@link Instant}
 * timeline.
 *
 * <pre>{@code
 * WorkingCalendar office = ChinaHolidays.calendar(); // Asia/Shanghai, 08:30-12:00 and 13:30-17:30
 * Instant received = Instant.parse("2024-02-09T07:00:00Z"); // Friday 15:00 before 春节
 * office.plus(received, Duration.ofHours(3)).instant();     // 2024-02-18T01:00:00Z, Sunday 09:00
 * office.plusWorkingDays(received, 5, WorkingDayRule.END_OF_DAY).instant(); // Thu 22 Feb 17:30
 * WorkingCalendar.natural(ZoneId.of("Asia/Shanghai")).plus(received, Duration.ofHours(3));
 * }</pre>
 *
 * <h2>What counts as working time</h2>
 *
 * An instant is working time when its local date-time in the calendar's zone falls in a working
 * interval of its date, or in an interval of the day before that ends on the next day. Intervals
 * are half-open: 17:30 is not working time under 13:30–17:30. A date's hours come from its override
 * if any, else from the weekly rule. Layers apply in order, <b>a later layer beats an earlier
 * one</b>: national table, then a unit's table. Around clock changes (daylight saving time),
 * wall-clock times skipped by a gap are not worked and wall-clock times repeated by an overlap are
 * worked on both passes; no offset is ever assumed fixed.
 *
 * <h2>Resolution</h2>
 *
 * Interval ends and zone offsets are whole seconds, so every boundary of working time is a whole
 * second. Results are exact to the nanosecond: {@code between(a, plus(a, d).instant())} equals
 * {@code d} exactly for every {@code d}.
 *
 * <h2>Data range</h2>
 *
 * The validity range is the dates the calendar's data covers: set explicitly, or the intersection
 * of its layers' ranges (a layer without one does not limit it). Outside it the {@link
 * OutOfRangePolicy} decides: refuse, assume the weekly rule, or answer with results marked {@code
 * provisional()}. As instants the range runs from the start of its first day to the start of the
 * day after its last. Every calendar answers only for instants from 1900-01-01T00:00Z to
 * 2300-01-01T00:00Z and dates in {@link #SUPPORTED_DATES}, and only with such instants. The end,
 * 2300-01-01T00:00Z itself, is an answer where working time runs up to it and an end of {@link
 * #between} or a start of counting back, which use only the working time before it; whatever needs
 * time at or after it is a {@link CalendarRangeException}.
 *
 * <h2>Cost</h2>
 *
 * Building precomputes the working intervals of every date from a week before the first override to
 * a week after the last (2007–2026 China: about 10 000 intervals, a few hundred kilobytes), at most
 * {@link #MAX_PRECOMPUTED_INTERVALS} of them, and the zone's offset changes until 2300; the weekly
 * rule and the validity range cost nothing more however many years they span. Then {@link #between}
 * and {@link #workingDaysBetween} are O(1) inside that range and {@link #plus}, {@link
 * #nextWorkingInstant} and {@link #plusWorkingDays} O(log n); outside it, whole weeks of the weekly
 * rule are counted at once, so every operation costs O(log m) for m offset changes of the zone,
 * however long the span. Instances are immutable and thread-safe; equality is by definition (zone,
 * weekly rule, layers, explicit validity, policy).
 *
 * <p>Why one file of about 850 lines: it is the façade hosts call, over a third of it Javadoc with
 * examples, and the primitive hot-loop forms ({@code betweenNanos}, {@code plusNanos}) sit beside
 * the methods whose answers they must equal; the arithmetic itself lives in the package-private
 * {@code Timeline}.
 */
public final class WorkingCalendar {
  /** The dates any calendar answers for: 1900-01-01 to 2299-12-31. */
  public static final DateRange SUPPORTED_DATES = DateRange.ofYears(1900, 2299);

  /**
   * The most working intervals a calendar precomputes: {@value}. Building counts the intervals of
   * every date from a week before its first override to a week after its last and refuses more with
   * a {@link CalendarBudgetException}; the index then holds about 24 bytes per interval (24 MB at
   * the budget). Twenty years of China's holidays with two intervals a day take about 10 000; four
   * centuries of overrides with four intervals a day about 600 000.
   */
  public static final long MAX_PRECOMPUTED_INTERVALS = 1_000_000;

  private static final long NANOS = 1_000_000_000L;

  private final ZoneId zone;
  private final WeeklySchedule weekly;
  private final ImmutableList<HolidayTable> layers;
  private final @Nullable DateRange explicitValidity;
  private final @Nullable DateRange validity;
  private final OutOfRangePolicy policy;
  private final Timeline timeline;
  private final long validStart;
  private final long validEnd;

  private WorkingCalendar(Builder b) {
    this.zone = b.zone;
    this.weekly = b.weekly;
    this.layers = ImmutableList.copyOf(b.layers);
    this.explicitValidity = b.validity;
    this.policy = b.policy;

    DateRange range = b.validity;
    if (range == null) {
      for (HolidayTable layer : layers) {
        Optional<DateRange> v = layer.validity();
        if (v.isPresent()) {
          DateRange current = range;
          range =
              current == null
                  ? v.get()
                  : current
                      .intersection(v.get())
                      .orElseThrow(
                          () ->
                              new IllegalArgumentException(
                                  "the layers' validity ranges do not meet: "
                                      + current
                                      + " and "
                                      + v.get()
                                      + " in "
                                      + layers));
        }
      }
    }
    this.validity = range;

    Map<LocalDate, DateOverride> effective = new HashMap<>();
    // Only the overrides need precomputing: elsewhere, inside the validity range or not, the weekly
    // rule holds and is counted in whole weeks. A later layer beats an earlier one, so the layers
    // are applied from the last, each date taking the first override met; a table met again adds
    // nothing (its later copy already beat it on each of its dates) and is skipped, so that naming
    // the bundled table a hundred thousand times costs one pass over it.
    Set<HolidayTable> applied = new HashSet<>();
    for (HolidayTable layer : layers.reverse()) {
      if (!applied.add(layer)) {
        continue;
      }
      for (DateOverride o : layer.overrides()) {
        effective.putIfAbsent(o.date(), o);
      }
    }
    LocalDate min = LocalDate.of(2000, 1, 1); // any date will do without overrides
    LocalDate max = min;
    if (!effective.isEmpty()) {
      min = Collections.min(effective.keySet());
      max = Collections.max(effective.keySet());
    }
    ImmutableMap<LocalDate, DateOverride> overrides = ImmutableMap.copyOf(effective);
    LocalDate first = min.minusDays(7);
    LocalDate last = max.plusDays(7);
    checkBudget(
        Timeline.intervalsToPrecompute(weekly, overrides, first, last), DateRange.of(first, last));
    this.timeline = new Timeline(zone.getRules(), weekly, overrides, first, last);
    if (range != null) {
      this.validStart =
          timeline.firstInstantAtOrAfterLocal(range.first().toEpochDay() * Timeline.DAY);
      this.validEnd =
          timeline.firstInstantAtOrAfterLocal((range.last().toEpochDay() + 1) * Timeline.DAY);
    } else {
      this.validStart = Long.MIN_VALUE;
      this.validEnd = Long.MAX_VALUE;
    }
  }

  /** Refuses to precompute more than {@link #MAX_PRECOMPUTED_INTERVALS} intervals. */
  static void checkBudget(long intervals, DateRange span) {
    if (intervals > MAX_PRECOMPUTED_INTERVALS) {
      throw new CalendarBudgetException(intervals, MAX_PRECOMPUTED_INTERVALS, span);
    }
  }

  /**
   * A builder for a calendar in the given zone, with {@link WeeklySchedule#chinaOffice()} hours, no
   * layers and the {@link OutOfRangePolicy#REFUSE} policy until changed.
   *
   * @param zone the zone whose wall clock the hours are in
   * @return the builder
   */
  public static Builder builder(ZoneId zone) {
    return new Builder(zone);
  }

  /**
   * 自然时间 — the natural 24×7 calendar: every instant is working time, for promises in clock hours
   * such as 数字站前's 3, 24, 36 or 48 hours. Working days are calendar days.
   *
   * @param zone the zone whose dates the working-day methods use
   * @return the calendar
   */
  public static WorkingCalendar natural(ZoneId zone) {
    return builder(zone)
        .weekly(WeeklySchedule.everyDay(DailyHours.allDay()))
        .outOfRange(OutOfRangePolicy.ASSUME_WEEKLY)
        .build();
  }

  /**
   * A builder holding this calendar's definition, to derive a calendar such as one with a unit's
   * closures added as a further layer.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(zone).weekly(weekly).outOfRange(policy);
    b.layers.addAll(layers);
    b.validity = explicitValidity;
    return b;
  }

  // ---- definition -------------------------------------------------------------------------

  /**
   * The zone whose wall clock the hours are in.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The weekly rule.
   *
   * @return the weekly schedule
   */
  public WeeklySchedule weekly() {
    return weekly;
  }

  /**
   * The override layers, earliest first; a later layer beats an earlier one.
   *
   * @return the layers
   */
  public List<HolidayTable> layers() {
    return layers;
  }

  /**
   * The dates the calendar's data covers: the explicit range, else the intersection of the layers'
   * ranges.
   *
   * @return the validity range, or empty if unlimited
   */
  public Optional<DateRange> validity() {
    return Optional.ofNullable(validity);
  }

  /**
   * The validity range given to the builder, if any; {@link #validity()} is the one in force.
   *
   * @return the explicit validity range, or empty
   */
  public Optional<DateRange> explicitValidity() {
    return Optional.ofNullable(explicitValidity);
  }

  /**
   * What the calendar does outside its validity range.
   *
   * @return the policy
   */
  public OutOfRangePolicy outOfRangePolicy() {
    return policy;
  }

  /**
   * This calendar with another out-of-range policy.
   *
   * @param newPolicy the policy
   * @return the calendar, rebuilt
   */
  public WorkingCalendar withOutOfRangePolicy(OutOfRangePolicy newPolicy) {
    checkNotNull(newPolicy, "newPolicy");
    return toBuilder().outOfRange(newPolicy).build();
  }

  // ---- dates ------------------------------------------------------------------------------

  /**
   * One date as this calendar sees it.
   *
   * @param date a date in {@link #SUPPORTED_DATES}
   * @return its hours and the override that set them
   * @throws CalendarRangeException if the date is unsupported, or outside the validity range under
   *     {@link OutOfRangePolicy#REFUSE}
   */
  public CalendarDay day(LocalDate date) {
    checkNotNull(date, "date");
    supported(date, () -> "looking up " + date);
    boolean provisional = dates(date, date, () -> "looking up " + date);
    return new CalendarDay(
        date, timeline.hoursOf(date), Optional.ofNullable(timeline.overrideOf(date)), provisional);
  }

  /**
   * The number of working days after {@code from} up to and including {@code to}: the days a
   * deadline "counted from the day after" has used. Negative when {@code to} is before {@code
   * from}; {@code workingDaysBetween(a, b) + workingDaysBetween(b, c) == workingDaysBetween(a, c)}.
   * O(1) inside the precomputed range.
   *
   * @param from the date counting starts after
   * @param to the last date counted
   * @return the count
   * @throws CalendarRangeException if a counted date is unsupported, or outside the validity range
   *     under {@link OutOfRangePolicy#REFUSE}
   */
  public WorkingDayCount workingDaysBetween(LocalDate from, LocalDate to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    Supplier<String> what = () -> "counting working days from " + from + " to " + to;
    supported(from, what);
    supported(to, what);
    boolean provisional = false;
    if (!from.equals(to)) {
      LocalDate lo = from.isBefore(to) ? from : to;
      LocalDate hi = from.isBefore(to) ? to : from;
      provisional = dates(lo.plusDays(1), hi, what);
    }
    long count = timeline.f(to.toEpochDay()) - timeline.f(from.toEpochDay());
    return new WorkingDayCount(Math.toIntExact(count), provisional);
  }

  // ---- instants ---------------------------------------------------------------------------

  /**
   * Whether an instant is working time. O(1) inside the precomputed range.
   *
   * @param instant the instant
   * @return the answer, with whether it is provisional
   * @throws CalendarRangeException if the instant is unsupported, or outside the validity range
   *     under {@link OutOfRangePolicy#REFUSE}
   */
  public WorkingStatus status(Instant instant) {
    checkNotNull(instant, "instant");
    Supplier<String> what = () -> "checking " + instant;
    long s = second(instant, what);
    boolean provisional = instants(s, s + 1, what);
    return new WorkingStatus(timeline.working(s), provisional);
  }

  /**
   * The first working instant at or after the given one: the instant itself during working time,
   * else the start of the next working interval (13:30 for an instant in the lunch break). O(log
   * n).
   *
   * @param instant the instant
   * @return the next working instant
   * @throws NoWorkingTimeException if there is no working time after the instant
   * @throws CalendarRangeException if an instant involved is unsupported, or outside the validity
   *     range under {@link OutOfRangePolicy#REFUSE}
   */
  public WorkingInstant nextWorkingInstant(Instant instant) {
    checkNotNull(instant, "instant");
    Supplier<String> what = () -> "finding the working instant after " + instant;
    long s = second(instant, what);
    if (timeline.working(s)) {
      return new WorkingInstant(instant, zone, instants(s, s + 1, what));
    }
    long target = timeline.w(s) + 1;
    if (target > timeline.wMax()) {
      throw beyond(true, what);
    }
    long result = timeline.minSecond(target) - 1;
    return new WorkingInstant(Instant.ofEpochSecond(result), zone, instants(s, result + 1, what));
  }

  /**
   * Adds working time: the earliest instant at which {@code amount} of working time has passed
   * since {@code start}. Adding 8 hours at 08:30 under 08:30–12:00/13:30–17:30 gives 09:00 next
   * working day; adding 7.5 hours gives 17:30 the same day, not the next morning. A negative amount
   * subtracts, giving the latest such instant before {@code start} (the start of a working period
   * rather than the close of the one before). O(log n).
   *
   * @param start the instant to count from
   * @param amount the working time to add; negative to subtract
   * @return the instant, with whether it is provisional
   * @throws NoWorkingTimeException if the calendar runs out of working time
   * @throws CalendarRangeException if an instant involved is unsupported, or outside the validity
   *     range under {@link OutOfRangePolicy#REFUSE}
   */
  @SuppressWarnings("JavaInstantGetSecondsGetNano") // seconds come from second(...)
  public WorkingInstant plus(Instant start, Duration amount) {
    checkNotNull(start, "start");
    checkNotNull(amount, "amount");
    Supplier<String> what = () -> "adding " + amount + " to " + start;
    // Counting back from the end of the supported instants uses only the working time before it.
    long as = amount.isNegative() || amount.isZero() ? endSecond(start, what) : second(start, what);
    if (amount.isZero()) {
      return new WorkingInstant(start, zone, instants(as, as, what));
    }
    long packed = timeline.wAndWorking(as);
    boolean workingStart = (packed & 1) != 0;
    long base = packed >> 1;
    Instant result;
    if (!amount.isNegative()) {
      long seconds = amount.getSeconds();
      long room = timeline.wMax() - base;
      if (seconds > room) {
        throw beyond(true, what); // before the carry below, which could overflow
      }
      long nanos = (long) amount.getNano() + (workingStart ? start.getNano() : 0);
      if (nanos >= NANOS) {
        seconds++;
        nanos -= NANOS;
      }
      if (exceeds(seconds, nanos, room)) {
        throw beyond(true, what);
      }
      result = Instant.ofEpochSecond(forwardSecond(base, seconds, nanos), nanos);
    } else {
      if (amount.getSeconds() == Long.MIN_VALUE && amount.getNano() == 0) {
        throw beyond(false, what);
      }
      // |amount| as seconds and nanos.
      long seconds = -(amount.getSeconds() + (amount.getNano() > 0 ? 1 : 0));
      long nanos = amount.getNano() > 0 ? NANOS - amount.getNano() : 0;
      // The start's own fraction of a working second is used first.
      nanos -= workingStart ? start.getNano() : 0;
      if (nanos < 0) {
        seconds--;
        nanos += NANOS;
      }
      long room = base - timeline.wMin();
      if (exceeds(seconds, nanos, room)) {
        throw beyond(false, what);
      }
      result =
          nanos == 0
              ? Instant.ofEpochSecond(timeline.minSecond(base - seconds + 1) - 1)
              : Instant.ofEpochSecond(timeline.minSecond(base - seconds) - 1, NANOS - nanos);
    }
    boolean provisional =
        amount.isNegative()
            ? instants(result.getEpochSecond(), end(start), what)
            : instants(as, end(result), what);
    return new WorkingInstant(result, zone, provisional);
  }

  /**
   * Subtracts working time; {@code minus(t, d)} is {@code plus(t, d.negated())}.
   *
   * @param start the instant to count back from
   * @param amount the working time to subtract; negative to add
   * @return the instant, with whether it is provisional
   * @throws NoWorkingTimeException if the calendar runs out of working time
   * @throws CalendarRangeException as {@link #plus(Instant, Duration)}
   */
  public WorkingInstant minus(Instant start, Duration amount) {
    checkNotNull(start, "start");
    checkNotNull(amount, "amount");
    if (amount.getSeconds() == Long.MIN_VALUE && amount.getNano() == 0) {
      // -amount is not a Duration; it is more working time than any calendar holds.
      Supplier<String> what = () -> "subtracting " + amount + " from " + start;
      var unused = second(start, what); // an unsupported start is refused as such
      throw beyond(true, what);
    }
    return plus(start, amount.negated());
  }

  /**
   * The working time from {@code from} to {@code to}; negative when {@code to} is before {@code
   * from}. Additive: {@code between(a, b) + between(b, c) == between(a, c)}. O(1) inside the
   * precomputed range.
   *
   * @param from the start
   * @param to the end
   * @return the working time, with whether it is provisional
   * @throws CalendarRangeException if an instant is unsupported, or outside the validity range
   *     under {@link OutOfRangePolicy#REFUSE}
   */
  @SuppressWarnings("JavaInstantGetSecondsGetNano") // seconds come from second(...)
  public WorkingDuration between(Instant from, Instant to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    Supplier<String> what = () -> "measuring from " + from + " to " + to;
    long fs = endSecond(from, what);
    long ts = endSecond(to, what);
    boolean provisional = instants(Math.min(fs, ts), Math.max(end(from), end(to)), what);
    long f = timeline.wAndWorking(fs);
    long t = timeline.wAndWorking(ts);
    long seconds = (t >> 1) - (f >> 1);
    long nanos =
        ((t & 1) != 0 ? (long) to.getNano() : 0L) - ((f & 1) != 0 ? (long) from.getNano() : 0L);
    return new WorkingDuration(Duration.ofSeconds(seconds, nanos), provisional);
  }

  /**
   * The working time from {@code from} to {@code to} in nanoseconds: {@code between(from,
   * to).duration()} in nanoseconds, saturated at {@link Long#MIN_VALUE} and {@link Long#MAX_VALUE}
   * (beyond about 292 years), without the provisional flag. For hot loops: inside the validity
   * range it allocates nothing. O(1) inside the precomputed range.
   *
   * @param from the start
   * @param to the end
   * @return the working time in nanoseconds; negative when {@code to} is before {@code from}
   * @throws CalendarRangeException as {@link #between(Instant, Instant)}
   */
  @SuppressWarnings("JavaInstantGetSecondsGetNano") // seconds and nanos of one instant each
  public long betweenNanos(Instant from, Instant to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    long fs = from.getEpochSecond();
    long ts = to.getEpochSecond();
    if (fs < Timeline.HORIZON_START
        || fs >= Timeline.HORIZON_END
        || ts < Timeline.HORIZON_START
        || ts >= Timeline.HORIZON_END
        || Math.min(fs, ts) < validStart
        || Math.max(end(from), end(to)) > validEnd) {
      // Outside the checked fast range: the refusals and their messages are between's own.
      return saturatedNanos(between(from, to).duration());
    }
    long f = timeline.wAndWorking(fs);
    long t = timeline.wAndWorking(ts);
    long seconds = (t >> 1) - (f >> 1);
    long nanos =
        ((t & 1) != 0 ? (long) to.getNano() : 0L) - ((f & 1) != 0 ? (long) from.getNano() : 0L);
    if (nanos < 0) {
      seconds--;
      nanos += NANOS;
    }
    return saturatedNanos(seconds, nanos);
  }

  /**
   * Adds working time given in nanoseconds: {@code plus(start,
   * Duration.ofNanos(amount)).instant()}, without the provisional flag. For hot loops: for a
   * positive amount inside the validity range it allocates only the result. O(log n).
   *
   * @param start the instant to count from
   * @param amount the working time to add in nanoseconds; negative to subtract
   * @return the earliest instant at which {@code amount} of working time has passed since {@code
   *     start}
   * @throws NoWorkingTimeException as {@link #plus(Instant, Duration)}
   * @throws CalendarRangeException as {@link #plus(Instant, Duration)}
   */
  @SuppressWarnings("JavaInstantGetSecondsGetNano") // seconds and nanos of one instant
  public Instant plusNanos(Instant start, long amount) {
    checkNotNull(start, "start");
    long as = start.getEpochSecond();
    if (amount <= 0
        || as < Timeline.HORIZON_START
        || as >= Timeline.HORIZON_END
        || as < validStart) {
      return plus(start, Duration.ofNanos(amount)).instant();
    }
    long packed = timeline.wAndWorking(as);
    long base = packed >> 1;
    long seconds = amount / NANOS;
    long nanos = amount % NANOS + ((packed & 1) != 0 ? start.getNano() : 0);
    if (nanos >= NANOS) {
      seconds++;
      nanos -= NANOS;
    }
    long room = timeline.wMax() - base;
    if (exceeds(seconds, nanos, room)) {
      return plus(start, Duration.ofNanos(amount)).instant(); // refused as plus refuses
    }
    long second = forwardSecond(base, seconds, nanos);
    if ((nanos > 0 ? second + 1 : second) > validEnd) {
      return plus(start, Duration.ofNanos(amount)).instant(); // checked as plus checks
    }
    return Instant.ofEpochSecond(second, nanos);
  }

  /**
   * Whether {@code seconds} and {@code nanos} (in [0, 10⁹)) of working time exceed {@code room}.
   */
  private static boolean exceeds(long seconds, long nanos, long room) {
    return seconds > room || (nanos > 0 && seconds >= room);
  }

  /**
   * The epoch second of the instant {@code seconds} and {@code nanos} (in [0, 10⁹)) of working time
   * after the working-time coordinate {@code base}; the caller has checked the room. O(log n).
   */
  private long forwardSecond(long base, long seconds, long nanos) {
    long x = base + seconds;
    return nanos == 0 ? timeline.minSecond(x) : timeline.minSecond(x + 1) - 1;
  }

  @SuppressWarnings("JavaDurationGetSecondsGetNano") // both parts of one duration
  private static long saturatedNanos(Duration d) {
    return saturatedNanos(d.getSeconds(), d.getNano());
  }

  /**
   * {@code seconds} and {@code nanos} in [0, 10⁹) as nanoseconds, saturated; as {@link
   * Duration#toNanos}.
   */
  private static long saturatedNanos(long seconds, long nanos) {
    long s = seconds;
    long n = nanos;
    if (s < 0) {
      s += 1;
      n -= NANOS;
    }
    try {
      return Math.addExact(Math.multiplyExact(s, NANOS), n);
    } catch (ArithmeticException e) {
      return s < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  /**
   * Adds working days. Counting starts on the day after the start's local date: day 1 is the first
   * working day after it. For negative {@code n} day -1 is the last working day before the start's
   * date. Zero returns {@code start}. O(log n).
   *
   * <ul>
   *   <li>{@link WorkingDayRule#END_OF_DAY}: due at the close of the n-th working day (the end of
   *       its last interval) — a case received on Friday 2024-02-09 with 5 working days is due on
   *       Thursday 2024-02-22 at 17:30, the make-up Sunday 2024-02-18 being day 1.
   *   <li>{@link WorkingDayRule#SAME_TIME}: due at the start's local time of day on that day, even
   *       outside office hours.
   * </ul>
   *
   * @param start the instant counting starts from
   * @param n the number of working days
   * @param rule when on the n-th day the deadline falls
   * @return the deadline, with whether it is provisional
   * @throws NoWorkingTimeException if the calendar runs out of working days
   * @throws CalendarRangeException if a counted date is unsupported, the deadline lies beyond the
   *     supported instants (2300-01-01T00:00Z, in a zone far from UTC), or a counted date is
   *     outside the validity range under {@link OutOfRangePolicy#REFUSE}
   */
  @SuppressWarnings("JavaInstantGetSecondsGetNano") // seconds come from second(...)
  public WorkingInstant plusWorkingDays(Instant start, int n, WorkingDayRule rule) {
    checkNotNull(start, "start");
    checkNotNull(rule, "rule");
    Supplier<String> what = () -> "adding " + n + " working days to " + start;
    long s = second(start, what);
    LocalDateTime local = LocalDateTime.ofEpochSecond(s, start.getNano(), offsetAt(start));
    LocalDate date = local.toLocalDate();
    if (n == 0) {
      return new WorkingInstant(start, zone, dates(date, date, what));
    }
    long day = date.toEpochDay();
    long target = n > 0 ? timeline.f(day) + n : timeline.f(day - 1) + n + 1;
    long dueDay = timeline.inverseF(target);
    if (dueDay == Long.MAX_VALUE || dueDay == Long.MIN_VALUE) {
      throw new NoWorkingTimeException(
          "no working day for " + what.get() + ": the weekly rule has no working days");
    }
    if (dueDay < SUPPORTED_DATES.first().toEpochDay()) {
      throw new CalendarRangeException(
          SUPPORTED_DATES.first().minusDays(1), SUPPORTED_DATES, what.get());
    }
    if (dueDay > SUPPORTED_DATES.last().toEpochDay()) {
      throw new CalendarRangeException(
          SUPPORTED_DATES.last().plusDays(1), SUPPORTED_DATES, what.get());
    }
    LocalDate due = LocalDate.ofEpochDay(dueDay);
    boolean provisional =
        n > 0 ? dates(date.plusDays(1), due, what) : dates(due, date.minusDays(1), what);
    Instant result;
    if (rule == WorkingDayRule.END_OF_DAY) {
      result = Instant.ofEpochSecond(timeline.closeOf(due)); // a working day has hours
    } else {
      result = ZonedDateTime.of(due, local.toLocalTime(), zone).toInstant();
    }
    // A supported due date can still close, or reach the start's time of day, beyond the supported
    // instants in a zone far from UTC: refused as plus refuses them.
    if (result.getEpochSecond() < Timeline.HORIZON_START) {
      throw new CalendarRangeException(
          SUPPORTED_DATES.first().minusDays(1), SUPPORTED_DATES, what.get());
    }
    if (result.isAfter(Instant.ofEpochSecond(Timeline.HORIZON_END))) {
      throw new CalendarRangeException(
          SUPPORTED_DATES.last().plusDays(1), SUPPORTED_DATES, what.get());
    }
    return new WorkingInstant(result, zone, provisional);
  }

  // ---- range checks -----------------------------------------------------------------------

  private long second(Instant instant, Supplier<String> what) {
    long s = instant.getEpochSecond();
    if (s < Timeline.HORIZON_START || s >= Timeline.HORIZON_END) {
      throw new CalendarRangeException(utcDate(s), SUPPORTED_DATES, what.get());
    }
    return s;
  }

  /**
   * The epoch second of an instant that ends a span or starts counting back: a supported instant,
   * or the end of the supported instants itself, all of whose working time lies before it.
   */
  @SuppressWarnings("JavaInstantGetSecondsGetNano") // a whole second is checked
  private long endSecond(Instant instant, Supplier<String> what) {
    if (instant.getEpochSecond() == Timeline.HORIZON_END && instant.getNano() == 0) {
      return Timeline.HORIZON_END;
    }
    return second(instant, what);
  }

  private static LocalDate utcDate(long epochSecond) {
    try {
      return LocalDate.ofEpochDay(Math.floorDiv(epochSecond, Timeline.DAY));
    } catch (DateTimeException e) {
      return epochSecond < 0 ? LocalDate.MIN : LocalDate.MAX;
    }
  }

  private static void supported(LocalDate date, Supplier<String> what) {
    if (!SUPPORTED_DATES.contains(date)) {
      throw new CalendarRangeException(date, SUPPORTED_DATES, what.get());
    }
  }

  private ZoneOffset offsetAt(Instant instant) {
    return zone.getRules().getOffset(instant);
  }

  private LocalDate localDate(long epochSecond) {
    return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), zone);
  }

  private RuntimeException beyond(boolean forward, Supplier<String> what) {
    if (!timeline.hasWeeklyWorkingTime()) {
      return new NoWorkingTimeException(
          "no working time for "
              + what.get()
              + ": the weekly rule has none and the overrides do not provide enough");
    }
    return new CalendarRangeException(
        forward ? SUPPORTED_DATES.last().plusDays(1) : SUPPORTED_DATES.first().minusDays(1),
        SUPPORTED_DATES,
        what.get());
  }

  /**
   * The end of the seconds an instant depends on, as an exclusive epoch second: its own second when
   * it has a fraction (the fraction counts if that second is working), else the instant itself.
   */
  @SuppressWarnings("JavaInstantGetSecondsGetNano") // the seconds are used too
  private static long end(Instant t) {
    return t.getNano() > 0 ? t.getEpochSecond() + 1 : t.getEpochSecond();
  }

  /**
   * Checks the instants {@code [lo, hi)}, in epoch seconds, against the validity range: an answer
   * that depends on the working seconds from {@code lo} (inclusive) to {@code hi} (exclusive).
   *
   * @return whether the answer is provisional
   */
  private boolean instants(long lo, long hi, Supplier<String> what) {
    if (lo >= validStart && hi <= validEnd) {
      return false;
    }
    return dates(localDate(lo), localDate(hi), what);
  }

  /**
   * Checks the dates {@code [lo, hi]} against the validity range.
   *
   * @return whether the answer is provisional
   */
  private boolean dates(LocalDate lo, LocalDate hi, Supplier<String> what) {
    DateRange range = validity;
    if (range == null || (range.contains(lo) && range.contains(hi))) {
      return false;
    }
    return switch (policy) {
      case REFUSE -> {
        LocalDate afterLast = range.last().plusDays(1);
        LocalDate blamed = lo.isBefore(range.first()) ? lo : lo.isAfter(afterLast) ? lo : afterLast;
        throw new CalendarRangeException(blamed, range, what.get());
      }
      case ASSUME_WEEKLY -> false;
      case PROVISIONAL -> true;
    };
  }

  /** Approximate bytes held by the precomputed index, for capacity planning. */
  long retainedBytes() {
    return timeline.retainedBytes();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof WorkingCalendar other
        && zone.equals(other.zone)
        && weekly.equals(other.weekly)
        && layers.equals(other.layers)
        && Objects.equals(explicitValidity, other.explicitValidity)
        && policy == other.policy;
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, weekly, layers, explicitValidity, policy);
  }

  /** A summary: zone, weekly rule, layers, validity, policy. */
  @Override
  public String toString() {
    return "WorkingCalendar["
        + zone
        + ", "
        + weekly
        + ", layers="
        + layers
        + (validity != null ? ", valid " + validity : "")
        + ", "
        + policy
        + "]";
  }

  /** Builds a {@link WorkingCalendar}; see {@link WorkingCalendar#builder(ZoneId)}. */
  public static final class Builder {
    private final ZoneId zone;
    private WeeklySchedule weekly = WeeklySchedule.chinaOffice();
    private final List<HolidayTable> layers = new ArrayList<>();
    private @Nullable DateRange validity;
    private OutOfRangePolicy policy = OutOfRangePolicy.REFUSE;

    private Builder(ZoneId zone) {
      this.zone = checkNotNull(zone, "zone");
    }

    /**
     * Sets the weekly rule.
     *
     * @param schedule the weekly schedule
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder weekly(WeeklySchedule schedule) {
      this.weekly = checkNotNull(schedule, "schedule");
      return this;
    }

    /**
     * Adds a layer of overrides on top of those added before: for a date in both, this layer wins.
     *
     * @param layer the table
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder layer(HolidayTable layer) {
      layers.add(checkNotNull(layer, "layer"));
      return this;
    }

    /**
     * Sets the validity range instead of the intersection of the layers' ranges.
     *
     * @param range the dates the calendar's data covers
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder validity(DateRange range) {
      checkArgument(
          SUPPORTED_DATES.encloses(checkNotNull(range, "range")),
          "validity must lie in %s, got %s",
          SUPPORTED_DATES,
          range);
      this.validity = range;
      return this;
    }

    /**
     * Sets what the calendar does outside its validity range; {@link OutOfRangePolicy#REFUSE} by
     * default.
     *
     * @param outOfRange the policy
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder outOfRange(OutOfRangePolicy outOfRange) {
      this.policy = checkNotNull(outOfRange, "outOfRange");
      return this;
    }

    /**
     * Builds the calendar, precomputing its index.
     *
     * @return the calendar
     * @throws IllegalArgumentException if the layers' validity ranges do not meet
     * @throws CalendarBudgetException if the overrides span so many dates with so many intervals
     *     that the index would exceed {@link WorkingCalendar#MAX_PRECOMPUTED_INTERVALS}
     */
    public WorkingCalendar build() {
      return new WorkingCalendar(this);
    }
  }
}
