package org.gridgov.core;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What every rule of the change engine needs: the {@link AtlasDraft} the batch writes, the problems
 * found so far, and the location of the change being applied ({@code changes[i]}) with the
 * component at fault.
 */
abstract class ChangeRules {
  final AtlasDraft draft;
  final List<Problem> problems;

  ChangeRules(AtlasDraft draft, List<Problem> problems) {
    this.draft = draft;
    this.problems = problems;
  }

  /** The change being applied, {@code changes[i]}. */
  final Location.Change at() {
    return Location.change(draft.change);
  }

  /** A component of the change being applied, {@code changes[i].grid}. */
  final Location.Change at(String component) {
    return at().field(component);
  }

  final void refuse(ProblemKind kind, Location at, String message) {
    problems.add(Problem.of(kind, at, message));
  }

  final void checkDate(LocalDate date, Location at) {
    if (date.isBefore(AtlasValidation.MIN_DATE) || date.isAfter(AtlasValidation.MAX_DATE)) {
      refuse(
          ProblemKind.INVALID_VALUE,
          at,
          "date "
              + date
              + " is outside the supported dates "
              + AtlasValidation.MIN_DATE
              + ".."
              + AtlasValidation.MAX_DATE);
    }
  }

  final void checkUnit(DivisionCode unit, Location at, String what) {
    if (!draft.hasDivision(unit)) {
      refuse(ProblemKind.UNKNOWN_UNIT, at, what + " " + unit + " is not in the atlas");
    }
  }

  @CanIgnoreReturnValue
  final @Nullable Grid knownGrid(GridCode code, Location at) {
    Grid grid = draft.grid(code);
    if (grid == null) {
      refuse(ProblemKind.UNKNOWN_GRID, at, "grid " + code + " is not in the atlas");
    }
    return grid;
  }
}
