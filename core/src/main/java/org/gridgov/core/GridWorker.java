package org.gridgov.core;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A grid worker (网格员): a person who serves in one or more grids through {@link Assignment}s.
 *
 * @param id a stable identifier, unique in the atlas; not blank
 * @param name the person's name; not blank
 */
public record GridWorker(String id, String name) {

  /**
   * Validates the fields.
   *
   * @param id a stable identifier, unique in the atlas; not blank
   * @param name the person's name; not blank
   */
  public GridWorker {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    Texts.checkName(id, "grid worker id");
    Texts.checkName(name, "grid worker %s: name", id);
  }
}
