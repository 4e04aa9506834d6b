package org.gridgov.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gridgov.scoring.vote.ResultInputs;
import org.gridgov.scoring.vote.Sanction;
import org.gridgov.scoring.vote.Sanctions;
import org.junit.jupiter.api.Test;

class ResultInputsJsonTest {
  @Test
  void inputsRoundTrip() {
    ResultInputs in =
        ResultInputs.none()
            .withPanel(Map.of("a", new BigDecimal("92.5"), "b", BigDecimal.valueOf(88)))
            .withEarlierRound(Map.of("a", new BigDecimal("71.25")))
            .withDrawSeed("2022-12-20 福彩3D 第2022341期 5 0 8")
            .withManualOrder(List.of("b", "a"))
            .withSanctions(
                Sanctions.none()
                    .apply("a", Sanction.REMOVE_FLAGGED_VOTES, LocalDate.of(2022, 12, 31), "burst")
                    .revoke(
                        "a", Sanction.REMOVE_FLAGGED_VOTES, LocalDate.of(2023, 1, 3), "objection"));
    assertThat(ResultInputsJson.reader().read(ResultInputsJson.write(in))).isEqualTo(in);
    assertThat(ResultInputsJson.reader().read("{}")).isEqualTo(ResultInputs.none());
  }

  @Test
  void problemsAreLocated() {
    assertThatThrownBy(
            () ->
                ResultInputsJson.reader()
                    .read(
                        """
                        {"panel": {"a": "high", "b": 120},
                         "sanctions": [{"candidate": "a", "sanction": "REVOKE_ALL",
                                        "decidedOn": "2022-12-31", "reason": "x"}]}
                        """))
        .isInstanceOfSatisfying(
            InvalidResultInputsException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.location().toString().replaceAll(" \\(.*", ""))
                    .contains("$.panel.a", "$.sanctions[0].sanction"));
    assertThatThrownBy(() -> ResultInputsJson.reader().read("{\"panel\": {\"b\": 120}}"))
        .isInstanceOf(InvalidResultInputsException.class)
        .hasMessageContaining("0 to 100");
  }
}
