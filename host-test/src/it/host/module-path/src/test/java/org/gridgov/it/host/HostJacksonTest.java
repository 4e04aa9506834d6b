package org.gridgov.it.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gridgov.core.Assignment;
import org.gridgov.core.Atlas;
import org.gridgov.core.AtlasChange;
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
import org.gridgov.core.UrbanRuralClass;
import org.gridgov.core.WhistleRoute;
import org.gridgov.core.WorkerRole;
import org.gridgov.scoring.io.BundledRubrics;
import org.gridgov.scoring.io.RatingJson;
import org.gridgov.scoring.rating.Assessment;
import org.gridgov.scoring.rating.AssessmentSet;
import org.gridgov.scoring.rating.Points;
import org.gridgov.scoring.rating.Rating;
import org.gridgov.scoring.rating.RatingRound;
import org.gridgov.scoring.rating.RoundResult;
import org.gridgov.scoring.rating.Rubric;
import org.gridgov.scoring.rating.VetoEffect;
import org.gridgov.scoring.vote.ScoreRule;
import org.gridgov.sla.calendar.CalendarDay;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.calendar.DailyHours;
import org.gridgov.sla.calendar.DateOverride;
import org.gridgov.sla.calendar.DateRange;
import org.gridgov.sla.calendar.HolidayTable;
import org.gridgov.sla.calendar.OutOfRangePolicy;
import org.gridgov.sla.calendar.TimeInterval;
import org.gridgov.sla.calendar.WeeklySchedule;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.gridgov.sla.calendar.WorkingDayCount;
import org.gridgov.sla.calendar.WorkingDayRule;
import org.gridgov.sla.calendar.WorkingDuration;
import org.gridgov.sla.calendar.WorkingInstant;
import org.gridgov.sla.calendar.WorkingStatus;
import org.gridgov.sla.clock.Alert;
import org.gridgov.sla.clock.CaseFacts;
import org.gridgov.sla.clock.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 7: every public value type of core, sla and scoring through the host's own plain mapper
 * with the gridgov modules, registered by name and found by the service loader. The same test runs
 * on the module path and on the class path (the system property {@code host.path} says which).
 */
class HostJacksonTest {
  private static final GridCode GRID = GridCode.parse("210802001007001");
  private static final DivisionCode COMMUNITY = DivisionCode.parse("210802001007");

  /** The README's small 站前区 atlas. */
  private static final Atlas ATLAS =
      Atlas.builder()
          .asOf(LocalDate.of(2022, 12, 10))
          .addDivision(Division.of("21", "辽宁省"))
          .addDivision(Division.of("2108", "营口市"))
          .addDivision(Division.of("210802", "站前区"))
          .addDivision(Division.of("210802001", "八田地街道"))
          .addDivision(Division.of("210802003", "建设街道"))
          .addDivision(Division.of("210802001007", "三楼社区"))
          .addGrid(
              Grid.builder(GRID, COMMUNITY).name("三楼社区第一网格").households(296).residents(711).build())
          .addLiaison(new Liaison("李供暖", DivisionCode.parse("210802001"), Sector.HEATING))
          .build();

  static Stream<Arguments> mappers() {
    return Stream.of(
        Arguments.of("registered", HostMappers.registered()),
        Arguments.of("discovered", HostMappers.discovered()));
  }

  private static <T> void roundTrip(ObjectMapper mapper, T value, Class<?> type) throws Exception {
    String json = mapper.writeValueAsString(value);
    Object back = mapper.readValue(json, type);
    assertThat(back).as(json).isEqualTo(value);
    assertThat(mapper.writeValueAsString(back)).isEqualTo(json);
  }

  @Test
  void runsOnThePathItIsBuiltFor() {
    String path = System.getProperty("host.path", "unset");
    assertThat(path).isIn("module", "class");
    boolean modular = path.equals("module");
    assertThat(HostJacksonTest.class.getModule().isNamed()).isEqualTo(modular);
    assertThat(GridCode.class.getModule().isNamed()).isEqualTo(modular);
    assertThat(ObjectMapper.class.getModule().isNamed()).isEqualTo(modular);
    if (modular) {
      assertThat(HostJacksonTest.class.getModule().getName()).isEqualTo("org.gridgov.it.host");
      assertThat(List.of(GridCode.class, WorkingCalendar.class, Rubric.class, ObjectMapper.class))
          .extracting(c -> c.getModule().getName())
          .containsExactly(
              "org.gridgov.core",
              "org.gridgov.sla",
              "org.gridgov.scoring",
              "com.fasterxml.jackson.databind");
    }
  }

  @Test
  void theServiceLoaderFindsTheFourModules() {
    assertThat(HostMappers.discovered().getRegisteredModuleIds())
        .containsAll(HostMappers.registered().getRegisteredModuleIds())
        .contains("gridgov-core", "gridgov-sla", "gridgov-scoring", "gridgov-geo");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappers")
  void coreValuesRoundTrip(String how, ObjectMapper mapper) throws Exception {
    assertThat(mapper.writeValueAsString(GRID)).isEqualTo("\"210802001007001\"");
    assertThat(mapper.writeValueAsString(Sector.HEATING)).isEqualTo("\"heating\"");
    roundTrip(mapper, DivisionCode.parse("210802"), DivisionCode.class);
    roundTrip(mapper, GRID, GridCode.class);
    roundTrip(mapper, Sector.HEATING, Sector.class);
    roundTrip(mapper, Sector.of("sanitation", "环卫"), Sector.class);
    roundTrip(mapper, UrbanRuralClass.VILLAGE, UrbanRuralClass.class);
    roundTrip(mapper, GridCodeScheme.standard(4), GridCodeScheme.class);
    roundTrip(
        mapper,
        Grid.builder(GRID, COMMUNITY).kind(GridKind.SCHOOL).name("学校网格").households(3).build(),
        Grid.class);
    roundTrip(
        mapper,
        Division.of("210802001007", "三楼社区").withUrbanRuralClass(UrbanRuralClass.MAIN_URBAN),
        Division.class);
    roundTrip(mapper, new GridWorker("w-1", "王红霞"), GridWorker.class);
    roundTrip(
        mapper,
        Assignment.open("w-1", GRID, WorkerRole.GRID_LEADER, LocalDate.of(2021, 1, 1)),
        Assignment.class);
    roundTrip(
        mapper,
        Assignment.of(
            "w-1",
            GRID,
            WorkerRole.SECONDED_CADRE,
            LocalDate.of(2022, 3, 1),
            LocalDate.of(2023, 2, 28)),
        Assignment.class);
    roundTrip(
        mapper,
        new PartyOrganisation("pb-1", "党支部", PartyOrganisationKind.GRID_BRANCH, List.of(GRID)),
        PartyOrganisation.class);
    roundTrip(
        mapper, new Liaison("李供暖", DivisionCode.parse("210802001"), Sector.HEATING), Liaison.class);
    roundTrip(mapper, ContactPoint.ofUnit("周", LeaderRank.CITY, COMMUNITY), ContactPoint.class);
    roundTrip(
        mapper, ContactPoint.ofGrid("周", LeaderRank.CITY, COMMUNITY, GRID), ContactPoint.class);
    roundTrip(mapper, new HouseholdTargets(300, 60, 50), HouseholdTargets.class);
    roundTrip(
        mapper, new LiaisonGap(Division.of("210802001007", "三楼社区"), Sector.GAS), LiaisonGap.class);
    roundTrip(mapper, ATLAS, Atlas.class);
    roundTrip(mapper, ATLAS.size(), AtlasSize.class);
    RollUp district = ATLAS.rollUp(DivisionCode.parse("210802"));
    assertThat(mapper.writeValueAsString(district)).contains("\"unit\":\"210802\"");
    roundTrip(mapper, district, RollUp.class);
    WhistleRoute answered = ATLAS.routeWhistle(GRID, "heating");
    assertThat(mapper.writeValueAsString(answered)).startsWith("{\"kind\":\"ANSWERED\"");
    roundTrip(mapper, answered, WhistleRoute.class);
    WhistleRoute unanswered = ATLAS.routeWhistle(GRID, "gas");
    assertThat(unanswered.kind()).isEqualTo(WhistleRoute.Kind.UNANSWERED);
    roundTrip(mapper, unanswered, WhistleRoute.class);
    for (Location l :
        List.of(
            Location.json().field("grids").index(3).field("unit").at(4, 7),
            Location.text(12, 3),
            Location.change(2).field("grid").field("unit"),
            Location.element("grids", 17).field("code"),
            Location.json().field("a b").in("2024.json"))) {
      roundTrip(mapper, l, Location.class);
    }
    roundTrip(mapper, PathSegment.index(3), PathSegment.class);
    roundTrip(mapper, PathSegment.field("unit"), PathSegment.class);
    roundTrip(mapper, Problem.of(ProblemKind.UNKNOWN_UNIT, Location.change(1), "m"), Problem.class);
    Map<Sector, Integer> bySector = Map.of(Sector.HEATING, 2);
    String keyed = mapper.writeValueAsString(bySector);
    assertThat(keyed).isEqualTo("{\"heating\":2}");
    assertThat(mapper.readValue(keyed, new TypeReference<Map<Sector, Integer>>() {}))
        .isEqualTo(bySector);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappers")
  void slaValuesRoundTrip(String how, ObjectMapper mapper) throws Exception {
    WorkingCalendar office = ChinaHolidays.calendar();
    Instant received = Instant.parse("2024-02-09T07:00:00Z");
    LocalDate day = LocalDate.of(2024, 2, 4);
    HolidayTable unit =
        HolidayTable.of(
            "站前区网格中心",
            List.of(
                DateOverride.dayOff(LocalDate.of(2024, 6, 3), "停电检修"),
                DateOverride.makeUpWorkday(LocalDate.of(2024, 9, 28), "国庆节"),
                DateOverride.customHours(
                    LocalDate.of(2024, 3, 8), "妇女节", DailyHours.parse("08:30-12:00"))),
            Optional.of(DateRange.ofYears(2024, 2024)),
            List.of(URI.create("https://www.gov.cn/")));
    roundTrip(mapper, TimeInterval.parse("22:00-06:00+1"), TimeInterval.class);
    roundTrip(mapper, DailyHours.parse("08:30-12:00,13:30-17:30"), DailyHours.class);
    roundTrip(mapper, DailyHours.closed(), DailyHours.class);
    roundTrip(mapper, DateRange.ofYears(2007, 2026), DateRange.class);
    roundTrip(mapper, WeeklySchedule.chinaOffice(), WeeklySchedule.class);
    for (DateOverride o : unit.overrides()) {
      roundTrip(mapper, o, DateOverride.class);
      roundTrip(mapper, o, o.getClass());
    }
    roundTrip(mapper, unit, HolidayTable.class);
    roundTrip(mapper, office, WorkingCalendar.class);
    roundTrip(mapper, office.toBuilder().layer(unit).build(), WorkingCalendar.class);
    roundTrip(mapper, WorkingCalendar.natural(ZoneId.of("Europe/Berlin")), WorkingCalendar.class);
    WorkingInstant due = office.plus(received, Duration.ofHours(24));
    assertThat(mapper.writeValueAsString(due))
        .isEqualTo(
            "{\"instant\":\"2024-02-20T16:30:00+08:00[Asia/Shanghai]\",\"provisional\":false}");
    roundTrip(mapper, due, WorkingInstant.class);
    roundTrip(
        mapper, office.between(received, received.plusSeconds(86_400 * 10)), WorkingDuration.class);
    roundTrip(mapper, office.status(received), WorkingStatus.class);
    roundTrip(mapper, office.workingDaysBetween(day, day.plusDays(30)), WorkingDayCount.class);
    roundTrip(mapper, office.day(day), CalendarDay.class);
    roundTrip(mapper, OutOfRangePolicy.PROVISIONAL, OutOfRangePolicy.class);
    roundTrip(mapper, WorkingDayRule.SAME_TIME, WorkingDayRule.class);
    roundTrip(mapper, DateOverride.Kind.CUSTOM_HOURS, DateOverride.Kind.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappers")
  void scoringValuesRoundTripAndResultsAreWritten(String how, ObjectMapper mapper)
      throws Exception {
    Rubric rubric = BundledRubrics.twoNew();
    assertThat(mapper.writeValueAsString(Points.parse("89.5"))).isEqualTo("89.5");
    roundTrip(mapper, Points.parse("89.5"), Points.class);
    roundTrip(mapper, rubric, Rubric.class);
    Assessment a = Assessment.builder("org-17").deduct("org-2", "overdue", "换届超期4个月").build();
    roundTrip(mapper, a, Assessment.class);
    roundTrip(mapper, AssessmentSet.of(List.of(a)), AssessmentSet.class);
    // results are written only, in the results form
    Rating rating = rubric.rate(a);
    assertThat(mapper.readTree(mapper.writeValueAsString(rating)))
        .isEqualTo(mapper.readTree(RatingJson.write(rating)));
    RoundResult round = RatingRound.of(rubric, "2023").rate(List.of(a));
    assertThat(mapper.readTree(mapper.writeValueAsString(round)))
        .isEqualTo(mapper.readTree(RatingJson.write(round)));
    assertThat(mapper.readTree(mapper.writeValueAsString(round.entries().get(0))).isObject())
        .isTrue();
    assertThat(mapper.readTree(mapper.writeValueAsString(round.summary())).get("rated").asInt())
        .isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappers")
  void invalidTextIsRefusedWithTheLibrarysMessage(String how, ObjectMapper mapper) {
    assertThatThrownBy(() -> mapper.readValue("\"这不是 网格编码!! \"", GridCode.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("a grid code has only ASCII letters, digits and '-'");
    assertThatThrownBy(() -> mapper.readValue("\"14:00-12:00\"", TimeInterval.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("does not end after it starts");
    assertThatThrownBy(() -> mapper.readValue("0.125", Points.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("exact to 0.01");
  }

  @Test
  void withoutTheModulesNoValueIsBuiltAroundItsChecks() {
    ObjectMapper plain = new ObjectMapper();
    assertThatThrownBy(() -> plain.readValue("\"这不是 网格编码!! \"", GridCode.class))
        .isInstanceOf(JsonMappingException.class);
    assertThatThrownBy(() -> plain.readValue("{\"zone\":\"Asia/Shanghai\"}", WorkingCalendar.class))
        .isInstanceOf(JsonMappingException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappers")
  void valuesInThePlainRecordFormRoundTripThroughReflectionAcrossModules(
      String how, ObjectMapper mapper) throws Exception {
    // the plain form reads through the canonical constructors of records in sla and scoring from
    // core's module: on the module path that reflection must be allowed by the exports alone
    List<AtlasChange> batch =
        List.of(
            AtlasChange.removeGrid(GRID),
            AtlasChange.reassignWorker(
                "w-1", GRID, GridCode.parse("210802001007002"), LocalDate.of(2023, 3, 1)),
            AtlasChange.mergeGrids(List.of(GRID, GridCode.parse("210802001007002")), "合并网格"));
    String json = mapper.writeValueAsString(batch);
    assertThat(mapper.readValue(json, new TypeReference<List<AtlasChange>>() {})).isEqualTo(batch);
    assertThat(json).contains("\"kind\":\"REASSIGN_WORKER\"").contains("\"2023-03-01\"");
    roundTrip(mapper, CaseFacts.of("drain", Priority.URGENT), CaseFacts.class);
    roundTrip(
        mapper,
        new Alert(Instant.parse("2022-12-10T05:00:00Z"), Alert.Kind.YELLOW, Optional.of("verify")),
        Alert.class);
    roundTrip(mapper, ScoreRule.weighted(40, 60), ScoreRule.class);
    roundTrip(mapper, new VetoEffect.CapAt(3), VetoEffect.class);
    assertThatThrownBy(() -> mapper.readValue("{\"kind\":\"CAP\",\"stars\":-1}", VetoEffect.class))
        .isInstanceOf(JsonMappingException.class);
  }
}
