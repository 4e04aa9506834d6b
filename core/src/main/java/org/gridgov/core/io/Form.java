package org.gridgov.core.io;

import java.util.List;

/**
 * The field names of the JSON form, object by object, in the canonical order the writer uses. The
 * reader, the writer and the schema test share these lists so that they cannot drift apart.
 */
final class Form {
  /** The value of the {@code "format"} field this version reads and writes. */
  static final String FORMAT = "gridgov-atlas/1";

  static final List<String> TOP =
      List.of(
          "format",
          "asOf",
          "gridCodeScheme",
          "householdTargets",
          "sectors",
          "requiredSectors",
          "divisions",
          "grids",
          "workers",
          "assignments",
          "partyOrganisations",
          "liaisons",
          "contactPoints",
          "retiredDivisions",
          "retiredGrids");
  static final List<String> TOP_REQUIRED = List.of("format", "asOf");

  static final List<String> TARGETS = List.of("urban", "rural", "tolerancePercent");
  static final List<String> SECTOR = List.of("code", "name");
  static final List<String> DIVISION =
      List.of("code", "name", "urbanRuralClass", "level", "parent");
  static final List<String> DIVISION_REQUIRED = List.of("code", "name");
  static final List<String> GRID =
      List.of("code", "unit", "kind", "name", "households", "residents");
  static final List<String> WORKER = List.of("id", "name");
  static final List<String> ASSIGNMENT = List.of("worker", "grid", "role", "start", "end");
  static final List<String> ASSIGNMENT_REQUIRED = List.of("worker", "grid", "role", "start");
  static final List<String> PARTY_ORGANISATION = List.of("id", "name", "kind", "grids");
  static final List<String> LIAISON = List.of("name", "unit", "sector");
  static final List<String> CONTACT_POINT = List.of("leader", "rank", "unit", "grid");
  static final List<String> CONTACT_POINT_REQUIRED = List.of("leader", "rank", "unit");
  static final List<String> RETIRED = List.of("code", "successors");

  private Form() {}

  /** The position of a top-level field in canonical order, or the number of fields if unknown. */
  static int rankOf(String topLevelField) {
    int i = TOP.indexOf(topLevelField);
    return i < 0 ? TOP.size() : i;
  }
}
