/**
 * gridgov core: statistical division codes, grids, grid workers, party organisations, sector
 * liaisons and the immutable, validated, indexed {@link org.gridgov.core.Atlas} snapshot, with its
 * JSON form ({@link org.gridgov.core.json.AtlasJson}).
 */
module org.gridgov.core {
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.gridgov.core;
  exports org.gridgov.core.json;
  exports org.gridgov.core.sample;
}
