package org.gridgov.core;

/** What is wrong with one part of an atlas's input; see {@link AtlasProblem}. */
public enum ProblemKind {
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
  /** A division or grid code is malformed. */
  MALFORMED_CODE,
  /** A division or grid code occurs twice. */
  DUPLICATE_CODE,
  /** A worker id or party organisation id occurs twice. */
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
  CODES_EXHAUSTED
}
