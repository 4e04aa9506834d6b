package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the builder's validation says beyond a problem's kind and place: the text of its messages
 * (the sector catalogue, the first of two repeated entries, the leader a post overlaps), the
 * problems it must not add (a repeated retirement, a self-succession, a reference into a value a
 * reader excused), and what becomes of problems a reader excused.
 */
class AtlasValidationDetailsTest {
  private static final DivisionCode SANLOU = DivisionCode.parse("210802001007");
  private static final GridCode SANLOU_2 = GridCode.parse("210802001007002");

  /** Every problem the builder reports, as {@code KIND at $.path: message}. */
  private static List<String> problems(Atlas.Builder b) {
    List<String> out = Where.withMessages(b.check());
    InvalidAtlasException e = catchThrowableOfType(InvalidAtlasException.class, b::build);
    if (out.isEmpty()) {
      assertThat(e).as("build() of a valid builder").isNull();
    } else {
      assertThat(e).as("build() of an invalid builder").isNotNull();
      assertThat(Where.withMessages(e.problems())).isEqualTo(out);
    }
    return out;
  }

  private static Atlas.Builder province() {
    return Atlas.builder().asOf(AtlasFixtures.AS_OF).addDivision(Division.of("21", "辽宁省"));
  }

  private static List<Sector> sectors(int n) {
    List<Sector> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(Sector.of(String.format("s%02d", i), "部门" + i));
    }
    return list;
  }

  @Test
  void anAsOfDateOutsideTheSupportedDates() {
    assertThat(problems(province().asOf(LocalDate.of(0, 12, 31))))
        .containsExactly(
            "INVALID_VALUE at $.asOf: date 0000-12-31 is outside the supported dates"
                + " 0001-01-01..9999-12-31");
    assertThat(problems(province().asOf(LocalDate.of(10000, 1, 1))))
        .containsExactly(
            "INVALID_VALUE at $.asOf: date +10000-01-01 is outside the supported dates"
                + " 0001-01-01..9999-12-31");
    assertThat(problems(province().asOf(LocalDate.of(1, 1, 1)))).isEmpty();
    assertThat(problems(province().asOf(LocalDate.of(9999, 12, 31)))).isEmpty();
  }

  @Test
  void anUnknownRequiredSectorQuotesTheCatalogueUpToTwentyCodes() {
    Sector gas = Sector.GAS;
    assertThat(problems(province().sectors(List.of()).requiredSectors(List.of(gas))))
        .containsExactly(
            "UNKNOWN_SECTOR at $.requiredSectors[0]: required sector \"gas\" is not in the sector"
                + " catalogue, which is empty");
    String twenty = String.join(", ", sectors(20).stream().map(Sector::code).toList());
    assertThat(problems(province().sectors(sectors(20)).requiredSectors(List.of(gas))))
        .containsExactly(
            "UNKNOWN_SECTOR at $.requiredSectors[0]: required sector \"gas\" is not in the sector"
                + " catalogue ("
                + twenty
                + ")");
    assertThat(problems(province().sectors(sectors(21)).requiredSectors(List.of(gas))))
        .containsExactly(
            "UNKNOWN_SECTOR at $.requiredSectors[0]: required sector \"gas\" is not in the sector"
                + " catalogue ("
                + twenty
                + ", …)");
    assertThat(problems(province().sectors(sectors(1)).requiredSectors(List.of(gas))))
        .containsExactly(
            "UNKNOWN_SECTOR at $.requiredSectors[0]: required sector \"gas\" is not in the sector"
                + " catalogue (s00)");
  }

  @Test
  void aRepeatedSectorNamesWhereItFirstAppeared() {
    List<Sector> list = new ArrayList<>(sectors(3));
    list.add(Sector.of("s01", "又一个"));
    assertThat(problems(province().sectors(list)))
        .containsExactly(
            "DUPLICATE_CODE at $.sectors[3].code: sector code \"s01\" appears again (first at"
                + " sectors[1])");
  }

  @Test
  void retirementsAreCheckedOnceAndASelfSuccessionOnlyAsSuch() {
    DivisionCode gone = DivisionCode.parse("210802001099");
    DivisionCode nowhere = DivisionCode.parse("210802001098");
    Atlas.Builder b = AtlasFixtures.zhanqian();
    assertThat(problems(b.retireDivision(gone, List.of(gone))))
        .containsExactly(
            "INVALID_VALUE at $.retiredDivisions[0].successors[0]: code 210802001099 cannot"
                + " succeed itself");
    // a successor that is neither live nor retired; one that is the first division
    assertThat(problems(AtlasFixtures.zhanqian().retireDivision(gone, List.of(nowhere))))
        .containsExactly(
            "UNKNOWN_UNIT at $.retiredDivisions[0].successors[0]: successor 210802001098 of"
                + " retired code 210802001099 is neither in the atlas nor retired");
    assertThat(
            problems(
                AtlasFixtures.zhanqian().retireDivision(gone, List.of(DivisionCode.parse("21")))))
        .isEmpty();
    // a repeated retirement is a duplicate; its successors are not looked at again
    List<String> repeated =
        problems(
            AtlasFixtures.zhanqian()
                .retireDivision(gone, List.of(SANLOU))
                .retireDivision(gone, List.of(nowhere)));
    assertThat(repeated).hasSize(1);
    assertThat(repeated.get(0)).startsWith("DUPLICATE_CODE at $.retiredDivisions[1]");
  }

  @Test
  void aCircleOfRetiredCodesIsShownFromItsFirstRetirement() {
    DivisionCode a = DivisionCode.parse("210802001099");
    DivisionCode b = DivisionCode.parse("210802001098");
    DivisionCode c = DivisionCode.parse("210802001097");
    assertThat(
            problems(
                AtlasFixtures.zhanqian()
                    .retireDivision(b, List.of(c))
                    .retireDivision(a, List.of(b))
                    .retireDivision(c, List.of(a))))
        .containsExactly(
            "CYCLE at $.retiredDivisions[0].successors: retired codes succeed each other in a"
                + " circle, 210802001098 -> 210802001097 -> 210802001099 -> 210802001098: none of"
                + " them would lead to a current code");
  }

  @Test
  void aCircleWithAWayOutSaysSoTruly() {
    // 003 -> 004 -> 003, and 004 also leads to the live grid 001: a current code is reached, but
    // 003 would come back after its retirement
    GridCode g3 = GridCode.parse("210802001007903");
    GridCode g4 = GridCode.parse("210802001007904");
    GridCode live = GridCode.parse("210802001007001");
    assertThat(
            problems(
                AtlasFixtures.zhanqian()
                    .retireGrid(g3, List.of(g4))
                    .retireGrid(g4, List.of(g3, live))))
        .containsExactly(
            "CYCLE at $.retiredGrids[0].successors: retired codes succeed each other in a circle,"
                + " 210802001007903 -> 210802001007904 -> 210802001007903: each of them would come"
                + " back after its own retirement, and a retired code is never used again");
    // without the way out, a dead end
    assertThat(
            problems(
                AtlasFixtures.zhanqian().retireGrid(g3, List.of(g4)).retireGrid(g4, List.of(g3))))
        .containsExactly(
            "CYCLE at $.retiredGrids[0].successors: retired codes succeed each other in a circle,"
                + " 210802001007903 -> 210802001007904 -> 210802001007903: none of them would lead"
                + " to a current code");
  }

  @Test
  void aCircleReachedFromAChainIsReportedOnceAndALongCircleIsShownInPart() {
    // 900 -> 901 -> 902 -> 901: one circle, shown from its first retirement (901)
    List<GridCode> g = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      g.add(GridCode.parse("210802001007" + (900 + i)));
    }
    assertThat(
            problems(
                AtlasFixtures.zhanqian()
                    .retireGrid(g.get(2), List.of(g.get(1)))
                    .retireGrid(g.get(0), List.of(g.get(1)))
                    .retireGrid(g.get(1), List.of(g.get(2)))))
        .containsExactly(
            "CYCLE at $.retiredGrids[0].successors: retired codes succeed each other in a circle,"
                + " 210802001007902 -> 210802001007901 -> 210802001007902: none of them would lead"
                + " to a current code");
    Atlas.Builder round = AtlasFixtures.zhanqian();
    for (int i = 0; i < 30; i++) {
      round.retireGrid(g.get(i), List.of(g.get((i + 1) % 30)));
    }
    StringBuilder shown = new StringBuilder("210802001007900");
    for (int i = 1; i < 20; i++) {
      shown.append(" -> 2108020010079").append(String.format(java.util.Locale.ROOT, "%02d", i));
    }
    assertThat(problems(round))
        .containsExactly(
            "CYCLE at $.retiredGrids[0].successors: retired codes succeed each other in a circle, "
                + shown
                + " -> … (10 more) -> 210802001007900: none of them would lead to a current code");
  }

  @Test
  void aCircleThroughARetirementThatAlsoSucceedsItselfIsShownTheWayRound() {
    GridCode g0 = GridCode.parse("g0");
    GridCode g1 = GridCode.parse("g1");
    assertThat(
            problems(
                AtlasFixtures.zhanqian()
                    .retireGrid(g0, List.of(g0, g1))
                    .retireGrid(g1, List.of(g0))
                    .retireGrid(g0, List.of())))
        .filteredOn(p -> p.startsWith("CYCLE"))
        .containsExactly(
            "CYCLE at $.retiredGrids[0].successors: retired codes succeed each other in a circle,"
                + " g0 -> g1 -> g0: none of them would lead to a current code");
  }

  @Test
  void aCircleOfTwentyIsShownWhole() {
    Atlas.Builder round = AtlasFixtures.zhanqian();
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      round.retireGrid(GridCode.parse("g" + i), List.of(GridCode.parse("g" + (i + 1) % 20)));
      shown.append("g").append(i).append(" -> ");
    }
    assertThat(problems(round))
        .containsExactly(
            "CYCLE at $.retiredGrids[0].successors: retired codes succeed each other in a circle, "
                + shown
                + "g0: none of them would lead to a current code");
  }

  @Test
  void aCircleOfDivisionsWithAWayOutToAnyLiveDivisionSaysSo() {
    DivisionCode a = DivisionCode.parse("210802001099");
    DivisionCode b = DivisionCode.parse("210802001098");
    for (Division live : AtlasFixtures.zhanqian().build().divisions()) {
      assertThat(
              problems(
                  AtlasFixtures.zhanqian()
                      .retireDivision(a, List.of(b))
                      .retireDivision(b, List.of(a, live.code()))))
          .as("a way out to %s", live.code())
          .singleElement()
          .asString()
          .endsWith(
              "each of them would come back after its own retirement, and a retired code is"
                  + " never used again");
    }
    // a successor that is neither retired nor live is no way out
    assertThat(
            problems(
                AtlasFixtures.zhanqian()
                    .retireDivision(a, List.of(b))
                    .retireDivision(b, List.of(a, DivisionCode.parse("210802001097")))))
        .filteredOn(p -> p.startsWith("CYCLE"))
        .singleElement()
        .asString()
        .endsWith("none of them would lead to a current code");
  }

  @Test
  void chainsOfAHundredThousandRetirementsAreCheckedWithoutDeepRecursion() {
    // the reproducer overflowed the stack with 4,000: g0 -> ... -> g3999 -> a live grid
    int n = 100_000;
    Atlas.Builder legal = AtlasFixtures.zhanqian();
    for (int i = 0; i < n; i++) {
      legal.retireGrid(
          GridCode.parse("g" + i), List.of(i + 1 < n ? GridCode.parse("g" + (i + 1)) : SANLOU_2));
    }
    assertThat(problems(legal)).isEmpty();
    assertThat(legal.build().currentGrids(GridCode.parse("g0"))).containsExactly(SANLOU_2);
    // closed into a circle: one problem, its message bounded
    Atlas.Builder circle = AtlasFixtures.zhanqian();
    for (int i = 0; i < n; i++) {
      circle.retireGrid(GridCode.parse("g" + i), List.of(GridCode.parse("g" + (i + 1) % n)));
    }
    List<String> found = problems(circle);
    assertThat(found).singleElement().asString().startsWith("CYCLE at $.retiredGrids[0]");
    assertThat(found.get(0)).contains("(99980 more) -> g0: none of them").hasSizeLessThan(600);
  }

  @Test
  void aLiveDivisionMayNotAlsoBeRetired() {
    assertThat(problems(AtlasFixtures.zhanqian().retireDivision(SANLOU, List.of())))
        .containsExactly(
            "RETIRED_CODE_IN_USE at $.divisions[8].code: division code 210802001007 was retired"
                + " and may not be used again");
  }

  @Test
  void aContactPointAtAGridOfAnotherUnit() {
    GridCode other = GridCode.parse("210802001003001");
    assertThat(
            problems(
                AtlasFixtures.zhanqian()
                    .addContactPoint(ContactPoint.ofGrid("吴", LeaderRank.CITY, SANLOU, other))))
        .containsExactly(
            "INVALID_VALUE at $.contactPoints[1].grid: contact point of \"吴\" names grid"
                + " 210802001003001 of unit 210802001003, not of 210802001007");
  }

  @Test
  void aContactPointAtAnUnknownGrid() {
    GridCode unknown = GridCode.parse("210802001007099");
    assertThat(
            problems(
                AtlasFixtures.zhanqian()
                    .addContactPoint(ContactPoint.ofGrid("吴", LeaderRank.CITY, SANLOU, unknown))))
        .containsExactly(
            "UNKNOWN_GRID at $.contactPoints[1].grid: contact point of \"吴\" names grid"
                + " 210802001007099, which is not in the atlas");
  }

  /**
   * Three leader posts of one grid: the second overlaps the first and ends the same day, the third
   * overlaps both. The sweep keeps the post that ends last (the first, on a tie) as the one later
   * posts are compared with, and each message names it and where it is.
   */
  @Test
  void overlappingLeadersNameThePostTheyOverlapAndWhereItIs() {
    Atlas.Builder b =
        AtlasFixtures.zhanqian()
            .addWorker(new GridWorker("w-a", "甲"))
            .addWorker(new GridWorker("w-b", "乙"))
            .addWorker(new GridWorker("w-c", "丙"))
            .addAssignment(
                Assignment.of(
                    "w-a",
                    SANLOU_2,
                    WorkerRole.GRID_LEADER,
                    LocalDate.of(2022, 1, 1),
                    LocalDate.of(2022, 3, 31)))
            .addAssignment(
                Assignment.of(
                    "w-b",
                    SANLOU_2,
                    WorkerRole.GRID_LEADER,
                    LocalDate.of(2022, 2, 1),
                    LocalDate.of(2022, 3, 31)))
            .addAssignment(
                Assignment.open(
                    "w-c", SANLOU_2, WorkerRole.GRID_LEADER, LocalDate.of(2022, 3, 15)));
    assertThat(problems(b))
        .containsExactly(
            "OVERLAPPING_GRID_LEADERS at $.assignments[4]: grid 210802001007002 would have two grid"
                + " leaders: \"w-b\" from 2022-02-01 overlaps \"w-a\" (2022-01-01 to 2022-03-31)"
                + " at assignments[3]",
            "OVERLAPPING_GRID_LEADERS at $.assignments[5]: grid 210802001007002 would have two grid"
                + " leaders: \"w-c\" from 2022-03-15 overlaps \"w-a\" (2022-01-01 to 2022-03-31)"
                + " at assignments[3]");
  }

  /** A locator that excuses the given {@code section/index/field} triples. */
  private static ElementLocator excusing(Set<String> excused) {
    return new ElementLocator() {
      @Override
      public Location locate(AtlasSection section, int index) {
        return section.element(index);
      }

      @Override
      public boolean isExcused(AtlasSection section, int index, String field) {
        return excused.contains(section + "/" + index + "/" + field);
      }
    };
  }

  @Test
  void anEntryOfAnExcusedListIsExcusedAndTheBuildStillRefusesTheStandIn() {
    GridCode unknown = GridCode.parse("210802001007099");
    Atlas.Builder b =
        AtlasFixtures.zhanqian()
            .addPartyOrganisation(
                new PartyOrganisation(
                    "pb-x", "某支部", PartyOrganisationKind.GRID_BRANCH, List.of(unknown)));
    assertThat(problems(b))
        .containsExactly(
            "UNKNOWN_GRID at $.partyOrganisations[1].grids[0]: party organisation \"pb-x\" covers"
                + " grid 210802001007099, which is not in the atlas");
    // the reader excused the whole list (it stood in for an empty one): nothing about its entry
    b.locatedBy(excusing(Set.of("PARTY_ORGANISATIONS/1/grids")));
    assertThat(b.check()).isEmpty();
    InvalidAtlasException e = catchThrowableOfType(InvalidAtlasException.class, b::build);
    assertThat(e).isNotNull();
    assertThat(Where.withMessages(e.problems()))
        .containsExactly(
            "INVALID_VALUE at $.partyOrganisations[1].grids[0]: a stand-in for a value reported as"
                + " unusable; the atlas cannot be built");
    // only that entry excused: the same
    b.locatedBy(excusing(Set.of("PARTY_ORGANISATIONS/1/grids[0]")));
    assertThat(b.check()).isEmpty();
    // the whole element excused: the same
    b.locatedBy(excusing(Set.of("PARTY_ORGANISATIONS/1/")));
    assertThat(b.check()).isEmpty();
    // another entry excused: the unknown grid is reported
    b.locatedBy(excusing(Set.of("PARTY_ORGANISATIONS/1/grids[1]")));
    assertThat(b.check()).hasSize(1);
  }
}
