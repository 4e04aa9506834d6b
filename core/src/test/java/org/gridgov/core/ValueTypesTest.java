package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueTypesTest {
  private static final DivisionCode SANLOU = DivisionCode.parse("210802001007");
  private static final GridCode G1 = GridCode.parse("210802001007001");
  private static final GridCode G2 = GridCode.parse("210802001007002");

  @Test
  void aRepeatIsNamedAndNoWholeListGoesIntoAMessage() {
    // the reproducer: 1,000,001 grids with one repeat gave a message of 8.9 million characters
    List<GridCode> grids = new java.util.ArrayList<>();
    for (int i = 0; i < 1_000_000; i++) {
      grids.add(GridCode.parse("g" + i));
    }
    grids.add(GridCode.parse("g7"));
    assertThatThrownBy(
            () -> new PartyOrganisation("p", "支部", PartyOrganisationKind.GRID_BRANCH, grids))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("party organisation p lists grid g7 twice (grids[7] and grids[1000000])");
    assertThatThrownBy(() -> AtlasChange.mergeGrids(grids, "合并"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("grids repeat: grid g7 at grids[7] and grids[1000000]");
    List<PathSegment> path = new java.util.ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      path.add(PathSegment.index(i));
    }
    assertThatThrownBy(() -> new Location.Element(path))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("an element's path starts with its section, got [")
        .hasMessageEndingWith("… (100000 in all)]")
        .message()
        .hasSizeLessThan(200);
  }

  @Test
  void valueTypesCompareByValue() {
    new EqualsTester()
        .addEqualityGroup(GridCode.parse("210802001007001"), G1)
        .addEqualityGroup(G2)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Division.of(SANLOU, "三楼社区"), Division.of(SANLOU, "三楼社区"))
        .addEqualityGroup(new Division(SANLOU, "三楼社区", Optional.of(UrbanRuralClass.MAIN_URBAN)))
        .addEqualityGroup(Division.of(SANLOU, "三楼"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new Grid(G1, SANLOU, GridKind.BASE, "一", 1, 2),
            new Grid(G1, SANLOU, GridKind.BASE, "一", 1, 2))
        .addEqualityGroup(new Grid(G1, SANLOU, GridKind.BASE, "一", 1, 3))
        .addEqualityGroup(new Grid(G1, SANLOU, GridKind.MARKET, "一", 1, 2))
        .testEquals();
    LocalDate d = LocalDate.of(2022, 1, 1);
    new EqualsTester()
        .addEqualityGroup(
            Assignment.open("w", G1, WorkerRole.FULL_TIME, d),
            Assignment.open("w", G1, WorkerRole.FULL_TIME, d))
        .addEqualityGroup(Assignment.of("w", G1, WorkerRole.FULL_TIME, d, d))
        .addEqualityGroup(Assignment.open("w", G2, WorkerRole.FULL_TIME, d))
        .testEquals();
    new EqualsTester()
        // a sector's identity is its code: the display name does not count (issue 7)
        .addEqualityGroup(Sector.HEATING, Sector.of("heating", "供暖"), Sector.of("heating", "暖气"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new PartyOrganisation("p", "支部", PartyOrganisationKind.GRID_BRANCH, List.of(G1, G2)),
            new PartyOrganisation("p", "支部", PartyOrganisationKind.GRID_BRANCH, List.of(G1, G2)))
        .addEqualityGroup(
            new PartyOrganisation("p", "支部", PartyOrganisationKind.GRID_BRANCH, List.of(G2, G1)))
        .testEquals();
  }

  @Test
  void constructorsRejectBadValuesNamingThem() {
    assertThatThrownBy(() -> new Grid(G1, SANLOU, GridKind.BASE, "一", -1, 2))
        .hasMessageContaining("households must be >= 0, got -1");
    assertThatThrownBy(() -> new Grid(G1, SANLOU, GridKind.BASE, " ", 1, 2))
        .hasMessageContaining("name must not be blank");
    assertThatThrownBy(
            () -> Assignment.open("w", G1, WorkerRole.SECONDED_CADRE, LocalDate.of(2022, 1, 1)))
        .hasMessageContaining("seconded cadre serves a term");
    assertThatThrownBy(
            () ->
                Assignment.of(
                    "w",
                    G1,
                    WorkerRole.FULL_TIME,
                    LocalDate.of(2022, 1, 2),
                    LocalDate.of(2022, 1, 1)))
        .hasMessageContaining("end 2022-01-01 is before start 2022-01-02");
    assertThatThrownBy(
            () -> new PartyOrganisation("p", "支部", PartyOrganisationKind.PARTY_GROUP, List.of()))
        .hasMessageContaining("at least one grid");
    assertThatThrownBy(
            () ->
                new PartyOrganisation(
                    "p", "支部", PartyOrganisationKind.PARTY_GROUP, List.of(G1, G1)))
        .hasMessageContaining("lists grid " + G1 + " twice (grids[0] and grids[1])");
    assertThatThrownBy(() -> Sector.of("Heating", "供暖")).hasMessageContaining("\"Heating\"");
    assertThatThrownBy(
            () ->
                new Division(
                    DivisionCode.parse("210802001"), "街道", Optional.of(UrbanRuralClass.MAIN_URBAN)))
        .hasMessageContaining("village-level units only");
    assertThatThrownBy(() -> GridCode.parse("2108 02"))
        .hasMessageContaining("found ' ' at position 5");
    assertThatThrownBy(() -> GridCode.parse("")).isInstanceOf(InvalidCodeException.class);
    // Guava's preconditions format only %s: a "%%" there would print as two signs
    assertThatThrownBy(() -> new HouseholdTargets(300, 60, 101))
        .hasMessage("tolerance must be 0–100 %, got 101");
  }

  @Test
  void assignmentsKnowWhenTheyAreActiveAndWhenTheyOverlap() {
    Assignment a =
        Assignment.of(
            "w", G1, WorkerRole.GRID_LEADER, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30));
    Assignment b = Assignment.open("v", G1, WorkerRole.GRID_LEADER, LocalDate.of(2022, 6, 30));
    Assignment c = Assignment.open("v", G1, WorkerRole.GRID_LEADER, LocalDate.of(2022, 7, 1));
    assertThat(a.isActiveOn(LocalDate.of(2022, 6, 30))).isTrue();
    assertThat(a.isActiveOn(LocalDate.of(2022, 7, 1))).isFalse();
    assertThat(a.overlaps(b)).isTrue();
    assertThat(b.overlaps(a)).isTrue();
    assertThat(a.overlaps(c)).isFalse();
    assertThat(b.overlaps(c)).isTrue();
  }

  @Test
  void householdTargetsAcceptWithinTheTolerance() {
    HouseholdTargets t = HouseholdTargets.DEFAULT;
    assertThat(t.accepts(DivisionKind.COMMUNITY, 150)).isTrue();
    assertThat(t.accepts(DivisionKind.COMMUNITY, 149)).isFalse();
    assertThat(t.accepts(DivisionKind.COMMUNITY, 450)).isTrue();
    assertThat(t.accepts(DivisionKind.COMMUNITY, 451)).isFalse();
    assertThat(t.accepts(DivisionKind.VILLAGE, 30)).isTrue();
    assertThat(t.accepts(DivisionKind.VILLAGE_LIKE, 91)).isFalse();
    assertThat(t.targetFor(DivisionKind.COMMUNITY_LIKE)).isEqualTo(300);
  }

  @Test
  void theStandardSchemeFitsCodesToUnits() {
    GridCodeScheme s = GridCodeScheme.standard();
    assertThat(s.name()).isEqualTo("standard-3");
    assertThat(s.codeFor(SANLOU, 7)).isEqualTo(GridCode.parse("210802001007007"));
    assertThat(s.sequenceOf(G2, SANLOU)).hasValue(2);
    assertThat(s.sequenceOf(G2, DivisionCode.parse("210802001006"))).isEmpty();
    assertThat(s.sequenceOf(GridCode.parse("210802001007000"), SANLOU)).isEmpty();
    assertThat(s.problemWith(G2, DivisionCode.parse("210802001006")).orElseThrow())
        .contains("expected the 12-digit unit code 210802001006");
    GridCodeScheme four = GridCodeScheme.standard(4);
    assertThat(four.codeFor(SANLOU, 1234)).isEqualTo(GridCode.parse("2108020010071234"));
    assertThat(four.maxSequence()).isEqualTo(9999);
    assertThatThrownBy(() -> s.codeFor(SANLOU, 1000)).hasMessageContaining("1–999, got 1000");
  }

  @Test
  void publicClassesRejectNulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(Location.class, Location.json());
    tester.setDefault(DivisionCode.class, SANLOU);
    tester.setDefault(GridCode.class, G1);
    tester.setDefault(Sector.class, Sector.POWER);
    tester.setDefault(LocalDate.class, LocalDate.of(2022, 1, 1));
    tester.setDefault(Division.class, Division.of(SANLOU, "三楼社区"));
    tester.setDefault(Grid.class, new Grid(G1, SANLOU, GridKind.BASE, "一", 1, 2));
    tester.setDefault(GridWorker.class, new GridWorker("w", "王"));
    tester.setDefault(
        Assignment.class, Assignment.open("w", G1, WorkerRole.FULL_TIME, LocalDate.of(2022, 1, 1)));
    tester.setDefault(Liaison.class, new Liaison("李", SANLOU, Sector.POWER));
    tester.setDefault(
        PartyOrganisation.class,
        new PartyOrganisation("p", "支部", PartyOrganisationKind.GRID_BRANCH, List.of(G1)));
    for (Class<?> c :
        List.of(
            Division.class,
            Grid.class,
            GridWorker.class,
            Assignment.class,
            PartyOrganisation.class,
            Sector.class,
            Liaison.class,
            ContactPoint.class,
            Problem.class,
            GridCode.class,
            AtlasChange.class,
            AtlasChange.MoveUnit.class,
            AtlasChange.SplitGrid.class,
            AtlasChange.MergeGrids.class,
            AtlasChange.ReassignWorker.class,
            RollUp.class,
            LiaisonGap.class,
            WhistleRoute.Answered.class,
            UrbanRuralClass.class)) {
      tester.testAllPublicConstructors(c);
      tester.testAllPublicStaticMethods(c);
    }
    tester.testAllPublicInstanceMethods(new Grid(G1, SANLOU, GridKind.BASE, "一", 1, 2));
    tester.testAllPublicInstanceMethods(
        Assignment.open("w", G1, WorkerRole.FULL_TIME, LocalDate.of(2022, 1, 1)));
    tester.testAllPublicInstanceMethods(GridCodeScheme.standard());
  }
}
