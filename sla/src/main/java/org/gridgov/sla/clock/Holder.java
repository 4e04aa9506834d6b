package org.gridgov.sla.clock;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.Atlas;
import org.gridgov.core.ContactPoint;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.DivisionLevel;
import org.gridgov.core.Grid;
import org.gridgov.core.LeaderRank;
import org.gridgov.core.Sector;
import org.gridgov.core.WhistleRoute;

/**
 * 责任主体 — who holds a case, named in an atlas: the unit and the people to call.
 *
 * <pre>{@code
 * Holder h = status.holder(YingkouSample.atlas());
 * h.tier();      // STREET
 * h.unitName();  // 建丰街道
 * h.people();    // the street leaders with a contact point (联系点) in the case's community
 * }</pre>
 *
 * @param tier the tier that holds it: the one asked for, or the next one up when nobody answers
 *     there (a sector without a liaison above the grid)
 * @param unit the unit, empty when the case has no grid in the atlas
 * @param unitName the unit's name, or a description of why there is none
 * @param people who to call: the grid leader, the liaison, or the leaders with a contact point in
 *     the case's community at that rank; may be empty
 * @param note how the holder was found
 */
public record Holder(
    Tier tier, Optional<DivisionCode> unit, String unitName, List<String> people, String note) {
  /**
   * Checks and copies.
   *
   * @param tier the tier
   * @param unit the unit
   * @param unitName the unit's name
   * @param people the people
   * @param note how found
   */
  public Holder {
    checkNotNull(tier, "tier");
    checkNotNull(unit, "unit");
    checkNotNull(unitName, "unitName");
    people = List.copyOf(people);
    checkNotNull(note, "note");
  }

  /**
   * Finds who holds a case at a tier. The community tier names the grid's leader (网格长) on the day;
   * the liaison tier the liaison {@link Atlas#routeWhistle} finds for the case's sector (or, if
   * nobody answers or the case names no sector, the street); the street, district and city tiers
   * the unit at that level above the grid and the leaders of that rank with a contact point in the
   * grid's community or village. O(contact points of the atlas).
   *
   * @param atlas the atlas
   * @param facts the case's facts (its grid and sector)
   * @param tier the tier asked for
   * @param day the day, for the grid leader on duty
   * @return the holder
   */
  public static Holder find(Atlas atlas, CaseFacts facts, Tier tier, LocalDate day) {
    checkNotNull(atlas, "atlas");
    checkNotNull(tier, "tier");
    checkNotNull(day, "day");
    Optional<Grid> grid = facts.grid().flatMap(atlas::grid);
    if (grid.isEmpty()) {
      return new Holder(
          tier,
          Optional.empty(),
          "unknown",
          List.of(),
          facts.grid().isPresent()
              ? "grid " + facts.grid().get() + " is not in the atlas"
              : "the case names no grid");
    }
    Grid g = grid.get();
    DivisionCode community = g.unit();
    return switch (tier) {
      case COMMUNITY -> {
        List<String> people = new ArrayList<>();
        atlas.gridLeader(g.code(), day).ifPresent(w -> people.add(w.name()));
        yield new Holder(
            tier, Optional.of(community), nameOf(atlas, community), people, "网格长 of " + g.name());
      }
      case LIAISON -> {
        Optional<Sector> sector = facts.sector().flatMap(code -> findSector(atlas, code));
        if (sector.isPresent()) {
          WhistleRoute route = atlas.routeWhistle(g.code(), sector.get());
          if (route.liaison().isPresent()) {
            DivisionCode unit = route.liaison().get().unit();
            yield new Holder(
                tier,
                Optional.of(unit),
                nameOf(atlas, unit),
                List.of(route.liaison().get().name()),
                sector.get().name() + "联络员, whistle from " + g.name());
          }
        }
        Holder street = above(atlas, community, DivisionLevel.TOWN, LeaderRank.STREET, Tier.STREET);
        String why =
            sector.isPresent()
                ? "no " + sector.get().name() + " liaison above " + g.name()
                : facts.sector().isPresent()
                    ? "sector " + facts.sector().get() + " is not in the atlas"
                    : "the case names no sector";
        yield new Holder(
            Tier.STREET, street.unit, street.unitName, street.people, why + "; " + street.note);
      }
      case STREET -> above(atlas, community, DivisionLevel.TOWN, LeaderRank.STREET, tier);
      case DISTRICT -> above(atlas, community, DivisionLevel.COUNTY, LeaderRank.DISTRICT, tier);
      case CITY -> above(atlas, community, DivisionLevel.CITY, LeaderRank.CITY, tier);
    };
  }

  private static Optional<Sector> findSector(Atlas atlas, String code) {
    for (Sector s : atlas.sectors()) {
      if (s.code().equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static Holder above(
      Atlas atlas, DivisionCode community, DivisionLevel level, LeaderRank rank, Tier tier) {
    Division unit = null;
    for (Division d : atlas.ancestors(community)) {
      if (d.level() == level) {
        unit = d;
      }
    }
    List<String> people = new ArrayList<>();
    for (ContactPoint c : atlas.contactPoints()) {
      if (c.rank() == rank && c.unit().equals(community)) {
        people.add(c.leaderName());
      }
    }
    String note = rank + " leaders with a contact point in " + nameOf(atlas, community);
    if (unit == null) {
      return new Holder(
          tier, Optional.empty(), "no " + level + " unit above " + community, people, note);
    }
    return new Holder(tier, Optional.of(unit.code()), unit.name(), people, note);
  }

  private static String nameOf(Atlas atlas, DivisionCode code) {
    return atlas.division(code).map(Division::name).orElse(code.toString());
  }
}
