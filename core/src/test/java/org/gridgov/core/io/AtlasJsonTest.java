package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.testing.NullPointerTester;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.gridgov.core.Assignment;
import org.gridgov.core.Atlas;
import org.gridgov.core.AtlasSection;
import org.gridgov.core.ContactPoint;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridCodeScheme;
import org.gridgov.core.GridKind;
import org.gridgov.core.GridWorker;
import org.gridgov.core.HouseholdTargets;
import org.gridgov.core.InvalidAtlasException;
import org.gridgov.core.LeaderRank;
import org.gridgov.core.Liaison;
import org.gridgov.core.PartyOrganisation;
import org.gridgov.core.PartyOrganisationKind;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.Sector;
import org.gridgov.core.TestAtlases;
import org.gridgov.core.UrbanRuralClass;
import org.gridgov.core.WorkerRole;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Examples of the atlas JSON form: reading, writing, problems at their paths, limits, schemes.
 *
 * <p>Why one file of about 1,000 lines: every test reads or compares against the one hand-written
 * document at the top, checked line by line against the schema; split files would each need it.
 */
class AtlasJsonTest {
  private static final DivisionCode SANLOU = DivisionCode.parse("210802001007");
  private static final GridCode SANLOU_1 = GridCode.parse("210802001007001");
  private static final GridCode SANLOU_2 = GridCode.parse("210802001007002");

  /**
   * A small document as a person would write it: fields in no particular order, declared levels and
   * parents, a null end, a padded parent code, insignificant whitespace. People and numbers are
   * made up around 站前区's real 三楼社区 (DOMAIN.md §2).
   */
  private static final String HAND_WRITTEN =
      """
      {
        "asOf": "2022-12-10", "format": "gridgov-atlas/1",
        "householdTargets": {"tolerancePercent": 40, "urban": 280, "rural": 50},
        "sectors": [{"name": "供电", "code": "power"}, {"code": "heating", "name": "供暖"},
                    {"code": "sanitation", "name": "环卫"}],
        "requiredSectors": ["heating"],
        "divisions": [
          {"code": "210802001007", "name": "三楼社区", "urbanRuralClass": 111,
           "level": "village", "parent": "210802001"},
          {"code": "21", "name": "辽宁省", "level": "province"},
          {"code": "210800", "name": "营口市", "parent": "21"},
          {"code": "210802", "name": "站前区", "parent": "210800000000"},
          {"code": "210802001", "name": "八田地街道", "urbanRuralClass": null}
        ],
        "grids": [
          {"code": "210802001007002", "unit": "210802001007", "kind": "SCHOOL",
           "name": "营口市第二十中学专属网格", "households": 0, "residents": 1800},
          {"residents": 711, "households": 296, "name": "三楼社区第一网格", "kind": "BASE",
           "unit": "210802001007", "code": "210802001007001"}
        ],
        "workers": [{"id": "w-2", "name": "李下沉"}, {"id": "w-1", "name": "王红霞"}],
        "assignments": [
          {"worker": "w-2", "grid": "210802001007001", "role": "SECONDED_CADRE",
           "start": "2022-03-01", "end": "2023-02-28"},
          {"worker": "w-1", "grid": "210802001007001", "role": "GRID_LEADER",
           "start": "2021-01-01", "end": null}
        ],
        "partyOrganisations": [{"id": "pb-1", "name": "三楼社区第一网格党支部", "kind": "GRID_BRANCH",
                                "grids": ["210802001007001", "210802001007002"]}],
        "liaisons": [{"name": "李供暖", "unit": "210802001", "sector": "heating"},
                     {"name": "孙供电", "unit": "2108", "sector": "power"}],
        "contactPoints": [
          {"leader": "周市领导", "rank": "CITY", "unit": "210802001007", "grid": "210802001007001"},
          {"leader": "吴区领导", "rank": "DISTRICT", "unit": "210802001007", "grid": null}
        ],
        "retiredGrids": [{"code": "210802001007003", "successors": ["210802001007001"]}],
        "retiredDivisions": [{"code": "210802001008", "successors": []}],
        "gridCodeScheme": "standard-3"
      }
      """;

  /** The same atlas, canonically written. */
  private static final String CANONICAL =
      """
      {
        "format": "gridgov-atlas/1",
        "asOf": "2022-12-10",
        "gridCodeScheme": "standard-3",
        "householdTargets": {"urban": 280, "rural": 50, "tolerancePercent": 40},
        "sectors": [
          {"code": "power", "name": "供电"},
          {"code": "heating", "name": "供暖"},
          {"code": "sanitation", "name": "环卫"}
        ],
        "requiredSectors": [
          "heating"
        ],
        "divisions": [
          {"code": "21", "name": "辽宁省"},
          {"code": "2108", "name": "营口市"},
          {"code": "210802", "name": "站前区"},
          {"code": "210802001", "name": "八田地街道"},
          {"code": "210802001007", "name": "三楼社区", "urbanRuralClass": 111}
        ],
        "grids": [
          {"code": "210802001007001", "unit": "210802001007", "kind": "BASE", "name": "三楼社区第一网格", "households": 296, "residents": 711},
          {"code": "210802001007002", "unit": "210802001007", "kind": "SCHOOL", "name": "营口市第二十中学专属网格", "households": 0, "residents": 1800}
        ],
        "workers": [
          {"id": "w-1", "name": "王红霞"},
          {"id": "w-2", "name": "李下沉"}
        ],
        "assignments": [
          {"worker": "w-1", "grid": "210802001007001", "role": "GRID_LEADER", "start": "2021-01-01"},
          {"worker": "w-2", "grid": "210802001007001", "role": "SECONDED_CADRE", "start": "2022-03-01", "end": "2023-02-28"}
        ],
        "partyOrganisations": [
          {"id": "pb-1", "name": "三楼社区第一网格党支部", "kind": "GRID_BRANCH", "grids": ["210802001007001", "210802001007002"]}
        ],
        "liaisons": [
          {"name": "孙供电", "unit": "2108", "sector": "power"},
          {"name": "李供暖", "unit": "210802001", "sector": "heating"}
        ],
        "contactPoints": [
          {"leader": "吴区领导", "rank": "DISTRICT", "unit": "210802001007"},
          {"leader": "周市领导", "rank": "CITY", "unit": "210802001007", "grid": "210802001007001"}
        ],
        "retiredDivisions": [
          {"code": "210802001008", "successors": []}
        ],
        "retiredGrids": [
          {"code": "210802001007003", "successors": ["210802001007001"]}
        ]
      }
      """;

  private static Atlas expected() {
    Sector sanitation = Sector.of("sanitation", "环卫");
    return Atlas.builder()
        .asOf(LocalDate.of(2022, 12, 10))
        .householdTargets(new HouseholdTargets(280, 50, 40))
        .sectors(List.of(Sector.POWER, Sector.HEATING, sanitation))
        .requiredSectors(List.of(Sector.HEATING))
        .addDivision(Division.of("21", "辽宁省"))
        .addDivision(Division.of("2108", "营口市"))
        .addDivision(Division.of("210802", "站前区"))
        .addDivision(Division.of("210802001", "八田地街道"))
        .addDivision(new Division(SANLOU, "三楼社区", Optional.of(UrbanRuralClass.MAIN_URBAN)))
        .addGrid(new Grid(SANLOU_1, SANLOU, GridKind.BASE, "三楼社区第一网格", 296, 711))
        .addGrid(new Grid(SANLOU_2, SANLOU, GridKind.SCHOOL, "营口市第二十中学专属网格", 0, 1800))
        .addWorker(new GridWorker("w-1", "王红霞"))
        .addWorker(new GridWorker("w-2", "李下沉"))
        .addAssignment(
            Assignment.open("w-1", SANLOU_1, WorkerRole.GRID_LEADER, LocalDate.of(2021, 1, 1)))
        .addAssignment(
            Assignment.of(
                "w-2",
                SANLOU_1,
                WorkerRole.SECONDED_CADRE,
                LocalDate.of(2022, 3, 1),
                LocalDate.of(2023, 2, 28)))
        .addPartyOrganisation(
            new PartyOrganisation(
                "pb-1",
                "三楼社区第一网格党支部",
                PartyOrganisationKind.GRID_BRANCH,
                List.of(SANLOU_1, SANLOU_2)))
        .addLiaison(new Liaison("李供暖", DivisionCode.parse("210802001"), Sector.HEATING))
        .addLiaison(new Liaison("孙供电", DivisionCode.parse("2108"), Sector.POWER))
        .addContactPoint(ContactPoint.ofGrid("周市领导", LeaderRank.CITY, SANLOU, SANLOU_1))
        .addContactPoint(ContactPoint.ofUnit("吴区领导", LeaderRank.DISTRICT, SANLOU))
        .retireGrid(GridCode.parse("210802001007003"), List.of(SANLOU_1))
        .retireDivision(DivisionCode.parse("210802001008"), List.of())
        .build();
  }

  /** A valid document with the given fields after the five divisions down to 三楼社区. */
  private static String doc(String fields) {
    return """
        {"format": "gridgov-atlas/1", "asOf": "2022-12-10",
         "divisions": [{"code": "21", "name": "辽宁省"}, {"code": "2108", "name": "营口市"},
           {"code": "210802", "name": "站前区"}, {"code": "210802001", "name": "八田地街道"},
           {"code": "210802001007", "name": "三楼社区"}]"""
        + (fields.isEmpty() ? "" : ",\n" + fields)
        + "}";
  }

  private static final String GRID_1 =
      """
      {"code": "210802001007001", "unit": "210802001007", "kind": "BASE", "name": "一网格",
       "households": 296, "residents": 711}""";

  private static List<String> problems(String json) {
    return problems(AtlasJson.reader(), json);
  }

  private static List<String> problems(AtlasJsonReader reader, String json) {
    InvalidAtlasException e =
        catchThrowableOfType(InvalidAtlasException.class, () -> reader.read(json));
    assertThat(e).as("no problem in %s", json).isNotNull();
    return e.problems().stream().map(Problem::toString).toList();
  }

  // ---- reading and writing
  // -----------------------------------------------------------------------

  @Test
  void readsAHandWrittenDocumentIntoExactlyItsAtlas() {
    Atlas atlas = AtlasJson.read(HAND_WRITTEN);
    assertThat(atlas).isEqualTo(expected());
    assertThat(atlas.grids()).isEqualTo(expected().grids());
    assertThat(atlas.assignments()).isEqualTo(expected().assignments());
    assertThat(atlas.retiredGrids())
        .isEqualTo(Map.of(GridCode.parse("210802001007003"), List.of(SANLOU_1)));
    assertThat(atlas.routeWhistle(SANLOU_1, Sector.HEATING).liaison().map(Liaison::name))
        .contains("李供暖");
  }

  @Test
  void writesTheCanonicalText() {
    assertThat(AtlasJson.toJson(expected())).isEqualTo(CANONICAL);
    assertThat(AtlasJson.toJson(AtlasJson.read(HAND_WRITTEN))).isEqualTo(CANONICAL);
    assertThat(AtlasJson.read(CANONICAL)).isEqualTo(expected());
  }

  @Test
  void aMinimalDocumentTakesTheDefaults() {
    Atlas atlas = AtlasJson.read("{\"format\": \"gridgov-atlas/1\", \"asOf\": \"2022-12-10\"}");
    assertThat(atlas.asOf()).isEqualTo(LocalDate.of(2022, 12, 10));
    assertThat(atlas.gridCodeScheme()).isEqualTo(GridCodeScheme.standard());
    assertThat(atlas.householdTargets()).isEqualTo(HouseholdTargets.DEFAULT);
    assertThat(atlas.sectors()).isEqualTo(Sector.predefined());
    assertThat(atlas.requiredSectors()).isEmpty();
    assertThat(atlas.divisions()).isEmpty();
    assertThat(atlas).isEqualTo(Atlas.builder().asOf(LocalDate.of(2022, 12, 10)).build());
    // null is the same as leaving a field out
    assertThat(
            AtlasJson.read(
                "{\"format\": \"gridgov-atlas/1\", \"asOf\": \"2022-12-10\", \"grids\": null,"
                    + " \"sectors\": null, \"gridCodeScheme\": null, \"householdTargets\": null}"))
        .isEqualTo(atlas);
    assertThat(
            AtlasJson.read(
                    "{\"format\": \"gridgov-atlas/1\", \"asOf\": \"2022-12-10\", \"sectors\": []}")
                .sectors())
        .isEmpty();
  }

  @Test
  void writesAndReadsStreamsWritersAndFilesInUtf8(@TempDir Path dir) throws IOException {
    Atlas atlas = expected();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AtlasJson.write(atlas, bytes);
    assertThat(bytes.toByteArray()).isEqualTo(CANONICAL.getBytes(StandardCharsets.UTF_8));
    StringWriter chars = new StringWriter();
    AtlasJson.write(atlas, chars);
    assertThat(chars.toString()).isEqualTo(CANONICAL).endsWith("}\n").doesNotContain("\r");
    Path file = dir.resolve("atlas.json");
    AtlasJson.write(atlas, file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(CANONICAL);

    assertThat(AtlasJson.read(file)).isEqualTo(atlas);
    assertThat(AtlasJson.read(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(atlas);
    assertThat(AtlasJson.read(new StringReader(CANONICAL))).isEqualTo(atlas);
  }

  @Test
  void ignoresALeadingByteOrderMark() throws IOException {
    Atlas atlas = expected();
    assertThat(AtlasJson.read("\uFEFF" + CANONICAL)).isEqualTo(atlas);
    assertThat(AtlasJson.read(new StringReader("\uFEFF" + CANONICAL))).isEqualTo(atlas);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = CANONICAL.getBytes(StandardCharsets.UTF_8);
    byte[] both = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, both, 0, bom.length);
    System.arraycopy(body, 0, both, bom.length, body.length);
    assertThat(AtlasJson.read(new ByteArrayInputStream(both))).isEqualTo(atlas);
  }

  @Test
  void doesNotCloseTheCallersStreams() throws IOException {
    boolean[] closed = {false, false};
    ByteArrayInputStream in =
        new ByteArrayInputStream(CANONICAL.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[1] = true;
          }
        };
    AtlasJson.write(AtlasJson.read(in), out);
    assertThat(closed).containsExactly(false, false);
    assertThat(out.size()).isPositive();
  }

  // ---- problems
  // ----------------------------------------------------------------------------------

  @Test
  void reportsEveryFieldProblemAtItsPathWithTheBadValue() {
    String json =
        doc(
            """
            "grids": [
              {"code": "210802001007001", "unit": "210802001007", "kind": "BASE", "name": "一网格",
               "households": -5, "residents": "711"},
              {"code": "2108020010070_2", "unit": "2108020010070", "kind": "BSAE", "name": " ",
               "households": 1.5},
              {"code": "210802001007003", "unit": "210802001007", "kind": "BASE", "name": "三网格",
               "households": 99999999999, "residents": 0, "colour": "红", "name": "又"}
            ],
            "workers": [{"id": "w-1", "name": "王红霞"}, {"name": 7}],
            "assignments": [
              {"worker": "w-1", "grid": "210802001007001", "role": "GRID_LEADER",
               "start": "2021-02-30"},
              {"worker": "w-1", "grid": "210802001007001", "role": "ASSISTANT",
               "start": "2021-03-01", "end": "2021-02-28"},
              {"worker": "w-1", "grid": "210802001007001", "role": "SECONDED_CADRE",
               "start": "2021-03-01"},
              {"worker": "w-1", "grid": "210802001007001", "role": "BOSS", "start": "2021-03-01"}
            ],
            "partyOrganisations": [
              {"id": "pb-1", "name": "党支部", "kind": "GRID_BRANCH",
               "grids": ["210802001007001", "210802001007001", 7]},
              {"id": "pb-2", "name": "党小组", "kind": "PARTY_GROUP", "grids": []}
            ],
            "liaisons": [{"name": "李供暖", "unit": "210802001", "sector": "Heating"}],
            "contactPoints": [{"leader": "", "rank": "MAYOR", "unit": "210802001007"}],
            "retiredGrids": [{"code": "210802001007009"}]""");
    assertThat(problems(json))
        .containsExactly(
            "NEGATIVE_COUNT at $.grids[0].households: households must be >= 0, got -5",
            "INVALID_VALUE at $.grids[0].residents: expected a whole number, got the string"
                + " \"711\"",
            "MALFORMED_CODE at $.grids[1].code: invalid code \"2108020010070_2\": a grid code has"
                + " only ASCII letters, digits and '-', found '_' at position 14",
            "MALFORMED_CODE at $.grids[1].unit: invalid code \"2108020010070\": expected 2, 4, 6, 9"
                + " or 12 digits, got 13 characters",
            "INVALID_VALUE at $.grids[1].kind: unknown kind \"BSAE\", expected one of BASE, SCHOOL,"
                + " HOSPITAL, INDUSTRIAL_PARK, MARKET, OTHER_SPECIAL",
            "INVALID_VALUE at $.grids[1].name: name must not be blank, got \" \"",
            "INVALID_VALUE at $.grids[1].households: expected a whole number, got 1.5",
            "MISSING_FIELD at $.grids[1].residents: required field \"residents\" (the grid's"
                + " residents) is missing",
            "INVALID_VALUE at $.grids[2].name: field \"name\" is given twice",
            "INVALID_VALUE at $.grids[2].households: households must be at most 2147483647, got"
                + " 99999999999",
            "INVALID_VALUE at $.grids[2].colour: unknown field \"colour\", expected one of code,"
                + " unit, kind, name, households, residents",
            "MISSING_FIELD at $.workers[1].id: required field \"id\" (the worker's id) is missing",
            "INVALID_VALUE at $.workers[1].name: expected a string, got the number 7",
            "INVALID_VALUE at $.assignments[0].start: invalid date \"2021-02-30\", expected an ISO"
                + " date such as 2022-12-10",
            "INVALID_VALUE at $.assignments[1].end: end 2021-02-28 is before start 2021-03-01",
            "INVALID_VALUE at $.assignments[2].end: a seconded cadre (SECONDED_CADRE) serves a"
                + " term: the end date is required",
            "INVALID_VALUE at $.assignments[3].role: unknown role \"BOSS\", expected one of"
                + " GRID_LEADER, FULL_TIME, COMMUNITY_WORKER, SECONDED_CADRE, ASSISTANT",
            "INVALID_VALUE at $.partyOrganisations[0].grids[1]: grid 210802001007001 is listed"
                + " twice (first at grids[0])",
            "INVALID_VALUE at $.partyOrganisations[0].grids[2]: expected a string, got the number"
                + " 7",
            "INVALID_VALUE at $.partyOrganisations[1].grids: a party organisation must cover at"
                + " least one grid",
            "INVALID_VALUE at $.liaisons[0].sector: invalid sector code \"Heating\": expected 1–40"
                + " lower-case ASCII letters, digits, '-' or '_'",
            "INVALID_VALUE at $.contactPoints[0].leader: leader must not be blank, got \"\"",
            "INVALID_VALUE at $.contactPoints[0].rank: unknown rank \"MAYOR\", expected one of"
                + " CITY, DISTRICT, STREET",
            "MISSING_FIELD at $.retiredGrids[0].successors: required field \"successors\" (the"
                + " codes that replaced it, empty for a removal) is missing");
  }

  @Test
  void reportsTheAtlasValidationAtDocumentPathsTogetherWithFieldProblems() {
    String json =
        doc(
            """
            "grids": [
              {"code": "bad!", "unit": "210802001007", "kind": "BASE", "name": "坏",
               "households": 1, "residents": 1},
              %s,
              %s
            ],
            "workers": [{"id": "w-1", "name": "王"}, {"id": "w-1", "name": "李"}],
            "assignments": [{"worker": "w-9", "grid": "210802001007005", "role": "FULL_TIME",
                             "start": "2021-01-01"}],
            "liaisons": [{"name": "甲", "unit": "210802001", "sector": "gas"},
                         {"name": "乙", "unit": "210802001", "sector": "gas"}]"""
                .formatted(GRID_1, GRID_1));
    assertThat(problems(json))
        .containsExactly(
            "MALFORMED_CODE at $.grids[0].code: invalid code \"bad!\": a grid code has only ASCII"
                + " letters, digits and '-', found '!' at position 4",
            "DUPLICATE_CODE at $.grids[2].code: grid code 210802001007001 appears again (first at"
                + " $.grids[1])",
            "DUPLICATE_ID at $.workers[1].id: worker id \"w-1\" appears again (first at"
                + " $.workers[0])",
            "UNKNOWN_WORKER at $.assignments[0].worker: assignment names worker \"w-9\", who is not"
                + " in the atlas",
            "UNKNOWN_GRID at $.assignments[0].grid: assignment of \"w-9\" names grid"
                + " 210802001007005, which is not in the atlas",
            "DUPLICATE_LIAISON at $.liaisons[1]: unit 210802001 already has a gas liaison at"
                + " $.liaisons[0]");
  }

  @Test
  void aFieldProblemDoesNotCascadeButTheElementIsStillChecked() {
    String json =
        doc(
            """
            "grids": [
              {"code": "210802001007001", "unit": "21080200100", "kind": "BASE", "name": "一",
               "households": 1, "residents": 1},
              {"code": "210802001007002", "unit": "210802001007", "kind": "BASE", "name": "二",
               "households": -1, "residents": 1},
              {"code": "210802001007002", "unit": "210802001007", "kind": "BASE", "name": "二",
               "households": 1, "residents": 1}
            ],
            "workers": [{"id": "w-1", "name": ""}],
            "assignments": [
              {"worker": "w-1", "grid": "210802001007001", "role": "GRID_LEADER",
               "start": "2021-01-01"},
              {"worker": "w-1", "grid": "210802001007002", "role": "GRID_LEADER",
               "start": "2021-01-01"},
              {"worker": "w-1", "grid": "210802001007002", "role": "GRID_LEADER",
               "start": "2021-06-01", "end": "2021-01-01"}
            ],
            "partyOrganisations": [{"id": "pb", "name": "支部", "kind": "GRID_BRANCH",
                                    "grids": ["210802001007001"]}],
            "contactPoints": [{"leader": "周", "rank": "CITY", "unit": "210802001007",
                               "grid": "210802001007001"}],
            "retiredGrids": [{"code": "210802001007009", "successors": ["210802001007001"]}]""");
    // no unknown grid, unknown worker, overlapping leaders or contact point of another unit
    assertThat(problems(json))
        .containsExactly(
            "MALFORMED_CODE at $.grids[0].unit: invalid code \"21080200100\": expected 2, 4, 6, 9"
                + " or 12 digits, got 11 characters",
            "NEGATIVE_COUNT at $.grids[1].households: households must be >= 0, got -1",
            "DUPLICATE_CODE at $.grids[2].code: grid code 210802001007002 appears again (first at"
                + " $.grids[1])",
            "INVALID_VALUE at $.workers[0].name: name must not be blank, got \"\"",
            "INVALID_VALUE at $.assignments[2].end: end 2021-01-01 is before start 2021-06-01");
  }

  @Test
  void anUnusableSectionOrSettingDoesNotCascade() {
    String grids =
        """
        "grids": [{"code": "210802001007001", "unit": "210802001007", "kind": "BASE",
                   "name": "一", "households": 1, "residents": 1}]""";
    assertThat(problems(doc("\"gridCodeScheme\": \"city-7\", " + grids)))
        .containsExactly(
            "INVALID_VALUE at $.gridCodeScheme: unknown grid code scheme \"city-7\", expected"
                + " standard-1 to standard-6 or a scheme given to the reader");
    assertThat(problems(doc("\"gridCodeScheme\": \"standard-4\", " + grids)))
        .singleElement()
        .asString()
        .startsWith(
            "GRID_CODE_MISMATCH at $.grids[0].code: grid code 210802001007001 does not fit"
                + " scheme standard-4");
    assertThat(
            problems(
                doc(
                    """
                    "sectors": "all",
                    "liaisons": [{"name": "甲", "unit": "210802001", "sector": "sanitation"}]""")))
        .containsExactly("INVALID_VALUE at $.sectors: expected an array, got the string \"all\"");
    assertThat(
            problems(
                doc(
                    """
                    "grids": {},
                    "assignments": [{"worker": "w", "grid": "210802001007001", "role": "ASSISTANT",
                                     "start": "2021-01-01"}],
                    "workers": [{"id": "w", "name": "某"}]""")))
        .containsExactly("INVALID_VALUE at $.grids: expected an array, got an object");
    assertThat(
            problems(
                "{\"format\": \"gridgov-atlas/1\", \"asOf\": \"yesterday\", \"grids\": [42, null]}"))
        .containsExactly(
            "INVALID_VALUE at $.asOf: invalid date \"yesterday\", expected an ISO date such as"
                + " 2022-12-10",
            "INVALID_VALUE at $.grids[0]: expected an object, got the number 42",
            "INVALID_VALUE at $.grids[1]: expected an object, got null");
  }

  @Test
  void checksDeclaredLevelsAndParentsAgainstTheCode() {
    String json =
        """
        {"format": "gridgov-atlas/1", "asOf": "2022-12-10",
         "divisions": [
           {"code": "21", "name": "辽宁省", "parent": "22"},
           {"code": "2108", "name": "营口市", "level": "county", "parent": "210000"},
           {"code": "210802", "name": "站前区", "level": "county", "parent": "2109"},
           {"code": "210802001", "name": "八田地街道", "level": "hamlet", "urbanRuralClass": 111},
           {"code": "210802001007", "name": "三楼社区", "urbanRuralClass": 999, "parent": "2108X"}
         ]}
        """;
    assertThat(problems(json))
        .containsExactly(
            "LEVEL_MISMATCH at $.divisions[0].parent: division 21 is a province and has no parent,"
                + " got 22",
            "LEVEL_MISMATCH at $.divisions[1].level: division 2108 is a city by its code, not a"
                + " county",
            "LEVEL_MISMATCH at $.divisions[2].parent: the parent of division 210802 is 2108 by its"
                + " code, not 2109",
            "INVALID_VALUE at $.divisions[3].urbanRuralClass: the urban-rural class applies to"
                + " communities and villages only, not to 210802001 (a town)",
            "INVALID_VALUE at $.divisions[3].level: unknown level \"hamlet\", expected one of"
                + " province, city, county, town, village",
            "INVALID_VALUE at $.divisions[4].urbanRuralClass: unknown urban-rural class 999,"
                + " expected one of 111, 112, 121, 122, 123, 210, 220",
            "MALFORMED_CODE at $.divisions[4].parent: invalid code \"2108X\": expected 2, 4, 6, 9 or"
                + " 12 digits, got 5 characters");
  }

  @Test
  void reportsProblemsWithTheDocumentItself() {
    assertThat(problems(""))
        .containsExactly("MALFORMED_INPUT at $: empty input: expected a JSON object");
    assertThat(problems("  [ ]"))
        .containsExactly("INVALID_VALUE at $: expected a JSON object, got an array");
    assertThat(problems("{\"asOf\": \"2022-12-10\"}"))
        .containsExactly(
            "MISSING_FIELD at $.format: required field \"format\" (the format,"
                + " \"gridgov-atlas/1\") is missing");
    assertThat(problems("{\"format\": \"gridgov-atlas/2\"}"))
        .containsExactly(
            "INVALID_VALUE at $.format: unsupported format \"gridgov-atlas/2\", expected"
                + " \"gridgov-atlas/1\"",
            "MISSING_FIELD at $.asOf: the as-of date of the snapshot is required");
    assertThat(problems(doc("\"comment\": 1, \"a b\": {\"c\": [1]}, \"asOf\": \"2022-12-11\"")))
        .containsExactly(
            "INVALID_VALUE at $.asOf: field \"asOf\" is given twice",
            "INVALID_VALUE at $.comment: unknown field \"comment\", expected one of format, asOf,"
                + " gridCodeScheme, householdTargets, sectors, requiredSectors, divisions, grids,"
                + " workers, assignments, partyOrganisations, liaisons, contactPoints,"
                + " retiredDivisions, retiredGrids",
            "INVALID_VALUE at $['a b']: unknown field \"a b\", expected one of format, asOf,"
                + " gridCodeScheme, householdTargets, sectors, requiredSectors, divisions, grids,"
                + " workers, assignments, partyOrganisations, liaisons, contactPoints,"
                + " retiredDivisions, retiredGrids");
    assertThat(problems(doc("\"householdTargets\": {\"urban\": 0, \"rural\": 60}")))
        .containsExactly(
            "INVALID_VALUE at $.householdTargets.urban: urban must be >= 1, got 0",
            "MISSING_FIELD at $.householdTargets.tolerancePercent: required field"
                + " \"tolerancePercent\" (the tolerance in percent) is missing");
    assertThat(
            problems(
                doc(
                    """
                    "sectors": [{"code": "gas", "name": "燃气"}, {"code": "gas", "name": "煤气"}],
                    "requiredSectors": ["water"],
                    "liaisons": [{"name": "甲", "unit": "210802001", "sector": "power"}]""")))
        .containsExactly(
            "DUPLICATE_CODE at $.sectors[1].code: sector code \"gas\" appears again (first at"
                + " $.sectors[0])",
            "UNKNOWN_SECTOR at $.requiredSectors[0]: required sector \"water\" is not in the sector"
                + " catalogue (gas)",
            "UNKNOWN_SECTOR at $.liaisons[0].sector: liaison \"甲\" represents sector \"power\", which"
                + " is not in the sector catalogue (gas)");
  }

  @Test
  void aSyntaxErrorIsMalformedInputWithPathLineAndColumn() {
    String json =
        """
        {"format": "gridgov-atlas/1", "asOf": "2022-13-01",
         "grids": [{"code": "210802001007001",, "unit": "210802001007"}]}
        """;
    assertThat(problems(json))
        .containsExactly(
            "INVALID_VALUE at $.asOf: invalid date \"2022-13-01\", expected an ISO date such as"
                + " 2022-12-10",
            "MALFORMED_INPUT at $.grids[0].code (line 2, column 39): malformed JSON: Unexpected"
                + " character (',' (code 44)): was expecting double-quote to start field name");
    assertThat(problems("{\"format\": \"gridgov-atlas/1\",\n \"asOf\": \"2022-12-10\""))
        .containsExactly(
            "MALFORMED_INPUT at $.asOf (line 2, column 22): malformed JSON: unexpected end of input"
                + " inside an object");
    assertThat(problems("{\"format\": \"gridgov-atlas/1\", \"grids\": [{}, "))
        .filteredOn(p -> p.startsWith("MALFORMED_INPUT"))
        .singleElement()
        .asString()
        .startsWith("MALFORMED_INPUT at $.grids[1] (line 1, column 45): malformed JSON: ")
        .doesNotContain("start marker");
    assertThat(problems("{\"format\": \"gridgov-atlas/1\", \"asOf\": \"2022-"))
        .containsExactly(
            "MALFORMED_INPUT at $.asOf (line 1, column 45): malformed JSON: unexpected end of input"
                + " inside a string");
    assertThat(problems(CANONICAL + "{}"))
        .containsExactly(
            "MALFORMED_INPUT at $ (line 51, column 1): content after the end of the atlas object:"
                + " one document holds one atlas");
    assertThat(problems("{\"format\": 'gridgov-atlas/1'}"))
        .singleElement()
        .asString()
        .startsWith("MALFORMED_INPUT at $.format (line 1, column 12): malformed JSON");
  }

  @Test
  void bytesThatAreNotUtf8AreMalformedInput() {
    byte[] bytes = CANONICAL.getBytes(StandardCharsets.UTF_8);
    int at = CANONICAL.indexOf("三楼社区第一网格");
    byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length);
    broken[CANONICAL.substring(0, at).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xFF;
    InvalidAtlasException e =
        catchThrowableOfType(
            InvalidAtlasException.class, () -> AtlasJson.read(new ByteArrayInputStream(broken)));
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(ProblemKind.MALFORMED_INPUT);
              assertThat(p.location()).hasToString("$.grids[0].name (line 22, column 82)");
              assertThat(p.message()).isEqualTo("bytes that are not UTF-8 at line 22, column 82");
            });
  }

  // ---- limits
  // ------------------------------------------------------------------------------------

  @Test
  void nestingBeyondTheLimitIsInputTooLarge() {
    String deep = "[".repeat(40) + "]".repeat(40);
    String json =
        "{\"format\": \"gridgov-atlas/1\", \"asOf\": \"2022-12-10\", \"divisions\": [{\"code\":"
            + " \"21\", \"name\": \"辽宁省\", \"x\": "
            + deep
            + "}]}";
    List<String> reported = problems(json);
    assertThat(reported).hasSize(2);
    // the path names the first position inside the container that is one level too deep
    assertThat(reported.get(0)).startsWith("INVALID_VALUE at $.divisions[0].x: unknown field");
    assertThat(reported.get(1))
        .isEqualTo(
            "INPUT_TOO_LARGE at $.divisions[0].x"
                + "[0]".repeat(30)
                + " (line 1, column 131): nesting deeper than the limit of 32 levels");
    // the form itself needs four levels: document, section, element, list of codes
    AtlasJsonReader shallow =
        AtlasJson.reader().withLimits(AtlasJsonReader.DEFAULT_LIMITS.withMaxDepth(4));
    assertThat(shallow.read(CANONICAL)).isEqualTo(expected());
    assertThat(problems(shallow, CANONICAL.replace("\"successors\": []", "\"successors\": [[]]")))
        .last()
        .asString()
        .isEqualTo(
            "INPUT_TOO_LARGE at $.retiredDivisions[0].successors[0][0] (line 45, column 45):"
                + " nesting deeper than the limit of 4 levels");
  }

  @Test
  void stringsNamesAndNumbersBeyondTheLimitsAreInputTooLarge() {
    AtlasJsonReader reader =
        AtlasJson.reader().withLimits(AtlasJsonReader.DEFAULT_LIMITS.withMaxStringLength(100));
    assertThat(reader.read(CANONICAL)).isEqualTo(expected());
    String longName = "很".repeat(101);
    assertThat(problems(reader, CANONICAL.replace("三楼社区第一网格", longName)))
        .singleElement()
        .asString()
        .startsWith(
            "INPUT_TOO_LARGE at $.grids[0].name (line 22, column 81): a string of 101 characters,"
                + " more than the limit of 100");
    assertThat(problems(reader, doc("\"" + "k".repeat(200) + "\": 1")))
        .singleElement()
        .asString()
        .startsWith(
            "INPUT_TOO_LARGE at $ (line 4, column 44): a field name of 200 characters, more than the"
                + " limit of 100");
    assertThat(problems(CANONICAL.replace("296", "2".repeat(150))))
        .singleElement()
        .asString()
        .startsWith(
            "INPUT_TOO_LARGE at $.grids[0].households (line 22, column 93): a number of 150"
                + " characters, more than the limit of 100");
  }

  @Test
  void anInputLongerThanTheLimitIsInputTooLarge(@TempDir Path dir) throws IOException {
    byte[] bytes = CANONICAL.getBytes(StandardCharsets.UTF_8);
    AtlasJsonReader exact =
        AtlasJson.reader()
            .withLimits(AtlasJsonReader.DEFAULT_LIMITS.withMaxInputLength(bytes.length));
    assertThat(exact.read(new ByteArrayInputStream(bytes))).isEqualTo(expected());
    assertThat(
            exact
                .withLimits(AtlasJsonReader.DEFAULT_LIMITS.withMaxInputLength(CANONICAL.length()))
                .read(CANONICAL))
        .isEqualTo(expected());
    assertThat(
            exact
                .withLimits(AtlasJsonReader.DEFAULT_LIMITS.withMaxInputLength(CANONICAL.length()))
                .read(new StringReader(CANONICAL)))
        .isEqualTo(expected());

    AtlasJsonReader small =
        AtlasJson.reader().withLimits(AtlasJsonReader.DEFAULT_LIMITS.withMaxInputLength(100));
    assertThat(problems(small, CANONICAL))
        .containsExactly(
            "INPUT_TOO_LARGE at $: the input has "
                + CANONICAL.length()
                + " characters, more than the limit of 100");
    InvalidAtlasException fromStream =
        catchThrowableOfType(
            InvalidAtlasException.class, () -> small.read(new ByteArrayInputStream(bytes)));
    assertThat(fromStream.problems())
        .last()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(ProblemKind.INPUT_TOO_LARGE);
              assertThat(p.message()).startsWith("input longer than the limit of 100 bytes");
            });
    InvalidAtlasException fromReader =
        catchThrowableOfType(
            InvalidAtlasException.class,
            () ->
                exact
                    .withLimits(
                        AtlasJsonReader.DEFAULT_LIMITS.withMaxInputLength(CANONICAL.length() - 1))
                    .read(new StringReader(CANONICAL)));
    assertThat(fromReader.problems())
        .last()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(ProblemKind.INPUT_TOO_LARGE);
              assertThat(p.message())
                  .startsWith(
                      "input longer than the limit of " + (CANONICAL.length() - 1) + " characters");
            });
    Path file = dir.resolve("atlas.json");
    Files.write(file, bytes);
    assertThat(exact.read(file)).isEqualTo(expected());
    assertThatThrownBy(
            () ->
                exact
                    .withLimits(AtlasJsonReader.DEFAULT_LIMITS.withMaxInputLength(bytes.length - 1))
                    .read(file))
        .isInstanceOf(InvalidAtlasException.class)
        .hasMessageContaining(
            "INPUT_TOO_LARGE at "
                + file
                + ": $: the input has "
                + bytes.length
                + " bytes, more than the limit of "
                + (bytes.length - 1));
  }

  @Test
  void moreElementsThanTheLimitIsInputTooLarge() {
    // the largest array of the document is its five divisions
    AtlasJsonReader reader =
        AtlasJson.reader().withLimits(AtlasJsonReader.DEFAULT_LIMITS.withMaxElements(5));
    assertThat(reader.read(CANONICAL)).isEqualTo(expected());
    assertThat(
            problems(
                reader.withLimits(AtlasJsonReader.DEFAULT_LIMITS.withMaxElements(1)), CANONICAL))
        .containsExactly(
            "INPUT_TOO_LARGE at $.sectors[1] (line 8, column 5): more elements than the limit of 1"
                + " in $.sectors");
    assertThat(
            problems(
                reader.withLimits(AtlasJsonReader.DEFAULT_LIMITS.withMaxElements(1)),
                CANONICAL.replace("\"sectors\"", "\"x\"")))
        .last()
        .asString()
        .startsWith(
            "INPUT_TOO_LARGE at $.divisions[1] (line 16, column 5): more elements than the limit of 1");
  }

  // ---- options
  // -----------------------------------------------------------------------------------

  /** A city's own numbering: the standard layout with four digits, under its own name. */
  private static final class YingkouScheme implements GridCodeScheme {
    private final GridCodeScheme four = GridCodeScheme.standard(4);

    @Override
    public String name() {
      return "yingkou-4";
    }

    @Override
    public int maxSequence() {
      return four.maxSequence();
    }

    @Override
    public GridCode codeFor(DivisionCode unit, int sequence) {
      return four.codeFor(unit, sequence);
    }

    @Override
    public OptionalInt sequenceOf(GridCode code, DivisionCode unit) {
      return four.sequenceOf(code, unit);
    }

    @Override
    public Optional<String> problemWith(GridCode code, DivisionCode unit) {
      return four.problemWith(code, unit);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof YingkouScheme;
    }

    @Override
    public int hashCode() {
      return 4;
    }
  }

  @Test
  void readsCustomGridCodeSchemesByName() {
    GridCodeScheme scheme = new YingkouScheme();
    Atlas atlas =
        Atlas.builder()
            .asOf(LocalDate.of(2022, 12, 10))
            .gridCodeScheme(scheme)
            .addDivisions(expected().divisions())
            .addGrid(
                new Grid(
                    GridCode.parse("2108020010070001"), SANLOU, GridKind.BASE, "一网格", 300, 700))
            .build();
    String json = AtlasJson.toJson(atlas);
    assertThat(json).contains("\"gridCodeScheme\": \"yingkou-4\"");
    assertThat(AtlasJson.reader().withGridCodeScheme(scheme).read(json)).isEqualTo(atlas);
    assertThat(
            AtlasJson.reader()
                .withGridCodeSchemes(
                    n -> n.equals("yingkou-4") ? Optional.of(scheme) : Optional.empty())
                .read(json))
        .isEqualTo(atlas);
    assertThat(problems(json))
        .containsExactly(
            "INVALID_VALUE at $.gridCodeScheme: unknown grid code scheme \"yingkou-4\", expected"
                + " standard-1 to standard-6 or a scheme given to the reader");
    assertThat(
            problems(
                AtlasJson.reader()
                    .withGridCodeSchemes(n -> Optional.of(GridCodeScheme.standard(4))),
                json))
        .containsExactly(
            "INVALID_VALUE at $.gridCodeScheme: the scheme given for \"yingkou-4\" calls itself"
                + " \"standard-4\"");
    // the built-in names cannot be taken over
    assertThat(
            AtlasJson.reader()
                .withGridCodeSchemes(n -> Optional.of(scheme))
                .read(CANONICAL)
                .gridCodeScheme())
        .isEqualTo(GridCodeScheme.standard());
  }

  @Test
  void readerLimitsAreKeptAndShown() {
    AtlasJsonReader reader = AtlasJson.reader();
    assertThat(reader.limits()).isEqualTo(AtlasJsonReader.DEFAULT_LIMITS);
    assertThat(reader.limits().maxInputLength()).isEqualTo(512L * 1024 * 1024);
    assertThat(reader.limits().maxDepth()).isEqualTo(32);
    assertThat(reader.limits().maxStringLength()).isEqualTo(65_536);
    assertThat(reader.limits().maxElements()).isEqualTo(10_000_000);
    assertThat(reader.limits().maxProblems()).isEqualTo(1000);
    ReadLimits custom = new ReadLimits(1L << 32, 8, 64, 5, 10);
    assertThat(reader.withLimits(custom).limits()).isEqualTo(custom);
    assertThat(reader.withLimits(custom))
        .hasToString(
            "AtlasJsonReader[ReadLimits[maxInputLength=4294967296, maxDepth=8, maxStringLength=64,"
                + " maxElements=5, maxProblems=10]]");
    assertThat(reader.limits().maxDepth()).isEqualTo(32); // immutable
    assertThatThrownBy(() -> custom.withMaxInputLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxInputLength must be >= 1, got 0");
    assertThatThrownBy(() -> custom.withMaxStringLength(15))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxStringLength must be >= 16, got 15");
    assertThatThrownBy(() -> custom.withMaxElements(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxElements must be >= 0, got -1");
  }

  // ---- the schema
  // --------------------------------------------------------------------------------

  @Test
  void theSchemaDescribesTheFieldsTheReaderReads() {
    JsonNode schema = JsonTestSupport.tree(AtlasJson.schema());
    List<String> top = new ArrayList<>(List.of("format"));
    for (AtlasSection s : AtlasSection.values()) {
      top.add(s.fieldName());
    }
    assertThat(fieldNames(schema.get("properties"))).isEqualTo(top);
    assertThat(texts(schema.get("required"))).containsExactly("format", "asOf");
    JsonNode props = schema.get("properties");
    assertThat(fieldNames(props.get("householdTargets").get("properties")))
        .isEqualTo(AtlasSection.HOUSEHOLD_TARGETS.fields());
    for (AtlasSection section : AtlasSection.values()) {
      AtlasForm.ElementForm<?> form = AtlasForm.of(section).orElse(null);
      if (form == null || !section.isList()) {
        continue;
      }
      String name = section.fieldName();
      JsonNode items = props.get(name).get("items");
      assertThat(fieldNames(items.get("properties"))).as(name).isEqualTo(section.fields());
      assertThat(texts(items.get("required")))
          .as(name)
          .isEqualTo(
              form.fields().stream()
                  .filter(AtlasForm.Field::required)
                  .map(AtlasForm.Field::name)
                  .toList());
      assertThat(items.get("additionalProperties").asBoolean(true)).as(name).isFalse();
    }
    assertThat(texts(props.get("grids").get("items").get("properties").get("kind").get("enum")))
        .containsExactlyElementsOf(
            java.util.Arrays.stream(GridKind.values()).map(Enum::name).toList());
    assertThat(
            texts(props.get("assignments").get("items").get("properties").get("role").get("enum")))
        .containsExactlyElementsOf(
            java.util.Arrays.stream(WorkerRole.values()).map(Enum::name).toList());
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  // ---- API hygiene
  // -------------------------------------------------------------------------------

  @Test
  void rejectsNulls(@TempDir Path dir) {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Atlas.class, expected())
            .setDefault(Path.class, dir.resolve("unused.json"))
            .setDefault(GridCodeScheme.class, GridCodeScheme.standard());
    tester.testAllPublicStaticMethods(AtlasJson.class);
    tester.testAllPublicInstanceMethods(AtlasJson.reader());
    assertThat(dir.resolve("unused.json")).doesNotExist();
  }

  @Test
  void theFixturesStillBuild() {
    // the round-trip properties rely on these; a broken fixture should fail here first
    assertThat(AtlasJson.read(AtlasJson.toJson(TestAtlases.zhanqian().build())))
        .isEqualTo(TestAtlases.zhanqian().build());
    assertThat(Set.of(ProblemKind.values())).contains(ProblemKind.INPUT_TOO_LARGE);
  }
}
