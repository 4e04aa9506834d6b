package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of every kind of atlas change.
 *
 * <p>Why one file of about 670 lines: one example per kind of change, on the same fixtures.
 */
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
            new AtlasDiff.Moved(AtlasDiff.Subject.DIVISION, "210802001007", "210802003008"));
    assertThat(diff.count(AtlasDiff.Subject.GRID, AtlasDiff.Kind.MOVED)).isEqualTo(3);
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
              assertThat(e.problems().get(0).location().toString())
                  .isEqualTo("changes[0].newParent");
            })
        .hasMessageContaining("one of its own descendants");
    assertThatThrownBy(() -> atlas.apply(AtlasChange.moveUnit(SANLOU, SANLOU)))
        .hasMessageContaining("itself");
    assertThat(atlas).isEqualTo(before);
  }

  @Test
  void aMoveToTheParentOrUnitAlreadyHeldChangesNothing() {
    Atlas same =
        atlas.apply(AtlasChange.moveUnit(SANLOU, BATIANDI), AtlasChange.moveGrid(SANLOU_1, SANLOU));
    assertThat(same).isEqualTo(atlas);
    assertThat(same.retiredDivisions()).isEqualTo(atlas.retiredDivisions());
    assertThat(same.retiredGrids()).isEqualTo(atlas.retiredGrids());
    assertThat(atlas.diff(same).isEmpty()).isTrue();
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
        .containsExactly(
            new AtlasDiff.Split(
                AtlasDiff.Subject.GRID,
                "210802001007001",
                List.of("210802001007004", "210802001007005")));

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
    assertThat(twoLeaders.diff(merged).count(AtlasDiff.Subject.GRID, AtlasDiff.Kind.MERGED))
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
            e ->
                assertThat(e.problems().get(0).location().toString())
                    .isEqualTo("changes[1].newParent"));
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
        .containsExactly(new AtlasDiff.Added(AtlasDiff.Subject.DIVISION, "210802003009"));
    Atlas removed = added.apply(AtlasChange.removeDivision(newCommunity));
    assertThat(removed.division(newCommunity)).isEmpty();
    assertThat(removed.retiredDivisions()).containsKey(newCommunity);
    assertThatThrownBy(() -> atlas.apply(AtlasChange.removeDivision(BATIANDI)))
        .hasMessageContaining("child division 210802001003");
  }

  @Test
  void movingAGridRecodesItInItsNewUnitAndEverythingFollows() {
    GridCode sanlou1 = SANLOU_1;
    Atlas withContact =
        atlas.apply(
            AtlasChange.addContactPoint(
                ContactPoint.ofGrid("吴区领导", LeaderRank.DISTRICT, SANLOU, sanlou1)));
    DivisionCode yongjin = DivisionCode.parse("210802003001");
    Atlas moved = withContact.apply(AtlasChange.moveGrid(sanlou1, yongjin));
    // 永进 has used 001–002; the grid gets 003 there
    GridCode now = GridCode.parse("210802003001003");
    Grid before = atlas.grid(sanlou1).orElseThrow();
    assertThat(moved.grid(sanlou1)).isEmpty();
    assertThat(moved.grid(now)).contains(before.withCode(now, yongjin));
    assertThat(moved.gridsBelow(yongjin)).extracting(Grid::code).contains(now);
    assertThat(moved.gridsBelow(SANLOU)).extracting(Grid::code).doesNotContain(sanlou1);
    assertThat(moved.retiredGrids()).containsEntry(sanlou1, List.of(now));
    assertThat(moved.currentGrids(sanlou1)).containsExactly(now);
    assertThat(moved.assignmentsIn(now))
        .extracting(Assignment::workerId)
        .containsExactlyInAnyOrder("w-wang", "w-yang");
    assertThat(moved.gridLeader(now, AtlasFixtures.AS_OF).map(GridWorker::id)).contains("w-wang");
    assertThat(moved.partyOrganisation("pb-sanlou-1").orElseThrow().grids())
        .containsExactly(now, SANLOU_2);
    assertThat(moved.contactPoints())
        .contains(ContactPoint.ofGrid("吴区领导", LeaderRank.DISTRICT, yongjin, now));
    assertThat(moved.rollUp(yongjin).households())
        .isEqualTo(atlas.rollUp(yongjin).households() + before.households());
    // 三楼 has a heating liaison; 永进 and 建设街道 have none
    assertThat(atlas.routeWhistle(sanlou1, Sector.HEATING).liaison().map(Liaison::name))
        .contains("钱供暖");
    assertThat(moved.routeWhistle(now, Sector.HEATING).liaison()).isEmpty();
    assertThat(atlas.diff(moved).entries(AtlasDiff.Subject.GRID))
        .containsExactly(
            new AtlasDiff.Moved(AtlasDiff.Subject.GRID, sanlou1.toString(), now.toString()));
    assertThat(withContact.diff(moved).entries(AtlasDiff.Subject.CONTACT_POINT)).isEmpty();
  }

  @Test
  void refusedChangesAreLocatedAtTheChangeAndTheComponentAtFault() {
    Grid g = atlas.grid(SANLOU_1).orElseThrow();
    DivisionCode nowhere = DivisionCode.parse("210802001099");
    GridCode unknown = GridCode.parse("210802001099001");
    List<AtlasChange> fine =
        List.of(
            AtlasChange.updateGrid(g.withCounts(1, 2)),
            AtlasChange.addWorker(new GridWorker("w-new", "新人")),
            AtlasChange.moveGrid(SANLOU_3, DivisionCode.parse("210802003001")));
    record Case(AtlasChange change, String problem) {}
    List<Case> cases =
        List.of(
            new Case(
                AtlasChange.addGrid(new Grid(unknown, nowhere, GridKind.BASE, "无主网格", 1, 1)),
                "UNKNOWN_UNIT at changes[3].grid.unit"),
            new Case(
                AtlasChange.addGrid(
                    new Grid(GridCode.parse("210802001007009"), JIANSHE, GridKind.BASE, "街", 1, 1)),
                "GRID_NOT_UNDER_VILLAGE_LEVEL at changes[3].grid.unit"),
            new Case(
                AtlasChange.addGrid(new Grid(unknown, SANLOU, GridKind.BASE, "错码", 1, 1)),
                "GRID_CODE_MISMATCH at changes[3].grid.code"),
            new Case(
                AtlasChange.updateGrid(new Grid(unknown, nowhere, GridKind.BASE, "无", 1, 1)),
                "UNKNOWN_GRID at changes[3].grid.code"),
            new Case(
                AtlasChange.updateGrid(g.withCode(SANLOU_1, DivisionCode.parse("210802001006"))),
                "NOT_APPLICABLE at changes[3].grid.unit"),
            new Case(AtlasChange.removeGrid(unknown), "UNKNOWN_GRID at changes[3].grid"),
            new Case(AtlasChange.moveGrid(unknown, SANLOU), "UNKNOWN_GRID at changes[3].grid"),
            new Case(
                AtlasChange.moveGrid(SANLOU_2, BATIANDI),
                "GRID_NOT_UNDER_VILLAGE_LEVEL at changes[3].newUnit"),
            new Case(AtlasChange.moveGrid(SANLOU_2, nowhere), "UNKNOWN_UNIT at changes[3].newUnit"),
            new Case(
                AtlasChange.splitGrid(
                    unknown,
                    List.of(
                        new AtlasChange.GridPart("甲", 1, 1), new AtlasChange.GridPart("乙", 1, 1))),
                "UNKNOWN_GRID at changes[3].grid"),
            new Case(
                AtlasChange.mergeGrids(List.of(SANLOU_1, unknown), "合并"),
                "UNKNOWN_GRID at changes[3].grids[1]"),
            new Case(
                AtlasChange.addDivision(Division.of(SANLOU, "又一个三楼")),
                "DUPLICATE_CODE at changes[3].division.code"),
            new Case(
                AtlasChange.addDivision(Division.of("210899001", "孤儿街道")),
                "UNKNOWN_PARENT at changes[3].division.code"),
            new Case(AtlasChange.removeDivision(nowhere), "UNKNOWN_UNIT at changes[3].code"),
            new Case(
                AtlasChange.addWorker(new GridWorker("w-new", "重名")),
                "DUPLICATE_ID at changes[3].worker.id"),
            new Case(
                AtlasChange.addAssignment(
                    Assignment.open(
                        "nobody", SANLOU_2, WorkerRole.ASSISTANT, LocalDate.of(2022, 1, 1))),
                "UNKNOWN_WORKER at changes[3].assignment.worker"),
            new Case(
                AtlasChange.addAssignment(
                    Assignment.open(
                        "w-li", unknown, WorkerRole.ASSISTANT, LocalDate.of(2022, 1, 1))),
                "UNKNOWN_GRID at changes[3].assignment.grid"),
            new Case(
                AtlasChange.addAssignment(
                    Assignment.open(
                        "w-li", SANLOU_2, WorkerRole.ASSISTANT, LocalDate.of(10000, 1, 1))),
                "INVALID_VALUE at changes[3].assignment.start"),
            new Case(
                AtlasChange.reassignWorker("nobody", SANLOU_1, SANLOU_2, LocalDate.of(2023, 1, 1)),
                "UNKNOWN_WORKER at changes[3].workerId"),
            new Case(
                AtlasChange.reassignWorker("w-yang", unknown, SANLOU_2, LocalDate.of(2023, 1, 1)),
                "UNKNOWN_GRID at changes[3].from"),
            new Case(
                AtlasChange.reassignWorker("w-yang", SANLOU_1, unknown, LocalDate.of(2023, 1, 1)),
                "UNKNOWN_GRID at changes[3].to"),
            new Case(
                AtlasChange.reassignWorker("w-yang", SANLOU_1, SANLOU_2, LocalDate.of(-1, 1, 1)),
                "INVALID_VALUE at changes[3].effective"),
            new Case(
                AtlasChange.addLiaison(new Liaison("某", nowhere, Sector.GAS)),
                "UNKNOWN_UNIT at changes[3].liaison.unit"),
            new Case(
                AtlasChange.addLiaison(new Liaison("某", SANLOU, Sector.of("telecom", "通信"))),
                "UNKNOWN_SECTOR at changes[3].liaison.sector"),
            new Case(
                AtlasChange.addLiaison(new Liaison("又一个钱供暖", SANLOU, Sector.HEATING)),
                "DUPLICATE_LIAISON at changes[3].liaison"),
            new Case(AtlasChange.removeLiaison(SANLOU, Sector.GAS), "NOT_APPLICABLE at changes[3]"),
            new Case(
                AtlasChange.removeLiaison(nowhere, Sector.GAS), "UNKNOWN_UNIT at changes[3].unit"),
            new Case(
                AtlasChange.removeLiaison(SANLOU, Sector.of("telecom", "通信")),
                "UNKNOWN_SECTOR at changes[3].sector"),
            new Case(
                AtlasChange.addContactPoint(ContactPoint.ofUnit("某", LeaderRank.CITY, nowhere)),
                "UNKNOWN_UNIT at changes[3].contactPoint.unit"),
            new Case(
                AtlasChange.addContactPoint(
                    ContactPoint.ofGrid("某", LeaderRank.CITY, SANLOU, unknown)),
                "UNKNOWN_GRID at changes[3].contactPoint.grid"),
            new Case(
                AtlasChange.addContactPoint(
                    ContactPoint.ofGrid(
                        "某", LeaderRank.CITY, SANLOU, GridCode.parse("210802003001001"))),
                "INVALID_VALUE at changes[3].contactPoint.grid"),
            new Case(
                AtlasChange.removeContactPoint(ContactPoint.ofUnit("某", LeaderRank.CITY, SANLOU)),
                "NOT_APPLICABLE at changes[3].contactPoint"));
    for (Case c : cases) {
      List<AtlasChange> batch = new java.util.ArrayList<>(fine);
      batch.add(c.change());
      assertThatThrownBy(() -> atlas.apply(batch))
          .as("%s", c.change())
          .isInstanceOfSatisfying(
              AtlasChangeException.class,
              e -> assertThat(Where.of(e.problems()).get(0)).isEqualTo(c.problem()));
    }
  }

  @Test
  void aRetiredCodeIsNeverUsedAgainForADivisionOrAGrid() {
    DivisionCode newCommunity = DivisionCode.parse("210802003009");
    Atlas removed =
        atlas.apply(
            AtlasChange.addDivision(Division.of(newCommunity, "新社区")),
            AtlasChange.removeDivision(newCommunity),
            AtlasChange.removeGrid(SANLOU_3));
    assertThatThrownBy(
            () ->
                removed.apply(
                    AtlasChange.addWorker(new GridWorker("w-1", "一")),
                    AtlasChange.addDivision(Division.of(newCommunity, "新社区"))))
        .isInstanceOfSatisfying(
            AtlasChangeException.class,
            e ->
                assertThat(Where.of(e.problems()))
                    .containsExactly("RETIRED_CODE_IN_USE at changes[1].division.code"));
    assertThatThrownBy(() -> removed.apply(AtlasChange.addGrid(atlas.grid(SANLOU_3).orElseThrow())))
        .isInstanceOfSatisfying(
            AtlasChangeException.class,
            e ->
                assertThat(Where.of(e.problems()))
                    .containsExactly("RETIRED_CODE_IN_USE at changes[0].grid.code"));
    // a move under 建设街道 skips the retired community code 009 as it skips live ones
    Atlas moved = removed.apply(AtlasChange.moveUnit(SANLOU, JIANSHE));
    assertThat(moved.currentDivisions(SANLOU)).containsExactly(DivisionCode.parse("210802003010"));
  }

  @Test
  void aUnitWithoutFreeSequencesRefusesNewGrids() {
    // a one-digit scheme: sequences 1–9
    GridCodeScheme one = GridCodeScheme.standard(1);
    Atlas.Builder b =
        Atlas.builder()
            .asOf(AtlasFixtures.AS_OF)
            .gridCodeScheme(one)
            .addDivision(Division.of("21", "辽宁省"))
            .addDivision(Division.of("2108", "营口市"))
            .addDivision(Division.of("210802", "站前区"))
            .addDivision(Division.of("210802001", "八田地街道"))
            .addDivision(Division.of(SANLOU, "三楼社区"))
            .addDivision(Division.of("210802001006", "惠安社区"));
    for (int s = 1; s <= 9; s++) {
      b.addGrid(new Grid(one.codeFor(SANLOU, s), SANLOU, GridKind.BASE, "格" + s, 300, 700));
    }
    GridCode huian = one.codeFor(DivisionCode.parse("210802001006"), 1);
    b.addGrid(new Grid(huian, DivisionCode.parse("210802001006"), GridKind.BASE, "惠", 300, 700));
    Atlas full = b.build();
    assertThatThrownBy(() -> full.apply(AtlasChange.moveGrid(huian, SANLOU)))
        .isInstanceOfSatisfying(
            AtlasChangeException.class,
            e ->
                assertThat(Where.of(e.problems()))
                    .containsExactly("CODES_EXHAUSTED at changes[0].newUnit"))
        .hasMessageContaining("has no 1 unused grid sequences left under standard-1");
    // a removal frees no sequence either: retired codes are never reused
    Atlas removed = full.apply(AtlasChange.removeGrid(one.codeFor(SANLOU, 9)));
    assertThatThrownBy(
            () ->
                removed.apply(
                    AtlasChange.splitGrid(
                        one.codeFor(SANLOU, 1),
                        List.of(
                            new AtlasChange.GridPart("甲", 100, 300),
                            new AtlasChange.GridPart("乙", 200, 400)))))
        .isInstanceOfSatisfying(
            AtlasChangeException.class,
            e ->
                assertThat(Where.of(e.problems()))
                    .containsExactly("CODES_EXHAUSTED at changes[0].parts"));
    assertThatThrownBy(
            () ->
                removed.apply(
                    AtlasChange.mergeGrids(
                        List.of(one.codeFor(SANLOU, 1), one.codeFor(SANLOU, 2)), "合")))
        .isInstanceOfSatisfying(
            AtlasChangeException.class,
            e ->
                assertThat(Where.of(e.problems()))
                    .containsExactly("CODES_EXHAUSTED at changes[0].grids"));
  }

  @Test
  void liaisonsAreAddedAndRemovedAndWhistlesFollow() {
    GridCode school = SANLOU_3;
    assertThat(atlas.routeWhistle(school, Sector.GAS)).isInstanceOf(WhistleRoute.Unanswered.class);
    Atlas withGas =
        atlas.apply(
            AtlasChange.addLiaison(new Liaison("孙燃气", BATIANDI, new Sector("gas", "燃气公司"))));
    assertThat(withGas.routeWhistle(school, Sector.GAS).liaison())
        .contains(new Liaison("孙燃气", BATIANDI, Sector.GAS));
    assertThat(withGas.rollUp(BATIANDI).liaisons())
        .isEqualTo(atlas.rollUp(BATIANDI).liaisons() + 1);
    assertThat(withGas.rollUp(BATIANDI).gridsServedBySector().get(Sector.GAS))
        .isEqualTo(atlas.rollUp(BATIANDI).grids());
    Atlas withoutHeating = withGas.apply(AtlasChange.removeLiaison(SANLOU, Sector.HEATING));
    // 三楼's own heating liaison gone: its grids whistle to the street's
    assertThat(withoutHeating.routeWhistle(school, Sector.HEATING).liaison().map(Liaison::name))
        .contains("赵供暖");
    assertThat(atlas.diff(withoutHeating).entries())
        .containsExactly(
            new AtlasDiff.Removed(AtlasDiff.Subject.LIAISON, "210802001007/heating"),
            new AtlasDiff.Added(AtlasDiff.Subject.LIAISON, "210802001/gas"));
    assertThat(withoutHeating.data().gridIndex).isSameAs(atlas.data().gridIndex);
  }

  @Test
  void contactPointsAreAddedAndRemoved() {
    ContactPoint grid = ContactPoint.ofGrid("郑街道领导", LeaderRank.STREET, SANLOU, SANLOU_2);
    Atlas added = atlas.apply(AtlasChange.addContactPoint(grid));
    assertThat(added.contactPoints()).contains(grid).hasSize(atlas.contactPoints().size() + 1);
    Atlas removed =
        added.apply(
            AtlasChange.removeContactPoint(grid),
            AtlasChange.removeContactPoint(ContactPoint.ofUnit("周市领导", LeaderRank.CITY, SANLOU)));
    assertThat(removed.contactPoints()).isEmpty();
    assertThat(atlas.diff(added).entries())
        .containsExactly(
            new AtlasDiff.Added(AtlasDiff.Subject.CONTACT_POINT, "郑街道领导@210802001007002 STREET"));
    // a grid with a contact point is still referred to
    assertThatThrownBy(
            () ->
                atlas.apply(
                    AtlasChange.addContactPoint(
                        ContactPoint.ofGrid("郑街道领导", LeaderRank.STREET, SANLOU, SANLOU_3)),
                    AtlasChange.removeGrid(SANLOU_3)))
        .isInstanceOfSatisfying(
            AtlasChangeException.class,
            e ->
                assertThat(Where.of(e.problems()))
                    .containsExactly("STILL_REFERENCED at changes[1].grid"))
        .hasMessageContaining("the contact point of \"郑街道领导\"");
  }

  /**
   * A grid leader's term includes its first and last day: the next leader may start the day after
   * the handover, not on it, in the builder and in a change alike; terms may be given in any order,
   * and one inside another overlaps.
   */
  @Test
  void aGridLeadersFirstAndLastDayCountAndTermsMayComeInAnyOrder() {
    LocalDate handover = LocalDate.of(2022, 6, 30);
    Atlas.Builder b =
        AtlasFixtures.zhanqian()
            .addWorker(new GridWorker("w-next", "接任者"))
            .addAssignment(
                Assignment.of(
                    "w-next",
                    SANLOU_2,
                    WorkerRole.GRID_LEADER,
                    handover.plusDays(1),
                    handover.plusYears(1)))
            .addAssignment(
                Assignment.of(
                    "w-li", SANLOU_2, WorkerRole.GRID_LEADER, LocalDate.of(2021, 1, 1), handover));
    Atlas terms = b.build(); // given later term first
    assertThat(terms.gridLeader(SANLOU_2, handover).map(GridWorker::id)).contains("w-li");
    assertThat(terms.gridLeader(SANLOU_2, LocalDate.of(2021, 1, 1)).map(GridWorker::id))
        .contains("w-li");
    assertThat(terms.gridLeader(SANLOU_2, LocalDate.of(2020, 12, 31))).isEmpty();
    assertThat(terms.gridLeader(SANLOU_2, handover.plusDays(1)).map(GridWorker::id))
        .contains("w-next");
    assertThat(terms.gridLeader(SANLOU_2, handover.plusYears(1).plusDays(1))).isEmpty();
    // a leader starting on the handover day overlaps the one whose last day it is
    Assignment onTheDay =
        Assignment.of("w-yang", SANLOU_2, WorkerRole.GRID_LEADER, handover, handover);
    assertThat(
            Where.of(
                AtlasFixtures.zhanqian()
                    .addAssignment(
                        Assignment.of(
                            "w-li",
                            SANLOU_2,
                            WorkerRole.GRID_LEADER,
                            LocalDate.of(2021, 1, 1),
                            handover))
                    .addAssignment(onTheDay)
                    .check()))
        .containsExactly("OVERLAPPING_GRID_LEADERS at $.assignments[4]");
    assertThatThrownBy(() -> terms.apply(AtlasChange.addAssignment(onTheDay)))
        .isInstanceOfSatisfying(
            AtlasChangeException.class,
            e ->
                assertThat(Where.of(e.problems()))
                    .containsExactly("OVERLAPPING_GRID_LEADERS at changes[0].assignment"));
    assertThatThrownBy(
            () ->
                terms.apply(
                    AtlasChange.addAssignment(
                        Assignment.of(
                            "w-yang",
                            SANLOU_2,
                            WorkerRole.GRID_LEADER,
                            handover.plusDays(1),
                            handover.plusDays(1)))))
        .isInstanceOf(AtlasChangeException.class);
    // a term inside another overlaps it, whichever is given first
    Assignment outer =
        Assignment.of(
            "w-li",
            SANLOU_2,
            WorkerRole.GRID_LEADER,
            LocalDate.of(2020, 1, 1),
            LocalDate.of(2025, 1, 1));
    Assignment inner =
        Assignment.of(
            "w-yang",
            SANLOU_2,
            WorkerRole.GRID_LEADER,
            LocalDate.of(2021, 1, 1),
            LocalDate.of(2021, 2, 1));
    assertThat(Where.of(AtlasFixtures.zhanqian().addAssignment(inner).addAssignment(outer).check()))
        .containsExactly("OVERLAPPING_GRID_LEADERS at $.assignments[3]");
    Atlas withOuter = atlas.apply(AtlasChange.addAssignment(outer));
    assertThatThrownBy(() -> withOuter.apply(AtlasChange.addAssignment(inner)))
        .isInstanceOf(AtlasChangeException.class);
    // a term of another role beside a leader is no overlap
    Atlas helper =
        withOuter.apply(
            AtlasChange.addAssignment(inner.withRole(WorkerRole.FULL_TIME)),
            AtlasChange.reassignWorker("w-li", SANLOU_2, SANLOU_3, LocalDate.of(2024, 1, 1)));
    assertThat(helper.gridLeader(SANLOU_3, LocalDate.of(2024, 1, 1)).map(GridWorker::id))
        .contains("w-li");
    assertThat(helper.gridLeader(SANLOU_2, LocalDate.of(2023, 12, 31)).map(GridWorker::id))
        .contains("w-li");
    assertThat(helper.gridLeader(SANLOU_2, LocalDate.of(2024, 1, 1))).isEmpty();
  }

  @Test
  void reassigningALeaderOntoALedGridIsRefused() {
    assertThatThrownBy(
            () ->
                atlas.apply(
                    AtlasChange.addAssignment(
                        Assignment.open(
                            "w-li", SANLOU_2, WorkerRole.GRID_LEADER, LocalDate.of(2022, 1, 1))),
                    AtlasChange.reassignWorker(
                        "w-wang", SANLOU_1, SANLOU_2, LocalDate.of(2023, 1, 1))))
        .isInstanceOfSatisfying(
            AtlasChangeException.class,
            e ->
                assertThat(Where.of(e.problems()))
                    .containsExactly("OVERLAPPING_GRID_LEADERS at changes[1]"));
  }
}
