package org.gridgov.core;

/**
 * What kind of problem a {@link Problem} is. One catalogue serves every module, so that a host
 * handles problems from any reader the same way: the kinds of any input first, then those of the
 * atlas and its changes, then those of rule sets (policies, rubrics, rounds).
 */
public enum ProblemKind {
  // ---- any input
  // ---------------------------------------------------------------------------------

  /** Input that is not well-formed: JSON syntax, a CSV row with the wrong number of fields. */
  MALFORMED_INPUT,
  /** Input beyond the configured limits of size or nesting. */
  INPUT_TOO_LARGE,
  /** A required field is missing. */
  MISSING_FIELD,
  /**
   * A field has a value its type does not allow: a wrong JSON type, an unknown enum constant, a bad
   * date, a blank name, an end before a start.
   */
  INVALID_VALUE,
  /** A reference to something the input does not define (outside the atlas, whose kinds follow). */
  UNKNOWN_REFERENCE,
  /** Two entries contradict each other, such as one date listed as a day off and a workday. */
  CONFLICT,
  /**
   * What the input describes exceeds a documented budget of the structure built from it, such as
   * the intervals × days a working calendar precomputes.
   */
  BUDGET_EXCEEDED,

  // ---- the atlas and its changes
  // -----------------------------------------------------------------
  /** A division or grid code is malformed. */
  MALFORMED_CODE,
  /** A division or grid code occurs twice. */
  DUPLICATE_CODE,
  /**
   * An id that must be unique occurs twice: a worker or party organisation id, and in other inputs
   * a rubric item, a policy, a candidate or an event id.
   */
  DUPLICATE_ID,
  /** A division's parent (derived from its code) is not in the atlas. */
  UNKNOWN_PARENT,
  /** A declared level or parent disagrees with what the code says. */
  LEVEL_MISMATCH,
  /** A grid belongs to a unit that is not a community or village. */
  GRID_NOT_UNDER_VILLAGE_LEVEL,
  /** A grid's code does not fit its unit under the atlas's grid code scheme. */
  GRID_CODE_MISMATCH,
  /** A count (households, residents) is negative. */
  NEGATIVE_COUNT,
  /** A reference to a division that is not in the atlas. */
  UNKNOWN_UNIT,
  /** A reference to a grid that is not in the atlas. */
  UNKNOWN_GRID,
  /** A reference to a grid worker who is not in the atlas. */
  UNKNOWN_WORKER,
  /** A reference to a sector that is not in the atlas's catalogue. */
  UNKNOWN_SECTOR,
  /** Two grid leaders (网格长) in one grid on the same day. */
  OVERLAPPING_GRID_LEADERS,
  /** Two liaisons for the same unit and sector. */
  DUPLICATE_LIAISON,
  /** A code that was retired (merged, split, moved or removed) is in use again. */
  RETIRED_CODE_IN_USE,
  /** A change would put a unit below itself or below one of its descendants. */
  CYCLE,
  /** A change would put a unit below a parent of the wrong level or kind. */
  WRONG_PARENT_LEVEL,
  /** A change would lose households or residents (a split whose parts do not add up). */
  NOT_CONSERVED,
  /** A change cannot proceed because something still refers to what it removes. */
  STILL_REFERENCED,
  /** A change names something it cannot act on (no such assignment, one grid for a merge). */
  NOT_APPLICABLE,
  /** No free code is left in a unit's sequence or segment range. */
  CODES_EXHAUSTED,

  // ---- rule sets: policies, rubrics, rounds ----------------------------------------------------
  /** Parts do not add up to their whole, such as item maxima and their section's maximum. */
  INCONSISTENT_TOTAL,
  /** Ranges that must cover a span leave part of it uncovered, such as star bands. */
  GAP,
  /** Ranges or rules that must not overlap do, such as star bands or policy rows. */
  OVERLAP,
  /** A rule that can never apply, such as a policy row shadowed by an earlier one. */
  UNREACHABLE,

  // ---- geometry: boundaries of grids and divisions (the optional geo module) -------------------
  /** A shape that is not valid geometry, such as a polygon whose ring crosses itself. */
  INVALID_GEOMETRY,
  /** Something that must have a boundary has none, such as an atlas grid. */
  MISSING_BOUNDARY,
  /**
   * A shape reaches outside the shape that must contain it, such as a grid outside its community.
   */
  OUTSIDE_PARENT
}
