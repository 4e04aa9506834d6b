package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.gridgov.core.Atlas;
import org.gridgov.core.Division;
import org.gridgov.core.RollUp;
import org.gridgov.core.Sector;
import org.gridgov.core.WorkerRole;

/** Roll-ups of several units as a text table, for the demo and {@code atlas stats}. */
final class RollUpTable {
  private RollUpTable() {}

  static void print(PrintWriter out, Atlas atlas, List<Division> units) {
    TextTable table =
        new TextTable(
                "unit",
                "towns",
                "comm.",
                "vill.",
                "grids",
                "households",
                "leader",
                "cw",
                "ft",
                "cadre",
                "hh/worker",
                "party",
                "liaison")
            .right(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    for (Division d : units) {
      RollUp r = atlas.rollUp(d.code());
      table.row(
          d.name(),
          r.towns(),
          r.communities(),
          r.villages(),
          r.grids(),
          r.households(),
          r.posts(WorkerRole.GRID_LEADER),
          r.posts(WorkerRole.COMMUNITY_WORKER),
          r.posts(WorkerRole.FULL_TIME),
          r.posts(WorkerRole.SECONDED_CADRE),
          format("%.0f", r.householdsPerFrontLineWorker().orElse(0)),
          percent(r.partyCoverage()),
          percent(requiredSectorCoverage(atlas, r)));
    }
    table.print(out);
    out.println();
    out.println("cw = community workers serving as grid workers, ft = full-time grid workers,");
    out.println("cadre = seconded cadres (posts active on " + atlas.asOf() + "); party = grids");
    out.println("covered by a party branch or group; liaison = grids reaching a liaison in every");
    out.println("one of the " + atlas.requiredSectors().size() + " required sectors.");
  }

  /** The share of grids whose whistle reaches a liaison in every required sector. */
  static double requiredSectorCoverage(Atlas atlas, RollUp r) {
    int min = r.grids();
    for (Sector s : atlas.requiredSectors()) {
      min = Math.min(min, r.gridsServedBySector().getOrDefault(s, 0));
    }
    return r.grids() == 0 ? 1.0 : (double) min / r.grids();
  }

  static String percent(double share) {
    return format("%.1f%%", 100 * share);
  }

  static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
