package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.Theories.qt;

import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The atlas's finders by id and code against a scan of its public lists; its equality against a
 * rebuild. The mutation run found these answered by the index but never compared with the lists.
 */
class AtlasLookupProperties {

  @Test
  void findersByIdAndCodeAgreeWithAScanOfTheLists() {
    qt().withExamples(100)
        .forAll(AtlasFixtures.atlases())
        .checkAssert(
            atlas -> {
              for (GridWorker w : atlas.workers()) {
                assertThat(atlas.worker(w.id())).contains(w);
              }
              for (PartyOrganisation o : atlas.partyOrganisations()) {
                assertThat(atlas.partyOrganisation(o.id())).contains(o);
              }
              for (Sector s : atlas.sectors()) {
                assertThat(atlas.sector(s.code())).contains(s);
              }
              assertThat(atlas.worker("no such worker")).isEmpty();
              assertThat(atlas.partyOrganisation("no such organisation")).isEmpty();
              assertThat(atlas.sector("no such sector")).isEmpty();
              for (Grid g : atlas.grids()) {
                List<PartyOrganisation> covering = new ArrayList<>();
                for (PartyOrganisation o : atlas.partyOrganisations()) {
                  if (o.grids().contains(g.code())) {
                    covering.add(o);
                  }
                }
                covering.sort(Comparator.comparing(PartyOrganisation::id));
                assertThat(atlas.partyOrganisationsCovering(g.code()))
                    .as("organisations covering %s", g.code())
                    .isEqualTo(covering);
              }
            });
  }

  @Test
  void postsAncestryAndCurrentCodesAgreeWithAScanOfTheLists() {
    qt().withExamples(100)
        .forAll(AtlasFixtures.atlases())
        .checkAssert(
            atlas -> {
              for (GridWorker w : atlas.workers()) {
                List<Assignment> scan =
                    atlas.assignments().stream().filter(a -> a.workerId().equals(w.id())).toList();
                assertThat(atlas.assignmentsOf(w.id()))
                    .as("posts of %s", w.id())
                    .containsExactlyInAnyOrderElementsOf(scan);
              }
              List<Division> divisions = atlas.divisions();
              for (Division d : divisions) {
                assertThat(atlas.currentDivisions(d.code())).containsExactly(d.code());
                assertThat(atlas.isAncestor(d.code(), d.code())).isFalse();
              }
              for (int i = 0; i < divisions.size(); i += 1 + divisions.size() / 20) {
                for (Division other : divisions) {
                  DivisionCode a = divisions.get(i).code();
                  assertThat(atlas.isAncestor(a, other.code()))
                      .as("%s above %s", a, other.code())
                      .isEqualTo(a.isAncestorOf(other.code()));
                }
              }
            });
  }

  @Test
  void anAtlasEqualsItsRebuildAndNotAnotherAtlas() {
    qt().withExamples(30)
        .forAll(AtlasFixtures.seeds())
        .checkAssert(
            seed -> {
              Atlas a = AtlasFixtures.random(new Random(seed)).build();
              Atlas again = AtlasFixtures.random(new Random(seed)).build();
              Atlas other = AtlasFixtures.random(new Random(seed + 1)).build();
              new EqualsTester()
                  .addEqualityGroup(a, again, a.toBuilder().build())
                  .addEqualityGroup(other)
                  .testEquals();
              assertThat(a.toString())
                  .startsWith("Atlas[asOf=" + a.asOf())
                  .contains(String.valueOf(a.grids().size()));
            });
  }

  @Test
  void unknownIdsAndBadLimitsAreRefusedWithTheirNames() {
    Atlas atlas = AtlasFixtures.zhanqian().build();
    assertThatThrownBy(() -> atlas.assignmentsOf("no such worker"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("worker \"no such worker\" is not in the atlas");
    assertThatThrownBy(() -> Atlas.builder().maxProblems(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the problem limit must be >= 1, got 0");
    assertThat(Atlas.builder().maxProblems(1)).isNotNull();
    assertThat(Optional.of(atlas.workers().get(0)))
        .isEqualTo(atlas.worker(atlas.workers().get(0).id()));
  }

  @Test
  void aGridsPostsComeInPostOrderDownToTheirEndAndRetiredCodesInCodeOrder() {
    GridCode grid = GridCode.parse("210802001007002");
    java.time.LocalDate start = java.time.LocalDate.of(2022, 1, 1);
    Atlas atlas =
        AtlasFixtures.zhanqian()
            .addAssignment(Assignment.open("w-yang", grid, WorkerRole.ASSISTANT, start))
            .addAssignment(
                Assignment.of(
                    "w-yang",
                    grid,
                    WorkerRole.ASSISTANT,
                    start,
                    java.time.LocalDate.of(2022, 6, 30)))
            .retireDivision(DivisionCode.parse("210802003099"), List.of())
            .retireDivision(DivisionCode.parse("210802001099"), List.of())
            .retireDivision(DivisionCode.parse("210802003098"), List.of())
            .build();
    assertThat(atlas.assignmentsIn(grid))
        .filteredOn(a -> a.workerId().equals("w-yang"))
        .extracting(a -> a.end().map(Object::toString).orElse("open"))
        .containsExactly("2022-06-30", "open");
    assertThat(atlas.retiredDivisions().keySet())
        .extracting(DivisionCode::toString)
        .containsExactly("210802001099", "210802003098", "210802003099");
  }

  @Test
  void currentCodesFollowEverySuccessorOnceAndParentsReachTheRoot() {
    DivisionCode a = DivisionCode.parse("210802003099");
    DivisionCode b = DivisionCode.parse("210802003098");
    DivisionCode c = DivisionCode.parse("210802003097");
    DivisionCode live = DivisionCode.parse("210802003001");
    // a diamond: a was split into b and c, which were both merged into a live unit
    Atlas atlas =
        AtlasFixtures.zhanqian()
            .retireDivision(a, List.of(b, c))
            .retireDivision(b, List.of(live))
            .retireDivision(c, List.of(live))
            .build();
    assertThat(atlas.currentDivisions(a)).containsExactly(live);
    DivisionCode province = DivisionCode.parse("21");
    assertThat(atlas.parent(province)).isEmpty();
    assertThat(atlas.parent(DivisionCode.parse("2108")).map(Division::code)).contains(province);
    assertThat(atlas.parent(live).map(Division::code)).contains(DivisionCode.parse("210802003"));
    assertThatThrownBy(() -> atlas.nextGridCode(DivisionCode.parse("210802003")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("grids belong to communities and villages, not to 210802003 (STREET)");
    assertThat(atlas.nextGridCode(live)).isEqualTo(GridCode.parse("210802003001003"));
    // atlases that differ in what the hash reads hash differently
    Atlas later = atlas.toBuilder().asOf(atlas.asOf().plusDays(1)).build();
    assertThat(later).isNotEqualTo(atlas);
    assertThat(later.hashCode()).isNotEqualTo(atlas.hashCode());
  }

  @Test
  void unknownGridsAndPositionsOutsideAListAreRefused() {
    Atlas atlas = AtlasFixtures.zhanqian().build();
    GridCode unknown = GridCode.parse("210802001007099");
    List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> calls =
        List.of(
            () -> atlas.assignmentsIn(unknown),
            () -> atlas.gridLeader(unknown, atlas.asOf()),
            () -> atlas.partyOrganisationsCovering(unknown),
            () -> atlas.routeWhistle(unknown, Sector.HEATING));
    for (var call : calls) {
      assertThatThrownBy(call)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("grid 210802001007099 is not in the atlas");
    }
    List<Grid> grids = atlas.grids();
    assertThat(grids.get(grids.size() - 1)).isNotNull();
    for (int outside : new int[] {-1, grids.size(), Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      assertThatThrownBy(() -> grids.get(outside))
          .isInstanceOf(IndexOutOfBoundsException.class)
          .hasMessage("index " + outside + " out of 0.." + (grids.size() - 1));
    }
  }
}
