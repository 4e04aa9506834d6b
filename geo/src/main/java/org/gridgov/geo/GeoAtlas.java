package org.gridgov.geo;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.gridgov.core.Atlas;
import org.gridgov.core.GridCode;
import org.gridgov.core.Problem;
import org.gridgov.core.Sector;
import org.gridgov.core.WhistleRoute;

/**
 * An atlas with the boundaries of its grids: from a coordinate to its grid, and from there to the
 * liaison a whistle reaches (网格吹哨，部门报到).
 *
 * <pre>{@code
 * GeoAtlas geo = GeoAtlas.of(YingkouSample.atlas(), SyntheticBoundaries.yingkou());
 * geo.locate(GeoPoint.wgs84(122.2655, 40.6672));                  // Inside[... in=2108020010...]
 * geo.routeWhistle(GeoPoint.wgs84(122.2655, 40.6672), "heating"); // Optional[Answered[...]]
 * geo.check();                                                     // [] for a clean set
 * }</pre>
 *
 * <p>Immutable and thread-safe; building it builds the {@link GridLocator} index.
 */
public final class GeoAtlas {
  private final Atlas atlas;
  private final GridBoundaries boundaries;
  private final GridLocator locator;

  private GeoAtlas(Atlas atlas, GridBoundaries boundaries) {
    this.atlas = checkNotNull(atlas, "atlas");
    this.boundaries = checkNotNull(boundaries, "boundaries");
    this.locator = GridLocator.of(boundaries);
  }

  /**
   * An atlas with boundaries; they are not checked against each other here (see {@link #check()}).
   *
   * @param atlas the atlas
   * @param boundaries the boundaries
   * @return the pair, indexed for lookup
   */
  public static GeoAtlas of(Atlas atlas, GridBoundaries boundaries) {
    return new GeoAtlas(atlas, boundaries);
  }

  /**
   * The atlas.
   *
   * @return the atlas
   */
  public Atlas atlas() {
    return atlas;
  }

  /**
   * The boundaries.
   *
   * @return the boundaries
   */
  public GridBoundaries boundaries() {
    return boundaries;
  }

  /**
   * The lookup index.
   *
   * @return the locator
   */
  public GridLocator locator() {
    return locator;
  }

  /**
   * Where a point is; see {@link GridLocator#locate(GeoPoint)}.
   *
   * @param point the point
   * @return where it is
   * @throws CrsMismatchException if the point is in another coordinate system than the boundaries
   */
  public Lookup locate(GeoPoint point) {
    return locator.locate(point);
  }

  /**
   * Where each of many points is; see {@link GridLocator#locateAll(List)}.
   *
   * @param points the points
   * @return one lookup per point, in order
   * @throws CrsMismatchException if a point is in another coordinate system than the boundaries
   */
  public List<Lookup> locateAll(List<GeoPoint> points) {
    return locator.locateAll(points);
  }

  /**
   * Where a whistle blown at a point for a sector goes: the point's grid (by the boundary rule of
   * {@link GridLocator}, at its cost), then {@link Atlas#routeWhistle(GridCode, String)}.
   *
   * @param point where the whistle is blown
   * @param sectorCode the code of a sector of the atlas's catalogue, such as {@code "heating"}
   * @return the route, empty if the point is in no grid
   * @throws CrsMismatchException if the point is in another coordinate system than the boundaries
   * @throws IllegalArgumentException if the sector is not in the catalogue, or the point's grid is
   *     not in the atlas (a boundary {@link #check()} reports)
   */
  public Optional<WhistleRoute> routeWhistle(GeoPoint point, String sectorCode) {
    checkNotNull(point, "point");
    checkNotNull(sectorCode, "sectorCode");
    // the sector first, so that an unknown one is refused wherever the point is
    Sector sector =
        atlas
            .sector(sectorCode)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "sector \"" + sectorCode + "\" is not in the atlas's sector catalogue"));
    Optional<GridCode> grid = locator.gridAt(point);
    return grid.map(g -> atlas.routeWhistle(g, sector));
  }

  /**
   * The topology problems of the boundaries against the atlas with the default tolerances; see
   * {@link TopologyCheck}.
   *
   * @return the problems, empty when the set is clean
   */
  public List<Problem> check() {
    return TopologyCheck.defaults().check(atlas, boundaries);
  }

  /**
   * The pair as {@code GeoAtlas[Atlas[...], GridBoundaries[...]]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "GeoAtlas[" + atlas + ", " + boundaries + "]";
  }
}
