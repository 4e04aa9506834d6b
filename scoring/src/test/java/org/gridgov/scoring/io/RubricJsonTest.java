package org.gridgov.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.ReadLimits;
import org.gridgov.scoring.rating.InvalidRubricException;
import org.gridgov.scoring.rating.Rubric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RubricJsonTest {
  /** A valid rubric in the JSON form, small enough to read. */
  static final String SMALL =
      """
      {
        "format": "gridgov-rubric/1",
        "id": "small", "version": "1", "name": "测试标准", "region": "测试",
        "effectiveFrom": "2023-01-01",
        "total": 100,
        "sections": [
          {"id": "org", "name": "基本组织健全", "maximum": 40, "items": [
            {"id": "a1", "name": "组织设置", "maximum": 20, "check": "DOCUMENTS",
             "clauses": [{"id": "none", "text": "未设立", "deduction": 20}]},
            {"id": "a2", "name": "按期换届", "maximum": 20, "check": "DOCUMENTS",
             "clauses": [{"id": "missed", "text": "每缺一次", "deduction": 2.5, "perOccurrence": true}]}]},
          {"id": "act", "name": "基本活动正常", "maximum": 60, "items": [
            {"id": "b1", "name": "三会一课", "maximum": 60, "check": "SITE_VISIT", "clauses": []}]}],
        "bonus": {"mode": "ON_TOP", "cap": 5, "items": [{"id": "h", "name": "表彰", "points": 2, "cap": 4}]},
        "bands": [{"stars": 5, "from": 90}, {"stars": 4, "from": 80, "below": 90},
                  {"stars": 0, "from": 0, "below": 80}],
        "gates": [{"id": "innovation", "name": "创新项目", "stars": 5, "requires": "ATTESTED"}],
        "vetoes": [{"id": "safety", "name": "事故", "effect": "CAP", "stars": 4}],
        "quotas": [{"stars": 5, "maxShare": 0.1}]
      }
      """;

  private static List<String> where(String json) {
    try {
      Rubric r = RubricJson.reader().read(json);
      throw new AssertionError("accepted " + r);
    } catch (InvalidRubricException e) {
      return e.problems().stream().map(p -> p.kind() + " " + p.location()).toList();
    }
  }

  @Test
  void readsTheFormAndWritesItBackTheSame() {
    Rubric r = RubricJson.reader().read(SMALL);
    assertThat(r.items()).hasSize(3);
    assertThat(r.maxTotal().toString()).isEqualTo("104");
    assertThat(RubricJson.reader().read(RubricJson.write(r))).isEqualTo(r);
    assertThat(RubricJson.write(r)).contains("\"deduction\" : 2.5").contains("\"total\" : 100");
  }

  @Test
  void typeProblemsAreAllReportedAtTheirJsonPaths() {
    String bad =
        SMALL
            .replace("\"total\": 100", "\"total\": \"100\"")
            .replace("\"check\": \"SITE_VISIT\"", "\"check\": \"EYES\"")
            .replace("\"deduction\": 20}", "\"deduction\": 0.125}")
            .replace(
                "\"stars\": 4, \"from\": 80, \"below\": 90",
                "\"stars\": 4, \"from\": 80, \"below\": 90, \"through\": 89")
            .replace("\"effect\": \"CAP\", \"stars\": 4", "\"effect\": \"CAP\"")
            .replace("\"region\": \"测试\"", "\"regoin\": \"测试\"");
    assertThat(where(bad))
        .containsExactly(
            "INVALID_VALUE $.regoin",
            "MISSING_FIELD $.region",
            "INVALID_VALUE $.total",
            "INVALID_VALUE $.sections[0].items[0].clauses[0].deduction",
            "INVALID_VALUE $.sections[1].items[0].check",
            "INVALID_VALUE $.bands[1]",
            "MISSING_FIELD $.vetoes[0].stars");
  }

  @Test
  void lintProblemsAreLocatedAtTheSameJsonPaths() {
    String bad =
        SMALL
            .replace("\"maximum\": 60, \"items\"", "\"maximum\": 50, \"items\"")
            .replace(
                "{\"stars\": 4, \"from\": 80, \"below\": 90}",
                "{\"stars\": 4, \"from\": 80, \"below\": 89}");
    assertThat(where(bad))
        .containsExactly(
            "INCONSISTENT_TOTAL $.sections[1].maximum",
            "INCONSISTENT_TOTAL $.total",
            "GAP $.bands[0].from");
  }

  @Test
  void syntaxErrorsHaveALineAndColumnAndFilesTheirName(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> RubricJson.reader().read("{\n  \"id\": \"x\",,\n}"))
        .isInstanceOfSatisfying(
            InvalidRubricException.class,
            e -> {
              Problem p = e.problems().get(0);
              assertThat(p.kind()).isEqualTo(ProblemKind.MALFORMED_INPUT);
              assertThat(p.location().toString()).startsWith("$.id (line 2, column");
            });
    Path file = dir.resolve("rubric.json");
    Files.writeString(
        file, SMALL.replace("\"total\": 100", "\"total\": -100"), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RubricJson.reader().read(file))
        .isInstanceOfSatisfying(
            InvalidRubricException.class,
            e ->
                assertThat(e.problems().get(0).location().toString())
                    .isEqualTo(file + ": $.total"));
    Files.writeString(file, SMALL, StandardCharsets.UTF_8);
    assertThat(RubricJson.reader().read(file).id()).isEqualTo("small");
    assertThat(RubricJson.reader().read(new StringReader(SMALL)).id()).isEqualTo("small");
    assertThat(
            RubricJson.reader()
                .read(new ByteArrayInputStream(SMALL.getBytes(StandardCharsets.UTF_8)))
                .id())
        .isEqualTo("small");
  }

  @Test
  void limitsAreKept() {
    assertThat(RubricJson.reader().limits()).isEqualTo(ReadLimits.SMALL_DOCUMENT);
    assertThatThrownBy(
            () ->
                RubricJson.reader()
                    .withLimits(ReadLimits.SMALL_DOCUMENT.withMaxDepth(3))
                    .read(SMALL))
        .isInstanceOfSatisfying(
            InvalidRubricException.class,
            e -> assertThat(e.problems().get(0).kind()).isEqualTo(ProblemKind.INPUT_TOO_LARGE));
    assertThatThrownBy(
            () ->
                RubricJson.reader()
                    .withLimits(ReadLimits.SMALL_DOCUMENT.withMaxInputLength(100))
                    .read(SMALL))
        .isInstanceOf(InvalidRubricException.class)
        .hasMessageContaining("more than the limit of 100");
    assertThat(where("{\"format\": \"gridgov-rubric/2\"}")).contains("INVALID_VALUE $.format");
    assertThat(where("[]")).containsExactly("INVALID_VALUE $");
  }
}
