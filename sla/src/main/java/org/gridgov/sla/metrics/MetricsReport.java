package org.gridgov.sla.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.gridgov.core.Atlas;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.DivisionLevel;
import org.jspecify.annotations.Nullable;

/**
 * The figures of every unit of an atlas, rolled up: a street's figures are those of all the cases
 * of its communities, a city's those of its districts. A snapshot of the metric state it came from;
 * each unit's figures are computed when first asked for (O(units with cases) merges at most) and
 * kept. The report of a state grouped at a level ({@link CaseMetrics#empty(int, DivisionLevel)})
 * has figures at that level and above only. Thread-safe.
 *
 * <pre>{@code
 * MetricsReport report = metrics.report(YingkouSample.atlas());
 * for (UnitMetrics street : report.atLevel(DivisionLevel.TOWN)) {
 *   street.name(); street.onTimeRate().percent(); street.closedInStreetShare().percent();
 * }
 * }</pre>
 */
public final class MetricsReport {
  private final Atlas atlas;
  private final Map<DivisionCode, Cell> placed;
  private final int limit;
  private final Comparator<String> milestoneOrder;
  private final Map<DivisionCode, UnitMetrics> computed = new ConcurrentHashMap<>();
  private final UnitMetrics unplaced;
  private final UnitMetrics total;
  private final @Nullable DivisionLevel grouping;

  MetricsReport(
      Atlas atlas,
      Map<DivisionCode, Cell> placed,
      Cell unplacedCell,
      int limit,
      Comparator<String> milestoneOrder,
      @Nullable DivisionLevel grouping) {
    this.atlas = atlas;
    this.grouping = grouping;
    this.placed = Map.copyOf(placed);
    this.limit = limit;
    this.milestoneOrder = milestoneOrder;
    this.unplaced = unplacedCell.toMetrics(Optional.empty(), "unplaced", milestoneOrder);
    Cell all = new Cell();
    for (Map.Entry<DivisionCode, Cell> e : new java.util.TreeMap<>(this.placed).entrySet()) {
      all.merge(e.getValue(), limit);
    }
    all.merge(unplacedCell, limit);
    this.total = all.toMetrics(Optional.empty(), "all cases", milestoneOrder);
  }

  /**
   * A unit's figures, its subtree included. O(units with cases) the first time.
   *
   * @param code any unit of the atlas
   * @return the figures (all zero if none of its cases were counted), empty if the atlas does not
   *     have the unit
   * @throws IllegalArgumentException if the metrics were grouped at a level above the unit's
   */
  public Optional<UnitMetrics> unit(DivisionCode code) {
    checkNotNull(code, "code");
    checkLevel(code.level());
    Optional<Division> d = atlas.division(code);
    if (d.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(computed.computeIfAbsent(code, c -> rollUp(d.get())));
  }

  private void checkLevel(DivisionLevel level) {
    checkArgument(
        grouping == null || !grouping.isAbove(level),
        "these metrics were grouped at %s and have no figures for the level %s below it",
        grouping,
        level);
  }

  private UnitMetrics rollUp(Division d) {
    Cell sum = new Cell();
    for (Map.Entry<DivisionCode, Cell> e : new java.util.TreeMap<>(placed).entrySet()) {
      DivisionCode u = e.getKey();
      if (u.equals(d.code()) || atlas.isAncestor(d.code(), u)) {
        sum.merge(e.getValue(), limit);
      }
    }
    return sum.toMetrics(Optional.of(d.code()), d.name(), milestoneOrder);
  }

  private boolean hasCases(DivisionCode code) {
    for (DivisionCode u : placed.keySet()) {
      if (u.equals(code) || atlas.isAncestor(code, u)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The figures of a unit's children that have cases, in code order.
   *
   * @param code a unit of the atlas
   * @return the children's figures
   * @throws IllegalArgumentException if the atlas does not have the unit, or the metrics were
   *     grouped at a level above its children's
   */
  public List<UnitMetrics> children(DivisionCode code) {
    List<UnitMetrics> list = new ArrayList<>();
    for (Division c : atlas.children(code)) {
      checkLevel(c.level());
      if (hasCases(c.code())) {
        list.add(unit(c.code()).orElseThrow());
      }
    }
    return List.copyOf(list);
  }

  /**
   * The figures of every unit of a level that has cases, in code order: {@link DivisionLevel#TOWN}
   * for streets and towns, {@link DivisionLevel#COUNTY} for districts.
   *
   * @param level the level
   * @return the units' figures
   * @throws IllegalArgumentException if the metrics were grouped at a level above this one
   */
  public List<UnitMetrics> atLevel(DivisionLevel level) {
    checkNotNull(level, "level");
    checkLevel(level);
    TreeSet<DivisionCode> codes = new TreeSet<>();
    for (DivisionCode u : placed.keySet()) {
      if (u.level() == level) {
        codes.add(u);
      }
      for (Division a : atlas.ancestors(u)) {
        if (a.level() == level) {
          codes.add(a.code());
        }
      }
    }
    List<UnitMetrics> list = new ArrayList<>(codes.size());
    for (DivisionCode c : codes) {
      list.add(unit(c).orElseThrow());
    }
    return List.copyOf(list);
  }

  /**
   * The cases placed in no unit of the atlas (no grid, or a grid or unit it does not have).
   *
   * @return their figures
   */
  public UnitMetrics unplaced() {
    return unplaced;
  }

  /**
   * All cases.
   *
   * @return their figures
   */
  public UnitMetrics total() {
    return total;
  }
}
