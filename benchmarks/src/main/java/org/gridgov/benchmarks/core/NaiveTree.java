package org.gridgov.benchmarks.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.core.Atlas;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.Grid;
import org.gridgov.core.Liaison;
import org.gridgov.core.Sector;

/**
 * The naive baseline: what grid platforms hand-write — a parent-pointer map, a walk up the tree for
 * ancestry and routing, and a full recount of the grids for a roll-up.
 */
final class NaiveTree {
  private final Map<DivisionCode, DivisionCode> parentOf = new HashMap<>();
  private final Map<String, Liaison> liaisonAt = new HashMap<>();
  private final Map<String, DivisionCode> unitOfGrid = new HashMap<>();
  private final List<Grid> grids;

  NaiveTree(Atlas atlas) {
    for (Division d : atlas.divisions()) {
      d.code().parent().ifPresent(p -> parentOf.put(d.code(), p));
    }
    for (Liaison l : atlas.liaisons()) {
      liaisonAt.put(l.unit() + "/" + l.sector().code(), l);
    }
    this.grids = List.copyOf(atlas.grids());
    for (Grid g : grids) {
      unitOfGrid.put(g.code().toString(), g.unit());
    }
  }

  boolean isAncestor(DivisionCode a, DivisionCode b) {
    for (DivisionCode p = parentOf.get(b); p != null; p = parentOf.get(p)) {
      if (p.equals(a)) {
        return true;
      }
    }
    return false;
  }

  /** Households below a unit by a walk up from every grid. */
  long households(DivisionCode unit) {
    long sum = 0;
    for (Grid g : grids) {
      if (g.unit().equals(unit) || isAncestor(unit, g.unit())) {
        sum += g.households();
      }
    }
    return sum;
  }

  Liaison route(String grid, Sector sector) {
    for (DivisionCode u = unitOfGrid.get(grid); u != null; u = parentOf.get(u)) {
      Liaison l = liaisonAt.get(u + "/" + sector.code());
      if (l != null) {
        return l;
      }
    }
    return null;
  }
}
