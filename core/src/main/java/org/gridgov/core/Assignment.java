package org.gridgov.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A grid worker's post in a grid in a role, from a start date to an end date, both inclusive, or
 * open-ended.
 *
 * <pre>{@code
 * Assignment term = Assignment.of("w-0620", GridCode.parse("210802001007001"),
 *     WorkerRole.SECONDED_CADRE, LocalDate.of(2022, 3, 1), LocalDate.of(2023, 2, 28));
 * Assignment post = Assignment.open("w-0001", GridCode.parse("210802001007001"),
 *     WorkerRole.GRID_LEADER, LocalDate.of(2021, 1, 1));
 * }</pre>
 *
 * @param workerId the worker's id
 * @param grid the grid
 * @param role the role held
 * @param start the first day of the post
 * @param end the last day of the post, empty while open-ended; a {@linkplain
 *     WorkerRole#SECONDED_CADRE seconded cadre} always has one (the term)
 */
public record Assignment(
    String workerId, GridCode grid, WorkerRole role, LocalDate start, Optional<LocalDate> end) {

  /**
   * Validates the fields.
   *
   * @param workerId the worker's id
   * @param grid the grid
   * @param role the role held
   * @param start the first day of the post
   * @param end the last day of the post, empty while open-ended; a {@linkplain
   *     WorkerRole#SECONDED_CADRE seconded cadre} always has one (the term)
   */
  public Assignment {
    checkNotNull(workerId, "workerId");
    checkNotNull(grid, "grid");
    checkNotNull(role, "role");
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    checkArgument(
        end.map(e -> !e.isBefore(start)).orElse(true),
        "assignment of %s to %s: end %s is before start %s",
        workerId,
        grid,
        end.orElse(null),
        start);
    checkArgument(
        end.isPresent() || role != WorkerRole.SECONDED_CADRE,
        "assignment of %s to %s: a seconded cadre serves a term, the end date is required",
        workerId,
        grid);
  }

  /**
   * A post with a last day.
   *
   * @param workerId the worker's id
   * @param grid the grid
   * @param role the role held
   * @param start the first day
   * @param end the last day, not before {@code start}
   * @return the post
   */
  public static Assignment of(
      String workerId, GridCode grid, WorkerRole role, LocalDate start, LocalDate end) {
    return new Assignment(workerId, grid, role, start, Optional.of(checkNotNull(end, "end")));
  }

  /**
   * An open-ended post; not for a {@linkplain WorkerRole#SECONDED_CADRE seconded cadre}, who serves
   * a term.
   *
   * @param workerId the worker's id
   * @param grid the grid
   * @param role the role held
   * @param start the first day
   * @return the post
   */
  public static Assignment open(String workerId, GridCode grid, WorkerRole role, LocalDate start) {
    return new Assignment(workerId, grid, role, start, Optional.empty());
  }

  /**
   * Whether the post is held on a day.
   *
   * @param day the day
   * @return true if {@code start <= day <= end}
   */
  public boolean isActiveOn(LocalDate day) {
    checkNotNull(day, "day");
    return !day.isBefore(start) && (end.isEmpty() || !day.isAfter(end.get()));
  }

  /**
   * Whether this post and another share a day.
   *
   * @param other the other post
   * @return true if their date ranges intersect
   */
  public boolean overlaps(Assignment other) {
    checkNotNull(other, "other");
    boolean startsBeforeOtherEnds = other.end.isEmpty() || !start.isAfter(other.end.get());
    boolean otherStartsBeforeThisEnds = end.isEmpty() || !other.start.isAfter(end.get());
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /**
   * A copy in another grid, as after a grid is re-coded.
   *
   * @param newGrid the grid
   * @return the copy
   */
  public Assignment withGrid(GridCode newGrid) {
    return new Assignment(workerId, checkNotNull(newGrid, "newGrid"), role, start, end);
  }

  /**
   * A copy in another role.
   *
   * @param newRole the role
   * @return the copy
   */
  public Assignment withRole(WorkerRole newRole) {
    return new Assignment(workerId, grid, checkNotNull(newRole, "newRole"), start, end);
  }

  /**
   * A copy with other dates.
   *
   * @param newStart the first day
   * @param newEnd the last day, empty for open-ended
   * @return the copy
   */
  public Assignment withDates(LocalDate newStart, Optional<LocalDate> newEnd) {
    return new Assignment(
        workerId, grid, role, checkNotNull(newStart, "newStart"), checkNotNull(newEnd, "newEnd"));
  }
}
