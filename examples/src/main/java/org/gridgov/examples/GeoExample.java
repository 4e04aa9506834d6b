package org.gridgov.examples;

import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.Atlas;
import org.gridgov.core.Problem;
import org.gridgov.core.WhistleRoute;
import org.gridgov.geo.GeoAtlas;
import org.gridgov.geo.GeoPoint;
import org.gridgov.geo.GridBoundaries;
import org.gridgov.geo.Lookup;
import org.gridgov.geo.TopologyCheck;
import org.gridgov.geo.io.GridBoundariesJson;
import org.gridgov.samples.SyntheticBoundaries;
import org.gridgov.samples.YingkouSample;

/** From a coordinate to its grid and its whistle's liaison, on the synthetic 营口 boundaries. */
public final class GeoExample {
  private GeoExample() {}

  /**
   * Runs the example.
   *
   * @return what it found, one line per step
   */
  public static List<String> run() {
    List<String> lines = new ArrayList<>();
    Atlas atlas = YingkouSample.atlas();
    String geoJson = GridBoundariesJson.toJson(SyntheticBoundaries.yingkou());
    // README:geo-begin
    GridBoundaries boundaries = GridBoundariesJson.reader().read(geoJson); // or a Path
    GeoAtlas geo = GeoAtlas.of(atlas, boundaries);
    GeoPoint photo = GeoPoint.wgs84(122.2655, 40.6672); // a resident's photo report, 站前区
    Lookup where = geo.locate(photo); // INSIDE a grid (smallest code on a shared edge)
    WhistleRoute route = geo.routeWhistle(photo, "heating").orElseThrow();
    Lookup sea = geo.locate(GeoPoint.wgs84(121.90, 40.20)); // OUTSIDE, with the nearest grid
    List<Problem> problems = TopologyCheck.defaults().withTolerance(1.0).check(atlas, boundaries);
    // README:geo-end
    lines.add(where.kind() + " " + where.grid().orElseThrow());
    lines.add(route.kind() + " " + route.liaison().orElseThrow().unit());
    lines.add(sea.kind() + " " + ((Lookup.Outside) sea).nearest().orElseThrow().grid());
    lines.add(problems.size() + " problems");
    return lines;
  }

  /**
   * Prints what the example finds.
   *
   * @param args none
   */
  public static void main(String[] args) {
    run().forEach(System.out::println);
  }
}
