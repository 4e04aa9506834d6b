package org.gridgov.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.List;

// Over 600 lines: one sealed interface with its 16 record cases and their factories, each with
// the Javadoc doclint requires; splitting the cases across files would split the closed set.

/**
 * One change to an atlas, applied with {@link Atlas#apply(List)}. Changes that re-code (moving a
 * grid or unit, splitting, merging) allocate fresh codes that never reuse a retired one, retire the
 * old codes with their successors, and carry posts, party organisations, liaisons and contact
 * points along.
 *
 * <p>Each change is checked against the atlas as the changes before it in the batch left it; a
 * refused change is reported at its position, {@code changes[i]}, narrowed to the component at
 * fault where there is one ({@code changes[3].grid.unit}). Changes that touch no structure — {@link
 * UpdateGrid}, {@link AddAssignment}, {@link ReassignWorker}, {@link AddLiaison}, {@link
 * RemoveLiaison}, {@link AddContactPoint}, {@link RemoveContactPoint} — leave the divisions, grid
 * codes, workers and party organisations as they are; a batch of only such changes derives the new
 * atlas from the old one, sharing its indexes.
 *
 * <pre>{@code
 * Atlas next = atlas.apply(
 *     AtlasChange.moveUnit(DivisionCode.parse("210802001007"), DivisionCode.parse("210802003")),
 *     AtlasChange.mergeGrids(List.of(a, b), "合并网格"));
 * }</pre>
 */
public sealed interface AtlasChange
    permits AtlasChange.AddDivision,
        AtlasChange.RemoveDivision,
        AtlasChange.MoveUnit,
        AtlasChange.AddGrid,
        AtlasChange.UpdateGrid,
        AtlasChange.RemoveGrid,
        AtlasChange.MoveGrid,
        AtlasChange.SplitGrid,
        AtlasChange.MergeGrids,
        AtlasChange.AddWorker,
        AtlasChange.AddAssignment,
        AtlasChange.ReassignWorker,
        AtlasChange.AddLiaison,
        AtlasChange.RemoveLiaison,
        AtlasChange.AddContactPoint,
        AtlasChange.RemoveContactPoint {

  /** Which case a change is, for callers that branch. */
  enum Kind {
    /** {@link AddDivision}. */
    ADD_DIVISION,
    /** {@link RemoveDivision}. */
    REMOVE_DIVISION,
    /** {@link MoveUnit}. */
    MOVE_UNIT,
    /** {@link AddGrid}. */
    ADD_GRID,
    /** {@link UpdateGrid}. */
    UPDATE_GRID,
    /** {@link RemoveGrid}. */
    REMOVE_GRID,
    /** {@link MoveGrid}. */
    MOVE_GRID,
    /** {@link SplitGrid}. */
    SPLIT_GRID,
    /** {@link MergeGrids}. */
    MERGE_GRIDS,
    /** {@link AddWorker}. */
    ADD_WORKER,
    /** {@link AddAssignment}. */
    ADD_ASSIGNMENT,
    /** {@link ReassignWorker}. */
    REASSIGN_WORKER,
    /** {@link AddLiaison}. */
    ADD_LIAISON,
    /** {@link RemoveLiaison}. */
    REMOVE_LIAISON,
    /** {@link AddContactPoint}. */
    ADD_CONTACT_POINT,
    /** {@link RemoveContactPoint}. */
    REMOVE_CONTACT_POINT
  }

  /**
   * Which case this is.
   *
   * @return the kind
   */
  Kind kind();

  /**
   * Adds a division below an existing parent.
   *
   * @param division the division
   * @return the change
   */
  static AtlasChange addDivision(Division division) {
    return new AddDivision(division);
  }

  /**
   * Removes a division that has no children, grids, liaisons or contact points left.
   *
   * @param code the division
   * @return the change
   */
  static AtlasChange removeDivision(DivisionCode code) {
    return new RemoveDivision(code);
  }

  /**
   * Moves a town or a village-level unit under a new parent.
   *
   * @param unit the unit to move
   * @param newParent the new parent
   * @return the change
   */
  static AtlasChange moveUnit(DivisionCode unit, DivisionCode newParent) {
    return new MoveUnit(unit, newParent);
  }

  /**
   * Adds a grid.
   *
   * @param grid the grid
   * @return the change
   */
  static AtlasChange addGrid(Grid grid) {
    return new AddGrid(grid);
  }

  /**
   * Replaces a grid's name, kind or counts.
   *
   * @param grid the grid with its new values
   * @return the change
   */
  static AtlasChange updateGrid(Grid grid) {
    return new UpdateGrid(grid);
  }

  /**
   * Adds a grid worker.
   *
   * @param worker the worker
   * @return the change
   */
  static AtlasChange addWorker(GridWorker worker) {
    return new AddWorker(worker);
  }

  /**
   * Adds a post.
   *
   * @param assignment the post
   * @return the change
   */
  static AtlasChange addAssignment(Assignment assignment) {
    return new AddAssignment(assignment);
  }

  /**
   * Removes a grid nothing refers to any more.
   *
   * @param grid the grid
   * @return the change
   */
  static AtlasChange removeGrid(GridCode grid) {
    return new RemoveGrid(grid);
  }

  /**
   * Moves a grid to another community or village.
   *
   * @param grid the grid
   * @param newUnit the new unit
   * @return the change
   */
  static AtlasChange moveGrid(GridCode grid, DivisionCode newUnit) {
    return new MoveGrid(grid, newUnit);
  }

  /**
   * Splits a grid into parts whose households and residents add up to the grid's.
   *
   * @param grid the grid
   * @param parts two or more parts
   * @return the change
   */
  static AtlasChange splitGrid(GridCode grid, List<GridPart> parts) {
    return new SplitGrid(grid, parts);
  }

  /**
   * Merges grids of one unit into a new grid.
   *
   * @param grids two or more grids of the same unit
   * @param name the merged grid's name
   * @return the change
   */
  static AtlasChange mergeGrids(List<GridCode> grids, String name) {
    return new MergeGrids(grids, name);
  }

  /**
   * Moves a worker's posts from one grid to another from a date on.
   *
   * @param workerId the worker
   * @param from the grid left
   * @param to the grid joined
   * @param effective the first day in the new grid
   * @return the change
   */
  static AtlasChange reassignWorker(
      String workerId, GridCode from, GridCode to, LocalDate effective) {
    return new ReassignWorker(workerId, from, to, effective);
  }

  /**
   * Posts a sector liaison at a unit.
   *
   * @param liaison the liaison
   * @return the change
   */
  static AtlasChange addLiaison(Liaison liaison) {
    return new AddLiaison(liaison);
  }

  /**
   * Removes the liaison of a sector at a unit.
   *
   * @param unit the unit
   * @param sector the sector, matched to the catalogue by code
   * @return the change
   */
  static AtlasChange removeLiaison(DivisionCode unit, Sector sector) {
    return new RemoveLiaison(unit, sector);
  }

  /**
   * Adds a leader's contact point.
   *
   * @param contactPoint the contact point
   * @return the change
   */
  static AtlasChange addContactPoint(ContactPoint contactPoint) {
    return new AddContactPoint(contactPoint);
  }

  /**
   * Removes a leader's contact point.
   *
   * @param contactPoint a contact point equal to one in the atlas
   * @return the change
   */
  static AtlasChange removeContactPoint(ContactPoint contactPoint) {
    return new RemoveContactPoint(contactPoint);
  }

  /**
   * Adds a division; its parent must be in the atlas, its code must never have been used.
   *
   * @param division the division
   */
  record AddDivision(Division division) implements AtlasChange {
    /**
     * Validates the fields.
     *
     * @param division the division
     */
    public AddDivision {
      checkNotNull(division, "division");
    }

    @Override
    public Kind kind() {
      return Kind.ADD_DIVISION;
    }
  }

  /**
   * Removes a division with nothing below or at it; its code is retired without successor.
   *
   * @param code the division
   */
  record RemoveDivision(DivisionCode code) implements AtlasChange {
    /**
     * Validates the fields.
     *
     * @param code the division
     */
    public RemoveDivision {
      checkNotNull(code, "code");
    }

    @Override
    public Kind kind() {
      return Kind.REMOVE_DIVISION;
    }
  }

  /**
   * Moves a town (street, town, township, quasi unit) under another county or a city without
   * counties, or a community or village under another town. The unit gets a fresh code of its kind
   * below the new parent; its descendants and grids are re-coded alike and the old codes retired
   * with their successors. Refused if the new parent is the unit itself or one of its descendants,
   * or has the wrong level. A move under the unit's own parent changes nothing (no fresh code).
   *
   * @param unit the unit to move
   * @param newParent the new parent
   */
  record MoveUnit(DivisionCode unit, DivisionCode newParent) implements AtlasChange {
    /**
     * Validates the fields.
     *
     * @param unit the unit to move
     * @param newParent the new parent
     */
    public MoveUnit {
      checkNotNull(unit, "unit");
      checkNotNull(newParent, "newParent");
    }

    @Override
    public Kind kind() {
      return Kind.MOVE_UNIT;
    }
  }

  /**
   * Adds a grid; see {@link Atlas#nextGridCode(DivisionCode)} for a fresh code.
   *
   * @param grid the grid
   */
  record AddGrid(Grid grid) implements AtlasChange {
    /**
     * Validates the fields.
     *
     * @param grid the grid
     */
    public AddGrid {
      checkNotNull(grid, "grid");
    }

    @Override
    public Kind kind() {
      return Kind.ADD_GRID;
    }
  }

  /**
   * Replaces a grid's name, kind or counts; the code and unit stay (use {@link MoveGrid} to move).
   *
   * @param grid the grid with its new values
   */
  record UpdateGrid(Grid grid) implements AtlasChange {
    /**
     * Validates the fields.
     *
     * @param grid the grid with its new values
     */
    public UpdateGrid {
      checkNotNull(grid, "grid");
    }

    @Override
    public Kind kind() {
      return Kind.UPDATE_GRID;
    }
  }

  /**
   * Removes a grid that no post, party organisation or contact point refers to; its code is retired
   * without successor.
   *
   * @param grid the grid
   */
  record RemoveGrid(GridCode grid) implements AtlasChange {
    /**
     * Validates the fields.
     *
     * @param grid the grid
     */
    public RemoveGrid {
      checkNotNull(grid, "grid");
    }

    @Override
    public Kind kind() {
      return Kind.REMOVE_GRID;
    }
  }

  /**
   * Moves a grid to another community or village under a fresh code; posts, party organisations and
   * contact points follow it. A move to the grid's own unit changes nothing (no fresh code).
   *
   * @param grid the grid
   * @param newUnit the new community or village
   */
  record MoveGrid(GridCode grid, DivisionCode newUnit) implements AtlasChange {
    /**
     * Validates the fields.
     *
     * @param grid the grid
     * @param newUnit the new community or village
     */
    public MoveGrid {
      checkNotNull(grid, "grid");
      checkNotNull(newUnit, "newUnit");
    }

    @Override
    public Kind kind() {
      return Kind.MOVE_GRID;
    }
  }

  /**
   * One part of a split grid.
   *
   * @param name the part's name
   * @param households its households
   * @param residents its residents
   */
  record GridPart(String name, int households, int residents) {
    /**
     * Validates the fields.
     *
     * @param name the part's name
     * @param households its households
     * @param residents its residents
     */
    public GridPart {
      checkNotNull(name, "name");
      Texts.checkName(name, "grid part name");
      checkArgument(households >= 0, "households must be >= 0, got %s", households);
      checkArgument(residents >= 0, "residents must be >= 0, got %s", residents);
    }
  }

  /**
   * Splits a grid into two or more parts in the same unit, each under a fresh code. The parts'
   * households and residents must add up to the grid's. Posts and contact points go to the first
   * part; party organisations covering the grid cover every part.
   *
   * @param grid the grid
   * @param parts the parts, at least two
   */
  record SplitGrid(GridCode grid, List<GridPart> parts) implements AtlasChange {
    /**
     * Validates and copies the fields.
     *
     * @param grid the grid
     * @param parts the parts, at least two
     */
    public SplitGrid {
      checkNotNull(grid, "grid");
      parts = copyOf(parts, "parts");
      checkArgument(parts.size() >= 2, "a split needs at least two parts, got %s", parts.size());
    }

    @Override
    public Kind kind() {
      return Kind.SPLIT_GRID;
    }
  }

  /**
   * Merges two or more grids of one unit into one grid under a fresh code, with the sum of their
   * households and residents and the first grid's kind. Posts, party organisations and contact
   * points follow. Grid leader posts are kept in the order the grids are listed; a later grid's
   * leader whose term overlaps an earlier kept leader's becomes a full-time worker, so that the
   * merged grid never has two leaders on one day.
   *
   * @param grids the grids, at least two, no repeats
   * @param name the merged grid's name
   */
  record MergeGrids(List<GridCode> grids, String name) implements AtlasChange {
    /**
     * Validates and copies the fields.
     *
     * @param grids the grids, at least two, no repeats
     * @param name the merged grid's name
     */
    public MergeGrids {
      grids = copyOf(grids, "grids");
      checkNotNull(name, "name");
      checkArgument(grids.size() >= 2, "a merge needs at least two grids, got %s", grids);
      int[] repeat = Texts.firstRepeat(grids);
      if (repeat.length > 0) {
        throw new IllegalArgumentException(
            "grids repeat: grid "
                + grids.get(repeat[0])
                + " at grids["
                + repeat[0]
                + "] and grids["
                + repeat[1]
                + "]");
      }
      Texts.checkName(name, "merged grid name");
    }

    @Override
    public Kind kind() {
      return Kind.MERGE_GRIDS;
    }
  }

  /**
   * Adds a grid worker.
   *
   * @param worker the worker
   */
  record AddWorker(GridWorker worker) implements AtlasChange {
    /**
     * Validates the fields.
     *
     * @param worker the worker
     */
    public AddWorker {
      checkNotNull(worker, "worker");
    }

    @Override
    public Kind kind() {
      return Kind.ADD_WORKER;
    }
  }

  /**
   * Adds a post.
   *
   * @param assignment the post
   */
  record AddAssignment(Assignment assignment) implements AtlasChange {
    /**
     * Validates the fields.
     *
     * @param assignment the post
     */
    public AddAssignment {
      checkNotNull(assignment, "assignment");
    }

    @Override
    public Kind kind() {
      return Kind.ADD_ASSIGNMENT;
    }
  }

  /**
   * Moves a worker's posts in one grid to another grid from a date on: a post that started before
   * that date ends the day before and continues in the new grid; a post that starts on or after it
   * moves whole. Refused if the worker holds no such post.
   *
   * @param workerId the worker
   * @param from the grid left
   * @param to the grid joined
   * @param effective the first day in the new grid
   */
  record ReassignWorker(String workerId, GridCode from, GridCode to, LocalDate effective)
      implements AtlasChange {
    /**
     * Validates the fields.
     *
     * @param workerId the worker
     * @param from the grid left
     * @param to the grid joined
     * @param effective the first day in the new grid
     */
    public ReassignWorker {
      checkNotNull(workerId, "workerId");
      checkNotNull(from, "from");
      checkNotNull(to, "to");
      checkNotNull(effective, "effective");
      checkArgument(!from.equals(to), "reassignment from %s to itself", from);
    }

    @Override
    public Kind kind() {
      return Kind.REASSIGN_WORKER;
    }
  }

  /**
   * Posts a sector liaison (联络员) at a unit: the unit must be in the atlas, the sector in its
   * catalogue (matched by code), and the unit must have no liaison for the sector yet.
   *
   * @param liaison the liaison
   */
  record AddLiaison(Liaison liaison) implements AtlasChange {
    /**
     * Validates the fields.
     *
     * @param liaison the liaison
     */
    public AddLiaison {
      checkNotNull(liaison, "liaison");
    }

    @Override
    public Kind kind() {
      return Kind.ADD_LIAISON;
    }
  }

  /**
   * Removes the liaison of a sector at a unit; refused if there is none. Whistles from below the
   * unit then go to the nearest liaison of the sector further up, if any.
   *
   * @param unit the unit
   * @param sector the sector, matched to the catalogue by code
   */
  record RemoveLiaison(DivisionCode unit, Sector sector) implements AtlasChange {
    /**
     * Validates the fields.
     *
     * @param unit the unit
     * @param sector the sector, matched to the catalogue by code
     */
    public RemoveLiaison {
      checkNotNull(unit, "unit");
      checkNotNull(sector, "sector");
    }

    @Override
    public Kind kind() {
      return Kind.REMOVE_LIAISON;
    }
  }

  /**
   * Adds a leader's contact point (联系点): its unit must be in the atlas, and its grid, if any, must
   * be a grid of that unit.
   *
   * @param contactPoint the contact point
   */
  record AddContactPoint(ContactPoint contactPoint) implements AtlasChange {
    /**
     * Validates the fields.
     *
     * @param contactPoint the contact point
     */
    public AddContactPoint {
      checkNotNull(contactPoint, "contactPoint");
    }

    @Override
    public Kind kind() {
      return Kind.ADD_CONTACT_POINT;
    }
  }

  /**
   * Removes one contact point equal to the one given; refused if the atlas has none.
   *
   * @param contactPoint the contact point
   */
  record RemoveContactPoint(ContactPoint contactPoint) implements AtlasChange {
    /**
     * Validates the fields.
     *
     * @param contactPoint the contact point
     */
    public RemoveContactPoint {
      checkNotNull(contactPoint, "contactPoint");
    }

    @Override
    public Kind kind() {
      return Kind.REMOVE_CONTACT_POINT;
    }
  }

  /** A copy of a list, refusing a null list or element by name ({@code parts[1]}). */
  private static <T> List<T> copyOf(List<T> list, String name) {
    checkNotNull(list, name);
    for (int i = 0; i < list.size(); i++) {
      checkNotNull(list.get(i), "%s[%s]", name, i);
    }
    return List.copyOf(list);
  }
}
