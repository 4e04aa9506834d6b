package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.gridgov.core.WhistleRoute;
import org.gridgov.geo.GeoAtlas;
import org.gridgov.geo.GeoPoint;
import org.gridgov.geo.Lookup;
import org.gridgov.samples.SyntheticBoundaries;
import org.gridgov.samples.YingkouSample;

/** The geo part of {@code gridgov demo}: coordinates in 站前区 to grids, and a whistle routed. */
final class GeoDemo {
  private GeoDemo() {}

  static void print(PrintWriter out) {
    GeoAtlas geo = GeoAtlas.of(YingkouSample.atlas(), SyntheticBoundaries.yingkou());
    out.println("== Geo: from a coordinate to its grid (synthetic 营口 boundaries, WGS-84) ==");
    List<GeoPoint> reports =
        List.of(
            GeoPoint.wgs84(122.2655, 40.6672),
            GeoPoint.wgs84(122.2801, 40.6543),
            GeoPoint.wgs84(122.3010, 40.6905),
            GeoPoint.wgs84(122.2400, 40.7100));
    for (Lookup where : geo.locateAll(reports)) {
      if (where.kind() == Lookup.Kind.INSIDE) {
        String grid = where.grid().orElseThrow().toString();
        out.println(
            "  "
                + where.point()
                + " → "
                + grid
                + " "
                + geo.atlas().grid(where.grid().orElseThrow()).orElseThrow().name());
      } else {
        Lookup.Nearest n = ((Lookup.Outside) where).nearest().orElseThrow();
        out.println(
            "  "
                + where.point()
                + String.format(
                    Locale.ROOT,
                    " → outside every grid; nearest %s at %.0f m",
                    n.grid(),
                    n.metres()));
      }
    }
    GeoPoint photo = reports.get(0);
    WhistleRoute route = geo.routeWhistle(photo, "heating").orElseThrow();
    out.println(
        "  a heating whistle at "
            + photo
            + " → "
            + route.liaison().map(l -> l.name() + " (" + l.unit() + ")").orElse("nobody"));
  }
}
