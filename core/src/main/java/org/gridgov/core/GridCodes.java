package org.gridgov.core;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Allocation of fresh grid and division codes that never reuse a live or retired code: after the
 * highest sequence (or segment) ever used, then the lowest never used.
 *
 * <p>An instance serves one batch of changes: it learns the sequences a unit has used (its live
 * grids and the retired codes of the unit) once, on the unit's first allocation, and keeps them up
 * to date as the batch goes on, so that k allocations cost O(k + grids of the units concerned +
 * retired codes) rather than k scans of every code. Retired codes are bucketed once by the unit
 * their code names under the standard scheme; under another scheme a unit's first allocation reads
 * every retired code, since only the scheme knows which unit a code fits.
 */
final class GridCodes {
  /** Where the batch's codes stand. */
  interface Codes {
    /** The live grids of a unit. */
    List<GridCode> gridsOf(DivisionCode unit);

    /** Every retired grid code: the atlas's and the batch's so far. */
    Iterable<GridCode> retiredGrids();
  }

  private final GridCodeScheme scheme;
  private final Codes codes;
  private final boolean standard;
  private final Map<DivisionCode, BitSet> usedByUnit = new HashMap<>();
  private @Nullable Map<String, List<GridCode>> retiredByBucket;

  GridCodes(GridCodeScheme scheme, Codes codes) {
    this.scheme = scheme;
    this.codes = codes;
    this.standard = scheme instanceof StandardGridCodeScheme;
  }

  /**
   * {@code count} fresh codes for a unit, marked as used; empty if the unit's sequences are
   * exhausted.
   */
  List<GridCode> allocate(DivisionCode unit, int count) {
    BitSet used = used(unit);
    List<Integer> sequences = freeSlots(used, 1, scheme.maxSequence(), count);
    if (sequences.size() < count) {
      return List.of();
    }
    List<GridCode> result = new ArrayList<>(count);
    for (int s : sequences) {
      used.set(s);
      result.add(scheme.codeFor(unit, s));
    }
    return result;
  }

  /** A grid was put into a unit under a code not allocated here. */
  void noteLive(DivisionCode unit, GridCode code) {
    BitSet used = usedByUnit.get(unit);
    if (used != null) {
      scheme.sequenceOf(code, unit).ifPresent(used::set);
    }
  }

  /** A grid code was retired. */
  void noteRetired(GridCode code) {
    if (retiredByBucket != null) {
      retiredByBucket.computeIfAbsent(bucketOf(code), k -> new ArrayList<>()).add(code);
    }
  }

  private BitSet used(DivisionCode unit) {
    BitSet used = usedByUnit.get(unit);
    if (used == null) {
      used = new BitSet();
      markSequences(scheme, unit, codes.gridsOf(unit), used);
      markSequences(scheme, unit, retiredIn(unit), used);
      usedByUnit.put(unit, used);
    }
    return used;
  }

  private List<GridCode> retiredIn(DivisionCode unit) {
    Map<String, List<GridCode>> buckets = retiredByBucket;
    if (buckets == null) {
      buckets = new HashMap<>();
      for (GridCode c : codes.retiredGrids()) {
        buckets.computeIfAbsent(bucketOf(c), k -> new ArrayList<>()).add(c);
      }
      retiredByBucket = buckets;
    }
    return buckets.getOrDefault(standard ? unit.toPaddedString() : "", List.of());
  }

  /** The unit code a grid code names under the standard scheme; one bucket for other schemes. */
  private String bucketOf(GridCode code) {
    String text = code.toString();
    return standard && text.length() > 12 ? text.substring(0, 12) : "";
  }

  /**
   * {@code count} fresh grid codes for a unit, given its live codes and every retired code: after
   * the highest sequence ever used (live or retired), then the lowest never used. O(live +
   * retired).
   *
   * @throws AtlasChangeException if the unit has not {@code count} sequences left
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
      throw new AtlasChangeException(
          List.of(
              Problem.of(ProblemKind.CODES_EXHAUSTED, at, exhaustedGrids(scheme, unit, count))));
    }
    List<GridCode> codes = new ArrayList<>(count);
    for (int s : sequences) {
      codes.add(scheme.codeFor(unit, s));
    }
    return codes;
  }

  /** Why a unit got no fresh grid codes. */
  static String exhaustedGrids(GridCodeScheme scheme, DivisionCode unit, int count) {
    return "unit "
        + unit
        + " has no "
        + count
        + " unused grid sequences left under "
        + scheme.name();
  }

  /**
   * A fresh code for a unit of {@code kind} below {@code parent}, in the kind's segment range, or
   * null if every segment was used. O(range): each candidate is looked up in {@code used}.
   */
  static @Nullable DivisionCode allocateDivision(
      DivisionCode parent, DivisionKind kind, Predicate<DivisionCode> used) {
    int first = DivisionCode.firstSegmentOf(kind);
    int last = DivisionCode.lastSegmentOf(kind);
    BitSet taken = new BitSet(last + 1);
    for (int s = first; s <= last; s++) {
      if (used.test(parent.child(kind.level(), s))) {
        taken.set(s);
      }
    }
    List<Integer> free = freeSlots(taken, first, last, 1);
    return free.isEmpty() ? null : parent.child(kind.level(), free.get(0));
  }

  private static void markSequences(
      GridCodeScheme scheme, DivisionCode unit, Iterable<GridCode> codes, BitSet used) {
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
}
