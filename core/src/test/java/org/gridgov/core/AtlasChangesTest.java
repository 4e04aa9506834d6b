package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AtlasChangesTest {
  private static final DivisionCode BATIANDI = DivisionCode.parse("210802001");
  private static final DivisionCode JIANSHE = DivisionCode.parse("210802003");
  private static final DivisionCode SANLOU = DivisionCode.parse("210802001007");
  private static final GridCode SANLOU_1 = GridCode.parse("210802001007001");
  private static final GridCode SANLOU_2 = GridCode.parse("210802001007002");
  private static final GridCode SANLOU_3 = GridCode.parse("210802001007003");

  private final Atlas atlas = AtlasFixtures.zhanqian().build();

  @Test
  void movingACommunityRecodesItsSubtreeAndCarriesEverythingAlong() {
    Atlas moved = atlas.apply(AtlasChange.moveUnit(SANLOU, JIANSHE));
    // 建设街道 has used 001–007; the next community code is 008.
    DivisionCode newSanlou = DivisionCode.parse("210802003008");
    assertThat(moved.division(SANLOU)).isEmpty();
    assertThat(moved.division(newSanlou).map(Division::name)).contains("三楼社区");
    assertThat(moved.parent(newSanlou).map(Division::name)).contains("建设街道");
    assertThat(moved.gridsBelow(newSanlou))
        .extracting(g -> g.code().toString())
        .containsExactly("210802003008001", "210802003008002", "210802003008003");
    assertThat(moved.retiredDivisions()).containsEntry(SANLOU, List.of(newSanlou));
    assertThat(moved.currentGrids(SANLOU_1)).containsExactly(GridCode.parse("210802003008001"));
    // posts, party organisation, liaison and contact point followed
    assertThat(moved.gridLeader(GridCode.parse("210802003008001"), LocalDate.of(2022, 12, 10)))
        .map(GridWorker::name)
        .contains("王红霞");
    assertThat(moved.partyOrganisation("pb-sanlou-1").orElseThrow().grids())
        .extracting(GridCode::toString)
        .containsExactly("210802003008001", "210802003008002");
    assertThat(moved.routeWhistle(GridCode.parse("210802003008001"), Sector.HEATING).liaison())
        .map(Liaison::name)
        .contains("钱供暖");
    assertThat(moved.contactPoints()).extracting(ContactPoint::unit).containsExactly(newSanlou);
    // roll-ups moved from one street to the other; the district is unchanged
    assertThat(moved.rollUp(BATIANDI).grids()).isEqualTo(atlas.rollUp(BATIANDI).grids() - 3);
    assertThat(moved.rollUp(JIANSHE).grids()).isEqualTo(atlas.rollUp(JIANSHE).grids() + 3);
    assertThat(moved.rollUp(DivisionCode.parse("210802")).households())
        .isEqualTo(atlas.rollUp(DivisionCode.parse("210802")).households());
    // the diff sees a move, not a removal and an addition
    AtlasDiff diff = atlas.diff(moved);
    assertThat(diff.entries(AtlasDiff.Subject.DIVISION))
        .containsExactly(
            new AtlasDiff.Entry(
                AtlasDiff.Subject.DIVISION,
                AtlasDiff.Change.MOVED,
                "210802001007",
                "-> 210802003008"));
    assertThat(diff.count(AtlasDiff.Subject.GRID, AtlasDiff.Change.MOVED)).isEqualTo(3);
    assertThat(diff.entries(AtlasDiff.Subject.ASSIGNMENT)).isEmpty();
    assertThat(diff.entries(AtlasDiff.Subject.LIAISON)).isEmpty();
    assertThat(diff.entries(AtlasDiff.Subject.PARTY_ORGANISATION)).isEmpty();
  }

  @Test
  void movingAUnitUnderItsOwnDescendantIsRefusedAndChangesNothing() {
    Atlas before = atlas.toBuilder().build();
    assertThatThrownBy(() -> atlas.apply(AtlasChange.moveUnit(BATIANDI, SANLOU)))
        .isInstanceOfSatisfying(
            AtlasChangeException.class,
            e -> {
              assertThat(e.problems()).extracting(Problem::kind).containsExactly(ProblemKind.CYCLE);
              assertThat(e.problems().get(0).location().toString()).isEqualTo("changes[0]");
            })
        .hasMessageContaining("one of its own descendants");
    assertThatThrownBy(() -> atlas.apply(AtlasChange.moveUnit(SANLOU, SANLOU)))
        .hasMessageContaining("itself");
    assertThat(atlas).isEqualTo(before);
  }

  @Test
  void movesToAParentOfTheWrongLevelAreRefused() {
    assertThatThrownBy(
            () -> atlas.apply(AtlasChange.moveUnit(SANLOU, DivisionCode.parse("210802"))))
        .isInstanceOfSatisfying(
            AtlasChangeException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::kind)
                    .containsExactly(ProblemKind.WRONG_PARENT_LEVEL));
    assertThatThrownBy(
            () ->
                atlas.apply(
                    AtlasChange.moveUnit(DivisionCode.parse("210802"), DivisionCode.parse("21"))))
        .isInstanceOfSatisfying(
            AtlasChangeException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::kind)
                    .containsExactly(ProblemKind.NOT_APPLICABLE));
  }

  @Test
  void splittingConservesHouseholdsAndResidents() {
    Grid g = atlas.grid(SANLOU_1).orElseThrow();
    Atlas split =
        atlas.apply(
            AtlasChange.splitGrid(
                SANLOU_1,
                List.of(
                    new AtlasChange.GridPart("三楼社区第一网格东", 150, 400),
                    new AtlasChange.GridPart(
                        "三楼社区第一网格西", g.households() - 150, g.residents() - 400))));
    assertThat(split.rollUp(SANLOU).households()).isEqualTo(atlas.rollUp(SANLOU).households());
    assertThat(split.rollUp(SANLOU).residents()).isEqualTo(atlas.rollUp(SANLOU).residents());
    assertThat(split.currentGrids(SANLOU_1))
        .extracting(GridCode::toString)
        .containsExactly("210802001007004", "210802001007005");
    // posts went to the first part; the party organisation covers both parts
    assertThat(split.assignmentsIn(GridCode.parse("210802001007004"))).hasSize(2);
    assertThat(split.partyOrganisation("pb-sanlou-1").orElseThrow().grids())
        .extracting(GridCode::toString)
        .containsExactly("210802001007004", "210802001007005", "210802001007002");
    assertThat(atlas.diff(split).entries(AtlasDiff.Subject.GRID))
        .extracting(AtlasDiff.Entry::change)
        .containsExactly(AtlasDiff.Change.SPLIT);

    assertThatThrownBy(
            () ->
                atlas.apply(
                    AtlasChange.splitGrid(
                        SANLOU_1,
                        List.of(
                            new AtlasChange.GridPart("a", 1, 1),
                            new AtlasChange.GridPart("b", 1, 1)))))
        .isInstanceOfSatisfying(
            AtlasChangeException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::kind)
                    .containsExactly(ProblemKind.NOT_CONSERVED));
  }

  @Test
  void mergingKeepsTheFirstLeaderAndDemotesAnOverlappingOne() {
    Atlas twoLeaders =
        atlas.apply(
            AtlasChange.addAssignment(
                Assignment.open(
                    "w-yang", SANLOU_2, WorkerRole.GRID_LEADER, LocalDate.of(2022, 1, 1))));
    Atlas merged =
        twoLeaders.apply(AtlasChange.mergeGrids(List.of(SANLOU_1, SANLOU_2), "三楼社区合并网格"));
    GridCode mergedCode = GridCode.parse("210802001007004");
    assertThat(merged.gridLeader(mergedCode, LocalDate.of(2022, 12, 10)).map(GridWorker::name))
        .contains("王红霞");
    assertThat(merged.assignmentsIn(mergedCode))
        .extracting(a -> a.workerId() + ":" + a.role())
        .containsExactlyInAnyOrder(
            "w-wang:GRID_LEADER",
            "w-yang:COMMUNITY_WORKER",
            "w-yang:FULL_TIME",
            "w-li:SECONDED_CADRE");
    assertThat(merged.grid(mergedCode).orElseThrow().households())
        .isEqualTo(
            atlas.grid(SANLOU_1).orElseThrow().households()
                + atlas.grid(SANLOU_2).orElseThrow().households());
    assertThat(merged.partyOrganisation("pb-sanlou-1").orElseThrow().grids())
        .containsExactly(mergedCode);
    assertThat(twoLeaders.diff(merged).count(AtlasDiff.Subject.GRID, AtlasDiff.Change.MERGED))
        .isEqualTo(2);
    assertThatThrownBy(
            () ->
                atlas.apply(
                    AtlasChange.mergeGrids(
                        List.of(SANLOU_1, GridCode.parse("210802003001001")), "跨社区")))
        .hasMessageContaining("grids merge within one unit");
  }

  @Test
  void aGridStillReferredToIsNotRemoved() {
    assertThatThrownBy(() -> atlas.apply(AtlasChange.removeGrid(SANLOU_1)))
        .isInstanceOfSatisfying(
            AtlasChangeException.class,
            e ->
                assertThat(e.problems().get(0).message())
                    .contains("3 post(s)".replace("3", "2"))
                    .contains("party organisation \"pb-sanlou-1\""));
    Atlas removed = atlas.apply(AtlasChange.removeGrid(SANLOU_3));
    assertThat(removed.grid(SANLOU_3)).isEmpty();
    assertThat(removed.retiredGrids()).containsEntry(SANLOU_3, List.of());
    assertThat(removed.nextGridCode(SANLOU)).isEqualTo(GridCode.parse("210802001007004"));
    assertThatThrownBy(() -> removed.apply(AtlasChange.addGrid(atlas.grid(SANLOU_3).orElseThrow())))
        .isInstanceOfSatisfying(
            AtlasChangeException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::kind)
                    .containsExactly(ProblemKind.RETIRED_CODE_IN_USE));
  }

  @Test
  void reassigningAWorkerEndsTheOldPostTheDayBefore() {
    GridCode target = GridCode.parse("210802003001001");
    Atlas moved =
        atlas.apply(
            AtlasChange.reassignWorker("w-yang", SANLOU_1, target, LocalDate.of(2023, 1, 1)));
    assertThat(moved.assignmentsOf("w-yang"))
        .containsExactlyInAnyOrder(
            Assignment.of(
                "w-yang",
                SANLOU_1,
                WorkerRole.COMMUNITY_WORKER,
                LocalDate.of(2022, 1, 1),
                LocalDate.of(2022, 12, 31)),
            Assignment.open(
                "w-yang", target, WorkerRole.COMMUNITY_WORKER, LocalDate.of(2023, 1, 1)));
    assertThatThrownBy(
            () ->
                atlas.apply(
                    AtlasChange.reassignWorker(
                        "w-yang", SANLOU_2, target, LocalDate.of(2023, 1, 1))))
        .hasMessageContaining("holds no post in grid 210802001007002");
  }

  @Test
  void aBatchIsAtomic() {
    Atlas before = atlas.toBuilder().build();
    assertThatThrownBy(
            () ->
                atlas.apply(
                    AtlasChange.moveGrid(SANLOU_3, DivisionCode.parse("210802003001")),
                    AtlasChange.moveUnit(BATIANDI, SANLOU)))
        .isInstanceOfSatisfying(
            AtlasChangeException.class,
            e -> assertThat(e.problems().get(0).location().toString()).isEqualTo("changes[1]"));
    assertThat(atlas).isEqualTo(before);
    // an invalid result (two leaders at once) is refused as a whole too
    assertThatThrownBy(
            () ->
                atlas.apply(
                    AtlasChange.addAssignment(
                        Assignment.open(
                            "w-yang", SANLOU_1, WorkerRole.GRID_LEADER, LocalDate.of(2022, 1, 1)))))
        .isInstanceOfSatisfying(
            AtlasChangeException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::kind)
                    .containsExactly(ProblemKind.OVERLAPPING_GRID_LEADERS));
  }

  @Test
  void addingAndRemovingDivisions() {
    DivisionCode newCommunity = DivisionCode.parse("210802003009");
    Atlas added = atlas.apply(AtlasChange.addDivision(Division.of(newCommunity, "新社区")));
    assertThat(added.children(JIANSHE)).extracting(Division::name).endsWith("新社区");
    assertThat(atlas.diff(added).entries())
        .containsExactly(
            new AtlasDiff.Entry(
                AtlasDiff.Subject.DIVISION, AtlasDiff.Change.ADDED, "210802003009", ""));
    Atlas removed = added.apply(AtlasChange.removeDivision(newCommunity));
    assertThat(removed.division(newCommunity)).isEmpty();
    assertThat(removed.retiredDivisions()).containsKey(newCommunity);
    assertThatThrownBy(() -> atlas.apply(AtlasChange.removeDivision(BATIANDI)))
        .hasMessageContaining("child division 210802001003");
  }
}
