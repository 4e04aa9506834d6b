package org.gridgov.core;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The sections of an atlas's contents, in canonical order: the settings, then the lists of
 * elements. Every part of gridgov that handles an atlas's contents as a whole — the builder, the
 * JSON form, the change engine, the diff — goes by this one list; a builder element is located by
 * its section and position ({@link Location#element(String, int)}, {@link ElementLocator}).
 *
 * <p>{@link #fieldName()} is the section's name in the JSON form ({@code "grids"}).
 */
public enum AtlasSection {
  /** The as-of date (a setting). */
  AS_OF("asOf", false),
  /** The grid code scheme (a setting). */
  GRID_CODE_SCHEME("gridCodeScheme", false),
  /** The household targets (a setting). */
  HOUSEHOLD_TARGETS("householdTargets", false, "urban", "rural", "tolerancePercent"),
  /** The sector catalogue. */
  SECTORS("sectors", true, "code", "name"),
  /** The sectors every community and village must be able to whistle to, by code. */
  REQUIRED_SECTORS("requiredSectors", true),
  /** Divisions, province to community and village. */
  DIVISIONS("divisions", true, "code", "name", "urbanRuralClass", "level", "parent"),
  /** Grids. */
  GRIDS("grids", true, "code", "unit", "kind", "name", "households", "residents"),
  /** Grid workers. */
  WORKERS("workers", true, "id", "name"),
  /** Posts of grid workers in grids. */
  ASSIGNMENTS("assignments", true, "worker", "grid", "role", "start", "end"),
  /** Grid party organisations. */
  PARTY_ORGANISATIONS("partyOrganisations", true, "id", "name", "kind", "grids"),
  /** Sector liaisons. */
  LIAISONS("liaisons", true, "name", "unit", "sector"),
  /** Leaders' contact points. */
  CONTACT_POINTS("contactPoints", true, "leader", "rank", "unit", "grid"),
  /** Retired division codes and their successors. */
  RETIRED_DIVISIONS("retiredDivisions", true, "code", "successors"),
  /** Retired grid codes and their successors. */
  RETIRED_GRIDS("retiredGrids", true, "code", "successors");

  private static final AtlasSection[] ALL = values();
  private static final Comparator<Location> LOCATION_ORDER = AtlasSection::compare;

  private final String fieldName;
  private final boolean list;
  private final ImmutableList<String> fields;

  AtlasSection(String fieldName, boolean list, String... fields) {
    this.fieldName = fieldName;
    this.list = list;
    this.fields = ImmutableList.copyOf(fields);
  }

  /**
   * The fields of the section's elements (or of a setting that is an object), in canonical order,
   * by their names in the JSON form and in locations.
   *
   * @return the field names; empty for a plain value
   */
  public List<String> fields() {
    return fields;
  }

  /**
   * The section of a name in the JSON form.
   *
   * @param fieldName the name, such as {@code "grids"}
   * @return the section, or empty if no section has that name
   */
  public static java.util.Optional<AtlasSection> named(String fieldName) {
    com.google.common.base.Preconditions.checkNotNull(fieldName, "fieldName");
    for (AtlasSection s : ALL) {
      if (s.fieldName.equals(fieldName)) {
        return java.util.Optional.of(s);
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * The canonical order of locations in an atlas's input, in which atlas problems are listed: by
   * section, then element, then field in the section's field order; fields the form does not know
   * after those it knows, in the order found (the sort is stable); change locations by their index;
   * text by line and column.
   *
   * @return the order
   */
  public static Comparator<Location> locationOrder() {
    return LOCATION_ORDER;
  }

  private static int compare(Location a, Location b) {
    if (a.kind() != b.kind()) {
      return a.kind().compareTo(b.kind());
    }
    return switch (a.kind()) {
      case JSON_PATH ->
          comparePaths(((Location.JsonPath) a).path(), ((Location.JsonPath) b).path());
      case ELEMENT -> comparePaths(((Location.Element) a).path(), ((Location.Element) b).path());
      case CHANGE -> {
        Location.Change x = (Location.Change) a;
        Location.Change y = (Location.Change) b;
        int c = Integer.compare(x.index(), y.index());
        yield c != 0 ? c : x.toString().compareTo(y.toString());
      }
      case TEXT -> {
        Location.Text x = (Location.Text) a;
        Location.Text y = (Location.Text) b;
        int c = Integer.compare(x.line(), y.line());
        yield c != 0 ? c : Integer.compare(x.column(), y.column());
      }
      case IN_SOURCE -> {
        Location.InSource x = (Location.InSource) a;
        Location.InSource y = (Location.InSource) b;
        int c = x.source().compareTo(y.source());
        yield c != 0 ? c : compare(x.within(), y.within());
      }
    };
  }

  private static int comparePaths(List<PathSegment> a, List<PathSegment> b) {
    @Nullable AtlasSection section = null;
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = compareSteps(a.get(i), b.get(i), i, section);
      if (c != 0) {
        return c;
      }
      if (i == 0 && a.get(0) instanceof PathSegment.Field f) {
        section = named(f.name()).orElse(null);
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static int compareSteps(
      PathSegment x, PathSegment y, int depth, @Nullable AtlasSection section) {
    if (x instanceof PathSegment.Index i && y instanceof PathSegment.Index j) {
      return Integer.compare(i.index(), j.index());
    }
    if (x instanceof PathSegment.Field f && y instanceof PathSegment.Field g) {
      // fields the form does not know tie, so they keep the order they were found in
      return Integer.compare(rank(f.name(), depth, section), rank(g.name(), depth, section));
    }
    return x instanceof PathSegment.Field ? 1 : -1; // an element before its object's fields
  }

  private static int rank(String name, int depth, @Nullable AtlasSection section) {
    if (depth == 0) {
      if (name.equals("format")) {
        return -1;
      }
      return named(name).map(Enum::ordinal).orElse(ALL.length);
    }
    if (section != null) {
      int i = section.fields.indexOf(name);
      return i < 0 ? section.fields.size() : i;
    }
    return 0;
  }

  /**
   * The section's name in the JSON form and in builder locations.
   *
   * @return the name, such as {@code "grids"}
   */
  public String fieldName() {
    return fieldName;
  }

  /**
   * Whether the section is a list of elements rather than a single setting.
   *
   * @return true for a list
   */
  public boolean isList() {
    return list;
  }

  /**
   * The builder location of an element of this section in code: {@code grids[17]}; a setting's is
   * its name.
   *
   * @param index the element's position in the order added, ignored for a setting
   * @return the location
   */
  public Location.Element element(int index) {
    return list ? Location.element(fieldName, index) : Location.element(fieldName);
  }
}
