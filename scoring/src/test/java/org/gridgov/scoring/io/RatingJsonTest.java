package org.gridgov.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import org.gridgov.scoring.rating.Assessment;
import org.gridgov.scoring.rating.RatingRound;
import org.gridgov.scoring.rating.RoundResult;
import org.gridgov.scoring.rating.Rubric;
import org.junit.jupiter.api.Test;

class RatingJsonTest {
  private final ObjectMapper mapper = new ObjectMapper();
  private final Rubric rubric = BundledRubrics.twoNew();

  @Test
  void aRoundIsWrittenWithItsSummaryEntriesCutsAndExplanations() throws Exception {
    RoundResult round =
        RatingRound.of(rubric, "2023")
            .rate(
                List.of(
                    Assessment.builder("org-1").gate("innovation", "项目").build(),
                    Assessment.builder("org-2")
                        .deduct("rules-1", "each", 3, "缺3次")
                        .veto("safety", "事故")
                        .build()));
    StringWriter out = new StringWriter();
    RatingJson.write(round, List.of("org-2", "nobody"), out);
    JsonNode json = mapper.readTree(out.toString());
    assertThat(json.get("format").asText()).isEqualTo(RatingJson.FORMAT);
    assertThat(json.get("rubric").get("id").asText()).isEqualTo("two-new-default");
    assertThat(json.get("summary").get("organisations").asInt()).isEqualTo(2);
    assertThat(json.get("organisations").get(1).get("total").decimalValue())
        .isEqualByComparingTo("98.5");
    assertThat(json.get("organisations").get(1).get("stars").asInt()).isEqualTo(3);
    // two rated: 10 % of 2 is 0 five-star places; org-1 goes to four
    assertThat(json.get("quotaCuts").get(0).get("organisationId").asText()).isEqualTo("org-1");
    JsonNode why = json.get("explanations").get(0);
    assertThat(why.get("organisationId").asText()).isEqualTo("org-2");
    assertThat(why.get("shortfalls").get(0).get("blockers").get(0).get("rule").asText())
        .isEqualTo("safety");
    assertThat(why.get("trace").get(1).get("points").decimalValue()).isEqualByComparingTo("-1.5");
    assertThat(json.get("explanations")).hasSize(1);
  }
}
