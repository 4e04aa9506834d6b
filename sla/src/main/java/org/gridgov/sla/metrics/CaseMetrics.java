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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.Atlas;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.DivisionLevel;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.sla.clock.CaseLog;
import org.gridgov.sla.clock.CaseRegister;
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
 * <p>A state may instead be grouped at a higher level ({@link #empty(int, DivisionLevel)}, such as
 * {@link DivisionLevel#TOWN} for streets): each case then counts in its unit's ancestor at that
 * level, the state holds one cell per street instead of one per community, and its report has the
 * same figures at that level and above as a state grouped by community, but none below. Counting a
 * million cases by street keeps all cells in the processor's cache, where a cell per community does
 * not (see the README's measurements).
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

  private static final int VERSION = 2;

  private final int overdueLimit;
  private final @Nullable DivisionLevel grouping;
  private final Map<DivisionCode, Cell> units = new HashMap<>();
  private Cell unplaced = new Cell();

  // A cache of the atlas's answers (grid to unit, and the unit's cell once it has one), for the
  // atlas last given; not part of the state. Cells stay in `units` once there, so a cached cell is
  // the unit's.
  // Open addressing over parallel arrays (a grid, its hash, its unit — null if the atlas has no
  // such
  // grid — and the unit's cell once it has one), found by identity before equality: over a million
  // cases, a HashMap's nodes and values were two more dependent reads per case.
  private @Nullable Atlas cachedAtlas;
  private @Nullable GridCode[] gridKeys = new GridCode[INITIAL_GRIDS];
  private int[] gridHashes = new int[INITIAL_GRIDS];
  private @Nullable DivisionCode[] gridUnits = new DivisionCode[INITIAL_GRIDS];
  private @Nullable Cell[] gridCells = new Cell[INITIAL_GRIDS];
  private int gridCount;

  private static final int INITIAL_GRIDS = 64;

  /** The most grids the cache holds before it starts again, so that memory stays bounded. */
  private static final int MAX_CACHED_GRIDS = 1 << 22;

  private CaseMetrics(int overdueLimit, @Nullable DivisionLevel grouping) {
    this.overdueLimit = overdueLimit;
    this.grouping = grouping;
  }

  /**
   * No cases, keeping the {@value #DEFAULT_OVERDUE_LIMIT} most overdue per unit: the identity of
   * {@link #merge}.
   *
   * @return the empty state
   */
  public static CaseMetrics empty() {
    return new CaseMetrics(DEFAULT_OVERDUE_LIMIT, null);
  }

  /**
   * No cases, keeping the given number of most overdue cases per unit.
   *
   * @param overdueLimit 0 to {@value #MAX_OVERDUE_LIMIT}
   * @return the empty state
   */
  public static CaseMetrics empty(int overdueLimit) {
    return new CaseMetrics(checkLimit(overdueLimit), null);
  }

  private static int checkLimit(int overdueLimit) {
    checkArgument(
        overdueLimit >= 0 && overdueLimit <= MAX_OVERDUE_LIMIT,
        "an overdue limit is 0 to %s, got %s",
        MAX_OVERDUE_LIMIT,
        overdueLimit);
    return overdueLimit;
  }

  /**
   * No cases, grouped at a level: each case counts in its unit's ancestor at that level (or in the
   * unit itself when it lies at or above the level; under a city without counties, a state grouped
   * at {@link DivisionLevel#COUNTY} counts the city's towns in the city, as their codes say). Its
   * report gives the same figures at the level and above as a state grouped by community; it has
   * none below the level. Like any unit an atlas does not have, an ancestor it lacks (a province
   * above an atlas of one city) makes the cases unplaced in the report.
   *
   * @param overdueLimit 0 to {@value #MAX_OVERDUE_LIMIT}
   * @param level the level to group at, such as {@link DivisionLevel#TOWN} for streets
   * @return the empty state
   */
  public static CaseMetrics empty(int overdueLimit, DivisionLevel level) {
    checkNotNull(level, "level");
    return new CaseMetrics(checkLimit(overdueLimit), level);
  }

  /**
   * The level this state groups cases at, if it was made with one ({@link #empty(int,
   * DivisionLevel)}); empty when each case counts in its own unit.
   *
   * @return the level
   */
  public Optional<DivisionLevel> grouping() {
    return Optional.ofNullable(grouping);
  }

  /** The unit a case of {@code unit} counts in: its ancestor at the grouping level. */
  private DivisionCode group(DivisionCode unit) {
    if (grouping == null) {
      return unit;
    }
    DivisionCode u = unit;
    while (grouping.isAbove(u.level())) {
      u = u.parent().orElseThrow();
    }
    return u;
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
   * @param unit the community or village (or any unit) the case belongs to; a state grouped at a
   *     level counts it in the unit's ancestor at that level
   * @param status the case at the instant of the metrics (a {@link
   *     org.gridgov.sla.clock.CaseStatus} or a {@link CaseLog#view(java.time.Instant)})
   * @return true if counted
   */
  public boolean add(DivisionCode unit, StatusView status) {
    checkNotNull(unit, "unit");
    checkNotNull(status, "status");
    return addTo(group(unit), status);
  }

  private boolean addTo(DivisionCode unit, StatusView status) {
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
    if (!same || gridCount >= MAX_CACHED_GRIDS) {
      clearGrids();
      cachedAtlas = atlas;
    }
    GridCode g = grid.get();
    int hash = g.hashCode();
    int i = slot(g, hash);
    if (gridKeys[i] == null) {
      Optional<Grid> found = atlas.grid(g);
      i = insertGrid(g, hash, found.isPresent() ? group(found.get().unit()) : null);
    }
    Cell cell = gridCells[i];
    if (cell != null) {
      return cell.add(status, overdueLimit);
    }
    DivisionCode unit = gridUnits[i];
    if (unit == null) {
      return addUnplaced(status);
    }
    boolean counted = addTo(unit, status);
    gridCells[i] = units.get(unit);
    return counted;
  }

  /** The slot of a grid in the cache, or the empty slot where it would go. */
  @SuppressWarnings("ReferenceEquality") // identity first, equality after
  private int slot(GridCode g, int hash) {
    int mask = gridKeys.length - 1;
    int i = (hash * 0x9E3779B9) >>> 7 & mask;
    while (true) {
      GridCode k = gridKeys[i];
      if (k == null || k == g || (gridHashes[i] == hash && k.equals(g))) {
        return i;
      }
      i = (i + 1) & mask;
    }
  }

  private int insertGrid(GridCode g, int hash, @Nullable DivisionCode unit) {
    if (2 * (gridCount + 1) > gridKeys.length) {
      @Nullable GridCode[] keys = gridKeys;
      @Nullable DivisionCode[] us = gridUnits;
      @Nullable Cell[] cs = gridCells;
      int[] hs = gridHashes;
      int n = keys.length * 2;
      gridKeys = new GridCode[n];
      gridHashes = new int[n];
      gridUnits = new DivisionCode[n];
      gridCells = new Cell[n];
      for (int j = 0; j < keys.length; j++) {
        GridCode k = keys[j];
        if (k != null) {
          int to = slot(k, hs[j]);
          gridKeys[to] = k;
          gridHashes[to] = hs[j];
          gridUnits[to] = us[j];
          gridCells[to] = cs[j];
        }
      }
    }
    int i = slot(g, hash);
    gridKeys[i] = g;
    gridHashes[i] = hash;
    gridUnits[i] = unit;
    gridCount++;
    return i;
  }

  private void clearGrids() {
    gridKeys = new GridCode[INITIAL_GRIDS];
    gridHashes = new int[INITIAL_GRIDS];
    gridUnits = new DivisionCode[INITIAL_GRIDS];
    gridCells = new Cell[INITIAL_GRIDS];
    gridCount = 0;
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
   * #add(Atlas, CaseLog, java.time.Instant)} for each log in turn. For reading a million cases at
   * one instant, a {@link CaseRegister} is the fast path ({@link #addAll(Atlas, CaseRegister,
   * java.time.Instant)}).
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
    long counted = 0;
    for (CaseLog log : logs) {
      counted += add(atlas, checkNotNull(log, "log").view(at)) ? 1 : 0;
    }
    return counted;
  }

  /**
   * Adds every case of a register at an instant, each to the unit of its grid in an atlas: the same
   * as {@link #add(Atlas, CaseLog, java.time.Instant)} for each of its logs, read from the
   * register's rows in one walk over memory (the fast path for the big screen; see {@link
   * CaseRegister}).
   *
   * @param atlas the atlas
   * @param register the cases
   * @param at the instant of the metrics
   * @return how many were counted (opened at the instant)
   */
  public long addAll(Atlas atlas, CaseRegister register, java.time.Instant at) {
    checkNotNull(atlas, "atlas");
    checkNotNull(register, "register");
    long[] counted = {0};
    register.forEachView(at, v -> counted[0] += add(atlas, v) ? 1 : 0);
    return counted[0];
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
   * @param other a state with the same overdue limit and grouping
   * @throws IllegalArgumentException if the limits or the groupings differ
   */
  public void merge(CaseMetrics other) {
    checkNotNull(other, "other");
    checkArgument(
        other.overdueLimit == overdueLimit,
        "metric states with overdue limits %s and %s do not merge",
        overdueLimit,
        other.overdueLimit);
    checkArgument(
        other.grouping == grouping,
        "metric states grouped %s and %s do not merge",
        grouping == null ? "by unit" : "at " + grouping,
        other.grouping == null ? "by unit" : "at " + other.grouping);
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
    CaseMetrics c = new CaseMetrics(overdueLimit, grouping);
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
    return new MetricsReport(atlas, placed, nowhere, overdueLimit, byOrder, grouping);
  }

  private Cell cellOf(DivisionCode u) {
    return Objects.requireNonNull(units.get(u));
  }

  /**
   * Writes the state in its binary form, version 2: the overdue limit, the grouping level (its
   * number of digits, 0 for none), the unplaced cases, then each unit in code order as its 12-digit
   * code and its cell (varint counters, per milestone its id, counters and sparse histogram, the
   * overdue list). O(size).
   *
   * @param out where to write
   * @throws IOException if writing fails
   */
  public void writeTo(DataOutput out) throws IOException {
    out.writeByte(VERSION);
    Varints.write(out, overdueLimit);
    out.writeByte(grouping == null ? 0 : grouping.digits());
    unplaced.writeTo(out);
    Varints.write(out, units.size());
    for (DivisionCode u : units()) {
      out.writeLong(u.toTwelveDigits());
      out.writeByte(u.level().digits());
      cellOf(u).writeTo(out);
    }
  }

  /**
   * Reads a state written by {@link #writeTo}, or by a library that wrote version 1 (no grouping).
   *
   * @param in where to read
   * @return the state
   * @throws IOException if reading fails, or the bytes are not a metric state of a known version
   *     ({@link StreamCorruptedException})
   */
  public static CaseMetrics readFrom(DataInput in) throws IOException {
    int version = in.readUnsignedByte();
    if (version != 1 && version != VERSION) {
      throw new StreamCorruptedException(
          "a metric state of version "
              + version
              + ", this library reads versions 1 and "
              + VERSION);
    }
    int limit = Varints.readInt(in, MAX_OVERDUE_LIMIT, "overdue limit");
    DivisionLevel grouping = null;
    if (version >= 2) {
      int digits = in.readUnsignedByte();
      if (digits != 0) {
        grouping = levelOf(digits);
      }
    }
    CaseMetrics m = new CaseMetrics(limit, grouping);
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
      if (grouping != null && grouping.isAbove(code.level())) {
        throw new StreamCorruptedException("unit " + code + " lies below the grouping " + grouping);
      }
      if (m.units.put(code, Cell.readFrom(in, limit)) != null) {
        throw new StreamCorruptedException("unit " + code + " written twice");
      }
    }
    return m;
  }

  private static DivisionLevel levelOf(int digits) throws StreamCorruptedException {
    for (DivisionLevel l : DivisionLevel.values()) {
      if (l.digits() == digits) {
        return l;
      }
    }
    throw new StreamCorruptedException("no division level has " + digits + " digits");
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CaseMetrics m
        && overdueLimit == m.overdueLimit
        && grouping == m.grouping
        && units.equals(m.units)
        && unplaced.equals(m.unplaced);
  }

  @Override
  public int hashCode() {
    return Objects.hash(overdueLimit, grouping, units, unplaced);
  }

  /** The number of units and cases. */
  @Override
  public String toString() {
    return "CaseMetrics["
        + units.size()
        + (grouping == null ? " units, " : " units at " + grouping + ", ")
        + total().totals().total()
        + " cases]";
  }
}
