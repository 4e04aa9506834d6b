package org.gridgov.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridgov.scoring.rating.Assessment;
import org.gridgov.scoring.rating.AssessmentSet;
import org.gridgov.scoring.rating.Gate;
import org.gridgov.scoring.rating.InvalidRubricException;
import org.gridgov.scoring.rating.ItemScore;
import org.gridgov.scoring.rating.Points;
import org.gridgov.scoring.rating.Rating;
import org.gridgov.scoring.rating.RatingRound;
import org.gridgov.scoring.rating.RoundResult;
import org.gridgov.scoring.rating.Rubric;
import org.gridgov.scoring.rating.StarBand;
import org.gridgov.scoring.rating.TestRubrics;
import org.gridgov.scoring.rating.Veto;
import org.gridgov.scoring.rating.VetoEffect;
import org.gridgov.scoring.rating.WeakTrigger;
import org.junit.jupiter.api.Test;

/** The rating types through a plain ObjectMapper with the scoring module. */
class RatingJacksonTest {
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new GridgovScoringModule());
  private final Rubric rubric = TestRubrics.small();

  @Test
  void pointsAreJsonNumbers() throws Exception {
    assertThat(mapper.writeValueAsString(Points.parse("89.5"))).isEqualTo("89.5");
    assertThat(mapper.writeValueAsString(Points.of(90))).isEqualTo("90");
    assertThat(mapper.readValue("89.50", Points.class)).isEqualTo(Points.parse("89.5"));
    assertThatThrownBy(() -> mapper.readValue("0.125", Points.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("exact to 0.01");
    assertThatThrownBy(() -> mapper.readValue("\"2\"", Points.class))
        .isInstanceOf(JsonMappingException.class);
  }

  @Test
  void rubricsAndAssessmentsRoundTrip() throws Exception {
    assertThat(mapper.readValue(mapper.writeValueAsString(rubric), Rubric.class)).isEqualTo(rubric);
    assertThat(mapper.writeValueAsString(rubric))
        .isEqualTo(mapper.writeValueAsString(mapper.readTree(RubricJson.write(rubric))));
    Assessment a =
        Assessment.builder("o").deduct("a2", "missed", 3, "缺3次").veto("safety", "事故").build();
    assertThat(mapper.readValue(mapper.writeValueAsString(a), Assessment.class)).isEqualTo(a);
    AssessmentSet set = AssessmentSet.of(List.of(a));
    assertThat(mapper.readValue(mapper.writeValueAsString(set), AssessmentSet.class))
        .isEqualTo(set);
  }

  @Test
  void resultsAreWrittenInTheResultsForm() throws Exception {
    Assessment a = Assessment.builder("o").deduct("b1", "late", "迟").build();
    assertThat(mapper.readTree(mapper.writeValueAsString(rubric.rate(a))))
        .isEqualTo(mapper.readTree(RatingJson.write(rubric.rate(a))));
    RoundResult round = RatingRound.of(rubric, "2023").rate(List.of(a));
    assertThat(mapper.readTree(mapper.writeValueAsString(round)))
        .isEqualTo(mapper.readTree(RatingJson.write(round)));
    // 95 is four stars by the rules, but 20 % of one organisation is no four-star place
    JsonNode entry = mapper.readTree(mapper.writeValueAsString(round.entries().get(0)));
    assertThat(entry.get("starsByRules").asInt()).isEqualTo(4);
    assertThat(entry.get("stars").asInt()).isEqualTo(3);
    assertThat(mapper.readTree(mapper.writeValueAsString(round.summary())).get("rated").asInt())
        .isEqualTo(1);
  }

  @Test
  void refusedInputCarriesEveryProblem() {
    String bad = RubricJsonTest.SMALL.replace("\"total\": 100", "\"total\": 99");
    assertThatThrownBy(() -> mapper.readValue(bad, Rubric.class))
        .isInstanceOf(JsonMappingException.class)
        .cause()
        .isInstanceOfSatisfying(
            InvalidRubricException.class,
            e -> assertThat(e.problems().get(0).location()).hasToString("$.total"));
  }

  @Test
  void theModuleIsFoundByServiceLoader() throws Exception {
    ObjectMapper found = JsonMapper.builder().findAndAddModules().build();
    assertThat(found.writeValueAsString(Points.parse("2.5"))).isEqualTo("2.5");
  }

  @Test
  void theRubricsPartsAndTheRatingsPartsRoundTrip() throws Exception {
    ObjectMapper both =
        new ObjectMapper()
            .registerModule(new org.gridgov.core.io.GridgovCoreModule())
            .registerModule(new GridgovScoringModule());
    List<Object> values = new ArrayList<>();
    for (Rubric r : List.of(rubric, BundledRubrics.twoNew(), BundledRubrics.xiqingStyle())) {
      values.addAll(r.bands());
      for (Gate g : r.gates()) {
        values.add(g);
        values.add(g.condition());
      }
      for (Veto v : r.vetoes()) {
        values.add(v);
        values.add(v.effect());
      }
      for (WeakTrigger w : r.weakTriggers()) {
        values.add(w);
        values.add(w.condition());
      }
    }
    Assessment a = Assessment.builder("o").deduct("b1", "late", "迟").build();
    Rating rating = rubric.rate(a);
    values.addAll(rating.items());
    values.addAll(rating.trace());
    values.addAll(rating.limits());
    values.addAll(rating.shortfalls());
    Set<Class<?>> kinds = new HashSet<>();
    for (Object v : values) {
      kinds.add(v.getClass());
      String json = both.writeValueAsString(v);
      assertThat(json).doesNotContain("\"present\"");
      assertThat(both.readValue(json, v.getClass())).as(json).isEqualTo(v);
      for (Class<?> sealed : v.getClass().getInterfaces()) {
        if (sealed.isSealed()) {
          assertThat(both.readValue(json, sealed)).as(json).isEqualTo(v);
        }
      }
    }
    assertThat(kinds).contains(StarBand.class, Gate.class, Veto.class, ItemScore.class);
    assertThat(kinds.stream().filter(c -> c.getEnclosingClass() == VetoEffect.class)).hasSize(3);
  }
}
