package org.gridgov.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.gridgov.scoring.rating.Assessment;
import org.gridgov.scoring.rating.AssessmentSet;
import org.gridgov.scoring.rating.InvalidAssessmentException;
import org.gridgov.scoring.rating.Rubric;
import org.gridgov.scoring.rating.TestRubrics;
import org.junit.jupiter.api.Test;

class AssessmentJsonTest {
  private final Rubric rubric = TestRubrics.small();

  private static final String FILE =
      """
      {
        "format": "gridgov-assessments/1",
        "rubric": "small",
        "period": "2023",
        "assessments": [
          {"organisationId": "o1", "name": "某科技公司党支部",
           "deductions": [{"item": "b1", "clause": "late", "evidence": "记录缺2次"},
                          {"item": "a2", "clause": "missed", "count": 3, "evidence": "缺3次"}],
           "bonuses": [{"bonus": "honour", "count": 2, "evidence": "表彰"}],
           "vetoes": [{"id": "safety", "evidence": "事故通报"}],
           "gates": [{"id": "innovation", "evidence": "项目"}],
           "honours": [{"id": "city", "evidence": "市级表彰"}],
           "weakTriggers": [{"id": "secretary", "evidence": "空缺"}],
           "measures": {"satisfaction": 0.80}},
          {"organisationId": "o2", "newOrganisation": true}
        ]
      }
      """;

  @Test
  void readsAFileAndWritesItBack() {
    AssessmentSet set = AssessmentJson.reader(rubric).read(FILE);
    assertThat(set.rubricId()).contains("small");
    assertThat(set.period()).contains("2023");
    Assessment o1 = set.assessments().get(0);
    assertThat(o1.deductions().get(1).count()).isEqualTo(3);
    assertThat(o1.measures()).containsEntry("satisfaction", new BigDecimal("0.8"));
    assertThat(set.assessments().get(1).newOrganisation()).isTrue();
    assertThat(AssessmentJson.reader().read(AssessmentJson.write(set))).isEqualTo(set);
    assertThat(rubric.rate(o1).stars()).isEqualTo(3);
  }

  @Test
  void aFieldWhoseValueIsNullCountsAsLeftOutAsInEveryGridgovReader() {
    // core's and sla's forms say so ("a field whose value is null counts as left out"): a list
    // given as null is an empty list, a required field given as null is missing
    String nulls =
        FILE.replace(
            "\"newOrganisation\": true}",
            "\"newOrganisation\": true, \"deductions\": null,"
                + " \"bonuses\": null, \"measures\": null}");
    assertThat(AssessmentJson.reader(rubric).read(nulls))
        .isEqualTo(AssessmentJson.reader(rubric).read(FILE));
    String missing = FILE.replace("\"organisationId\": \"o2\"", "\"organisationId\": null");
    assertThatThrownBy(() -> AssessmentJson.reader(rubric).read(missing))
        .isInstanceOfSatisfying(
            InvalidAssessmentException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.kind() + " " + p.location())
                    .containsExactly("MISSING_FIELD $.assessments[1].organisationId"));
  }

  @Test
  void referencesAreCheckedAgainstTheRubricAtTheirJsonPaths() {
    String bad =
        FILE.replace("\"clause\": \"late\"", "\"clause\": \"later\"")
            .replace("\"rubric\": \"small\"", "\"rubric\": \"large\"")
            .replace("\"organisationId\": \"o2\"", "\"organisationId\": \"o1\"");
    // without the rubric only the form is checked, and one organisation assessed twice
    assertThatThrownBy(() -> AssessmentJson.reader().read(bad))
        .isInstanceOfSatisfying(
            InvalidAssessmentException.class, e -> assertThat(e.problems()).hasSize(1));
    assertThatThrownBy(() -> AssessmentJson.reader(rubric).read(bad))
        .isInstanceOfSatisfying(
            InvalidAssessmentException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.kind() + " " + p.location() + ": " + p.message())
                    .containsExactly(
                        "CONFLICT $.rubric: the assessments are for rubric large, not small",
                        "UNKNOWN_REFERENCE $.assessments[0].deductions[0].clause: unknown clause"
                            + " \"later\" of item b1, expected one of late, missing",
                        "DUPLICATE_ID $.assessments[1].organisationId: organisation o1 is also"
                            + " assessed at $.assessments[0]"));
  }

  @Test
  void everyFindingNeedsItsEvidence() {
    String bad =
        FILE.replace(", \"evidence\": \"事故通报\"", "").replace("\"count\": 3", "\"count\": 0");
    assertThatThrownBy(() -> AssessmentJson.reader().read(bad))
        .isInstanceOfSatisfying(
            InvalidAssessmentException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.kind() + " " + p.location())
                    .containsExactly(
                        "INVALID_VALUE $.assessments[0].deductions[1].count",
                        "MISSING_FIELD $.assessments[0].vetoes[0].evidence"));
  }

  @Test
  void aSetOfAssessmentsWithoutRubricOrPeriod() {
    AssessmentSet set = AssessmentSet.of(List.of(Assessment.builder("x").build()));
    String json = AssessmentJson.write(set);
    assertThat(json).doesNotContain("rubric").doesNotContain("period");
    assertThat(AssessmentJson.reader().read(json)).isEqualTo(set);
    assertThat(set.rubricId()).isEqualTo(Optional.empty());
  }
}
