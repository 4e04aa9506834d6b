package org.gridgov.sla.io;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.List;
import org.gridgov.core.io.GridgovCoreModule;

/**
 * The Jackson module of gridgov sla: writes and reads the sla module's public value types in the
 * library's documented forms, always through their validating factories (the calendar values' forms
 * are listed at {@link CalendarJson}). Register it with {@code mapper.registerModule(new
 * GridgovSlaModule())}, or let {@code mapper.findAndRegisterModules()} find it. It registers core's
 * module too (once, whoever registers it first).
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * String json = mapper.writeValueAsString(calendar.plus(received, Duration.ofHours(24)));
 * }</pre>
 */
public final class GridgovSlaModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module. */
  public GridgovSlaModule() {
    super("gridgov-sla", Version.unknownVersion());
    CalendarJackson.register(this);
    ClockJackson.register(this);
  }

  /**
   * Core's module, registered before this one (once, if the host registers it too): the sla forms
   * write division and grid codes through it, and without it a code was written as {@code {}}.
   *
   * @return core's module
   */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new GridgovCoreModule());
  }
}
