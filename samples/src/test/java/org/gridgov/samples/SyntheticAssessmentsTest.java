package org.gridgov.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gridgov.core.Location;
import org.gridgov.scoring.io.BundledRubrics;
import org.gridgov.scoring.rating.Assessment;
import org.gridgov.scoring.rating.RatingRound;
import org.gridgov.scoring.rating.RoundResult;
import org.gridgov.scoring.rating.Rubric;
import org.junit.jupiter.api.Test;

class SyntheticAssessmentsTest {
  @Test
  void deterministicAndValidUnderBothBundledRubrics() {
    for (String name : BundledRubrics.names()) {
      Rubric rubric = BundledRubrics.named(name).orElseThrow();
      List<Assessment> a = SyntheticAssessments.generate(rubric, 500, 7L);
      assertThat(SyntheticAssessments.generate(rubric, 500, 7L)).isEqualTo(a);
      assertThat(SyntheticAssessments.generate(rubric, 500, 8L)).isNotEqualTo(a);
      for (Assessment x : a) {
        assertThat(rubric.check(x, Location.element("assessment"))).isEmpty();
      }
      assertThat(a.get(16).organisationId()).isEqualTo("org-0000017");
    }
  }

  @Test
  void aRoundSpreadsOverEveryStarCountAndTier() {
    Rubric rubric = BundledRubrics.twoNew();
    RoundResult round =
        RatingRound.of(rubric, "2023").rate(SyntheticAssessments.generate(rubric, 2000, 1L));
    assertThat(round.summary().byStars())
        .allSatisfy(c -> assertThat(c.organisations()).isPositive());
    assertThat(round.summary().byTier())
        .allSatisfy(c -> assertThat(c.organisations()).isPositive());
    assertThat(round.summary().quotaCuts()).isPositive();
    long vetoes = round.assessments().stream().filter(x -> !x.vetoes().isEmpty()).count();
    assertThat(vetoes).isBetween(50L, 150L);
  }

  @Test
  void laterRoundsKeepTheOrganisations() {
    Rubric rubric = BundledRubrics.twoNew();
    List<Assessment> first = SyntheticAssessments.generate(rubric, 100, 3L, 0);
    List<Assessment> second = SyntheticAssessments.generate(rubric, 100, 3L, 1);
    assertThat(second)
        .extracting(Assessment::organisationId)
        .isEqualTo(first.stream().map(Assessment::organisationId).toList());
    assertThat(second).isNotEqualTo(first);
    assertThatThrownBy(() -> SyntheticAssessments.generate(rubric, 0, 3L))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
