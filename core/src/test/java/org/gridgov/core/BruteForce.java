package org.gridgov.core;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Slow, obvious answers to the atlas's questions, from its public lists alone: parent walks and
 * full recounts. The fast paths (pre-order intervals, prefix sums, nearest-liaison tables) must
 * agree.
 */
final class BruteForce {
  private final Atlas atlas;
  private final Map<DivisionCode, Division> byCode = new HashMap<>();

  BruteForce(Atlas atlas) {
    this.atlas = atlas;
    for (Division d : atlas.divisions()) {
      byCode.put(d.code(), d);
    }
  }

  /** Whether {@code a} is a proper ancestor of {@code b}, by walking b's parents in the atlas. */
  boolean isAncestor(DivisionCode a, DivisionCode b) {
    for (Optional<DivisionCode> p = b.parent(); p.isPresent(); p = p.get().parent()) {
      if (!byCode.containsKey(p.get())) {
        return false;
      }
      if (p.get().equals(a)) {
        return true;
      }
    }
    return false;
  }

  boolean atOrBelow(DivisionCode unit, DivisionCode candidate) {
    return unit.equals(candidate) || isAncestor(unit, candidate);
  }

  RollUp rollUp(DivisionCode unit) {
    int towns = 0;
    int communities = 0;
    int villages = 0;
    for (Division d : atlas.divisions()) {
      if (!atOrBelow(unit, d.code())) {
        continue;
      }
      if (d.level() == DivisionLevel.TOWN) {
        towns++;
      } else if (d.level() == DivisionLevel.VILLAGE) {
        if (d.kind().isUrbanCommittee()) {
          communities++;
        } else {
          villages++;
        }
      }
    }
    int grids = 0;
    int special = 0;
    int offTarget = 0;
    int covered = 0;
    long households = 0;
    long residents = 0;
    Map<Sector, Integer> served = new HashMap<>();
    for (Sector s : atlas.sectors()) {
      served.put(s, 0);
    }
    for (Grid g : atlas.grids()) {
      if (!atOrBelow(unit, g.unit())) {
        continue;
      }
      grids++;
      households += g.households();
      residents += g.residents();
      if (g.kind().isSpecial()) {
        special++;
      } else {
        int target =
            g.unit().kind().isUrbanCommittee()
                ? atlas.householdTargets().urban()
                : atlas.householdTargets().rural();
        double tol = target * atlas.householdTargets().tolerancePercent() / 100.0;
        if (g.households() < target - tol || g.households() > target + tol) {
          offTarget++;
        }
      }
      if (atlas.partyOrganisations().stream().anyMatch(o -> o.grids().contains(g.code()))) {
        covered++;
      }
      for (Sector s : atlas.sectors()) {
        if (nearestLiaison(g.unit(), s).isPresent()) {
          served.merge(s, 1, Integer::sum);
        }
      }
    }
    Map<WorkerRole, Integer> posts = new EnumMap<>(WorkerRole.class);
    for (WorkerRole role : WorkerRole.values()) {
      posts.put(role, 0);
    }
    for (Assignment a : atlas.assignments()) {
      DivisionCode gridUnit = atlas.grid(a.grid()).orElseThrow().unit();
      if (atOrBelow(unit, gridUnit) && a.isActiveOn(atlas.asOf())) {
        posts.merge(a.role(), 1, Integer::sum);
      }
    }
    int orgs = 0;
    for (PartyOrganisation o : atlas.partyOrganisations()) {
      boolean all = true;
      for (GridCode g : o.grids()) {
        all &= atOrBelow(unit, atlas.grid(g).orElseThrow().unit());
      }
      orgs += all ? 1 : 0;
    }
    int liaisons = 0;
    for (Liaison l : atlas.liaisons()) {
      liaisons += atOrBelow(unit, l.unit()) ? 1 : 0;
    }
    return new RollUp(
        unit,
        towns,
        communities,
        villages,
        grids,
        special,
        households,
        residents,
        posts,
        orgs,
        covered,
        liaisons,
        served,
        offTarget);
  }

  /** The liaison for a sector at the unit or the nearest ancestor, by a walk and a full scan. */
  Optional<Liaison> nearestLiaison(DivisionCode unit, Sector sector) {
    for (Optional<DivisionCode> u = Optional.of(unit); u.isPresent(); u = u.get().parent()) {
      DivisionCode at = u.get();
      Optional<Liaison> found =
          atlas.liaisons().stream()
              .filter(l -> l.unit().equals(at) && l.sector().equals(sector))
              .findFirst();
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  long totalHouseholds() {
    return atlas.grids().stream().mapToLong(Grid::households).sum();
  }

  long totalResidents() {
    return atlas.grids().stream().mapToLong(Grid::residents).sum();
  }

  List<Division> divisions() {
    return atlas.divisions();
  }
}
