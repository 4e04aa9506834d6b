package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import org.gridgov.core.Atlas;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionKind;
import org.gridgov.core.Grid;
import org.gridgov.core.LiaisonGap;
import org.gridgov.core.RollUp;
import org.gridgov.core.Sector;
import org.gridgov.core.WhistleRoute;
import org.gridgov.samples.YingkouSample;

/** The atlas part of {@code gridgov demo}: 营口's roll-up per district and whistle routing. */
final class AtlasDemo {
  private AtlasDemo() {}

  static void print(PrintWriter out) {
    Atlas atlas = YingkouSample.atlas();
    out.println("== 营口市 grid atlas (real divisions to town level; grids and people synthetic,");
    out.println("   with the totals of the Dec 2022 article) ==");
    out.println();
    List<Division> rows = new java.util.ArrayList<>(atlas.children(YingkouSample.CITY));
    rows.add(atlas.division(YingkouSample.CITY).orElseThrow());
    RollUpTable.print(out, atlas, rows);
    out.println("(the article reports party coverage for urban grids only)");
    out.println();

    out.println("Whistle routing (网格吹哨，部门报到):");
    Grid sanlou = atlas.gridsBelow(org.gridgov.core.DivisionCode.parse("210802001007")).get(0);
    printRoute(out, atlas, sanlou, Sector.HEATING);
    printRoute(out, atlas, sanlou, Sector.of("telecom", "通信"));
    List<LiaisonGap> gaps = atlas.liaisonGaps(YingkouSample.CITY);
    if (!gaps.isEmpty()) {
      LiaisonGap gap = gaps.get(0);
      Grid inZone = atlas.gridsBelow(gap.unit().code()).get(0);
      printRoute(out, atlas, inZone, gap.sector());
      long units = gaps.stream().map(LiaisonGap::unit).distinct().count();
      Division parent = atlas.parent(gap.unit().code()).orElseThrow();
      out.println(
          "  "
              + gaps.size()
              + " (unit, sector) gaps in "
              + units
              + " communities, e.g. under "
              + parent.name()
              + " ("
              + (parent.kind() == DivisionKind.QUASI_TOWN ? "a development zone" : parent.kind())
              + ")");
    }
    RollUp city = atlas.rollUp(YingkouSample.CITY);
    out.println();
    out.println(
        "Grids off the household target (300 urban / 60 rural, ±"
            + atlas.householdTargets().tolerancePercent()
            + " %): "
            + city.baseGridsOffTarget()
            + " of "
            + (city.grids() - city.specialGrids())
            + " base grids.");
  }

  private static void printRoute(PrintWriter out, Atlas atlas, Grid grid, Sector sector) {
    WhistleRoute route = atlas.routeWhistle(grid.code(), sector);
    String answer =
        route instanceof WhistleRoute.Answered a
            ? a.answeredBy().name()
                + " at "
                + atlas.division(a.answeredBy().unit()).orElseThrow().name()
                + " ("
                + a.levelsUp()
                + (a.levelsUp() == 1 ? " level up)" : " levels up)")
            : "nobody: no unit at or above the grid has a " + sector.name() + " liaison";
    out.println(
        "  " + grid.name() + " [" + grid.code() + "] blows for " + sector.name() + " -> " + answer);
  }
}
