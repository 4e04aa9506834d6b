package org.gridgov.sla.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.sla.clock.InvalidPolicyException;
import org.gridgov.sla.clock.PolicyPresets;
import org.gridgov.sla.clock.PolicyTable;
import org.junit.jupiter.api.Test;

class PolicyJsonTest {

  @Test
  void theBundledTablesRoundTrip() {
    for (String name : PolicyPresets.names()) {
      PolicyTable t = PolicyPresets.byName(name).orElseThrow();
      String json = PolicyJson.toJson(t);
      assertThat(PolicyJson.reader().read(json)).as(json).isEqualTo(t);
      assertThat(PolicyJson.toJson(PolicyJson.reader().read(json))).isEqualTo(json);
    }
  }

  @Test
  void aMinimalFileTakesTheDefaults() {
    PolicyTable t =
        PolicyJson.reader()
            .read(
                """
                {"format": "gridgov-policies/1",
                 "calendars": {"natural": {"natural": "Asia/Shanghai"}},
                 "policies": [{"name": "p", "milestones": [
                   {"id": "resolve", "budget": "PT24H", "stopOn": ["RESOLVED"]}]}],
                 "rows": [{"policy": "p"}]}
                """);
    assertThat(t.policies().get(0).milestones().get(0).calendar()).isEqualTo("natural");
    assertThat(t.policies().get(0).closing()).isEqualTo("resolve");
  }

  @Test
  void everyProblemIsReportedAtItsJsonPath() {
    String json =
        """
        {"format": "gridgov-policies/1",
         "calendars": {"natural": {"natural": "Asia/Shanghai"}, "x": {"bundled": "nope"}},
         "policies": [
           {"name": "p", "milestones": [
             {"id": "resolve", "budget": "PT24", "stopOn": ["RESOLVED"], "colour": 1},
             {"id": "accept", "budget": "PT48H", "calendar": "office", "stopOn": ["ACCEPTED"]}]},
           {"name": "q", "closing": "nope", "milestones": [
             {"id": "m", "budget": "P2D", "stopOn": ["RESOLVED"]}]}],
         "rows": [{"categories": ["暴露垃圾"], "policy": "q"}, {"policy": "q"},
                  {"categories": ["绿地养护"], "policy": "q"}]}
        """;
    assertThatThrownBy(() -> PolicyJson.reader().read(json))
        .isInstanceOfSatisfying(
            InvalidPolicyException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.kind() + " " + p.location())
                    .containsExactlyInAnyOrder(
                        "UNKNOWN_REFERENCE $.calendars.x.bundled",
                        "INVALID_VALUE $.policies[0].milestones[0].budget",
                        "INVALID_VALUE $.policies[0].milestones[0].colour",
                        "UNKNOWN_REFERENCE $.policies[1].closing"));
    // once each element is valid, the table's lint runs
    String lint =
        json.replace(
                "\"x\": {\"bundled\": \"nope\"}", "\"office\": {\"bundled\": \"china-office\"}")
            .replace("\"PT24\"", "\"PT24H\"")
            .replace(", \"colour\": 1", "")
            .replace("\"closing\": \"nope\", ", "");
    assertThatThrownBy(() -> PolicyJson.reader().read(lint))
        .isInstanceOfSatisfying(
            InvalidPolicyException.class,
            e -> {
              List<Problem> problems = e.problems();
              assertThat(problems)
                  .extracting(p -> p.kind() + " " + p.location())
                  .containsExactly("UNREACHABLE $.rows[2]");
              assertThat(problems.get(0).message())
                  .isEqualTo("row 2 (q) never applies: earlier rows match every case it matches");
            });
  }

  @Test
  void aTableWithoutADefaultRowHasGaps() {
    String json =
        """
        {"format": "gridgov-policies/1",
         "calendars": {"natural": {"natural": "Asia/Shanghai"}},
         "policies": [{"name": "p", "milestones": [
           {"id": "m", "budget": "PT1H", "stopOn": ["RESOLVED"]}]}],
         "rows": [{"categories": ["暴露垃圾"], "priorities": ["NORMAL", "HIGH"], "policy": "p"}]}
        """;
    assertThatThrownBy(() -> PolicyJson.reader().read(json))
        .isInstanceOfSatisfying(
            InvalidPolicyException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::kind, p -> p.message())
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            ProblemKind.GAP, "no row matches NORMAL cases of any other category"),
                        org.assertj.core.groups.Tuple.tuple(
                            ProblemKind.GAP, "no row matches HIGH cases of any other category"),
                        org.assertj.core.groups.Tuple.tuple(
                            ProblemKind.GAP,
                            "no row matches URGENT cases of 暴露垃圾, any other category")));
  }
}
