package org.gridgov.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * A grid party organisation (网格党组织): a branch or party group covering one or more grids. Coverage
 * (全覆盖) means every grid is covered by at least one organisation.
 *
 * @param id a stable identifier, unique in the atlas
 * @param name the organisation's name
 * @param kind branch or party group
 * @param grids the grids covered, at least one, no repeats
 */
public record PartyOrganisation(
    String id, String name, PartyOrganisationKind kind, List<GridCode> grids) {

  /**
   * Validates and copies the fields.
   *
   * @param id a stable identifier, unique in the atlas
   * @param name the organisation's name
   * @param kind branch or party group
   * @param grids the grids covered, at least one, no repeats
   */
  public PartyOrganisation {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(kind, "kind");
    checkNotNull(grids, "grids");
    grids = List.copyOf(grids);
    Texts.checkName(id, "party organisation id");
    Texts.checkName(name, "party organisation %s: name", id);
    checkArgument(!grids.isEmpty(), "party organisation %s must cover at least one grid", id);
    int[] repeat = Texts.firstRepeat(grids);
    if (repeat.length > 0) {
      throw new IllegalArgumentException(
          "party organisation "
              + id
              + " lists grid "
              + grids.get(repeat[0])
              + " twice (grids["
              + repeat[0]
              + "] and grids["
              + repeat[1]
              + "])");
    }
  }

  /**
   * A copy covering other grids.
   *
   * @param newGrids the grids
   * @return the copy
   */
  public PartyOrganisation withGrids(List<GridCode> newGrids) {
    return new PartyOrganisation(id, name, kind, checkNotNull(newGrids, "newGrids"));
  }
}
