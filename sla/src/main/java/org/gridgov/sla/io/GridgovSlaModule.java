package org.gridgov.sla.io;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The Jackson module of gridgov sla: writes and reads the sla module's public value types in the
 * library's documented forms, always through their validating factories (the calendar values' forms
 * are listed at {@link CalendarJson}). Register it with {@code mapper.registerModule(new
 * GridgovSlaModule())}, or let {@code mapper.findAndRegisterModules()} find it. It does not
 * register core's module; hosts register both, or use {@code findAndRegisterModules()}.
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
}
