package org.gridgov.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.scoring.vote.InvalidRoundException;
import org.gridgov.scoring.vote.Round;
import org.junit.jupiter.api.Test;

class RoundJsonTest {
  @Test
  void aRoundRoundTripsWithEverySetting() {
    Round round = IoFixtures.fullRound();
    String json = RoundJson.write(round);
    Round back = RoundJson.reader().read(json);
    assertThat(back).isEqualTo(round);
    assertThat(back.fingerprint()).isEqualTo(round.fingerprint());
    assertThat(RoundJson.write(back)).isEqualTo(json);
  }

  @Test
  void theSmallestRoundTakesTheDefaults() {
    Round r =
        RoundJson.reader()
            .read(
                """
                {"id": "r1", "zone": "Asia/Shanghai",
                 "start": "2022-11-01T00:00:00+08:00", "end": "2022-11-02T00:00:00+08:00",
                 "candidates": [{"id": "a", "name": "甲", "district": "210802",
                                 "grid": "210802001003001"}]}
                """);
    assertThat(r.name()).isEqualTo("r1");
    assertThat(r.channels()).containsExactly("online");
    assertThat(r.rules().votesPerVoterPerDay()).isEqualTo(5);
    assertThat(r.days()).isEqualTo(1);
  }

  @Test
  void everyProblemIsReportedAtItsJsonPath() {
    String json =
        """
        {"id": "r1", "zone": "Mars/Olympus", "start": "2022-11-01T00:00:00+08:00",
         "end": "2022-11-02T00:00:00+08:00", "colour": "red",
         "seats": {"count": 2, "regions": [{"district": "210802", "min": 3, "max": 1}]},
         "scoring": {"kind": "WEIGHTED", "online": 40, "panel": 50},
         "candidates": [
           {"id": "a", "name": "甲", "district": "210802", "grid": "210802001003001"},
           {"id": "a b", "name": "乙", "district": "210802", "grid": "210802001003002"}]}
        """;
    assertThatThrownBy(() -> RoundJson.reader().read(json))
        .isInstanceOfSatisfying(
            InvalidRoundException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.kind() + " " + path(p))
                    .contains(
                        "INVALID_VALUE $.zone",
                        "INVALID_VALUE $.colour",
                        "CONFLICT $.seats.regions[0].max",
                        "INCONSISTENT_TOTAL $.scoring",
                        "INVALID_VALUE $.candidates[1]"));
  }

  @Test
  void theRoundsOwnChecksArePlacedInTheFile() {
    String json =
        """
        {"id": "r1", "zone": "Asia/Shanghai", "start": "2022-11-01T00:00:00+08:00",
         "end": "2022-11-02T00:00:00+08:00",
         "seats": {"count": 1, "regions": [{"district": "210802", "min": 1, "max": 1},
                                           {"district": "210803", "min": 1, "max": 1}]},
         "candidates": [
           {"id": "a", "name": "甲", "district": "210802", "grid": "210802001003001"},
           {"id": "a", "name": "乙", "district": "210802", "grid": "210802001003002"}]}
        """;
    assertThatThrownBy(() -> RoundJson.reader().read(json))
        .isInstanceOfSatisfying(
            InvalidRoundException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.kind() + " " + path(p))
                    .containsExactlyInAnyOrder(
                        "DUPLICATE_ID $.candidates[1].id",
                        "UNKNOWN_REFERENCE $.seats.regions[1].district",
                        "INCONSISTENT_TOTAL $.seats.regions"));
  }

  @Test
  void malformedJsonHasItsLineAndColumn() {
    assertThatThrownBy(() -> RoundJson.reader().read("{\"id\": \"r1\",\n  \"zone\": }"))
        .isInstanceOfSatisfying(
            InvalidRoundException.class,
            e -> {
              assertThat(e.problems().get(0).kind()).isEqualTo(ProblemKind.MALFORMED_INPUT);
              assertThat(e.problems().get(0).location().toString()).contains("line 2");
            });
  }

  private static String path(Problem p) {
    String s = p.location().toString();
    int cut = s.indexOf(" (");
    return cut < 0 ? s : s.substring(0, cut);
  }
}
