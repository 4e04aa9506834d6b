package org.gridgov.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.scoring.io.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.gridgov.scoring.rating.AssessmentSet;
import org.gridgov.scoring.rating.RandomAssessments;
import org.gridgov.scoring.rating.RandomRubrics;
import org.gridgov.scoring.rating.Rubric;
import org.junit.jupiter.api.Test;

/** Rubrics and assessments round-trip through their JSON forms. */
class RubricJsonProperties {
  @Test
  void aRubricRoundTripsThroughJson() {
    qt(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Rubric r = RandomRubrics.rubric(seed);
              String json = RubricJson.write(r);
              Rubric back = RubricJson.reader().read(json);
              assertThat(back).isEqualTo(r);
              assertThat(RubricJson.write(back)).isEqualTo(json);
            });
  }

  @Test
  void assessmentsRoundTripThroughJson() {
    qt(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              Rubric r = RandomRubrics.builder(random).build();
              AssessmentSet set =
                  AssessmentSet.of(
                      RandomAssessments.round(r, random, 1 + random.nextInt(20), true));
              assertThat(AssessmentJson.reader(r).read(AssessmentJson.write(set))).isEqualTo(set);
            });
  }
}
