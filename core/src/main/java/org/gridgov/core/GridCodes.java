package org.gridgov.core;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;

/** Allocation of fresh grid and division codes that never reuse a live or retired code. */
final class GridCodes {
  private GridCodes() {}

  /**
   * {@code count} fresh grid codes for a unit: after the highest sequence ever used (live or
   * retired), then the lowest never used.
   */
  static List<GridCode> allocate(
      GridCodeScheme scheme,
      DivisionCode unit,
      Collection<GridCode> live,
      Collection<GridCode> retired,
      int count,
      Location at) {
    BitSet used = new BitSet(scheme.maxSequence() + 1);
    markSequences(scheme, unit, live, used);
    markSequences(scheme, unit, retired, used);
    List<Integer> sequences = freeSlots(used, 1, scheme.maxSequence(), count);
    if (sequences.size() < count) {
      throw exhausted(
          at,
          "unit "
              + unit
              + " has no "
              + count
              + " unused grid sequences left under "
              + scheme.name());
    }
    List<GridCode> codes = new ArrayList<>(count);
    for (int s : sequences) {
      codes.add(scheme.codeFor(unit, s));
    }
    return codes;
  }

  /** A fresh code for a unit of {@code kind} below {@code parent}, in the kind's segment range. */
  static DivisionCode allocateDivision(
      DivisionCode parent,
      DivisionKind kind,
      Collection<DivisionCode> live,
      Collection<DivisionCode> retired,
      Location at) {
    int first = DivisionCode.firstSegmentOf(kind);
    int last = DivisionCode.lastSegmentOf(kind);
    BitSet used = new BitSet(last + 1);
    for (Collection<DivisionCode> codes : List.of(live, retired)) {
      for (DivisionCode c : codes) {
        if (c.level() == kind.level() && c.parent().filter(parent::equals).isPresent()) {
          used.set(c.segment(kind.level()));
        }
      }
    }
    List<Integer> free = freeSlots(used, first, last, 1);
    if (free.isEmpty()) {
      throw exhausted(
          at,
          "no unused "
              + kind
              + " code left below "
              + parent
              + " in segments "
              + first
              + "–"
              + last);
    }
    return parent.child(kind.level(), free.get(0));
  }

  private static void markSequences(
      GridCodeScheme scheme, DivisionCode unit, Collection<GridCode> codes, BitSet used) {
    for (GridCode c : codes) {
      OptionalInt s = scheme.sequenceOf(c, unit);
      if (s.isPresent()) {
        used.set(s.getAsInt());
      }
    }
  }

  private static List<Integer> freeSlots(BitSet used, int first, int last, int count) {
    List<Integer> result = new ArrayList<>(count);
    int highest = used.previousSetBit(last);
    for (int s = Math.max(first, highest + 1); s <= last && result.size() < count; s++) {
      result.add(s);
    }
    for (int s = used.nextClearBit(first);
        s <= last && result.size() < count;
        s = used.nextClearBit(s + 1)) {
      if (s <= highest) {
        result.add(s);
      }
    }
    return result;
  }

  private static AtlasChangeException exhausted(Location at, String message) {
    return new AtlasChangeException(List.of(Problem.of(ProblemKind.CODES_EXHAUSTED, at, message)));
  }
}
