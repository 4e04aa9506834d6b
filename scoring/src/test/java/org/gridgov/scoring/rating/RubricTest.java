package org.gridgov.scoring.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.scoring.rating.TestRubrics.p;

import org.junit.jupiter.api.Test;

/** Hand-computed ratings under {@link TestRubrics#small()}, one rule at a time. */
class RubricTest {
  private final Rubric rubric = TestRubrics.small();

  private static Assessment.Builder org(String id) {
    return Assessment.builder(id);
  }

  @Test
  void fullMarksWithoutTheInnovationProjectIsFourStars() {
    Rating r = rubric.rate(org("o").build());
    assertThat(r.total()).isEqualTo(p("100"));
    assertThat(r.starsByScore()).isEqualTo(5);
    assertThat(r.stars()).isEqualTo(4);
    assertThat(r.limits()).extracting(StarLimit::rule).containsExactly("innovation");
    Rating with = rubric.rate(org("o").gate("innovation", "“党建+安全”项目").build());
    assertThat(with.stars()).isEqualTo(5);
  }
}
