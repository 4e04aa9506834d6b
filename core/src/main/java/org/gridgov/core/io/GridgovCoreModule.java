package org.gridgov.core.io;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The Jackson module of gridgov core: writes and reads core's public value types in the library's
 * documented forms, always through their validating factories. Register it with {@code
 * mapper.registerModule(new GridgovCoreModule())}, or let {@code mapper.findAndRegisterModules()}
 * find it (it is a {@link java.util.ServiceLoader} provider on the class path and the module path).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new GridgovCoreModule());
 * String json = mapper.writeValueAsString(atlas.rollUp(DivisionCode.parse("210802")));
 * GridCode code = mapper.readValue("\"210802001007001\"", GridCode.class);
 * }</pre>
 */
public final class GridgovCoreModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module. */
  public GridgovCoreModule() {
    super("gridgov-core", Version.unknownVersion());
    CoreJackson.register(this);
  }
}
