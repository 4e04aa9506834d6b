package org.gridgov.sla.clock;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.gridgov.core.GridCode;

/**
 * What a case is about, as its report or registration (立案) states it: the category (小类, such as
 * {@code 暴露垃圾}), the priority, the grid where it happened and the sector that answers for it (the
 * code of a {@link org.gridgov.core.Sector}, such as {@code water}). Each part is optional; a later
 * event's part replaces an earlier one's, so registration may reclassify a report.
 *
 * @param category the category, chooses the policy with the priority
 * @param priority the priority; {@link Priority#NORMAL} when never given
 * @param grid the grid, places the case in the atlas for escalation and metrics
 * @param sector the sector's code, for the liaison a whistle reaches
 */
public record CaseFacts(
    Optional<String> category,
    Optional<Priority> priority,
    Optional<GridCode> grid,
    Optional<String> sector) {

  private static final CaseFacts NONE =
      new CaseFacts(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Checks the parts.
   *
   * @param category the category
   * @param priority the priority
   * @param grid the grid
   * @param sector the sector's code
   */
  public CaseFacts {
    checkNotNull(category, "category");
    checkNotNull(priority, "priority");
    checkNotNull(grid, "grid");
    checkNotNull(sector, "sector");
    category.ifPresent(c -> Milestone.checkName(c, "category"));
    sector.ifPresent(s -> Milestone.checkName(s, "sector"));
  }

  /**
   * No facts.
   *
   * @return the empty facts
   */
  public static CaseFacts none() {
    return NONE;
  }

  /**
   * Facts with a category and priority.
   *
   * @param category the category
   * @param priority the priority
   * @return the facts
   */
  public static CaseFacts of(String category, Priority priority) {
    return new CaseFacts(
        Optional.of(category), Optional.of(priority), Optional.empty(), Optional.empty());
  }

  /**
   * These facts placed in a grid.
   *
   * @param value the grid
   * @return the facts
   */
  public CaseFacts withGrid(GridCode value) {
    return new CaseFacts(category, priority, Optional.of(value), sector);
  }

  /**
   * These facts with a sector.
   *
   * @param code the sector's code
   * @return the facts
   */
  public CaseFacts withSector(String code) {
    return new CaseFacts(category, priority, grid, Optional.of(code));
  }

  /**
   * Whether no part is given.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return category.isEmpty() && priority.isEmpty() && grid.isEmpty() && sector.isEmpty();
  }

  /**
   * These facts with the parts that {@code later} gives replacing these.
   *
   * @param later facts from a later event
   * @return the merged facts
   */
  public CaseFacts updatedBy(CaseFacts later) {
    if (later.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return later;
    }
    return new CaseFacts(
        later.category.or(() -> category),
        later.priority.or(() -> priority),
        later.grid.or(() -> grid),
        later.sector.or(() -> sector));
  }

  /**
   * The priority, {@link Priority#NORMAL} when none was given.
   *
   * @return the priority
   */
  public Priority priorityOrNormal() {
    return priority.orElse(Priority.NORMAL);
  }
}
