package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import org.gridgov.core.AtlasDiff.Kind;
import org.gridgov.core.AtlasDiff.Subject;
import org.junit.jupiter.api.Test;

class AtlasDiffTest {
  private static final GridCode SANLOU_1 = GridCode.parse("210802001007001");
  private static final GridCode SANLOU_2 = GridCode.parse("210802001007002");
  private static final DivisionCode SANLOU = DivisionCode.parse("210802001007");

  private final Atlas atlas = AtlasFixtures.zhanqian().build();

  @Test
  void aChangedGridIsOneTypedEntryPerField() {
    Grid g = atlas.grid(SANLOU_1).orElseThrow();
    Atlas after =
        atlas.apply(
            AtlasChange.updateGrid(
                new Grid(g.code(), g.unit(), GridKind.MARKET, "新名", 280, g.residents())));
    List<AtlasDiff.Entry> entries = atlas.diff(after).entries();
    assertThat(entries)
        .containsExactly(
            new AtlasDiff.Changed(Subject.GRID, "210802001007001", "kind", "BASE", "MARKET"),
            new AtlasDiff.Changed(Subject.GRID, "210802001007001", "name", g.name(), "新名"),
            new AtlasDiff.Changed(
                Subject.GRID, "210802001007001", "households", "" + g.households(), "280"));
    AtlasDiff.Changed households = (AtlasDiff.Changed) entries.get(2);
    assertThat(households.kind()).isEqualTo(Kind.CHANGED);
    assertThat(households.field()).isEqualTo("households");
    assertThat(Integer.parseInt(households.after())).isEqualTo(280);
    assertThat(households)
        .hasToString("GRID CHANGED 210802001007001 households " + g.households() + " -> 280");
    assertThat(atlas.diff(after).count(Subject.GRID, Kind.CHANGED)).isEqualTo(3);
    assertThat(atlas.diff(atlas).isEmpty()).isTrue();
  }

  @Test
  void splitsMergesMovesAdditionsAndRemovalsNameTheirCodes() {
    Atlas split =
        atlas.apply(
            AtlasChange.splitGrid(
                SANLOU_2,
                List.of(new AtlasChange.GridPart("东", 100, 300), splitRest(SANLOU_2, 100, 300))));
    AtlasDiff.Entry s = atlas.diff(split).entries(Subject.GRID).get(0);
    assertThat(s)
        .isEqualTo(
            new AtlasDiff.Split(
                Subject.GRID, "210802001007002", List.of("210802001007004", "210802001007005")))
        .hasToString("GRID SPLIT 210802001007002 -> 210802001007004, 210802001007005");
    assertThat(s.kind()).isEqualTo(Kind.SPLIT);

    Atlas merged = atlas.apply(AtlasChange.mergeGrids(List.of(SANLOU_2, SANLOU_1), "合并"));
    List<AtlasDiff.Entry> m = atlas.diff(merged).entries(Subject.GRID);
    List<String> from = List.of("210802001007001", "210802001007002");
    assertThat(m)
        .containsExactly(
            new AtlasDiff.Merged(Subject.GRID, "210802001007001", from, "210802001007004"),
            new AtlasDiff.Merged(Subject.GRID, "210802001007002", from, "210802001007004"));
    assertThat(m.get(0))
        .hasToString(
            "GRID MERGED 210802001007001 -> 210802001007004 (from 210802001007001,"
                + " 210802001007002)");
    assertThat(m.get(0).kind()).isEqualTo(Kind.MERGED);

    Atlas moved = atlas.apply(AtlasChange.moveUnit(SANLOU, DivisionCode.parse("210802003")));
    AtlasDiff.Moved unit = (AtlasDiff.Moved) atlas.diff(moved).entries(Subject.DIVISION).get(0);
    assertThat(unit.from()).isEqualTo(unit.key()).isEqualTo("210802001007");
    assertThat(unit.to()).isEqualTo("210802003008");
    assertThat(unit.kind()).isEqualTo(Kind.MOVED);

    Atlas changed =
        atlas.apply(
            AtlasChange.removeGrid(GridCode.parse("210802001007003")),
            AtlasChange.addWorker(new GridWorker("w-new", "新人")),
            AtlasChange.addAssignment(
                Assignment.of(
                    "w-new",
                    SANLOU_2,
                    WorkerRole.ASSISTANT,
                    LocalDate.of(2022, 1, 1),
                    LocalDate.of(2022, 2, 1))));
    assertThat(atlas.diff(changed).entries())
        .containsExactly(
            new AtlasDiff.Removed(Subject.GRID, "210802001007003"),
            new AtlasDiff.Added(Subject.WORKER, "w-new"),
            new AtlasDiff.Added(
                Subject.ASSIGNMENT, "w-new@210802001007002 ASSISTANT 2022-01-01..2022-02-01"));
    assertThat(atlas.diff(changed).entries().get(0))
        .hasToString("GRID REMOVED 210802001007003")
        .extracting(AtlasDiff.Entry::kind)
        .isEqualTo(Kind.REMOVED);
    assertThat(atlas.diff(changed).entries().get(1))
        .hasToString("WORKER ADDED w-new")
        .extracting(AtlasDiff.Entry::kind)
        .isEqualTo(Kind.ADDED);
    // and back
    assertThat(changed.diff(atlas).entries())
        .contains(
            new AtlasDiff.Removed(Subject.WORKER, "w-new"),
            new AtlasDiff.Removed(
                Subject.ASSIGNMENT, "w-new@210802001007002 ASSISTANT 2022-01-01..2022-02-01"));
  }

  @Test
  void aGridMovedAndChangedIsItsMoveAndEachChangedField() {
    // the reproducer: a grid moved and renamed, its counts corrected, was only "moved"
    DivisionCode huian = DivisionCode.parse("210802001006");
    Atlas moved = atlas.apply(AtlasChange.moveGrid(SANLOU_1, huian));
    Grid g = moved.grid(moved.currentGrids(SANLOU_1).get(0)).orElseThrow();
    Atlas after =
        moved.apply(
            AtlasChange.updateGrid(new Grid(g.code(), huian, g.kind(), "惠安社区第三网格", 280, 700)));
    Grid old = atlas.grid(SANLOU_1).orElseThrow();
    assertThat(atlas.diff(after).entries())
        .containsExactly(
            new AtlasDiff.Moved(Subject.GRID, "210802001007001", "210802001006003"),
            new AtlasDiff.Changed(Subject.GRID, "210802001007001", "name", old.name(), "惠安社区第三网格"),
            new AtlasDiff.Changed(
                Subject.GRID, "210802001007001", "households", "" + old.households(), "280"),
            new AtlasDiff.Changed(
                Subject.GRID, "210802001007001", "residents", "" + old.residents(), "700"));
    // a division moved and renamed alike
    Atlas renamed =
        atlas.apply(AtlasChange.moveUnit(SANLOU, DivisionCode.parse("210802003"))).toBuilder()
            .build();
    Atlas.Builder b = renamed.toBuilder();
    DivisionCode now = DivisionCode.parse("210802003008");
    b.contents.divisions.replaceAll(
        d -> d.code().equals(now) ? new Division(now, "三楼新社区", d.urbanRuralClass()) : d);
    assertThat(atlas.diff(b.build()).entries(Subject.DIVISION))
        .containsExactly(
            new AtlasDiff.Moved(Subject.DIVISION, "210802001007", "210802003008"),
            new AtlasDiff.Changed(Subject.DIVISION, "210802001007", "name", "三楼社区", "三楼新社区"));
  }

  @Test
  void aCodeRetiredAgainIsFollowedToWhereItIsNow() {
    // the reproducer: a grid moved twice was "moved" to a code the newer atlas does not hold, and
    // where it is now was "added"
    Atlas once = atlas.apply(AtlasChange.moveGrid(SANLOU_1, DivisionCode.parse("210802001006")));
    GridCode between = GridCode.parse("210802001006003");
    Atlas twice = once.apply(AtlasChange.moveGrid(between, DivisionCode.parse("210802001005")));
    assertThat(atlas.diff(twice).entries())
        .containsExactly(
            new AtlasDiff.Moved(Subject.GRID, "210802001007001", "210802001005003"),
            new AtlasDiff.Retired(Subject.GRID, "210802001006003", List.of("210802001005003")));
    // a split whose part is merged again: the parts it stands for now
    Grid g = atlas.grid(SANLOU_2).orElseThrow();
    Atlas split =
        atlas.apply(
            AtlasChange.splitGrid(
                SANLOU_2,
                List.of(new AtlasChange.GridPart("东", 100, 300), splitRest(SANLOU_2, 100, 300))));
    Atlas merged =
        split.apply(
            AtlasChange.mergeGrids(
                List.of(GridCode.parse("210802001007005"), GridCode.parse("210802001007003")),
                "合并"));
    assertThat(atlas.diff(merged).entries(Subject.GRID))
        .containsExactly(
            new AtlasDiff.Split(
                Subject.GRID, "210802001007002", List.of("210802001007004", "210802001007006")),
            new AtlasDiff.Merged(
                Subject.GRID,
                "210802001007003",
                List.of("210802001007002", "210802001007003"),
                "210802001007006"),
            new AtlasDiff.Retired(Subject.GRID, "210802001007005", List.of("210802001007006")));
    assertThat(g.households()).isGreaterThan(100);
  }

  @Test
  void postsOrganisationsAndContactPointsThatFollowedASplitAreNotReported() {
    // the reproducer: after a split, the posts that went to the first part and the branch that
    // covers both parts were reported as removed, added and changed
    Atlas split =
        atlas.apply(
            AtlasChange.addContactPoint(
                ContactPoint.ofGrid("吴区领导", LeaderRank.DISTRICT, SANLOU, SANLOU_1)),
            AtlasChange.splitGrid(
                SANLOU_1,
                List.of(new AtlasChange.GridPart("东", 100, 300), splitRest(SANLOU_1, 100, 300))));
    Atlas before =
        atlas.apply(
            AtlasChange.addContactPoint(
                ContactPoint.ofGrid("吴区领导", LeaderRank.DISTRICT, SANLOU, SANLOU_1)));
    assertThat(before.diff(split).entries())
        .containsExactly(
            new AtlasDiff.Split(
                Subject.GRID, "210802001007001", List.of("210802001007004", "210802001007005")));
    // and a part split again: the branch covers the parts in the split's order
    Atlas again =
        split.apply(
            AtlasChange.splitGrid(
                GridCode.parse("210802001007004"),
                List.of(
                    new AtlasChange.GridPart("东一", 50, 150),
                    new AtlasChange.GridPart("东二", 50, 150))));
    assertThat(before.diff(again).entries(Subject.PARTY_ORGANISATION)).isEmpty();
    assertThat(before.diff(again).entries(Subject.ASSIGNMENT)).isEmpty();
    assertThat(before.diff(again).entries(Subject.CONTACT_POINT)).isEmpty();
  }

  @Test
  void configurationDivisionOrganisationAndWorkerFieldsAreCompared() {
    Atlas other =
        atlas.toBuilder()
            .asOf(LocalDate.of(2023, 1, 1))
            .requiredSectors(List.of(Sector.HEATING))
            .build();
    assertThat(atlas.diff(other).entries())
        .extracting(AtlasDiff.Entry::key)
        .containsExactly("asOf", "requiredSectors");
    assertThat(atlas.diff(other).entries().get(0))
        .isEqualTo(
            new AtlasDiff.Changed(
                Subject.CONFIGURATION, "asOf", "asOf", "2022-12-10", "2023-01-01"));
    Atlas.Builder b = AtlasFixtures.zhanqian();
    b.contents.divisions.replaceAll(
        d ->
            d.code().equals(SANLOU)
                ? new Division(SANLOU, "三楼新社区", java.util.Optional.empty())
                : d);
    b.contents.workers.replaceAll(w -> new GridWorker(w.id(), w.name() + "同志"));
    b.contents.partyOrganisations.replaceAll(
        o ->
            new PartyOrganisation(
                o.id(), "新支部", PartyOrganisationKind.PARTY_GROUP, List.of(SANLOU_1)));
    List<AtlasDiff.Entry> entries = atlas.diff(b.build()).entries();
    assertThat(entries)
        .contains(
            new AtlasDiff.Changed(Subject.DIVISION, "210802001007", "name", "三楼社区", "三楼新社区"),
            new AtlasDiff.Changed(
                Subject.DIVISION, "210802001007", "urbanRuralClass", "MAIN_URBAN", ""),
            new AtlasDiff.Changed(Subject.WORKER, "w-li", "name", "李下沉", "李下沉同志"),
            new AtlasDiff.Changed(
                Subject.PARTY_ORGANISATION, "pb-sanlou-1", "kind", "GRID_BRANCH", "PARTY_GROUP"),
            new AtlasDiff.Changed(
                Subject.PARTY_ORGANISATION,
                "pb-sanlou-1",
                "grids",
                "[210802001007001, 210802001007002]",
                "[210802001007001]"));
  }

  @Test
  void retirementsOfCodesTheOlderAtlasNeverHeldAreEntries() {
    // the reproducer: a division added and removed again; the atlases differed, the diff was empty
    DivisionCode added = DivisionCode.parse("210802001099");
    Atlas after =
        atlas.apply(
            AtlasChange.addDivision(Division.of("210802001099", "新社区")),
            AtlasChange.removeDivision(added));
    assertThat(after).isNotEqualTo(atlas);
    assertThat(atlas.diff(after).entries())
        .containsExactly(new AtlasDiff.Retired(Subject.DIVISION, "210802001099", List.of()));
    assertThat(atlas.diff(after).entries().get(0))
        .hasToString("DIVISION RETIRED 210802001099 -> []");
    // the other way round, a retirement the newer atlas no longer records
    assertThat(after.diff(atlas).entries())
        .containsExactly(
            new AtlasDiff.Changed(Subject.DIVISION, "210802001099", "successors", "[]", ""));
    // a retired grid with a successor, and one whose successors changed
    GridCode gone = GridCode.parse("210802001007909");
    Atlas withGrid = atlas.toBuilder().retireGrid(gone, List.of(SANLOU_1)).build();
    assertThat(atlas.diff(withGrid).entries())
        .containsExactly(
            new AtlasDiff.Retired(Subject.GRID, "210802001007909", List.of("210802001007001")));
    Atlas otherSuccessor = atlas.toBuilder().retireGrid(gone, List.of(SANLOU_2)).build();
    assertThat(withGrid.diff(otherSuccessor).entries())
        .containsExactly(
            new AtlasDiff.Changed(
                Subject.GRID,
                "210802001007909",
                "successors",
                "[210802001007001]",
                "[210802001007002]"));
  }

  @Test
  void entriesAreValues() {
    new EqualsTester()
        .addEqualityGroup(
            new AtlasDiff.Added(Subject.GRID, "a"), new AtlasDiff.Added(Subject.GRID, "a"))
        .addEqualityGroup(new AtlasDiff.Added(Subject.DIVISION, "a"))
        .addEqualityGroup(new AtlasDiff.Removed(Subject.GRID, "a"))
        .addEqualityGroup(new AtlasDiff.Moved(Subject.GRID, "a", "b"))
        .addEqualityGroup(new AtlasDiff.Split(Subject.GRID, "a", List.of("b", "c")))
        .addEqualityGroup(new AtlasDiff.Merged(Subject.GRID, "a", List.of("a", "b"), "c"))
        .addEqualityGroup(new AtlasDiff.Changed(Subject.GRID, "a", "name", "x", "y"))
        .addEqualityGroup(
            new AtlasDiff.Retired(Subject.GRID, "a", List.of("b")),
            new AtlasDiff.Retired(Subject.GRID, "a", List.of("b")))
        .addEqualityGroup(new AtlasDiff.Retired(Subject.GRID, "a", List.of()))
        .addEqualityGroup(new AtlasDiff(List.of(new AtlasDiff.Added(Subject.GRID, "a"))))
        .testEquals();
    assertThat(new AtlasDiff.Moved(Subject.DIVISION, "210802001007", "210802003001"))
        .hasToString("DIVISION MOVED 210802001007 -> 210802003001");
    assertThat(new AtlasDiff.Changed(Subject.WORKER, "w", "name", "a", "b").kind())
        .isEqualTo(Kind.CHANGED);
  }

  private AtlasChange.GridPart splitRest(GridCode code, int households, int residents) {
    Grid g = atlas.grid(code).orElseThrow();
    return new AtlasChange.GridPart("西", g.households() - households, g.residents() - residents);
  }
}
