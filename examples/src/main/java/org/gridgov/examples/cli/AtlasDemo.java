package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridgov.core.Assignment;
import org.gridgov.core.Atlas;
import org.gridgov.core.ContactPoint;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionKind;
import org.gridgov.core.Grid;
import org.gridgov.core.LeaderRank;
import org.gridgov.core.LiaisonGap;
import org.gridgov.core.RollUp;
import org.gridgov.core.Sector;
import org.gridgov.core.WhistleRoute;
import org.gridgov.core.WorkerRole;
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
    printArticleFigures(out, atlas);
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

  /**
   * The figures the Dec 2022 article publishes for 营口, beside the same figures counted from the
   * sample atlas (not copied from the generator's constants).
   */
  private static void printArticleFigures(PrintWriter out, Atlas atlas) {
    long urban = 0;
    long rural = 0;
    Set<String> ruralWorkers = new HashSet<>();
    Set<String> urbanGrids = new HashSet<>();
    for (Grid g : atlas.grids()) {
      if (atlas.division(g.unit()).orElseThrow().kind().isUrbanCommittee()) {
        urban++;
        urbanGrids.add(g.code().toString());
      } else {
        rural++;
      }
    }
    long cadres = 0;
    for (Assignment a : atlas.assignments()) {
      if (a.role() == WorkerRole.SECONDED_CADRE) {
        cadres++;
      }
      if (!urbanGrids.contains(a.grid().toString()) && a.role() != WorkerRole.GRID_LEADER) {
        ruralWorkers.add(a.workerId());
      }
    }
    long cityPoints = 0;
    long localPoints = 0;
    for (ContactPoint c : atlas.contactPoints()) {
      if (c.rank() == LeaderRank.CITY) {
        cityPoints++;
      } else {
        localPoints++;
      }
    }
    new TextTable("The article's figures (营口, Dec 2022)", "article", "sample")
        .right(1, 2)
        .row("urban (community) grids", "2157", Long.toString(urban))
        .row("rural grids", "5798", Long.toString(rural))
        .row("rural grid workers", "5798", Integer.toString(ruralWorkers.size()))
        .row(
            "grid party branches and groups",
            "2257",
            Integer.toString(atlas.partyOrganisations().size()))
        .row("sector liaisons", "2642", Integer.toString(atlas.liaisons().size()))
        .row("sectors", "14", Integer.toString(atlas.sectors().size()))
        .row("seconded cadres", "620", Long.toString(cadres))
        .row("city leaders' contact points", "28", Long.toString(cityPoints))
        .row("district and street leaders' contact points", "331", Long.toString(localPoints))
        .print(out);
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
