package org.gridgov.examples;

import java.time.LocalDate;
import java.util.List;
import org.gridgov.core.Atlas;
import org.gridgov.core.AtlasChange;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.Liaison;
import org.gridgov.core.RollUp;
import org.gridgov.core.Sector;
import org.gridgov.core.WhistleRoute;

/** The README's core example: build an atlas, roll it up, route a whistle, move a community. */
public final class AtlasExample {
  private AtlasExample() {}

  /**
   * Runs the example and returns what it printed, for the README test.
   *
   * @return the lines printed
   */
  public static List<String> run() {
    // README:core-begin
    Atlas atlas =
        Atlas.builder()
            .asOf(LocalDate.of(2022, 12, 10))
            .addDivision(Division.of("21", "辽宁省"))
            .addDivision(Division.of("2108", "营口市"))
            .addDivision(Division.of("210802", "站前区"))
            .addDivision(Division.of("210802001", "八田地街道"))
            .addDivision(Division.of("210802003", "建设街道"))
            .addDivision(Division.of("210802001007", "三楼社区"))
            .addGrid(
                Grid.builder(GridCode.parse("210802001007001"), DivisionCode.parse("210802001007"))
                    .name("三楼社区第一网格")
                    .households(296)
                    .residents(711)
                    .build())
            .addLiaison(new Liaison("李供暖", DivisionCode.parse("210802001"), Sector.HEATING))
            .build(); // validates everything; InvalidAtlasException lists every problem

    RollUp district = atlas.rollUp(DivisionCode.parse("210802")); // O(1)
    WhistleRoute route = atlas.routeWhistle(GridCode.parse("210802001007001"), "heating");

    // Changes return a new snapshot; 三楼 is re-coded under 建设街道 and its old code retired.
    Atlas moved =
        atlas.apply(
            AtlasChange.moveUnit(
                DivisionCode.parse("210802001007"), DivisionCode.parse("210802003")));
    // README:core-end
    return List.of(
        "households " + district.households(),
        "heating -> " + route.liaison().map(Liaison::name).orElse("nobody"),
        "三楼 now " + moved.currentDivisions(DivisionCode.parse("210802001007")),
        moved.diff(atlas).isEmpty() ? "no diff" : atlas.diff(moved).entries().get(0).toString());
  }

  /**
   * Prints the example's results.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run().forEach(System.out::println);
  }
}
