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
  public static List<Problem> plant(Atlas.Builder b, Random r) {
    return Planting.plant(b, r);
  }

  public static @Nullable LocalDate asOf(Atlas.Builder b) {
    return b.contents.asOf;
  }

  public static GridCodeScheme scheme(Atlas.Builder b) {
    return b.contents.scheme;
  }

  public static HouseholdTargets targets(Atlas.Builder b) {
    return b.contents.targets;
  }

  public static List<Sector> sectors(Atlas.Builder b) {
    return b.contents.sectors;
  }

  public static List<Sector> requiredSectors(Atlas.Builder b) {
    return b.contents.requiredSectors;
  }

  public static List<Division> divisions(Atlas.Builder b) {
    return b.contents.divisions;
  }

  public static List<Grid> grids(Atlas.Builder b) {
    return b.contents.grids;
  }

  public static List<GridWorker> workers(Atlas.Builder b) {
    return b.contents.workers;
  }

  public static List<Assignment> assignments(Atlas.Builder b) {
    return b.contents.assignments;
  }

  public static List<PartyOrganisation> partyOrganisations(Atlas.Builder b) {
    return b.contents.partyOrganisations;
  }

  public static List<Liaison> liaisons(Atlas.Builder b) {
    return b.contents.liaisons;
  }

  public static List<ContactPoint> contactPoints(Atlas.Builder b) {
    return b.contents.contactPoints;
  }

  public static List<Map.Entry<DivisionCode, List<DivisionCode>>> retiredDivisions(
      Atlas.Builder b) {
    return b.contents.retiredDivisions;
  }

  public static List<Map.Entry<GridCode, List<GridCode>>> retiredGrids(Atlas.Builder b) {
    return b.contents.retiredGrids;
  }
}
