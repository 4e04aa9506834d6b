package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridgov.core.Atlas;
import org.gridgov.core.Division;
import org.gridgov.core.RollUp;
import org.gridgov.core.Sector;
import org.gridgov.core.WorkerRole;

/** Roll-ups of several units as a text table or as JSON, for the demo and {@code atlas stats}. */
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

  static void printJson(PrintWriter out, Atlas atlas, List<Division> units) {
    StringBuilder json = new StringBuilder();
    json.append("{\"asOf\": ").append(quote(atlas.asOf().toString()));
    json.append(", \"size\": {\"divisions\": ").append(atlas.size().divisions());
    json.append(", \"grids\": ").append(atlas.size().grids());
    json.append(", \"workers\": ").append(atlas.size().workers());
    json.append(", \"assignments\": ").append(atlas.size().assignments());
    json.append(", \"partyOrganisations\": ").append(atlas.size().partyOrganisations());
    json.append(", \"liaisons\": ").append(atlas.size().liaisons());
    json.append(", \"contactPoints\": ").append(atlas.size().contactPoints());
    json.append("},\n \"units\": [");
    for (int i = 0; i < units.size(); i++) {
      Division d = units.get(i);
      RollUp r = atlas.rollUp(d.code());
      json.append(i == 0 ? "\n  " : ",\n  ");
      json.append("{\"code\": ").append(quote(d.code().toString()));
      json.append(", \"name\": ").append(quote(d.name()));
      json.append(", \"level\": ").append(quote(d.level().name().toLowerCase(Locale.ROOT)));
      json.append(", \"towns\": ").append(r.towns());
      json.append(", \"communities\": ").append(r.communities());
      json.append(", \"villages\": ").append(r.villages());
      json.append(", \"grids\": ").append(r.grids());
      json.append(", \"specialGrids\": ").append(r.specialGrids());
      json.append(", \"households\": ").append(r.households());
      json.append(", \"residents\": ").append(r.residents());
      json.append(", \"posts\": {");
      String sep = "";
      for (WorkerRole role : WorkerRole.values()) {
        json.append(sep).append(quote(role.name())).append(": ").append(r.posts(role));
        sep = ", ";
      }
      json.append("}, \"householdsPerFrontLineWorker\": ");
      json.append(
          r.householdsPerFrontLineWorker().isPresent()
              ? format("%.2f", r.householdsPerFrontLineWorker().getAsDouble())
              : "null");
      json.append(", \"partyOrganisations\": ").append(r.partyOrganisations());
      json.append(", \"gridsCoveredByParty\": ").append(r.gridsCoveredByParty());
      json.append(", \"liaisons\": ").append(r.liaisons());
      json.append(", \"gridsServedBySector\": {");
      sep = "";
      for (Sector s : atlas.sectors()) {
        Map<Sector, Integer> served = r.gridsServedBySector();
        json.append(sep).append(quote(s.code())).append(": ").append(served.getOrDefault(s, 0));
        sep = ", ";
      }
      json.append("}, \"baseGridsOffTarget\": ").append(r.baseGridsOffTarget()).append('}');
    }
    json.append("\n]}");
    out.println(json);
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  static String percent(double share) {
    return format("%.1f%%", 100 * share);
  }

  static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
