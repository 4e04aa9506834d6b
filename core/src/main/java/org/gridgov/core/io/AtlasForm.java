package org.gridgov.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gridgov.core.Assignment;
import org.gridgov.core.AtlasSection;
import org.gridgov.core.ContactPoint;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.DivisionLevel;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridKind;
import org.gridgov.core.GridWorker;
import org.gridgov.core.HouseholdTargets;
import org.gridgov.core.LeaderRank;
import org.gridgov.core.Liaison;
import org.gridgov.core.PartyOrganisation;
import org.gridgov.core.PartyOrganisationKind;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.Sector;
import org.gridgov.core.UrbanRuralClass;
import org.gridgov.core.WorkerRole;
import org.gridgov.core.io.Codecs.Codec;
import org.jspecify.annotations.Nullable;

/**
 * The elements of the JSON form, section by section: each element's fields (names from {@link
 * AtlasSection#fields()}, with their codecs and whether they are required) and how a read element
 * becomes a value. The reader and the writer are driven by these forms; the rules of the form that
 * the atlas's own validation cannot see (a declared level that disagrees with the code, a negative
 * count) are checked here, and a field that cannot be used is replaced by a stand-in that is
 * {@linkplain Element#orStandIn excused}, so that the builder still checks the rest of the element
 * and keeps quiet about what follows from the stand-in.
 */
final class AtlasForm {
  /** The value of the {@code "format"} field this version reads and writes. */
  static final String FORMAT = "gridgov-atlas/1";

  static final String STAND_IN_NAME = "(invalid)";
  // A valid village-level code that no real atlas holds (Macau, province-run group, quasi town).
  static final DivisionCode STAND_IN_UNIT = DivisionCode.parse("829090599599");
  static final LocalDate STAND_IN_DATE = LocalDate.EPOCH;

  /**
   * The unusable entries of one list (a party organisation's grids, a retirement's successors) that
   * are each excused and given a stand-in; beyond them the list is excused as a whole, so that
   * hostile input cannot make the reader keep an excuse and a stand-in per entry.
   */
  static final int MAX_EXCUSED_ENTRIES = 100;

  private AtlasForm() {}

  /** One field of an element, with what it holds for messages. */
  record Field<V>(
      String name, Codec<V> codec, boolean required, boolean written, String description) {}

  /** What the reader gives an element's assembly: the values read and the element's context. */
  interface Element {
    /**
     * The value of field {@code i}, or null if absent or unusable; the caller knows its type from
     * the form.
     *
     * @param i the field's position
     */
    @SuppressWarnings("TypeParameterUnusedInFormals")
    <V> @Nullable V get(int i);

    /** Whether field {@code i} was given (not absent, not {@code null}). */
    boolean given(int i);

    /**
     * The value of field {@code i}, or a stand-in if the field was given or required but is
     * unusable; the stand-in's field is then excused.
     */
    <V> V orStandIn(int i, V standIn);

    /** Excuses a field ({@code "grids[3]"} for an entry of a list). */
    void excuse(String field);

    /** Reports a problem at a field of the element. */
    void problem(ProblemKind kind, String field, String message);

    /** The element's index in the document. */
    int index();
  }

  /** Turns what was read into a value, or null if the element has no usable identity. */
  @FunctionalInterface
  interface Assembler<T> {
    @Nullable T assemble(Element e);
  }

  /** A section's element form. */
  record ElementForm<T>(
      AtlasSection section,
      List<Field<?>> fields,
      Assembler<T> assembler,
      Function<T, @Nullable Object[]> values) {
    ElementForm {
      List<String> names = fields.stream().map(Field::name).toList();
      if (!names.equals(section.fields())) {
        throw new IllegalStateException(
            section + " has fields " + section.fields() + ", not " + names);
      }
    }

    /** Writes an element: its written fields that have a value, in order. */
    @SuppressWarnings("unchecked")
    void write(JsonGenerator g, T element) throws IOException {
      @Nullable Object[] v = values.apply(element);
      g.writeStartObject();
      for (int i = 0; i < fields.size(); i++) {
        Field<Object> f = (Field<Object>) fields.get(i);
        Object value = v[i];
        if (f.written() && value != null) {
          g.writeFieldName(f.name());
          f.codec().write(g, value);
        }
      }
      g.writeEndObject();
    }
  }

  private static <V> Field<V> required(String name, Codec<V> codec, String description) {
    return new Field<>(name, codec, true, true, description);
  }

  private static <V> Field<V> optional(String name, Codec<V> codec, String description) {
    return new Field<>(name, codec, false, true, description);
  }

  /** A field the reader checks but the writer leaves out (it follows from another). */
  private static <V> Field<V> readOnly(String name, Codec<V> codec, String description) {
    return new Field<>(name, codec, false, false, description);
  }

  // ---- the forms -------------------------------------------------------------------------------

  static final ElementForm<HouseholdTargets> TARGETS =
      new ElementForm<>(
          AtlasSection.HOUSEHOLD_TARGETS,
          List.of(
              required("urban", Codecs.intRange(1, Integer.MAX_VALUE), "households per urban grid"),
              required("rural", Codecs.intRange(1, Integer.MAX_VALUE), "households per rural grid"),
              required("tolerancePercent", Codecs.intRange(0, 100), "the tolerance in percent")),
          e -> {
            Integer urban = e.get(0);
            Integer rural = e.get(1);
            Integer tolerance = e.get(2);
            return urban == null || rural == null || tolerance == null
                ? null
                : new HouseholdTargets(urban, rural, tolerance);
          },
          t -> new Object[] {t.urban(), t.rural(), t.tolerancePercent()});

  static final ElementForm<Sector> SECTOR =
      new ElementForm<>(
          AtlasSection.SECTORS,
          List.of(
              required("code", Codecs.SECTOR_CODE, "the sector's code"),
              required("name", Codecs.NAME, "the sector's name")),
          e -> {
            String code = e.get(0);
            return code == null ? null : Sector.of(code, e.orStandIn(1, STAND_IN_NAME));
          },
          s -> new Object[] {s.code(), s.name()});

  static final ElementForm<Division> DIVISION =
      new ElementForm<>(
          AtlasSection.DIVISIONS,
          List.of(
              required("code", Codecs.DIVISION_CODE, "the division's code"),
              required("name", Codecs.NAME, "the division's name"),
              optional("urbanRuralClass", Codecs.URBAN_RURAL_CLASS, "the urban-rural class"),
              readOnly("level", Codecs.LEVEL, "the level the code implies"),
              readOnly("parent", Codecs.DIVISION_CODE, "the parent the code implies")),
          AtlasForm::division,
          d -> new Object[] {d.code(), d.name(), d.urbanRuralClass().orElse(null), null, null});

  static final ElementForm<Grid> GRID =
      new ElementForm<>(
          AtlasSection.GRIDS,
          List.of(
              required("code", Codecs.GRID_CODE, "the grid's code"),
              required("unit", Codecs.DIVISION_CODE, "the grid's community or village"),
              required("kind", Codecs.enumOf(GridKind.class), "the grid's kind"),
              required("name", Codecs.NAME, "the grid's name"),
              required("households", Codecs.COUNT, "the grid's households"),
              required("residents", Codecs.COUNT, "the grid's residents")),
          e -> {
            GridCode code = e.get(0);
            return code == null
                ? null
                : new Grid(
                    code,
                    e.orStandIn(1, STAND_IN_UNIT),
                    e.orStandIn(2, GridKind.BASE),
                    e.orStandIn(3, STAND_IN_NAME),
                    e.orStandIn(4, 0),
                    e.orStandIn(5, 0));
          },
          g ->
              new Object[] {g.code(), g.unit(), g.kind(), g.name(), g.households(), g.residents()});

  static final ElementForm<GridWorker> WORKER =
      new ElementForm<>(
          AtlasSection.WORKERS,
          List.of(
              required("id", Codecs.NAME, "the worker's id"),
              required("name", Codecs.NAME, "the worker's name")),
          e -> {
            String id = e.get(0);
            return id == null ? null : new GridWorker(id, e.orStandIn(1, STAND_IN_NAME));
          },
          w -> new Object[] {w.id(), w.name()});

  static final ElementForm<Assignment> ASSIGNMENT =
      new ElementForm<>(
          AtlasSection.ASSIGNMENTS,
          List.of(
              required("worker", Codecs.NAME, "the worker's id"),
              required("grid", Codecs.GRID_CODE, "the grid"),
              required("role", Codecs.enumOf(WorkerRole.class), "the role"),
              required("start", Codecs.DATE, "the first day of the post"),
              optional("end", Codecs.DATE, "the last day of the post")),
          AtlasForm::assignment,
          a -> new Object[] {a.workerId(), a.grid(), a.role(), a.start(), a.end().orElse(null)});

  static final ElementForm<PartyOrganisation> PARTY_ORGANISATION =
      new ElementForm<>(
          AtlasSection.PARTY_ORGANISATIONS,
          List.of(
              required("id", Codecs.NAME, "the organisation's id"),
              required("name", Codecs.NAME, "the organisation's name"),
              required(
                  "kind", Codecs.enumOf(PartyOrganisationKind.class), "the organisation's kind"),
              required("grids", Codecs.GRID_CODES, "the grids the organisation covers")),
          AtlasForm::partyOrganisation,
          o -> new Object[] {o.id(), o.name(), o.kind(), o.grids()});

  static final ElementForm<Liaison> LIAISON =
      new ElementForm<>(
          AtlasSection.LIAISONS,
          List.of(
              required("name", Codecs.NAME, "the liaison's name"),
              required("unit", Codecs.DIVISION_CODE, "the unit served"),
              required("sector", Codecs.SECTOR_CODE, "the sector represented")),
          e -> {
            String sector = e.orStandIn(2, "invalid-" + e.index());
            // the builder matches the sector to the catalogue by code
            return new Liaison(
                e.orStandIn(0, STAND_IN_NAME),
                e.orStandIn(1, STAND_IN_UNIT),
                Sector.of(sector, sector));
          },
          l -> new Object[] {l.name(), l.unit(), l.sector().code()});

  static final ElementForm<ContactPoint> CONTACT_POINT =
      new ElementForm<>(
          AtlasSection.CONTACT_POINTS,
          List.of(
              required("leader", Codecs.NAME, "the leader's name"),
              required("rank", Codecs.enumOf(LeaderRank.class), "the leader's rank"),
              required("unit", Codecs.DIVISION_CODE, "the community or village"),
              optional("grid", Codecs.GRID_CODE, "the grid, when the contact point is one grid")),
          e -> {
            Optional<GridCode> grid =
                e.given(3) ? Optional.of(e.orStandIn(3, Codecs.standInGrid(0))) : Optional.empty();
            return new ContactPoint(
                e.orStandIn(0, STAND_IN_NAME),
                e.orStandIn(1, LeaderRank.CITY),
                e.orStandIn(2, STAND_IN_UNIT),
                grid);
          },
          c -> new Object[] {c.leaderName(), c.rank(), c.unit(), c.grid().orElse(null)});

  static final ElementForm<Map.Entry<DivisionCode, List<DivisionCode>>> RETIRED_DIVISION =
      new ElementForm<>(
          AtlasSection.RETIRED_DIVISIONS,
          List.of(
              required("code", Codecs.DIVISION_CODE, "the retired code"),
              required(
                  "successors",
                  Codecs.DIVISION_CODES,
                  "the codes that replaced it, empty for a removal")),
          e -> retirement(e, STAND_IN_UNIT),
          r -> new Object[] {r.getKey(), r.getValue()});

  static final ElementForm<Map.Entry<GridCode, List<GridCode>>> RETIRED_GRID =
      new ElementForm<>(
          AtlasSection.RETIRED_GRIDS,
          List.of(
              required("code", Codecs.GRID_CODE, "the retired code"),
              required(
                  "successors",
                  Codecs.GRID_CODES,
                  "the codes that replaced it, empty for a removal")),
          e -> retirement(e, Codecs.standInGrid(0)),
          r -> new Object[] {r.getKey(), r.getValue()});

  /** The form of a list section of objects, or empty for the settings and required sectors. */
  static Optional<ElementForm<?>> of(AtlasSection section) {
    return Optional.ofNullable(
        switch (section) {
          case SECTORS -> SECTOR;
          case DIVISIONS -> DIVISION;
          case GRIDS -> GRID;
          case WORKERS -> WORKER;
          case ASSIGNMENTS -> ASSIGNMENT;
          case PARTY_ORGANISATIONS -> PARTY_ORGANISATION;
          case LIAISONS -> LIAISON;
          case CONTACT_POINTS -> CONTACT_POINT;
          case RETIRED_DIVISIONS -> RETIRED_DIVISION;
          case RETIRED_GRIDS -> RETIRED_GRID;
          case HOUSEHOLD_TARGETS -> TARGETS;
          case AS_OF, GRID_CODE_SCHEME, REQUIRED_SECTORS -> null;
        });
  }

  // ---- assembly with the rules of the form -----------------------------------------------------

  private static @Nullable Division division(Element e) {
    DivisionCode code = e.get(0);
    if (code == null) {
      return null;
    }
    DivisionLevel level = e.get(3);
    if (level != null && level != code.level()) {
      e.problem(
          ProblemKind.LEVEL_MISMATCH,
          "level",
          "division "
              + code
              + " is a "
              + Codecs.levelName(code.level())
              + " by its code, not a "
              + Codecs.levelName(level));
    }
    DivisionCode parent = e.get(4);
    if (parent != null) {
      Optional<DivisionCode> expected = code.parent();
      if (expected.isEmpty()) {
        e.problem(
            ProblemKind.LEVEL_MISMATCH,
            "parent",
            "division " + code + " is a province and has no parent, got " + parent);
      } else if (!expected.get().equals(parent)) {
        e.problem(
            ProblemKind.LEVEL_MISMATCH,
            "parent",
            "the parent of division "
                + code
                + " is "
                + expected.get()
                + " by its code, not "
                + parent);
      }
    }
    UrbanRuralClass cls = e.get(2);
    if (cls != null && code.level() != DivisionLevel.VILLAGE) {
      e.problem(
          ProblemKind.INVALID_VALUE,
          "urbanRuralClass",
          "the urban-rural class applies to communities and villages only, not to "
              + code
              + " (a "
              + Codecs.levelName(code.level())
              + ")");
      cls = null;
    }
    return new Division(code, e.orStandIn(1, STAND_IN_NAME), Optional.ofNullable(cls));
  }

  private static Assignment assignment(Element e) {
    LocalDate start = e.orStandIn(3, STAND_IN_DATE);
    WorkerRole role = e.orStandIn(2, WorkerRole.ASSISTANT);
    LocalDate end = e.get(4);
    if (e.given(4) && end == null) {
      e.excuse("end");
    }
    if (end != null && e.get(3) != null && end.isBefore(start)) {
      e.problem(ProblemKind.INVALID_VALUE, "end", "end " + end + " is before start " + start);
      e.excuse("end");
      end = null;
    }
    if (end != null && end.isBefore(start)) {
      end = null; // the start is a stand-in, excused already
    }
    if (role == WorkerRole.SECONDED_CADRE && end == null) {
      if (!e.given(4)) {
        e.problem(
            ProblemKind.INVALID_VALUE,
            "end",
            "a seconded cadre (SECONDED_CADRE) serves a term: the end date is required");
      }
      e.excuse("end");
      e.excuse("role");
      role = WorkerRole.ASSISTANT;
    }
    return new Assignment(
        e.orStandIn(0, STAND_IN_NAME),
        e.orStandIn(1, Codecs.standInGrid(0)),
        role,
        start,
        Optional.ofNullable(end));
  }

  private static @Nullable PartyOrganisation partyOrganisation(Element e) {
    String id = e.get(0);
    List<@Nullable GridCode> listed = e.get(3);
    if (listed != null && listed.isEmpty()) {
      e.problem(
          ProblemKind.INVALID_VALUE, "grids", "a party organisation must cover at least one grid");
    }
    if (id == null) {
      return null;
    }
    List<GridCode> grids = new ArrayList<>();
    if (listed == null || listed.isEmpty()) {
      e.excuse("grids");
      grids.add(Codecs.standInGrid(0));
    } else {
      // linear in the list; a stand-in and an excuse for the first few unusable entries only, then
      // the list as a whole, so that memory beyond the list read stays bounded
      Map<GridCode, Integer> first = new HashMap<>();
      int unusable = 0;
      for (int k = 0; k < listed.size(); k++) {
        GridCode g = listed.get(k);
        if (g != null) {
          Integer at = first.putIfAbsent(g, k);
          if (at != null) {
            e.problem(
                ProblemKind.INVALID_VALUE,
                "grids[" + k + "]",
                "grid " + g + " is listed twice (first at grids[" + at + "])");
            g = null;
          }
        }
        if (g == null) {
          if (++unusable > MAX_EXCUSED_ENTRIES) {
            if (unusable == MAX_EXCUSED_ENTRIES + 1) {
              e.excuse("grids");
            }
            continue; // the list is excused whole: positions after this one no longer matter
          }
          e.excuse("grids[" + k + "]");
          g = Codecs.standInGrid(k); // distinct, so that the no-repeat rule holds
        }
        grids.add(g);
      }
    }
    return new PartyOrganisation(
        id,
        e.orStandIn(1, STAND_IN_NAME),
        e.orStandIn(2, PartyOrganisationKind.GRID_BRANCH),
        grids);
  }

  private static <K> Map.@Nullable Entry<K, List<K>> retirement(Element e, K standIn) {
    K code = e.get(0);
    if (code == null) {
      return null;
    }
    List<@Nullable K> listed = e.get(1);
    List<K> successors = new ArrayList<>();
    if (listed == null) {
      e.excuse("successors"); // not an array, or missing: reported already
    } else {
      int unusable = 0;
      for (int k = 0; k < listed.size(); k++) {
        K s = listed.get(k);
        if (s == null) {
          if (++unusable > MAX_EXCUSED_ENTRIES) {
            if (unusable == MAX_EXCUSED_ENTRIES + 1) {
              e.excuse("successors");
            }
            continue; // the list is excused whole, as for a party organisation's grids
          }
          e.excuse("successors[" + k + "]");
          s = standIn;
        }
        successors.add(s);
      }
    }
    return Map.entry(code, List.copyOf(successors));
  }
}
