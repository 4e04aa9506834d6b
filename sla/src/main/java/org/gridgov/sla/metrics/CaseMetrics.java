package org.gridgov.sla.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.Atlas;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.sla.clock.CaseLog;
import org.gridgov.sla.clock.CasePhase;
import org.gridgov.sla.clock.MilestoneState;
import org.gridgov.sla.clock.StatusView;
import org.jspecify.annotations.Nullable;

/**
 * 指标累加器 — the metric state of many cases at an instant, grouped by community or village (the unit
 * of a case's grid): a mergeable accumulator. {@link #empty()} is the identity of {@link #merge},
 * merging is associative and commutative, and the metrics of shards merged equal those of all cases
 * in one pass. {@link #writeTo}/{@link #readFrom} give a compact, versioned binary form of JDK
 * primitives, so that a stream job can keep the state in keyed state with its own serializer.
 *
 * <pre>{@code
 * CaseMetrics shard = CaseMetrics.empty();
 * for (CaseLog log : logs) {
 *   shard.add(atlas, log.status(at));
 * }
 * total.merge(shard);
 * MetricsReport report = total.report(atlas);
 * }</pre>
 *
 * <p>Per case: O(m) for m milestones plus O(log k) in the overdue list of limit k; per merge
 * O(units × (milestones + histogram buckets)). Memory: per unit, 15 counters, per milestone about
 * 100 bytes plus up to a few kilobytes of histogram, and the overdue list. <b>Mutable and not
 * thread-safe</b>: one accumulator per thread, merged at the end.
 */
public final class CaseMetrics {
  /** The overdue list kept per unit by default. */
  public static final int DEFAULT_OVERDUE_LIMIT = 20;

  /** The most cases an overdue list keeps. */
  public static final int MAX_OVERDUE_LIMIT = 10_000;

  private static final int VERSION = 1;

  private final int overdueLimit;
  private final Map<DivisionCode, Cell> units = new HashMap<>();
  private Cell unplaced = new Cell();

  // A cache of the atlas's answers (grid to unit, and the unit's cell once it has one), for the
  // atlas last given; not part of the state. Cells stay in `units` once there, so a cached cell is
  // the unit's.
  private @Nullable Atlas cachedAtlas;
  private final Map<GridCode, Place> placeOfGrid = new HashMap<>();
  private static final Place NOWHERE = new Place(null);

  /** Where a grid's cases go: its unit (null if the atlas has no such grid) and the unit's cell. */
  private static final class Place {
    final @Nullable DivisionCode unit;
    @Nullable Cell cell;

    Place(@Nullable DivisionCode unit) {
      this.unit = unit;
    }
  }

  private CaseMetrics(int overdueLimit) {
    this.overdueLimit = overdueLimit;
  }

  /**
   * No cases, keeping the {@value #DEFAULT_OVERDUE_LIMIT} most overdue per unit: the identity of
   * {@link #merge}.
   *
   * @return the empty state
   */
  public static CaseMetrics empty() {
    return new CaseMetrics(DEFAULT_OVERDUE_LIMIT);
  }

  /**
   * No cases, keeping the given number of most overdue cases per unit.
   *
   * @param overdueLimit 0 to {@value #MAX_OVERDUE_LIMIT}
   * @return the empty state
   */
  public static CaseMetrics empty(int overdueLimit) {
    checkArgument(
        overdueLimit >= 0 && overdueLimit <= MAX_OVERDUE_LIMIT,
        "an overdue limit is 0 to %s, got %s",
        MAX_OVERDUE_LIMIT,
        overdueLimit);
    return new CaseMetrics(overdueLimit);
  }

  /**
   * How many overdue cases each unit keeps.
   *
   * @return the limit
   */
  public int overdueLimit() {
    return overdueLimit;
  }

  /**
   * Adds a case to a unit. A case not yet opened at its status's instant is not counted.
   *
   * @param unit the community or village (or any unit) the case belongs to
   * @param status the case at the instant of the metrics (a {@link
   *     org.gridgov.sla.clock.CaseStatus} or a {@link CaseLog#view(java.time.Instant)})
   * @return true if counted
   */
  public boolean add(DivisionCode unit, StatusView status) {
    checkNotNull(unit, "unit");
    checkNotNull(status, "status");
    Cell cell = units.get(unit);
    if (cell == null) {
      if (status.phase() == org.gridgov.sla.clock.CasePhase.NOT_OPENED) {
        return false;
      }
      cell = new Cell();
      units.put(unit, cell);
    }
    return cell.add(status, overdueLimit);
  }

  /**
   * Adds a case to the unit of its grid in an atlas, or to the unplaced cases when it names no grid
   * or one the atlas does not have. O(1) for the lookup.
   *
   * @param atlas the atlas
   * @param status the case at the instant of the metrics
   * @return true if counted
   */
  public boolean add(Atlas atlas, StatusView status) {
    checkNotNull(atlas, "atlas");
    Optional<GridCode> grid = status.grid();
    if (grid.isEmpty()) {
      return addUnplaced(status);
    }
    @SuppressWarnings("ReferenceEquality") // the cache holds for the very atlas it was filled from
    boolean same = atlas == cachedAtlas;
    if (!same) {
      placeOfGrid.clear();
      cachedAtlas = atlas;
    }
    Place place = placeOfGrid.get(grid.get());
    if (place == null) {
      Optional<Grid> g = atlas.grid(grid.get());
      place = g.isPresent() ? new Place(g.get().unit()) : NOWHERE;
      placeOfGrid.put(grid.get(), place);
    }
    Cell cell = place.cell;
    if (cell != null) {
      return cell.add(status, overdueLimit);
    }
    DivisionCode unit = place.unit;
    if (unit == null) {
      return addUnplaced(status);
    }
    boolean counted = add(unit, status);
    place.cell = units.get(unit);
    return counted;
  }

  /**
   * Adds a case at an instant to the unit of its grid in an atlas, without building its status
   * ({@link CaseLog#view(Instant)}): the fast path for many cases.
   *
   * @param atlas the atlas
   * @param log the case
   * @param at the instant of the metrics
   * @return true if counted
   */
  public boolean add(Atlas atlas, CaseLog log, java.time.Instant at) {
    return add(atlas, log.view(at));
  }

  /**
   * Adds many cases at an instant, each to the unit of its grid in an atlas: the same as {@link
   * #add(Atlas, CaseLog, java.time.Instant)} for each log in turn. It reads ahead: while one case
   * is counted, the logs a few places further on are already read, in stages (the log, then its
   * replay, then the replay's arrays), so that over many logs the cache misses of different cases
   * may overlap. Measured over a million logs the gain is small and within the noise (see the
   * README); the result is the same either way. O(1) extra memory.
   *
   * @param atlas the atlas
   * @param logs the cases, in any order
   * @param at the instant of the metrics
   * @return how many were counted (opened at the instant)
   */
  public long addAll(Atlas atlas, Iterable<CaseLog> logs, java.time.Instant at) {
    checkNotNull(atlas, "atlas");
    checkNotNull(logs, "logs");
    checkNotNull(at, "at");
    CaseLog[] ring = new CaseLog[AHEAD];
    StatusView[] views = new StatusView[AHEAD];
    Iterator<CaseLog> it = logs.iterator();
    long counted = 0;
    int touched = 0;
    // step s pulls log s; view s - STAGE is built; view s - 2 * STAGE is read over; view s - 3 *
    // STAGE is counted. AHEAD = 3 * STAGE slots hold them all.
    long pulled = 0;
    for (long s = 0; ; s++) {
      if (it.hasNext()) {
        CaseLog log = checkNotNull(it.next(), "log");
        ring[(int) (s % AHEAD)] = log;
        touched += log.caseId() == null ? 0 : 1; // the log's own fields, first
        pulled = s + 1;
      } else if (s >= pulled + 3L * STAGE) {
        break;
      }
      long b = s - STAGE;
      if (b >= 0 && b < pulled) {
        int slot = (int) (b % AHEAD);
        views[slot] = ring[slot].view(at); // the replay's fields
        ring[slot] = null;
      }
      long c = s - 2L * STAGE;
      if (c >= 0 && c < pulled) {
        touched += touch(views[(int) (c % AHEAD)]); // the replay's arrays and the grid
      }
      long d = s - 3L * STAGE;
      if (d >= 0 && d < pulled) {
        int slot = (int) (d % AHEAD);
        counted += add(atlas, views[slot]) ? 1 : 0;
        views[slot] = null;
      }
    }
    sink = touched;
    return counted;
  }

  /** Cases between the stages of {@link #addAll}'s read-ahead. */
  private static final int STAGE = 4;

  private static final int AHEAD = 3 * STAGE;

  /** Where the read-ahead's touches go, so that no compiler drops them as unused. */
  @SuppressWarnings("unused")
  private int sink;

  /** Reads what counting a case will read, so that it is in the cache when it is counted. */
  private static int touch(StatusView v) {
    int h = v.reworks() + v.extensions() + (v.grid().isPresent() ? 1 : 0);
    h += v.phase() == CasePhase.NOT_OPENED ? 1 : 0;
    for (int m = 0; m < v.milestoneCount(); m++) {
      h += v.milestoneState(m) == MilestoneState.BREACHED ? 1 : 0;
    }
    return h;
  }

  /**
   * Adds a case that belongs to no unit.
   *
   * @param status the case at the instant of the metrics
   * @return true if counted
   */
  public boolean addUnplaced(StatusView status) {
    checkNotNull(status, "status");
    return unplaced.add(status, overdueLimit);
  }

  /**
   * Adds another state into this one; the other is unchanged.
   *
   * @param other a state with the same overdue limit
   * @throws IllegalArgumentException if the limits differ
   */
  public void merge(CaseMetrics other) {
    checkNotNull(other, "other");
    checkArgument(
        other.overdueLimit == overdueLimit,
        "metric states with overdue limits %s and %s do not merge",
        overdueLimit,
        other.overdueLimit);
    for (Map.Entry<DivisionCode, Cell> e : other.units.entrySet()) {
      units.computeIfAbsent(e.getKey(), k -> new Cell()).merge(e.getValue(), overdueLimit);
    }
    unplaced.merge(other.unplaced, overdueLimit);
  }

  /**
   * A copy of this state.
   *
   * @return the copy
   */
  public CaseMetrics copy() {
    CaseMetrics c = new CaseMetrics(overdueLimit);
    c.merge(this);
    return c;
  }

  /**
   * The units with cases, in code order.
   *
   * @return the units
   */
  public List<DivisionCode> units() {
    List<DivisionCode> list = new ArrayList<>(units.keySet());
    list.sort(Comparator.naturalOrder());
    return list;
  }

  /**
   * The figures of all cases, placed or not.
   *
   * @return the figures
   */
  public UnitMetrics total() {
    Cell all = new Cell();
    for (DivisionCode u : units()) {
      all.merge(cellOf(u), overdueLimit);
    }
    all.merge(unplaced, overdueLimit);
    return all.toMetrics(Optional.empty(), "all cases", Comparator.naturalOrder());
  }

  /**
   * The figures rolled up along an atlas: each unit's cases count in it and every unit above it,
   * community → street → district → city → province. Units the atlas does not have count as
   * unplaced. O(units × depth) merges.
   *
   * @param atlas the atlas
   * @return the report
   */
  public MetricsReport report(Atlas atlas) {
    return report(atlas, List.of());
  }

  /**
   * As {@link #report(Atlas)}, with the milestones listed in a given order (others after, by id).
   *
   * @param atlas the atlas
   * @param milestoneOrder milestone ids in the order to list them, such as a policy table's {@code
   *     milestoneIds()}
   * @return the report
   */
  public MetricsReport report(Atlas atlas, List<String> milestoneOrder) {
    checkNotNull(atlas, "atlas");
    List<String> order = List.copyOf(milestoneOrder);
    Comparator<String> byOrder =
        Comparator.<String>comparingInt(
                id -> order.indexOf(id) < 0 ? Integer.MAX_VALUE : order.indexOf(id))
            .thenComparing(Comparator.naturalOrder());
    Map<DivisionCode, Cell> placed = new HashMap<>();
    Cell nowhere = new Cell();
    nowhere.merge(unplaced, overdueLimit);
    for (Map.Entry<DivisionCode, Cell> e : units.entrySet()) {
      if (atlas.division(e.getKey()).isPresent()) {
        Cell copy = new Cell();
        copy.merge(e.getValue(), overdueLimit);
        placed.put(e.getKey(), copy);
      } else {
        nowhere.merge(e.getValue(), overdueLimit);
      }
    }
    return new MetricsReport(atlas, placed, nowhere, overdueLimit, byOrder);
  }

  private Cell cellOf(DivisionCode u) {
    return Objects.requireNonNull(units.get(u));
  }

  /**
   * Writes the state in its binary form, version 1: the overdue limit, the unplaced cases, then
   * each unit in code order as its 12-digit code and its cell (varint counters, per milestone its
   * id, counters and sparse histogram, the overdue list). O(size).
   *
   * @param out where to write
   * @throws IOException if writing fails
   */
  public void writeTo(DataOutput out) throws IOException {
    out.writeByte(VERSION);
    Varints.write(out, overdueLimit);
    unplaced.writeTo(out);
    Varints.write(out, units.size());
    for (DivisionCode u : units()) {
      out.writeLong(u.toTwelveDigits());
      out.writeByte(u.level().digits());
      cellOf(u).writeTo(out);
    }
  }

  /**
   * Reads a state written by {@link #writeTo}.
   *
   * @param in where to read
   * @return the state
   * @throws IOException if reading fails, or the bytes are not a metric state of a known version
   *     ({@link StreamCorruptedException})
   */
  public static CaseMetrics readFrom(DataInput in) throws IOException {
    int version = in.readUnsignedByte();
    if (version != VERSION) {
      throw new StreamCorruptedException(
          "a metric state of version " + version + ", this library reads version " + VERSION);
    }
    int limit = Varints.readInt(in, MAX_OVERDUE_LIMIT, "overdue limit");
    CaseMetrics m = new CaseMetrics(limit);
    m.unplaced = Cell.readFrom(in, limit);
    int n = Varints.readInt(in, Integer.MAX_VALUE - 8, "units");
    for (int i = 0; i < n; i++) {
      long twelve = in.readLong();
      int digits = in.readUnsignedByte();
      DivisionCode code;
      try {
        String padded = String.format(java.util.Locale.ROOT, "%012d", twelve);
        code = DivisionCode.parse(padded.substring(0, digits));
      } catch (RuntimeException e) {
        StreamCorruptedException x =
            new StreamCorruptedException("an invalid unit " + twelve + "/" + digits);
        x.initCause(e);
        throw x;
      }
      if (m.units.put(code, Cell.readFrom(in, limit)) != null) {
        throw new StreamCorruptedException("unit " + code + " written twice");
      }
    }
    return m;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CaseMetrics m
        && overdueLimit == m.overdueLimit
        && units.equals(m.units)
        && unplaced.equals(m.unplaced);
  }

  @Override
  public int hashCode() {
    return Objects.hash(overdueLimit, units, unplaced);
  }

  /** The number of units and cases. */
  @Override
  public String toString() {
    return "CaseMetrics[" + units.size() + " units, " + total().totals().total() + " cases]";
  }
}
