package org.gridgov.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A grid worker's post in a grid in a role, from a start date to an end date, both inclusive.
 *
 * <pre>{@code
 * Assignment term = new Assignment("w-0620", GridCode.parse("210802001007001"),
 *     WorkerRole.SECONDED_CADRE, LocalDate.of(2022, 3, 1), LocalDate.of(2023, 2, 28));
 * }</pre>
 *
 * @param workerId the worker's id
 * @param grid the grid
 * @param role the role held
 * @param start the first day of the post
 * @param end the last day of the post, or null while open-ended; a {@linkplain
 *     WorkerRole#SECONDED_CADRE seconded cadre} always has one (the term)
 */
public record Assignment(
    String workerId, GridCode grid, WorkerRole role, LocalDate start, @Nullable LocalDate end) {

  /**
   * Validates the fields.
   *
   * @param workerId the worker's id
   * @param grid the grid
   * @param role the role held
   * @param start the first day of the post
   * @param end the last day of the post, or null while open-ended; a {@linkplain
   *     WorkerRole#SECONDED_CADRE seconded cadre} always has one (the term)
   */
  public Assignment {
    checkNotNull(workerId, "workerId");
    checkNotNull(grid, "grid");
    checkNotNull(role, "role");
    checkNotNull(start, "start");
    checkArgument(
        end == null || !end.isBefore(start),
        "assignment of %s to %s: end %s is before start %s",
        workerId,
        grid,
        end,
        start);
    checkArgument(
        end != null || role != WorkerRole.SECONDED_CADRE,
        "assignment of %s to %s: a seconded cadre serves a term, the end date is required",
        workerId,
        grid);
  }

  /**
   * The end date, if the post has one.
   *
   * @return the last day, empty while open-ended
   */
  public Optional<LocalDate> endIfAny() {
    return Optional.ofNullable(end);
  }

  /**
   * Whether the post is held on a day.
   *
   * @param day the day
   * @return true if {@code start <= day <= end}
   */
  public boolean isActiveOn(LocalDate day) {
    return !day.isBefore(start) && (end == null || !day.isAfter(end));
  }

  /**
   * Whether this post and another share at least one day.
   *
   * @param other the other post
   * @return true if the date ranges intersect
   */
  public boolean overlaps(Assignment other) {
    boolean startsBeforeOtherEnds = other.end == null || !start.isAfter(other.end);
    boolean otherStartsBeforeThisEnds = end == null || !other.start.isAfter(end);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /**
   * A copy in another grid.
   *
   * @param newGrid the grid
   * @return the copy
   */
  public Assignment withGrid(GridCode newGrid) {
    return new Assignment(workerId, newGrid, role, start, end);
  }

  /**
   * A copy in another role.
   *
   * @param newRole the role
   * @return the copy
   */
  public Assignment withRole(WorkerRole newRole) {
    return new Assignment(workerId, grid, newRole, start, end);
  }

  /**
   * A copy with another date range.
   *
   * @param newStart the first day
   * @param newEnd the last day, or null for open-ended
   * @return the copy
   */
  public Assignment withDates(LocalDate newStart, @Nullable LocalDate newEnd) {
    return new Assignment(workerId, grid, role, newStart, newEnd);
  }
}
