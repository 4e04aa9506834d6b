package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AtlasTest {
  private static final DivisionCode ZHANQIAN = DivisionCode.parse("210802");
  private static final DivisionCode BATIANDI = DivisionCode.parse("210802001");
  private static final DivisionCode SANLOU = DivisionCode.parse("210802001007");
  private static final DivisionCode YONGJIN = DivisionCode.parse("210802003001");
  private static final GridCode SANLOU_1 = GridCode.parse("210802001007001");

  private final Atlas atlas = AtlasFixtures.zhanqian().build();

  @Test
  void looksUpByCodeAndWalksTheHierarchy() {
    assertThat(atlas.division(SANLOU).map(Division::name)).contains("三楼社区");
    assertThat(atlas.division(DivisionCode.parse("210802001004"))).isEmpty();
    assertThat(atlas.parent(SANLOU).map(Division::name)).contains("八田地街道");
    assertThat(atlas.children(BATIANDI))
        .extracting(Division::name)
        .containsExactly("五大门社区", "富强社区", "惠安社区", "三楼社区");
    assertThat(atlas.ancestors(SANLOU))
        .extracting(Division::name)
        .containsExactly("辽宁省", "营口市", "站前区", "八田地街道");
    assertThat(atlas.descendants(ZHANQIAN)).hasSize(12);
    assertThat(atlas.roots()).extracting(Division::name).containsExactly("辽宁省");
    assertThat(atlas.isAncestor(ZHANQIAN, SANLOU)).isTrue();
    assertThat(atlas.isAncestor(SANLOU, ZHANQIAN)).isFalse();
    assertThat(atlas.isAncestor(SANLOU, SANLOU)).isFalse();
    assertThat(atlas.isAncestor(BATIANDI, YONGJIN)).isFalse();
    assertThatThrownBy(() -> atlas.isAncestor(ZHANQIAN, DivisionCode.parse("210803")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("210803 is not in the atlas");
  }

  @Test
  void rollsUpCountsPostsCoverageAndLiaisons() {
    RollUp district = atlas.rollUp(ZHANQIAN);
    assertThat(district.towns()).isEqualTo(2);
    assertThat(district.communities()).isEqualTo(10);
    assertThat(district.villages()).isZero();
    assertThat(district.grids()).isEqualTo(21);
    assertThat(district.specialGrids()).isEqualTo(1);
    // households 281..300 on the 20 base grids; the school grid has none
    assertThat(district.households()).isEqualTo((281 + 300) * 20 / 2);
    assertThat(district.posts(WorkerRole.GRID_LEADER)).isEqualTo(1);
    assertThat(district.posts(WorkerRole.COMMUNITY_WORKER)).isEqualTo(1);
    assertThat(district.posts(WorkerRole.SECONDED_CADRE)).isEqualTo(1);
    assertThat(district.frontLinePosts()).isEqualTo(2);
    assertThat(district.partyOrganisations()).isEqualTo(1);
    assertThat(district.gridsCoveredByParty()).isEqualTo(2);
    assertThat(district.liaisons()).isEqualTo(2);
    assertThat(district.gridsServedBySector().get(Sector.HEATING)).isEqualTo(9);
    assertThat(district.gridsServedBySector().get(Sector.POWER)).isEqualTo(21);
    assertThat(district.gridsServedBySector().get(Sector.GAS)).isZero();

    RollUp sanlou = atlas.rollUp(SANLOU);
    assertThat(sanlou.grids()).isEqualTo(3);
    // towns, communities and villages count the unit itself too ("at or below")
    assertThat(sanlou.towns()).isZero();
    assertThat(sanlou.communities()).isEqualTo(1);
    assertThat(atlas.rollUp(SANLOU.parent().orElseThrow()).towns()).isEqualTo(1);
    assertThat(sanlou.partyCoverage()).isEqualTo(2.0 / 3);
    assertThat(sanlou.householdsPerFrontLineWorker()).hasValue((287.0 + 288) / 2);
  }

  @Test
  void aSecondedCadrePostEndsWithItsTerm() {
    Atlas later = atlas.toBuilder().asOf(LocalDate.of(2023, 3, 1)).build();
    assertThat(later.rollUp(ZHANQIAN).posts(WorkerRole.SECONDED_CADRE)).isZero();
    assertThat(atlas.gridLeader(SANLOU_1, LocalDate.of(2020, 12, 31))).isEmpty();
    assertThat(atlas.gridLeader(SANLOU_1, LocalDate.of(2021, 1, 1)).map(GridWorker::name))
        .contains("王红霞");
  }

  @Test
  void aRouteIsAnsweredByALiaisonForItsOwnSector() {
    Liaison power = new Liaison("孙供电", SANLOU, Sector.POWER);
    assertThatThrownBy(() -> new WhistleRoute.Answered(SANLOU_1, Sector.HEATING, power, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a route for sector heating must be answered by a liaison for that sector, got 孙供电"
                + " at 210802001007 for sector power");
  }

  @Test
  void routesAWhistleToTheNearestUnitWithALiaison() {
    // 三楼 has its own heating liaison; 五大门 falls back to the street's.
    assertThat(atlas.routeWhistle(SANLOU_1, Sector.HEATING))
        .isEqualTo(
            new WhistleRoute.Answered(
                SANLOU_1, Sector.HEATING, new Liaison("钱供暖", SANLOU, Sector.HEATING), 0));
    WhistleRoute wudamen = atlas.routeWhistle(GridCode.parse("210802001003001"), Sector.HEATING);
    assertThat(wudamen.liaison().map(Liaison::name)).contains("赵供暖");
    assertThat(((WhistleRoute.Answered) wudamen).levelsUp()).isEqualTo(1);
    // 建设街道 has no heating liaison anywhere above it: explicitly unanswered.
    WhistleRoute yongjin = atlas.routeWhistle(GridCode.parse("210802003001001"), Sector.HEATING);
    assertThat(yongjin.kind()).isEqualTo(WhistleRoute.Kind.UNANSWERED);
    assertThat(yongjin.liaison()).isEmpty();
    // Power is answered by the city's liaison, four levels up.
    WhistleRoute power = atlas.routeWhistle(SANLOU_1, Sector.POWER);
    assertThat(((WhistleRoute.Answered) power).levelsUp()).isEqualTo(3);
    assertThatThrownBy(() -> atlas.routeWhistle(SANLOU_1, Sector.of("telecom", "通信")))
        .hasMessageContaining("not in the atlas's sector catalogue");
  }

  @Test
  void findsGridsOffTargetAndUncoveredGridsAndLiaisonGaps() {
    Atlas withOutlier =
        atlas.apply(
            AtlasChange.addGrid(
                new Grid(
                    GridCode.parse("210802003007003"),
                    DivisionCode.parse("210802003007"),
                    GridKind.BASE,
                    "民丰社区大网格",
                    520,
                    1300)));
    assertThat(withOutlier.gridsOffTarget(ZHANQIAN))
        .extracting(g -> g.code().toString())
        .containsExactly("210802003007003");
    assertThat(withOutlier.rollUp(ZHANQIAN).baseGridsOffTarget()).isEqualTo(1);
    assertThat(atlas.gridsWithoutPartyOrganisation(SANLOU))
        .extracting(Grid::name)
        .containsExactly("营口市第二十中学专属网格");
    Atlas requiring =
        atlas.toBuilder().requiredSectors(List.of(Sector.HEATING, Sector.POWER)).build();
    assertThat(requiring.liaisonGaps(ZHANQIAN))
        .extracting(g -> g.unit().name())
        .containsExactly("永进社区", "小雨社区", "东新社区", "星光社区", "莲花社区", "民丰社区");
  }

  @Test
  void nextGridCodeNeverReusesARetiredCode() {
    assertThat(atlas.nextGridCode(SANLOU)).isEqualTo(GridCode.parse("210802001007004"));
    Atlas merged =
        atlas.apply(
            AtlasChange.mergeGrids(
                List.of(SANLOU_1, GridCode.parse("210802001007002")), "三楼社区合并网格"));
    // 004 went to the merged grid; 001 and 002 are retired, not free.
    assertThat(merged.grid(GridCode.parse("210802001007004")).map(Grid::households))
        .contains(287 + 288);
    assertThat(merged.nextGridCode(SANLOU)).isEqualTo(GridCode.parse("210802001007005"));
    assertThat(merged.currentGrids(SANLOU_1)).containsExactly(GridCode.parse("210802001007004"));
  }

  @Test
  void reportsEveryProblemOfAnInvalidAtlasWithItsPath() {
    Atlas.Builder b =
        AtlasFixtures.zhanqian()
            .addDivision(Division.of("210802001", "重复街道"))
            .addDivision(Division.of("210899001", "孤儿街道"))
            .addGrid(
                new Grid(
                    GridCode.parse("210802001001001"),
                    DivisionCode.parse("210802001"),
                    GridKind.BASE,
                    "挂在街道的网格",
                    300,
                    800))
            .addAssignment(
                Assignment.open(
                    "w-yang", SANLOU_1, WorkerRole.GRID_LEADER, LocalDate.of(2022, 6, 1)));
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            InvalidAtlasException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.kind() + " " + Where.of(p.location()))
                    .containsExactly(
                        "DUPLICATE_CODE $.divisions[15].code",
                        "UNKNOWN_PARENT $.divisions[16].code",
                        "GRID_CODE_MISMATCH $.grids[21].code",
                        "GRID_NOT_UNDER_VILLAGE_LEVEL $.grids[21].unit",
                        "OVERLAPPING_GRID_LEADERS $.assignments[3]"))
        .hasMessageContaining("invalid atlas: 5 problems");
  }

  @Test
  void datesOutsideTheStoredRangeAreProblemsNotCrashes() {
    Atlas.Builder b =
        AtlasFixtures.zhanqian()
            .addAssignment(
                Assignment.open(
                    "w-yang", SANLOU_1, WorkerRole.ASSISTANT, LocalDate.of(999_999, 1, 1)))
            .addAssignment(
                Assignment.of(
                    "w-yang",
                    SANLOU_1,
                    WorkerRole.ASSISTANT,
                    LocalDate.of(2022, 1, 1),
                    LocalDate.MAX));
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            InvalidAtlasException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.kind() + " " + Where.of(p.location()))
                    .containsExactly(
                        "INVALID_VALUE $.assignments[3].start",
                        "INVALID_VALUE $.assignments[4].end"));
  }

  @Test
  void lineageProblemsAreLocatedByInputPositionEvenAfterADuplicate() {
    Atlas.Builder b =
        AtlasFixtures.zhanqian()
            .retireGrid(GridCode.parse("210802001007009"), List.of())
            .retireGrid(GridCode.parse("210802001007009"), List.of())
            .retireGrid(
                GridCode.parse("210802001007008"), List.of(GridCode.parse("210802001007077")));
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            InvalidAtlasException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.kind() + " " + Where.of(p.location()))
                    .containsExactly(
                        "DUPLICATE_CODE $.retiredGrids[1].code",
                        "UNKNOWN_GRID $.retiredGrids[2].successors[0]"));
    assertThatThrownBy(() -> new InvalidAtlasException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void publicMethodsRejectNulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(DivisionCode.class, SANLOU);
    tester.setDefault(GridCode.class, SANLOU_1);
    tester.setDefault(Sector.class, Sector.POWER);
    tester.testAllPublicInstanceMethods(atlas);
    tester.testAllPublicInstanceMethods(Atlas.builder());
  }
}
