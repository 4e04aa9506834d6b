package org.gridgov.core;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Totals of everything below a unit (the unit itself included), derived from the grids, posts,
 * party organisations and liaisons of its subtree; never stored. {@link Atlas#rollUp(DivisionCode)}
 * answers in O(1) from prefix sums over the pre-order of the hierarchy.
 *
 * <p>Workers are counted as posts active on the atlas's {@link Atlas#asOf() as-of date}: a worker
 * assigned to two grids counts in both. A party organisation counts for the lowest unit that holds
 * all of its grids.
 *
 * @param unit the unit rolled up
 * @param towns town-level units at or below the unit (streets, towns, townships, quasi units): 1
 *     for a street itself, 0 for a community
 * @param communities communities and community-like units at or below the unit
 * @param villages villages and village-like units at or below the unit
 * @param grids grids in the subtree
 * @param specialGrids special grids (专属网格) among them
 * @param households households in the subtree's grids
 * @param residents residents in the subtree's grids
 * @param postsByRole active posts by role, every role present
 * @param partyOrganisations party organisations whose grids all lie in the subtree
 * @param gridsCoveredByParty grids covered by at least one party organisation
 * @param liaisons liaisons posted at units in the subtree
 * @param gridsServedBySector per sector in the atlas's catalogue, the grids whose whistle reaches a
 *     liaison of that sector
 * @param baseGridsOffTarget base grids whose households lie outside the household target
 */
public record RollUp(
    DivisionCode unit,
    int towns,
    int communities,
    int villages,
    int grids,
    int specialGrids,
    long households,
    long residents,
    Map<WorkerRole, Integer> postsByRole,
    int partyOrganisations,
    int gridsCoveredByParty,
    int liaisons,
    Map<Sector, Integer> gridsServedBySector,
    int baseGridsOffTarget) {

  /**
   * Validates and copies the fields.
   *
   * @param unit the unit rolled up
   * @param towns town-level units at or below the unit (streets, towns, townships, quasi units): 1
   *     for a street itself, 0 for a community
   * @param communities communities and community-like units at or below the unit
   * @param villages villages and village-like units at or below the unit
   * @param grids grids in the subtree
   * @param specialGrids special grids (专属网格) among them
   * @param households households in the subtree's grids
   * @param residents residents in the subtree's grids
   * @param postsByRole active posts by role, every role present
   * @param partyOrganisations party organisations whose grids all lie in the subtree
   * @param gridsCoveredByParty grids covered by at least one party organisation
   * @param liaisons liaisons posted at units in the subtree
   * @param gridsServedBySector per sector in the atlas's catalogue, the grids whose whistle reaches
   *     a liaison of that sector
   * @param baseGridsOffTarget base grids whose households lie outside the household target
   */
  public RollUp {
    checkNotNull(unit, "unit");
    checkNotNull(postsByRole, "postsByRole");
    checkNotNull(gridsServedBySector, "gridsServedBySector");
    // ordered copies (roles in declaration order, sectors as given): the same roll-up always
    // prints and serialises the same way
    EnumMap<WorkerRole, Integer> roles = new EnumMap<>(WorkerRole.class);
    roles.putAll(postsByRole);
    postsByRole = Collections.unmodifiableMap(roles);
    gridsServedBySector = Collections.unmodifiableMap(new LinkedHashMap<>(gridsServedBySector));
  }

  /**
   * Active posts in one role.
   *
   * @param role the role
   * @return the count, 0 if none
   */
  public int posts(WorkerRole role) {
    checkNotNull(role, "role");
    return postsByRole.getOrDefault(role, 0);
  }

  /**
   * Active front-line posts: full-time workers, community workers and seconded cadres.
   *
   * @return the count
   */
  public int frontLinePosts() {
    int sum = 0;
    for (Map.Entry<WorkerRole, Integer> e : postsByRole.entrySet()) {
      if (e.getKey().isFrontLine()) {
        sum += e.getValue();
      }
    }
    return sum;
  }

  /**
   * Households per front-line post, the load the article compares (~500 before the reform).
   *
   * @return households divided by front-line posts, empty if there are none
   */
  public OptionalDouble householdsPerFrontLineWorker() {
    int posts = frontLinePosts();
    return posts == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) households / posts);
  }

  /**
   * The share of grids covered by a party organisation.
   *
   * @return covered grids over grids, 1.0 when there are no grids
   */
  public double partyCoverage() {
    return grids == 0 ? 1.0 : (double) gridsCoveredByParty / grids;
  }

  /**
   * The share of grids whose whistle reaches a liaison of a sector.
   *
   * @param sector a sector of the atlas's catalogue
   * @return served grids over grids, 1.0 when there are no grids, 0.0 for a sector not in the
   *     catalogue
   */
  public double liaisonCoverage(Sector sector) {
    checkNotNull(sector, "sector");
    if (grids == 0) {
      return 1.0;
    }
    return (double) gridsServedBySector.getOrDefault(sector, 0) / grids;
  }
}
