package org.gridgov.core;

import static com.google.common.base.Preconditions.checkArgument;
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
    checkArgument(!id.isBlank(), "grid worker id must not be blank");
    checkArgument(!name.isBlank(), "grid worker %s: name must not be blank", id);
  }
}
