package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Refusals of the change engine where a change's state decides, each with every problem it reports
 * and the atlas left as it was: the engine's own checks, which come before the rebuild's
 * validation, must say what is wrong at the change and not let anything else through.
 */
class AtlasChangeRefusalsTest {
  private static final DivisionCode BATIANDI = DivisionCode.parse("210802001");
  private static final DivisionCode JIANSHE = DivisionCode.parse("210802003");
  private static final DivisionCode SANLOU = DivisionCode.parse("210802001007");
  private static final GridCode SANLOU_1 = GridCode.parse("210802001007001");
  private static final GridCode SANLOU_2 = GridCode.parse("210802001007002");

  private final Atlas atlas = AtlasFixtures.zhanqian().build();

  /** The problems of a refused batch, as {@code KIND at location: message}. */
  private static List<String> refusal(Atlas atlas, AtlasChange... changes) {
    Atlas before = atlas.toBuilder().build();
    AtlasChangeException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            AtlasChangeException.class, () -> atlas.apply(changes));
    assertThat(e).as("a refusal of %s", List.of(changes)).isNotNull();
    assertThat(atlas).isEqualTo(before);
    return Where.withMessages(e.problems());
  }

  @Test
  void anEmptyBatchIsTheAtlasItself() {
    assertThat(atlas.apply(List.of())).isSameAs(atlas);
  }

  /**
   * A problem of an element a change only rewrote is located at the change as a whole. The
   * reproducer: a grid code retired by hand under a unit code never used, which a move re-codes a
   * grid to, was refused at {@code changes[0].code}, a component a move does not have.
   */
  @Test
  void aRewrittenElementsProblemIsAtTheChangeNotAtAComponentItDoesNotHave() {
    Atlas retired =
        atlas.toBuilder().retireGrid(GridCode.parse("210802003008001"), List.of()).build();
    assertThat(refusal(retired, AtlasChange.moveUnit(SANLOU, JIANSHE)))
        .containsExactly(
            "RETIRED_CODE_IN_USE at changes[0]: grid code 210802003008001 was retired and may not"
                + " be used again");
    assertThat(
            catchThrowableOfType(
                    AtlasChangeException.class,
                    () -> retired.applyByRebuild(List.of(AtlasChange.moveUnit(SANLOU, JIANSHE))))
                .problems())
        .extracting(p -> p.location().toString())
        .containsExactly("changes[0]");
  }

  /**
   * One change can have more problems than any exception keeps: the first 1,000 are kept, the rest
   * counted. The reproducer: a merge of 1,500 unknown grids carried 1,500 problems.
   */
  @Test
  void aChangeWithMoreProblemsThanTheCapKeepsTheFirstAndCountsTheRest() {
    List<GridCode> unknown = new java.util.ArrayList<>();
    for (int n = 0; n < 1500; n++) {
      unknown.add(grid(n));
    }
    AtlasChangeException e =
        catchThrowableOfType(
            AtlasChangeException.class,
            () ->
                atlas.apply(
                    AtlasChange.addWorker(new GridWorker("w-new", "新")),
                    AtlasChange.mergeGrids(unknown, "合并")));
    assertThat(e.problems()).hasSize(org.gridgov.core.io.ReadLimits.DEFAULT_MAX_PROBLEMS);
    assertThat(e.omittedProblems()).isEqualTo(1500 - e.problems().size());
    assertThat(Where.of(e.problems().get(0))).isEqualTo("UNKNOWN_GRID at changes[1].grids[0]");
    assertThat(e.getMessage()).hasSizeLessThan(200_000);
  }

  /** The {@code n}th of 1,500 unknown grid codes, in two unknown communities. */
  private static GridCode grid(int n) {
    return GridCode.parse(
        String.format(java.util.Locale.ROOT, "210802001%03d%03d", 97 + n / 999, n % 999 + 1));
  }

  @Test
  void aRetiredDivisionCodeIsRefusedAtTheChangeWithTheEnginesReason() {
    DivisionCode gone = DivisionCode.parse("210802003009");
    Atlas removed =
        atlas.apply(
            AtlasChange.addDivision(Division.of(gone, "新社区")), AtlasChange.removeDivision(gone));
    assertThat(refusal(removed, AtlasChange.addDivision(Division.of(gone, "新社区"))))
        .containsExactly(
            "RETIRED_CODE_IN_USE at changes[0].division.code: division code 210802003009 was"
                + " retired and may not be used again");
  }

  @Test
  void aGridCodeOutsideItsUnitIsRefusedOnceWithTheSchemesReason() {
    GridCode elsewhere = GridCode.parse("210802003001009");
    List<String> problems =
        refusal(atlas, AtlasChange.addGrid(new Grid(elsewhere, SANLOU, GridKind.BASE, "错码", 1, 1)));
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0))
        .startsWith("GRID_CODE_MISMATCH at changes[0].grid.code: ")
        .isEqualTo(
            "GRID_CODE_MISMATCH at changes[0].grid.code: "
                + atlas.gridCodeScheme().problemWith(elsewhere, SANLOU).orElseThrow());
  }

  /**
   * The rebuild's validation sees only the batch's end state; a change refused on its own stays
   * refused when a later change of the batch would undo it.
   */
  @Test
  void aChangeIsJudgedWhenItIsAppliedNotByTheBatchsEndState() {
    DivisionCode gone = DivisionCode.parse("210802003009");
    Atlas removed =
        atlas.apply(
            AtlasChange.addDivision(Division.of(gone, "新社区")), AtlasChange.removeDivision(gone));
    assertThat(
            refusal(
                removed,
                AtlasChange.addDivision(Division.of(gone, "新社区")),
                AtlasChange.removeDivision(gone)))
        .containsExactly(
            "RETIRED_CODE_IN_USE at changes[0].division.code: division code 210802003009 was"
                + " retired and may not be used again");
    GridCode elsewhere = GridCode.parse("210802003001009");
    assertThat(
            refusal(
                atlas,
                AtlasChange.addGrid(new Grid(elsewhere, SANLOU, GridKind.BASE, "错码", 1, 1)),
                AtlasChange.removeGrid(elsewhere)))
        .singleElement()
        .asString()
        .startsWith("GRID_CODE_MISMATCH at changes[0].grid.code: ");
  }

  @Test
  void aDivisionWithAChildButNoGridsIsStillReferenced() {
    DivisionCode street = DivisionCode.parse("210802005");
    DivisionCode community = DivisionCode.parse("210802005001");
    Atlas withStreet =
        atlas.apply(
            AtlasChange.addDivision(Division.of(street, "新街道")),
            AtlasChange.addDivision(Division.of(community, "新社区")));
    assertThat(refusal(withStreet, AtlasChange.removeDivision(street)))
        .containsExactly(
            "STILL_REFERENCED at changes[0].code: division 210802005 cannot be removed while it"
                + " has child division 210802005001");
    // once the child is gone, the street goes too
    Atlas empty =
        withStreet.apply(AtlasChange.removeDivision(community), AtlasChange.removeDivision(street));
    assertThat(empty.division(street)).isEmpty();
    assertThat(empty.retiredDivisions()).containsKeys(street, community);
  }

  @Test
  void aDivisionWithGridsButNoChildIsStillReferenced() {
    assertThat(refusal(atlas, AtlasChange.removeDivision(DivisionCode.parse("210802001003"))))
        .containsExactly(
            "STILL_REFERENCED at changes[0].code: division 210802001003 cannot be removed while it"
                + " has grid 210802001003001");
  }

  @Test
  void aMoveUnderTheWrongLevelSaysWhereTheUnitBelongs() {
    assertThat(refusal(atlas, AtlasChange.moveUnit(SANLOU, DivisionCode.parse("210802"))))
        .containsExactly(
            "WRONG_PARENT_LEVEL at changes[0].newParent: a COMMUNITY belongs under a town, not"
                + " under 210802 (DISTRICT)");
    assertThat(refusal(atlas, AtlasChange.moveUnit(JIANSHE, DivisionCode.parse("210802001003"))))
        .containsExactly(
            "WRONG_PARENT_LEVEL at changes[0].newParent: a STREET belongs under a county or a city"
                + " without counties, not under 210802001003 (COMMUNITY)");
  }

  @Test
  void aTownMovesUnderACityOnlyIfTheCityHasNoCounties() {
    // the reproducer: a street moved straight under 营口市, which has the district 站前区
    assertThat(refusal(atlas, AtlasChange.moveUnit(BATIANDI, DivisionCode.parse("2108"))))
        .containsExactly(
            "WRONG_PARENT_LEVEL at changes[0].newParent: a STREET belongs under a county or a city"
                + " without counties, not under 2108 (CITY), which has county 210802");
    // in a batch, at the change's own index
    assertThat(
            refusal(
                atlas,
                AtlasChange.addDivision(Division.of("2109", "无县市")),
                AtlasChange.moveUnit(JIANSHE, DivisionCode.parse("2108"))))
        .containsExactly(
            "WRONG_PARENT_LEVEL at changes[1].newParent: a STREET belongs under a county or a city"
                + " without counties, not under 2108 (CITY), which has county 210802");
    // a city whose only county is the last of its 99 (2109 99) has counties too
    assertThat(
            refusal(
                atlas,
                AtlasChange.addDivision(Division.of("2109", "无县市")),
                AtlasChange.addDivision(Division.of("210999", "末县")),
                AtlasChange.moveUnit(JIANSHE, DivisionCode.parse("2109"))))
        .containsExactly(
            "WRONG_PARENT_LEVEL at changes[2].newParent: a STREET belongs under a county or a city"
                + " without counties, not under 2109 (CITY), which has county 210999");
    // a city without counties takes it
    Atlas moved =
        atlas.apply(
            AtlasChange.addDivision(Division.of("2109", "无县市")),
            AtlasChange.moveUnit(JIANSHE, DivisionCode.parse("2109")));
    assertThat(moved.division(JIANSHE)).isEmpty();
    assertThat(moved.currentDivisions(JIANSHE))
        .singleElement()
        .satisfies(c -> assertThat(c.parent()).contains(DivisionCode.parse("2109")));
  }

  @Test
  void aSplitMustConserveResidentsAsWellAsHouseholds() {
    Grid g = atlas.grid(SANLOU_1).orElseThrow();
    assertThat(
            refusal(
                atlas,
                AtlasChange.splitGrid(
                    SANLOU_1,
                    List.of(
                        new AtlasChange.GridPart("东", 100, g.residents()),
                        new AtlasChange.GridPart("西", g.households() - 100, 1)))))
        .singleElement()
        .asString()
        .startsWith("NOT_CONSERVED at changes[0].parts: ")
        .contains((g.residents() + 1) + " residents");
  }

  @Test
  void mergesOfUnknownGridsNameEveryOneAndNothingElse() {
    GridCode a = GridCode.parse("210802001007008");
    GridCode b = GridCode.parse("210802001007009");
    assertThat(refusal(atlas, AtlasChange.mergeGrids(List.of(a, b), "无")))
        .containsExactly(
            "UNKNOWN_GRID at changes[0].grids[0]: grid 210802001007008 is not in the atlas",
            "UNKNOWN_GRID at changes[0].grids[1]: grid 210802001007009 is not in the atlas");
  }

  @Test
  void aMergedGridHoldsUpToTheLargestCountOfResidentsAndOfHouseholds() {
    Grid a = atlas.grid(SANLOU_1).orElseThrow();
    Grid b = atlas.grid(SANLOU_2).orElseThrow();
    int max = Integer.MAX_VALUE;
    // exactly the largest count of each: accepted
    Atlas full =
        atlas
            .apply(
                AtlasChange.updateGrid(a.withCounts(max - 5, max - 7)),
                AtlasChange.updateGrid(b.withCounts(5, 7)))
            .apply(AtlasChange.mergeGrids(List.of(SANLOU_1, SANLOU_2), "满"));
    Grid merged = full.grids().stream().filter(g -> g.name().equals("满")).findFirst().orElseThrow();
    assertThat(merged.households()).isEqualTo(max);
    assertThat(merged.residents()).isEqualTo(max);
    // one resident more, households well inside: refused for the residents alone
    Atlas many =
        atlas.apply(
            AtlasChange.updateGrid(a.withCounts(10, max - 7)),
            AtlasChange.updateGrid(b.withCounts(10, 8)));
    assertThat(refusal(many, AtlasChange.mergeGrids(List.of(SANLOU_1, SANLOU_2), "多")))
        .singleElement()
        .asString()
        .startsWith("INVALID_VALUE at changes[0].grids: ")
        .contains("20 households and 2147483648 residents");
    // and one household more with few residents
    Atlas wide =
        atlas.apply(
            AtlasChange.updateGrid(a.withCounts(max - 7, 10)),
            AtlasChange.updateGrid(b.withCounts(8, 10)));
    assertThat(refusal(wide, AtlasChange.mergeGrids(List.of(SANLOU_1, SANLOU_2), "多")))
        .singleElement()
        .asString()
        .contains("2147483648 households and 20 residents");
  }

  @Test
  void movesOfUnknownUnitsOrUnderUnknownParentsAreRefusedAtTheirComponent() {
    DivisionCode nowhereTown = DivisionCode.parse("210802009");
    DivisionCode nowhereCommunity = DivisionCode.parse("210802003099");
    assertThat(refusal(atlas, AtlasChange.moveUnit(nowhereCommunity, JIANSHE)))
        .containsExactly(
            "UNKNOWN_UNIT at changes[0].unit: division 210802003099 is not in the atlas");
    assertThat(refusal(atlas, AtlasChange.moveUnit(SANLOU, nowhereTown)))
        .containsExactly(
            "UNKNOWN_UNIT at changes[0].newParent: new parent 210802009 is not in the atlas");
    // both unknown, and one the other: the two unknowns and nothing about a cycle
    assertThat(refusal(atlas, AtlasChange.moveUnit(nowhereTown, nowhereTown)))
        .containsExactly(
            "UNKNOWN_UNIT at changes[0].unit: division 210802009 is not in the atlas",
            "UNKNOWN_UNIT at changes[0].newParent: new parent 210802009 is not in the atlas");
  }

  @Test
  void aMoveUnderTheParentAUnitHasChangesNothing() {
    Atlas same = atlas.apply(AtlasChange.moveUnit(SANLOU, BATIANDI));
    assertThat(same).isEqualTo(atlas);
    assertThat(same.retiredDivisions()).isEmpty();
    assertThat(same.division(SANLOU)).isPresent();
  }

  @Test
  void aMoveUnderATownWithNoFreeCodeOfTheUnitsKindIsRefused() {
    // 建设街道 gets every community code 001–199 (the fixture has six of them)
    Atlas.Builder b = atlas.toBuilder();
    for (int s = 1; s <= 199; s++) {
      DivisionCode c = JIANSHE.child(DivisionLevel.VILLAGE, s);
      if (atlas.division(c).isEmpty()) {
        b.addDivision(Division.of(c, "社区" + s));
      }
    }
    Atlas full = b.build();
    assertThat(refusal(full, AtlasChange.moveUnit(SANLOU, JIANSHE)))
        .containsExactly(
            "CODES_EXHAUSTED at changes[0].newParent: no unused COMMUNITY code left below"
                + " 210802003");
    // a village-kind code is still free there: the range of each kind is its own
    DivisionCode village = DivisionCode.parse("210802001201");
    Atlas withVillage = full.apply(AtlasChange.addDivision(Division.of(village, "村")));
    Atlas moved = withVillage.apply(AtlasChange.moveUnit(village, JIANSHE));
    assertThat(moved.currentDivisions(village))
        .containsExactly(JIANSHE.child(DivisionLevel.VILLAGE, 200));
  }
}
