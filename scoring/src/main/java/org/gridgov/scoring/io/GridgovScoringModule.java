package org.gridgov.scoring.io;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The Jackson module of gridgov scoring: writes and reads the scoring module's public value types
 * in the library's documented forms, always through their validating factories. Register it with
 * {@code mapper.registerModule(new GridgovScoringModule())}, or let {@code
 * mapper.findAndRegisterModules()} find it.
 */
public final class GridgovScoringModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module. */
  public GridgovScoringModule() {
    super("gridgov-scoring", Version.unknownVersion());
    RatingJackson.register(this);
    VoteJackson.register(this);
  }
}
