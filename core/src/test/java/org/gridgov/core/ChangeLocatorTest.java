package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.ChangeLocator.Origin;
import org.junit.jupiter.api.Test;

/**
 * The locator of a batch's rebuilt contents: elements a change introduced are located at the change
 * and component, elements a change rewrote at the change, untouched elements at their place in the
 * atlas the batch was applied to.
 */
class ChangeLocatorTest {

  @Test
  void untouchedElementsKeepTheirAtlasPositionsAroundTheSkippedOnes() {
    ChangeLocator.Recorder recorder = new ChangeLocator.Recorder();
    List<String> out = new ArrayList<>();
    ChangeLocator.Section<String> grids = recorder.section(AtlasSection.GRIDS, out, 10);
    // atlas positions 0..9; 2, 3 and 7 were removed or rewritten, 9 is written out of order
    for (int p : new int[] {0, 1, 4, 5, 6, 8}) {
      grids.atlas("g" + p, p);
    }
    grids.other("added", Origin.change(4, "grid"));
    grids.other("moved", Origin.change(2, ""));
    grids.other("g9", Origin.atlas(9));
    grids.finish();
    ChangeLocator locator = recorder.locator();
    List<String> located = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      located.add(out.get(i) + " " + locator.locate(AtlasSection.GRIDS, i));
    }
    assertThat(located)
        .containsExactly(
            "g0 grids[0]",
            "g1 grids[1]",
            "g4 grids[4]",
            "g5 grids[5]",
            "g6 grids[6]",
            "g8 grids[8]",
            "added changes[4].grid",
            "moved changes[2]",
            "g9 grids[9]");
    // the validator narrows a location to the field at fault
    assertThat(locator.locate(AtlasSection.GRIDS, 6).field("unit"))
        .hasToString("changes[4].grid.unit");
    // sections the batch did not lay out, and settings, are located as in code
    assertThat(locator.locate(AtlasSection.SECTORS, 3)).hasToString("sectors[3]");
    assertThat(locator.locate(AtlasSection.AS_OF, 0)).hasToString("asOf");
  }

  @Test
  void interleavedElementsAndATrailingGapAreLocated() {
    ChangeLocator.Recorder recorder = new ChangeLocator.Recorder();
    List<String> out = new ArrayList<>();
    ChangeLocator.Section<String> workers = recorder.section(AtlasSection.WORKERS, out, 6);
    workers.other("a", Origin.change(0, "worker"));
    workers.atlas("w1", 1);
    workers.other("b", Origin.change(3, "worker"));
    workers.atlas("w2", 2);
    workers.atlas("w3", 3);
    workers.finish();
    ChangeLocator locator = recorder.locator();
    assertThat(List.of(0, 1, 2, 3, 4))
        .extracting(i -> locator.locate(AtlasSection.WORKERS, i).toString())
        .containsExactly(
            "changes[0].worker", "workers[1]", "changes[3].worker", "workers[2]", "workers[3]");
  }

  /**
   * Problems of a batch's result are located through the locator: at the change that introduced an
   * element, or at the atlas's own position of an element no change touched. (The engine checks
   * each change so that its results are valid; this draft is written without those checks.)
   */
  @Test
  void aRebuildLocatesTheResultsProblemsAtTheChanges() {
    Atlas atlas = AtlasFixtures.zhanqian().build();
    AtlasDraft draft = new AtlasDraft(atlas.data());
    draft.change = 3;
    Grid orphan =
        new Grid(
            GridCode.parse("210802001099001"),
            DivisionCode.parse("210802001099"),
            GridKind.BASE,
            "无主网格",
            1,
            1);
    draft.putGrid(orphan, "grid");
    draft.change = 5;
    draft.removeGrid(GridCode.parse("210802001007001"));
    List<Problem> problems = AtlasValidation.check(draft.contents());
    assertThat(Where.of(problems))
        .containsExactly(
            "UNKNOWN_UNIT at changes[3].grid.unit",
            "UNKNOWN_GRID at $.assignments[0].grid",
            "UNKNOWN_GRID at $.assignments[1].grid",
            "UNKNOWN_GRID at $.partyOrganisations[0].grids[0]");
  }
}
