package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.gridgov.core.Theories.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AtlasProperties {

  @Test
  void isAncestorAgreesWithIntervalContainmentAndWithAParentWalk() {
    qt().withExamples(200)
        .forAll(AtlasFixtures.atlases())
        .checkAssert(
            atlas -> {
              BruteForce brute = new BruteForce(atlas);
              AtlasData d = atlas.data();
              List<Division> all = atlas.divisions();
              for (int i = 0; i < all.size(); i++) {
                for (int j = 0; j < all.size(); j++) {
                  DivisionCode a = all.get(i).code();
                  DivisionCode b = all.get(j).code();
                  boolean fast = atlas.isAncestor(a, b);
                  assertThat(fast).as("%s above %s", a, b).isEqualTo(brute.isAncestor(a, b));
                  assertThat(fast).isEqualTo(i < j && j < d.end[i]);
                  assertThat(fast).isEqualTo(a.isAncestorOf(b));
                }
              }
            });
  }

  @Test
  void hierarchyQueriesAgreeWithTheParentWalk() {
    qt().withExamples(200)
        .forAll(AtlasFixtures.atlases())
        .checkAssert(
            atlas -> {
              BruteForce brute = new BruteForce(atlas);
              for (Division d : atlas.divisions()) {
                List<Division> expectedDescendants =
                    atlas.divisions().stream()
                        .filter(x -> brute.isAncestor(d.code(), x.code()))
                        .toList();
                assertThat(atlas.descendants(d.code())).isEqualTo(expectedDescendants);
                assertThat(atlas.children(d.code()))
                    .isEqualTo(
                        expectedDescendants.stream()
                            .filter(x -> x.code().parent().orElseThrow().equals(d.code()))
                            .toList());
                assertThat(atlas.ancestors(d.code()))
                    .isEqualTo(
                        atlas.divisions().stream()
                            .filter(x -> brute.isAncestor(x.code(), d.code()))
                            .toList());
                assertThat(atlas.gridsBelow(d.code()))
                    .isEqualTo(
                        atlas.grids().stream()
                            .filter(g -> brute.atOrBelow(d.code(), g.unit()))
                            .toList());
              }
            });
  }

  @Test
  void rollUpsEqualABruteForceRecount() {
    qt().withExamples(300)
        .forAll(AtlasFixtures.atlases())
        .checkAssert(
            atlas -> {
              BruteForce brute = new BruteForce(atlas);
              for (Division d : atlas.divisions()) {
                assertThat(atlas.rollUp(d.code())).isEqualTo(brute.rollUp(d.code()));
              }
            });
  }

  @Test
  void whistleRoutingEqualsABruteForceNearestAncestorSearch() {
    qt().withExamples(300)
        .forAll(AtlasFixtures.atlases())
        .checkAssert(
            atlas -> {
              BruteForce brute = new BruteForce(atlas);
              for (Grid g : atlas.grids()) {
                for (Sector s : atlas.sectors()) {
                  WhistleRoute route = atlas.routeWhistle(g.code(), s);
                  assertThat(route.liaison()).isEqualTo(brute.nearestLiaison(g.unit(), s));
                  assertThat(route.grid()).isEqualTo(g.code());
                  if (route instanceof WhistleRoute.Answered answered) {
                    int depthOfUnit = g.unit().ancestors().size();
                    int depthOfLiaison = answered.answeredBy().unit().ancestors().size();
                    assertThat(answered.levelsUp()).isEqualTo(depthOfUnit - depthOfLiaison);
                  }
                }
              }
            });
  }

  @Test
  void liaisonGapsAreTheUnansweredRequiredSectors() {
    qt().withExamples(200)
        .forAll(AtlasFixtures.atlases())
        .checkAssert(
            atlas -> {
              BruteForce brute = new BruteForce(atlas);
              List<LiaisonGap> expected = new ArrayList<>();
              for (Division d : atlas.divisions()) {
                if (d.level() != DivisionLevel.VILLAGE) {
                  continue;
                }
                for (Sector s : atlas.requiredSectors()) {
                  if (brute.nearestLiaison(d.code(), s).isEmpty()) {
                    expected.add(new LiaisonGap(d, s));
                  }
                }
              }
              List<LiaisonGap> actual = new ArrayList<>();
              for (Division root : atlas.roots()) {
                actual.addAll(atlas.liaisonGaps(root.code()));
              }
              assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
            });
  }

  @Test
  void rebuildingFromTheBuilderGivesAnEqualAtlasWhateverTheInputOrder() {
    qt().withExamples(200)
        .forAll(AtlasFixtures.seeds())
        .checkAssert(
            seed -> {
              Atlas atlas = AtlasFixtures.random(new Random(seed)).build();
              Atlas.Builder shuffled = atlas.toBuilder();
              Random r = new Random(seed);
              java.util.Collections.shuffle(shuffled.contents.divisions, r);
              java.util.Collections.shuffle(shuffled.contents.grids, r);
              java.util.Collections.shuffle(shuffled.contents.workers, r);
              java.util.Collections.shuffle(shuffled.contents.assignments, r);
              java.util.Collections.shuffle(shuffled.contents.partyOrganisations, r);
              java.util.Collections.shuffle(shuffled.contents.liaisons, r);
              java.util.Collections.shuffle(shuffled.contents.contactPoints, r);
              Atlas rebuilt = shuffled.build();
              assertThat(rebuilt).isEqualTo(atlas);
              assertThat(rebuilt.hashCode()).isEqualTo(atlas.hashCode());
              assertThat(rebuilt.grids()).isEqualTo(atlas.grids());
              assertThat(rebuilt.assignments()).isEqualTo(atlas.assignments());
            });
  }

  @Test
  void theValidatorReportsEveryPlantedProblem() {
    qt().withExamples(300)
        .forAll(AtlasFixtures.seeds())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Atlas.Builder b = AtlasFixtures.random(r);
              List<Problem> planted = Planting.plant(b, r);
              InvalidAtlasException e = catchThrowableOfType(InvalidAtlasException.class, b::build);
              assertThat(e).as("planted %s", planted).isNotNull();
              for (Problem p : planted) {
                assertThat(e.problems())
                    .as("planted %s", p)
                    .anyMatch(
                        q ->
                            q.kind() == p.kind()
                                && Where.of(q.location()).equals(Where.of(p.location())));
              }
            });
  }

  @Test
  void aValidAtlasHasNoProblems() {
    qt().withExamples(200)
        .forAll(AtlasFixtures.seeds())
        .checkAssert(
            seed -> assertThat(AtlasFixtures.random(new Random(seed)).build()).isNotNull());
    assertThatThrownBy(() -> Atlas.builder().build())
        .isInstanceOf(InvalidAtlasException.class)
        .hasMessageContaining("MISSING_FIELD at asOf");
  }
}
