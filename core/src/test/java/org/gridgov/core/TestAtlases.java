package org.gridgov.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * The package's test fixtures for tests in other packages (the JSON form's): random and real atlas
 * builders, planted problems, and read access to what a builder holds, so that an invalid builder
 * can be written out as JSON.
 */
public final class TestAtlases {
  private TestAtlases() {}

  /** A random valid atlas builder; see {@link AtlasFixtures#random(Random)}. */
  public static Atlas.Builder random(Random r) {
    return AtlasFixtures.random(r);
  }

  /** Seeds for random atlases; see {@link AtlasFixtures#seeds()}. */
  public static org.quicktheories.core.Gen<Long> seeds() {
    return AtlasFixtures.seeds();
  }

  /** 站前区's real communities with made-up grids and people. */
  public static Atlas.Builder zhanqian() {
    return AtlasFixtures.zhanqian();
  }

  /** Plants one to four builder problems; see {@link Planting#plant(Atlas.Builder, Random)}. */
  public static List<AtlasProblem> plant(Atlas.Builder b, Random r) {
    return Planting.plant(b, r);
  }

  public static @Nullable LocalDate asOf(Atlas.Builder b) {
    return b.asOf;
  }

  public static GridCodeScheme scheme(Atlas.Builder b) {
    return b.scheme;
  }

  public static HouseholdTargets targets(Atlas.Builder b) {
    return b.targets;
  }

  public static List<Sector> sectors(Atlas.Builder b) {
    return b.sectors;
  }

  public static List<Sector> requiredSectors(Atlas.Builder b) {
    return b.requiredSectors;
  }

  public static List<Division> divisions(Atlas.Builder b) {
    return b.divisions;
  }

  public static List<Grid> grids(Atlas.Builder b) {
    return b.grids;
  }

  public static List<GridWorker> workers(Atlas.Builder b) {
    return b.workers;
  }

  public static List<Assignment> assignments(Atlas.Builder b) {
    return b.assignments;
  }

  public static List<PartyOrganisation> partyOrganisations(Atlas.Builder b) {
    return b.partyOrganisations;
  }

  public static List<Liaison> liaisons(Atlas.Builder b) {
    return b.liaisons;
  }

  public static List<ContactPoint> contactPoints(Atlas.Builder b) {
    return b.contactPoints;
  }

  public static List<Map.Entry<DivisionCode, List<DivisionCode>>> retiredDivisions(
      Atlas.Builder b) {
    return b.retiredDivisions;
  }

  public static List<Map.Entry<GridCode, List<GridCode>>> retiredGrids(Atlas.Builder b) {
    return b.retiredGrids;
  }
}
