/**
 * From a coordinate to its grid: {@link org.gridgov.geo.GridBoundaries} (the boundaries of grids,
 * and optionally of communities, villages and towns, in one declared {@link org.gridgov.geo.Crs}),
 * {@link org.gridgov.geo.GridLocator} (point → grid, or the nearest grid and its distance), {@link
 * org.gridgov.geo.TopologyCheck} (invalid geometry, overlaps, gaps, grids outside their community,
 * boundaries and grids that do not match the atlas) and {@link org.gridgov.geo.GeoAtlas} (an atlas
 * with its boundaries: lookup, whistle routing from a point, and the check).
 *
 * <pre>{@code
 * GridBoundaries boundaries = GridBoundariesJson.reader().read(Path.of("yingkou.geojson"));
 * GeoAtlas geo = GeoAtlas.of(atlas, boundaries);
 * Lookup where = geo.locate(GeoPoint.wgs84(122.2655, 40.6672));   // INSIDE grid 210802001005002
 * Optional<WhistleRoute> route = geo.routeWhistle(GeoPoint.wgs84(122.2655, 40.6672), "heating");
 * List<Problem> problems = geo.check();                             // empty when the set is clean
 * }</pre>
 *
 * <p>Coordinates are longitude and latitude in degrees, in WGS-84 or GCJ-02 as the data declares;
 * nothing converts between the two (see {@link org.gridgov.geo.Crs}). Areas and distances in metres
 * are computed on a local equirectangular projection (see {@link org.gridgov.geo.TopologyCheck}),
 * which is accurate to well under one per cent at the scale of a city. Everything here is immutable
 * and thread-safe.
 */
@CheckReturnValue
@NullMarked
package org.gridgov.geo;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
