package org.gridgov.core;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gridgov.core.io.AtlasJson;
import org.gridgov.core.io.DivisionCsv;
import org.gridgov.core.io.ReadLimits;
import org.junit.jupiter.api.Test;

/**
 * Issue 6: every public method's null check names its parameter (60 of 239 did not; e.g. {@code
 * Atlas.apply((AtlasChange[]) null)}, {@code currentGrids(null)}), over every public class of core.
 */
class NullChecksTest {
  @Test
  void everyNullCheckOfCoreNamesItsParameter() throws Exception {
    Atlas atlas = TestAtlases.zhanqian().build();
    GridCode grid = GridCode.parse("210802001007001");
    DivisionCode unit = DivisionCode.parse("210802001007");
    NullChecks checks =
        new NullChecks()
            .withDefault(Location.class, Location::json)
            .withDefault(DivisionCode.class, () -> unit)
            .withDefault(GridCode.class, () -> grid)
            .withDefault(Sector.class, () -> Sector.HEATING)
            .withDefault(Atlas.class, () -> atlas)
            .withDefault(LocalDate.class, () -> LocalDate.of(2022, 12, 10))
            .withDefault(Path.class, () -> Path.of("no-such-file.json"))
            .withDefault(Problem.class, () -> Problem.of(ProblemKind.CYCLE, Location.json(), "m"))
            .withDefault(List.class, List::of)
            .withDefault(ReadLimits.class, () -> ReadLimits.SMALL_DOCUMENT)
            .withDefault(GridCodeScheme.class, GridCodeScheme::standard)
            .withDefault(ElementLocator.class, ElementLocator::inCode)
            .withDefault(
                Grid.class, () -> Grid.builder(grid, unit).name("网格").households(1).build())
            .withDefault(Division.class, () -> Division.of(unit, "三楼社区"))
            .withInstance(Atlas.class, () -> atlas)
            .withInstance(Atlas.Builder.class, TestAtlases::zhanqian)
            .withInstance(Grid.Builder.class, () -> Grid.builder(grid, unit))
            .withInstance(Location.JsonPath.class, () -> Location.json().field("a"))
            .withInstance(Location.Element.class, () -> Location.element("grids", 0))
            .withInstance(Location.Change.class, () -> Location.change(0))
            .withInstance(Location.Text.class, () -> Location.line(1))
            .withInstance(Location.InSource.class, () -> Location.json().in("f"))
            .withInstance(Problem.class, () -> Problem.of(ProblemKind.CYCLE, Location.json(), "m"))
            .withInstance(Division.class, () -> Division.of(unit, "三楼社区"))
            .withInstance(
                Assignment.class,
                () -> Assignment.open("w", grid, WorkerRole.ASSISTANT, LocalDate.of(2022, 1, 1)))
            .withInstance(ContactPoint.class, () -> ContactPoint.ofUnit("周", LeaderRank.CITY, unit))
            .withInstance(
                Grid.class, () -> Grid.builder(grid, unit).name("网格").households(1).build())
            .withInstance(
                PartyOrganisation.class,
                () ->
                    new PartyOrganisation(
                        "p", "支部", PartyOrganisationKind.GRID_BRANCH, List.of(grid)))
            .withInstance(RollUp.class, () -> atlas.rollUp(unit))
            .withInstance(org.gridgov.core.io.AtlasJsonReader.class, AtlasJson::reader)
            .withInstance(DivisionCsv.class, DivisionCsv::reader)
            .withInstance(ReadLimits.class, () -> ReadLimits.SMALL_DOCUMENT);
    checks.checkPackages("org.gridgov.core", "org.gridgov.core.io");
    checks.assertAllNamed(150);
  }
}
