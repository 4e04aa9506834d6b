package org.gridgov.sla.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.gridgov.sla.clock.InvalidPolicyException;
import org.junit.jupiter.api.Test;

/**
 * A {@code null} inside an array of a policy file is a located problem, never an internal error (it
 * tripped "the converter returned null without a problem").
 */
class PolicyNullElementsTest {
  private static final String FILE =
      """
      {"format": "gridgov-policies/1",
       "calendars": {"natural": {"natural": "Asia/Shanghai"}},
       "policies": [{"name": "p", "milestones": [
         {"id": "resolve", "budget": "PT24H", "stopOn": ["RESOLVED"], "startOn": ["ACCEPTED"],
          "resetOn": ["ACCEPTANCE_FAILED"], "pauseWhile": ["SUSPENDED"]}]}],
       "rows": [{"categories": ["暴露垃圾"], "priorities": ["URGENT"], "policy": "p"},
                {"policy": "p"}]}
      """;

  /** The problems of the file with {@code what} replaced by {@code with}. */
  private static java.util.List<String> problems(String what, String with) {
    String json = FILE.replace(what, with);
    assertThat(json).as("the replacement applies").isNotEqualTo(FILE);
    InvalidPolicyException e =
        catchThrowableOfType(InvalidPolicyException.class, () -> PolicyJson.reader().read(json));
    assertThat(e).as("refused: %s", json).isNotNull();
    return e.problems().stream().map(p -> p.kind() + " " + p.location()).toList();
  }

  @Test
  void theFileIsValidWithoutTheNulls() {
    assertThat(PolicyJson.reader().read(FILE).policies()).hasSize(1);
  }

  @Test
  void aNullEventKindIsAProblemAtItsElement() {
    assertThat(problems("\"stopOn\": [\"RESOLVED\"]", "\"stopOn\": [null]"))
        .containsExactly("INVALID_VALUE $.policies[0].milestones[0].stopOn[0]");
    assertThat(problems("\"startOn\": [\"ACCEPTED\"]", "\"startOn\": [\"ACCEPTED\", null]"))
        .containsExactly("INVALID_VALUE $.policies[0].milestones[0].startOn[1]");
    assertThat(problems("\"resetOn\": [\"ACCEPTANCE_FAILED\"]", "\"resetOn\": [null]"))
        .containsExactly("INVALID_VALUE $.policies[0].milestones[0].resetOn[0]");
    assertThat(problems("\"pauseWhile\": [\"SUSPENDED\"]", "\"pauseWhile\": [null]"))
        .containsExactly("INVALID_VALUE $.policies[0].milestones[0].pauseWhile[0]");
  }

  @Test
  void aNullCategoryOrPriorityIsAProblemAtItsElement() {
    assertThat(problems("\"categories\": [\"暴露垃圾\"]", "\"categories\": [null]"))
        .containsExactly("INVALID_VALUE $.rows[0].categories[0]");
    assertThat(problems("\"priorities\": [\"URGENT\"]", "\"priorities\": [null]"))
        .containsExactly("INVALID_VALUE $.rows[0].priorities[0]");
  }

  @Test
  void aNullElementWhereAnObjectIsExpectedIsOneProblem() {
    assertThat(problems("\"milestones\": [", "\"milestones\": [null, "))
        .containsExactly("INVALID_VALUE $.policies[0].milestones[0]");
    assertThat(problems("\"rows\": [", "\"rows\": [null, "))
        .containsExactly("INVALID_VALUE $.rows[0]");
  }
}
