package org.gridgov.sla.metrics;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.Atlas;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.DivisionLevel;

/**
 * The figures of every unit of an atlas with cases, rolled up: a street's figures are those of all
 * the cases of its communities, a city's those of its districts. Immutable and thread-safe.
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
  private final Map<DivisionCode, UnitMetrics> units;
  private final UnitMetrics unplaced;
  private final UnitMetrics total;
  private final Comparator<String> milestoneOrder;

  MetricsReport(
      Atlas atlas,
      Map<DivisionCode, UnitMetrics> units,
      UnitMetrics unplaced,
      UnitMetrics total,
      Comparator<String> milestoneOrder) {
    this.atlas = atlas;
    this.units = Map.copyOf(units);
    this.unplaced = unplaced;
    this.total = total;
    this.milestoneOrder = milestoneOrder;
  }

  /**
   * A unit's figures, its subtree included.
   *
   * @param code any unit of the atlas
   * @return the figures (all zero if none of its cases were counted), empty if the atlas does not
   *     have the unit
   */
  public Optional<UnitMetrics> unit(DivisionCode code) {
    checkNotNull(code, "code");
    UnitMetrics m = units.get(code);
    if (m != null) {
      return Optional.of(m);
    }
    return atlas.division(code).map(d -> empty(d));
  }

  private UnitMetrics empty(Division d) {
    return new Cell().toMetrics(Optional.of(d.code()), d.name(), milestoneOrder);
  }

  /**
   * The figures of a unit's children that have cases, in code order.
   *
   * @param code a unit of the atlas
   * @return the children's figures
   * @throws IllegalArgumentException if the atlas does not have the unit
   */
  public List<UnitMetrics> children(DivisionCode code) {
    List<UnitMetrics> list = new ArrayList<>();
    for (Division c : atlas.children(code)) {
      UnitMetrics m = units.get(c.code());
      if (m != null) {
        list.add(m);
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
   */
  public List<UnitMetrics> atLevel(DivisionLevel level) {
    List<UnitMetrics> list = new ArrayList<>();
    for (Map.Entry<DivisionCode, UnitMetrics> e : units.entrySet()) {
      if (e.getKey().level() == level) {
        list.add(e.getValue());
      }
    }
    list.sort(
        Comparator.comparing(m -> m.unit().orElseThrow(), Comparator.<DivisionCode>naturalOrder()));
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
