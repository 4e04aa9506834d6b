/**
 * gridgov geo (optional): grid and division boundaries as polygons keyed by code, read from and
 * written to GeoJSON ({@link org.gridgov.geo.io.GridBoundariesJson}); topology checks against an
 * atlas ({@link org.gridgov.geo.TopologyCheck}); and point-to-grid lookup through a precomputed
 * cell index ({@link org.gridgov.geo.GridLocator}). Built on JTS, whose geometry types appear in
 * this module's API; hosts that need no geometry leave the module out.
 */
module org.gridgov.geo {
  requires transitive org.gridgov.core;
  requires transitive org.locationtech.jts;
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.gridgov.geo;
  exports org.gridgov.geo.io;

  provides com.fasterxml.jackson.databind.Module with
      org.gridgov.geo.io.GridgovGeoModule;
}
