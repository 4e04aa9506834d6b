package org.gridgov.it.host;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridgov.core.io.GridgovCoreModule;
import org.gridgov.geo.io.GridgovGeoModule;
import org.gridgov.scoring.io.GridgovScoringModule;
import org.gridgov.sla.io.GridgovSlaModule;

/** The host's own Jackson mappers: plain ones, with the gridgov modules added in two ways. */
public final class HostMappers {
  private HostMappers() {}

  /**
   * A plain mapper with the four gridgov modules registered by name.
   *
   * @return a new mapper
   */
  public static ObjectMapper registered() {
    return new ObjectMapper()
        .registerModule(new GridgovCoreModule())
        .registerModule(new GridgovSlaModule())
        .registerModule(new GridgovScoringModule())
        .registerModule(new GridgovGeoModule());
  }

  /**
   * A plain mapper with whatever modules the service loader finds.
   *
   * @return a new mapper
   */
  public static ObjectMapper discovered() {
    return new ObjectMapper().findAndRegisterModules();
  }
}
