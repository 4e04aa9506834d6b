/**
 * gridgov core: statistical division codes, grids, grid workers, party organisations, sector
 * liaisons and the immutable, validated, indexed {@link org.gridgov.core.Atlas} snapshot, with its
 * JSON form ({@link org.gridgov.core.io.AtlasJson}).
 */
module org.gridgov.core {
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.gridgov.core;
  exports org.gridgov.core.io;
  exports org.gridgov.core.io.internal to
      org.gridgov.sla,
      org.gridgov.scoring,
      org.gridgov.geo;

  provides com.fasterxml.jackson.databind.Module with
      org.gridgov.core.io.GridgovCoreModule;
}
