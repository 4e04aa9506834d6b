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
