package org.gridgov.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * Where a grid's whistle for a sector goes (网格吹哨，部门报到): the liaison of the nearest unit at or above
 * the grid's community or village that has one for the sector, or explicitly nobody.
 *
 * <pre>{@code
 * WhistleRoute route = atlas.routeWhistle(grid, Sector.HEATING);
 * if (route.kind() == WhistleRoute.Kind.ANSWERED) {
 *   Liaison who = route.liaison().orElseThrow();
 * }
 * }</pre>
 */
public sealed interface WhistleRoute permits WhistleRoute.Answered, WhistleRoute.Unanswered {

  /** Which case this is. */
  enum Kind {
    /** A liaison answers. */
    ANSWERED,
    /** No unit at or above the grid has a liaison for the sector. */
    UNANSWERED
  }

  /**
   * Which case this is.
   *
   * @return the kind
   */
  Kind kind();

  /**
   * The grid that blew the whistle.
   *
   * @return the grid's code
   */
  GridCode grid();

  /**
   * The sector called.
   *
   * @return the sector
   */
  Sector sector();

  /**
   * The liaison who answers, if any.
   *
   * @return the liaison, empty when unanswered
   */
  Optional<Liaison> liaison();

  /**
   * A liaison answers: a liaison for the route's own sector.
   *
   * @param grid the grid
   * @param sector the sector
   * @param answeredBy the liaison
   * @param levelsUp how many levels above the grid's own community or village the liaison sits (0
   *     for the community's own liaison)
   */
  record Answered(GridCode grid, Sector sector, Liaison answeredBy, int levelsUp)
      implements WhistleRoute {
    /**
     * Validates the fields.
     *
     * @param grid the grid
     * @param sector the sector
     * @param answeredBy the liaison
     * @param levelsUp how many levels above the grid's own community or village the liaison sits (0
     *     for the community's own liaison)
     * @throws IllegalArgumentException if the liaison is not for {@code sector} or {@code levelsUp}
     *     is negative
     */
    public Answered {
      checkNotNull(grid, "grid");
      checkNotNull(sector, "sector");
      checkNotNull(answeredBy, "answeredBy");
      checkArgument(levelsUp >= 0, "levelsUp must be >= 0, got %s", levelsUp);
      checkArgument(
          answeredBy.sector().equals(sector),
          "a route for sector %s must be answered by a liaison for that sector, got %s at %s for"
              + " sector %s",
          sector.code(),
          answeredBy.name(),
          answeredBy.unit(),
          answeredBy.sector().code());
    }

    @Override
    public Kind kind() {
      return Kind.ANSWERED;
    }

    @Override
    public Optional<Liaison> liaison() {
      return Optional.of(answeredBy);
    }
  }

  /**
   * Nobody answers: no unit at or above the grid has a liaison for the sector.
   *
   * @param grid the grid
   * @param sector the sector
   */
  record Unanswered(GridCode grid, Sector sector) implements WhistleRoute {
    /**
     * Validates the fields.
     *
     * @param grid the grid
     * @param sector the sector
     */
    public Unanswered {
      checkNotNull(grid, "grid");
      checkNotNull(sector, "sector");
    }

    @Override
    public Kind kind() {
      return Kind.UNANSWERED;
    }

    @Override
    public Optional<Liaison> liaison() {
      return Optional.empty();
    }
  }
}
