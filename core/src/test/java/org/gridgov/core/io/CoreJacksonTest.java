package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gridgov.core.Assignment;
import org.gridgov.core.Atlas;
import org.gridgov.core.AtlasChange;
import org.gridgov.core.AtlasDiff;
import org.gridgov.core.AtlasSize;
import org.gridgov.core.ContactPoint;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridCodeScheme;
import org.gridgov.core.GridKind;
import org.gridgov.core.GridWorker;
import org.gridgov.core.HouseholdTargets;
import org.gridgov.core.LeaderRank;
import org.gridgov.core.Liaison;
import org.gridgov.core.LiaisonGap;
import org.gridgov.core.Location;
import org.gridgov.core.PartyOrganisation;
import org.gridgov.core.PartyOrganisationKind;
import org.gridgov.core.PathSegment;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.RollUp;
import org.gridgov.core.Sector;
import org.gridgov.core.TestAtlases;
import org.gridgov.core.UrbanRuralClass;
import org.gridgov.core.WhistleRoute;
import org.gridgov.core.WorkerRole;
import org.junit.jupiter.api.Test;

/** Issue 7: core's value types through a host's plain ObjectMapper with the module. */
class CoreJacksonTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new GridgovCoreModule());
  private static final Atlas ZHANQIAN = TestAtlases.zhanqian().build();

  @com.google.errorprone.annotations.CanIgnoreReturnValue
  private static <T> T roundTrip(T value, Class<T> type) throws Exception {
    String json = MAPPER.writeValueAsString(value);
    T back = MAPPER.readValue(json, type);
    assertThat(back).as(json).isEqualTo(value);
    assertThat(MAPPER.writeValueAsString(back)).isEqualTo(json);
    return back;
  }

  @Test
  void codesAndSectorsAreTheirText() throws Exception {
    assertThat(MAPPER.writeValueAsString(DivisionCode.parse("210802"))).isEqualTo("\"210802\"");
    assertThat(MAPPER.writeValueAsString(GridCode.parse("210802001007001")))
        .isEqualTo("\"210802001007001\"");
    assertThat(MAPPER.writeValueAsString(Sector.HEATING)).isEqualTo("\"heating\"");
    assertThat(MAPPER.writeValueAsString(UrbanRuralClass.MAIN_URBAN)).isEqualTo("111");
    assertThat(MAPPER.writeValueAsString(GridCodeScheme.standard())).isEqualTo("\"standard-3\"");
    roundTrip(DivisionCode.parse("210802001007"), DivisionCode.class);
    roundTrip(GridCode.parse("210802001007001"), GridCode.class);
    assertThat(roundTrip(Sector.HEATING, Sector.class).name()).isEqualTo("供暖");
    roundTrip(Sector.of("sanitation", "环卫"), Sector.class);
    roundTrip(UrbanRuralClass.VILLAGE, UrbanRuralClass.class);
    roundTrip(GridCodeScheme.standard(4), GridCodeScheme.class);
  }

  @Test
  void mapsKeyedBySectorsAndCodesUseTheirText() throws Exception {
    RollUp district = ZHANQIAN.rollUp(DivisionCode.parse("210802"));
    String json = MAPPER.writeValueAsString(district);
    assertThat(json).contains("\"unit\":\"210802\"").contains("\"heating\":");
    assertThat(json).doesNotContain("Sector[");
    roundTrip(district, RollUp.class);
    Map<GridCode, Integer> byGrid = Map.of(GridCode.parse("210802001007001"), 3);
    String keyed = MAPPER.writeValueAsString(byGrid);
    assertThat(keyed).isEqualTo("{\"210802001007001\":3}");
    assertThat(MAPPER.readValue(keyed, new TypeReference<Map<GridCode, Integer>>() {}))
        .isEqualTo(byGrid);
  }

  @Test
  void theAtlasElementsUseTheAtlasForm() throws Exception {
    GridCode g = GridCode.parse("210802001007001");
    DivisionCode unit = DivisionCode.parse("210802001007");
    Grid grid =
        Grid.builder(g, unit).kind(GridKind.SCHOOL).name("学校网格").households(3).residents(9).build();
    assertThat(MAPPER.writeValueAsString(grid))
        .isEqualTo(
            "{\"code\":\"210802001007001\",\"unit\":\"210802001007\",\"kind\":\"SCHOOL\","
                + "\"name\":\"学校网格\",\"households\":3,\"residents\":9}");
    roundTrip(grid, Grid.class);
    roundTrip(
        Division.of("210802001007", "三楼社区").withUrbanRuralClass(UrbanRuralClass.MAIN_URBAN),
        Division.class);
    roundTrip(Division.of("2108", "营口市"), Division.class);
    roundTrip(new GridWorker("w-1", "王红霞"), GridWorker.class);
    roundTrip(
        Assignment.open("w-1", g, WorkerRole.GRID_LEADER, LocalDate.of(2021, 1, 1)),
        Assignment.class);
    roundTrip(
        Assignment.of(
            "w-1",
            g,
            WorkerRole.SECONDED_CADRE,
            LocalDate.of(2022, 3, 1),
            LocalDate.of(2023, 2, 28)),
        Assignment.class);
    roundTrip(
        new PartyOrganisation("pb-1", "党支部", PartyOrganisationKind.GRID_BRANCH, List.of(g)),
        PartyOrganisation.class);
    roundTrip(new Liaison("李供暖", DivisionCode.parse("210802001"), Sector.HEATING), Liaison.class);
    roundTrip(ContactPoint.ofUnit("周", LeaderRank.CITY, unit), ContactPoint.class);
    roundTrip(ContactPoint.ofGrid("周", LeaderRank.CITY, unit, g), ContactPoint.class);
    roundTrip(new HouseholdTargets(300, 60, 50), HouseholdTargets.class);
    roundTrip(new LiaisonGap(Division.of("210802001007", "三楼社区"), Sector.GAS), LiaisonGap.class);
    roundTrip(ZHANQIAN.size(), AtlasSize.class);
  }

  @Test
  void theAtlasItselfIsItsJsonForm() throws Exception {
    assertThat(roundTrip(ZHANQIAN, Atlas.class)).isEqualTo(ZHANQIAN);
    record Holder(Atlas atlas, String note) {}
    String json = MAPPER.writeValueAsString(new Holder(ZHANQIAN, "x"));
    assertThat(MAPPER.readValue(json, Holder.class).atlas()).isEqualTo(ZHANQIAN);
  }

  @Test
  void sealedResultsCarryTheirKind() throws Exception {
    WhistleRoute answered =
        ZHANQIAN.routeWhistle(GridCode.parse("210802001007001"), Sector.HEATING);
    assertThat(MAPPER.writeValueAsString(answered)).startsWith("{\"kind\":\"ANSWERED\"");
    roundTrip(answered, WhistleRoute.class);
    WhistleRoute unanswered = ZHANQIAN.routeWhistle(GridCode.parse("210802001007001"), "gas");
    assertThat(unanswered.kind()).isEqualTo(WhistleRoute.Kind.UNANSWERED);
    roundTrip(unanswered, WhistleRoute.class);
    for (Location l :
        List.of(
            Location.json().field("grids").index(3).field("unit").at(4, 7),
            Location.text(12, 3),
            Location.change(2).field("grid").field("unit"),
            Location.element("grids", 17).field("code"),
            Location.json().field("a b").in("2024.json"))) {
      roundTrip(l, Location.class);
    }
    roundTrip(PathSegment.index(3), PathSegment.class);
    roundTrip(PathSegment.field("unit"), PathSegment.class);
    roundTrip(Problem.of(ProblemKind.UNKNOWN_UNIT, Location.change(1), "m"), Problem.class);
  }

  @Test
  void diffsAreTypedEntriesWithTheirKind() throws Exception {
    AtlasDiff diff =
        new AtlasDiff(
            List.of(
                new AtlasDiff.Added(AtlasDiff.Subject.GRID, "210802001007003"),
                new AtlasDiff.Removed(AtlasDiff.Subject.LIAISON, "210802001/heating"),
                new AtlasDiff.Moved(AtlasDiff.Subject.DIVISION, "210802001007", "210802003001"),
                new AtlasDiff.Split(
                    AtlasDiff.Subject.GRID,
                    "210802001007001",
                    List.of("210802001007004", "210802001007005")),
                new AtlasDiff.Merged(
                    AtlasDiff.Subject.GRID,
                    "210802001007002",
                    List.of("210802001007002", "210802001007003"),
                    "210802001007006"),
                new AtlasDiff.Changed(
                    AtlasDiff.Subject.GRID, "210802001007001", "households", "300", "280"),
                new AtlasDiff.Retired(
                    AtlasDiff.Subject.DIVISION, "210802001099", List.of("210802001007"))));
    String json = MAPPER.writeValueAsString(diff);
    assertThat(json)
        .contains("{\"kind\":\"MOVED\",\"subject\":\"DIVISION\",\"key\":\"210802001007\"")
        .contains("\"field\":\"households\",\"before\":\"300\",\"after\":\"280\"")
        .contains(
            "{\"kind\":\"RETIRED\",\"subject\":\"DIVISION\",\"key\":\"210802001099\","
                + "\"into\":[\"210802001007\"]}");
    roundTrip(diff, AtlasDiff.class);
    // a real diff, through the same forms
    Grid first = ZHANQIAN.grid(GridCode.parse("210802001007001")).orElseThrow();
    Atlas moved = ZHANQIAN.apply(AtlasChange.updateGrid(first.withCounts(280, first.residents())));
    assertThat(ZHANQIAN.diff(moved).entries()).isNotEmpty();
    roundTrip(ZHANQIAN.diff(moved), AtlasDiff.class);
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    "{\"kind\":\"MOVED\",\"subject\":\"GRID\",\"key\":\"a\"}",
                    AtlasDiff.Entry.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("\"to\" must be a string");
  }

  @Test
  void invalidTextIsRefusedWithTheLibrarysMessage() {
    assertThatThrownBy(() -> MAPPER.readValue("\"这不是 网格编码!! \"", GridCode.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("a grid code has only ASCII letters, digits and '-'");
    assertThatThrownBy(() -> MAPPER.readValue("\"210802902001\"", DivisionCode.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("town segment must be 001–599, got 902");
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    "{\"code\":\"210802001007001\",\"unit\":\"210802001007\",\"kind\":\"BASE\","
                        + "\"name\":\"x\",\"households\":-1,\"residents\":0}",
                    Grid.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("NEGATIVE_COUNT at $.households");
    assertThatThrownBy(() -> MAPPER.readValue("{\"kind\":\"TEXT\",\"line\":0}", Location.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("a line is >= 1");
  }

  /** Reading {@code json} as {@code type} fails the mapping, with a message containing each. */
  private static void refused(String json, Class<?> type, String... messages) {
    assertThatThrownBy(() -> MAPPER.readValue(json, type))
        .as("%s as %s", json, type.getSimpleName())
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContainingAll(messages);
  }

  @Test
  void wrongShapesAreMappingExceptionsNotCastsOrNulls() {
    // the reproducers: ClassCastException (an ObjectNode cast) and NullPointerException
    refused("\"x\"", WhistleRoute.class, "a whistle route is an object");
    refused("[]", WhistleRoute.class, "a whistle route is an object");
    refused("\"x\"", AtlasDiff.class, "a diff is {\"entries\": [...]}");
    refused("[1]", AtlasDiff.Entry.class, "a diff entry is an object");
    refused("{\"entries\":[null]}", AtlasDiff.class, "entries[0]", "a diff entry is an object");
    refused("{\"entries\":[1]}", AtlasDiff.class, "entries[0]", "a diff entry is an object");
    String grid = "\"kind\":\"ANSWERED\",\"grid\":\"210802001007001\",\"sector\":\"heating\"";
    refused("{" + grid + ",\"levelsUp\":1}", WhistleRoute.class, "\"answeredBy\" must be");
    refused(
        "{" + grid + ",\"answeredBy\":null,\"levelsUp\":1}",
        WhistleRoute.class,
        "\"answeredBy\" must be");
    String liaison = "{\"name\":\"钱\",\"unit\":\"210802001007\",\"sector\":\"heating\"}";
    refused("{" + grid + ",\"answeredBy\":" + liaison + "}", WhistleRoute.class, "\"levelsUp\"");
    refused(
        "{\"grid\":\"210802001007001\",\"sector\":\"heating\"}", WhistleRoute.class, "\"kind\"");
    refused("{\"kind\":\"UNANSWERED\",\"sector\":\"heating\"}", WhistleRoute.class, "\"grid\"");
    refused(
        "{\"kind\":\"UNANSWERED\",\"grid\":\"210802001007001\",\"sector\":7}",
        WhistleRoute.class,
        "\"sector\"");
    refused(
        "{\"kind\":\"SOMETIMES\",\"grid\":\"210802001007001\",\"sector\":\"heating\"}",
        WhistleRoute.class,
        "SOMETIMES");
    // a heating route answered by a power liaison
    String power = liaison.replace("heating", "power");
    refused(
        "{" + grid + ",\"answeredBy\":" + power + ",\"levelsUp\":1}",
        WhistleRoute.class,
        "must be answered by a liaison for that sector",
        "for sector power");
  }

  /** One change of every kind. */
  static List<AtlasChange> everyKindOfChange() {
    GridCode g = GridCode.parse("210802001007001");
    GridCode h = GridCode.parse("210802001007002");
    DivisionCode unit = DivisionCode.parse("210802001007");
    DivisionCode town = DivisionCode.parse("210802001");
    Grid grid = Grid.builder(g, unit).name("一网格").households(300).residents(700).build();
    ContactPoint cp = ContactPoint.ofGrid("周", LeaderRank.CITY, unit, g);
    return List.of(
        AtlasChange.addDivision(Division.of("210802001099", "新社区")),
        AtlasChange.removeDivision(unit),
        AtlasChange.moveUnit(unit, DivisionCode.parse("210802002")),
        AtlasChange.addGrid(grid),
        AtlasChange.updateGrid(grid.withCounts(280, 650)),
        AtlasChange.removeGrid(g),
        AtlasChange.moveGrid(g, DivisionCode.parse("210802001008")),
        AtlasChange.splitGrid(
            g,
            List.of(
                new AtlasChange.GridPart("东", 150, 350), new AtlasChange.GridPart("西", 150, 350))),
        AtlasChange.mergeGrids(List.of(g, h), "合并网格"),
        AtlasChange.addWorker(new GridWorker("w-1", "王红霞")),
        AtlasChange.addAssignment(
            Assignment.open("w-1", g, WorkerRole.GRID_LEADER, LocalDate.of(2021, 1, 1))),
        AtlasChange.reassignWorker("w-1", g, h, LocalDate.of(2023, 3, 1)),
        AtlasChange.addLiaison(new Liaison("李供暖", town, Sector.HEATING)),
        AtlasChange.removeLiaison(town, Sector.HEATING),
        AtlasChange.addContactPoint(cp),
        AtlasChange.removeContactPoint(cp));
  }

  @Test
  void everyKindOfChangeRoundTripsWithItsKind() throws Exception {
    List<AtlasChange> changes = everyKindOfChange();
    assertThat(changes.stream().map(AtlasChange::kind).distinct())
        .hasSize(AtlasChange.Kind.values().length);
    for (AtlasChange c : changes) {
      String json = MAPPER.writeValueAsString(c);
      assertThat(MAPPER.readTree(json).get("kind").asText()).isEqualTo(c.kind().name());
      assertThat(MAPPER.readValue(json, AtlasChange.class)).as(json).isEqualTo(c);
      assertThat(MAPPER.readValue(json, c.getClass())).as(json).isEqualTo(c);
    }
    assertThat(
            MAPPER.writeValueAsString(
                AtlasChange.reassignWorker(
                    "w-1",
                    GridCode.parse("210802001007001"),
                    GridCode.parse("210802001007002"),
                    LocalDate.of(2023, 3, 1))))
        .isEqualTo(
            "{\"kind\":\"REASSIGN_WORKER\",\"workerId\":\"w-1\",\"from\":\"210802001007001\","
                + "\"to\":\"210802001007002\",\"effective\":\"2023-03-01\"}");
    String batch = MAPPER.writeValueAsString(changes);
    assertThat(MAPPER.readValue(batch, new TypeReference<List<AtlasChange>>() {}))
        .isEqualTo(changes);
  }

  @Test
  void aChangeTheFactoriesRefuseIsRefusedWithTheirMessage() {
    refused(
        "{\"kind\":\"MERGE_GRIDS\",\"grids\":[\"210802001007001\"],\"name\":\"x\"}",
        AtlasChange.class,
        "a merge needs at least two grids");
    refused("{\"kind\":\"REMOVE_GRID\",\"grid\":\"网格 7\"}", AtlasChange.class, "网格 7");
    refused(
        "{\"kind\":\"PAINT_GRID\",\"grid\":\"210802001007001\"}",
        AtlasChange.class,
        "one of [ADD_DIVISION");
    refused("{\"kind\":\"REMOVE_GRID\"}", AtlasChange.class, "needs the field \"grid\"");
    refused(
        "{\"kind\":\"REMOVE_GRID\",\"grid\":\"210802001007001\",\"note\":1}",
        AtlasChange.class,
        "unknown field \"note\"");
    refused(
        "{\"kind\":\"REASSIGN_WORKER\",\"workerId\":\"w-1\",\"from\":\"210802001007001\","
            + "\"to\":\"210802001007002\",\"effective\":\"2023-02-30\"}",
        AtlasChange.class,
        "\"effective\"");
    refused(
        "{\"kind\":\"MOVE_UNIT\",\"grid\":\"210802001007001\"}",
        AtlasChange.RemoveGrid.class,
        "kind REMOVE_GRID");
  }

  @Test
  void withoutTheModuleNoValueIsBuiltAroundItsChecks() {
    ObjectMapper plain = new ObjectMapper();
    assertThatThrownBy(() -> plain.readValue("\"这不是 网格编码!! \"", GridCode.class))
        .isInstanceOf(JsonMappingException.class);
    assertThatThrownBy(() -> plain.readValue("\"210802\"", DivisionCode.class))
        .isInstanceOf(JsonMappingException.class);
    // records go through their validating constructors
    assertThatThrownBy(
            () -> plain.readValue("{\"code\":\"Bad Code\",\"name\":\"x\"}", Sector.class))
        .hasMessageContaining("sector code must be");
    assertThatThrownBy(
            () ->
                plain.readValue(
                    "{\"urban\":0,\"rural\":60,\"tolerancePercent\":50}", HouseholdTargets.class))
        .hasMessageContaining("urban household target must be > 0");
  }

  @Test
  void theModuleIsFoundByServiceLoading() throws Exception {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertThat(found.writeValueAsString(Sector.HEATING)).isEqualTo("\"heating\"");
  }

  @Test
  void aSplitGridsPartIsReadStrictlyNotWithZerosForMissingNumbers() throws Exception {
    AtlasChange.GridPart part = new AtlasChange.GridPart("东区", 300, 900);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(part), AtlasChange.GridPart.class))
        .isEqualTo(part);
    for (String bad :
        List.of(
            "{\"name\":\"东区\"}",
            "{\"name\":\"东区\",\"households\":2.7,\"residents\":900}",
            "{\"name\":\"东区\",\"households\":300,\"residents\":\"900\"}")) {
      assertThatThrownBy(() -> MAPPER.readValue(bad, AtlasChange.GridPart.class))
          .as(bad)
          .isInstanceOf(JsonMappingException.class)
          .hasMessageContaining("GridPart");
    }
  }
}
