package org.gridgov.scoring.io;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.List;
import org.gridgov.core.io.GridgovCoreModule;

/**
 * The Jackson module of gridgov scoring: writes and reads the scoring module's public value types
 * in the library's documented forms, always through their validating factories. Register it with
 * {@code mapper.registerModule(new GridgovScoringModule())}, or let {@code
 * mapper.findAndRegisterModules()} find it. It registers core's module too (once, whoever registers
 * it first).
 */
public final class GridgovScoringModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module. */
  public GridgovScoringModule() {
    super("gridgov-scoring", Version.unknownVersion());
    RatingJackson.register(this);
    VoteJackson.register(this);
  }

  /**
   * Core's module, registered before this one (once, if the host registers it too): the scoring
   * forms write division and grid codes through it, and without it a code was written as {@code
   * {}}.
   *
   * @return core's module
   */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new GridgovCoreModule());
  }
}
