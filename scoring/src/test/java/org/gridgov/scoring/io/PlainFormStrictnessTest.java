package org.gridgov.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.scoring.rating.WeakCondition;
import org.gridgov.scoring.vote.Count;
import org.gridgov.scoring.vote.Detector;
import org.gridgov.scoring.vote.Detectors;
import org.gridgov.scoring.vote.Finding;
import org.gridgov.scoring.vote.FlagKind;
import org.gridgov.scoring.vote.Quarantine;
import org.gridgov.scoring.vote.RateLimit;
import org.gridgov.scoring.vote.ResultInputs;
import org.gridgov.scoring.vote.Round;
import org.gridgov.scoring.vote.Sanctions;
import org.gridgov.scoring.vote.ScoreRule;
import org.gridgov.scoring.vote.Standing;
import org.gridgov.scoring.vote.VoteCounter;
import org.gridgov.scoring.vote.VoteResult;
import org.junit.jupiter.api.Test;

/**
 * The module forms read exactly what they write and nothing looser: decimals exactly (never through
 * a binary double), a field at most once, each component only from the JSON type it is written as.
 */
class PlainFormStrictnessTest {
  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  private <T> void roundTrips(T value, Class<T> type) throws Exception {
    String json = mapper.writeValueAsString(value);
    assertThat(mapper.readValue(json, type)).as(json).isEqualTo(value);
  }

  private void refused(String json, Class<?> type, String message) {
    assertThatThrownBy(() -> mapper.readValue(json, type))
        .as(json)
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(String.valueOf(e.getMessage()).length()).isLessThan(2_000));
  }

  @Test
  void decimalsReadExactlyAsWritten() throws Exception {
    roundTrips(
        WeakCondition.measureBelow("satisfaction", new BigDecimal("0.1234567890123456789")),
        WeakCondition.class);
    roundTrips(
        ResultInputs.none()
            .withPanel(
                Map.of(
                    "zq-001", new BigDecimal("0.1234567890123456789"),
                    "zq-002", new BigDecimal("70.50"))),
        ResultInputs.class);
    Round round = IoFixtures.fullRound();
    Count count =
        VoteCounter.count(round, Quarantine.none(), Sanctions.none(), IoFixtures.ballots());
    ResultInputs panel =
        ResultInputs.none()
            .withPanel(
                Map.of(
                    "zq-001", BigDecimal.valueOf(90),
                    "zq-002", BigDecimal.valueOf(80),
                    "lb-001", new BigDecimal("70.5"),
                    "gz-001", BigDecimal.valueOf(60)));
    Standing st = VoteResult.of(round, count, panel).standings().get(0);
    roundTrips(
        new Standing(
            st.candidate(),
            st.count(),
            st.finalVotes(),
            new BigDecimal("72.50"),
            Optional.of(new BigDecimal("0.30000000000000000001")),
            new BigDecimal("72.80"),
            st.rank(),
            st.status()),
        Standing.class);
  }

  @Test
  void decimalsAreCheckedExactlyAndHugeExponentsAreRefused() {
    // 40.0000000000000000001 + 60 is not 100; read as doubles it was 40 + 60 and accepted
    refused(
        "{\"kind\":\"WEIGHTED\",\"onlineWeight\":40.0000000000000000001,\"panelWeight\":60}",
        ScoreRule.class,
        "add up to 100");
    // out of a double's range: a NumberFormatException escaped; now exact, and refused by the check
    refused(
        "{\"kind\":\"WEIGHTED\",\"onlineWeight\":1e400,\"panelWeight\":60}",
        ScoreRule.class,
        "add up to 100");
    // an exponent no written decimal has (building it would take hours) is refused when read
    for (String n : List.of("1e999999999", "1e-999999999", "-1E+1001")) {
      refused(
          "{\"kind\":\"MEASURE_BELOW\",\"measure\":\"a\",\"threshold\":" + n + "}",
          WeakCondition.class,
          "\"threshold\"");
      refused(
          "{\"kind\":\"WEIGHTED\",\"onlineWeight\":" + n + ",\"panelWeight\":60}",
          ScoreRule.class,
          "\"onlineWeight\"");
    }
  }

  @Test
  void aFieldGivenTwiceIsRefused() {
    refused("{\"max\":5,\"max\":7,\"window\":\"PT10M\"}", RateLimit.class, "\"max\"");
    refused(
        "{\"kind\":\"WEIGHTED\",\"onlineWeight\":40,\"panelWeight\":60,\"panelWeight\":60}",
        ScoreRule.class,
        "\"panelWeight\"");
    refused(
        "{\"format\":\"gridgov-vote-inputs/1\",\"panel\":{\"a\":1,\"a\":2},\"earlierRound\":{},"
            + "\"manualOrder\":[],\"sanctions\":[]}",
        ResultInputs.class,
        "\"a\"");
  }

  @Test
  void componentsAreReadOnlyFromTheirWrittenJsonType() {
    for (String max : List.of("10.7", "\"10\"", "true")) {
      refused("{\"max\":" + max + ",\"window\":\"PT10M\"}", RateLimit.class, "\"max\"");
    }
    refused("{\"votersPerDevice\":2.9}", Detectors.class, "\"votersPerDevice\"");
    refused(
        "{\"factor\":3,\"minBallots\":20,\"period\":\"PT1H\",\"baselinePeriods\":2.5}",
        Detectors.Surge.class,
        "\"baselinePeriods\"");
    refused(
        "{\"kind\":\"WEIGHTED\",\"onlineWeight\":\"40\",\"panelWeight\":60}",
        ScoreRule.class,
        "\"onlineWeight\"");
    String finding =
        "{\"number\":0,\"detector\":%s,\"subject\":%s,\"from\":\"2022-12-10T02:00:00Z\","
            + "\"to\":\"2022-12-10T02:00:00Z\",\"ballots\":1,\"voters\":1,"
            + "\"topCandidateBallots\":0,\"evidence\":\"e\"}";
    refused(finding.formatted("0", "\"x\""), Finding.class, "\"detector\"");
    refused(finding.formatted("\"IP_BURST\"", "12"), Finding.class, "\"subject\"");
    refused(finding.formatted("\"IP_BURST\"", "false"), Finding.class, "\"subject\"");
  }

  @Test
  void instantsAtTheEdgesOfTheirRangeRoundTrip() throws Exception {
    for (Instant[] span :
        new Instant[][] {
          {Instant.MIN, Instant.MIN.plusNanos(1)},
          {Instant.parse("2022-12-10T02:00:00.123456789Z"), Instant.MAX}
        }) {
      roundTrips(
          new Finding(
              0,
              Detector.IP_BURST,
              "ip 10.8.0.17",
              span[0],
              span[1],
              40,
              3,
              Optional.empty(),
              0,
              "40 ballots"),
          Finding.class);
    }
  }

  @Test
  void nestedRecordsAreReadStrictlyNotWithDefaultsForMissingFields() throws Exception {
    roundTrips(new Quarantine.Flag(FlagKind.SUSPECT, 2), Quarantine.Flag.class);
    roundTrips(new ScoreRule.Band(10, new BigDecimal("2.5")), ScoreRule.Band.class);
    refused("{\"kind\":\"SUSPECT\"}", Quarantine.Flag.class, "\"finding\"");
    refused("{\"kind\":1,\"finding\":\"0\"}", Quarantine.Flag.class, "Flag");
    refused("{\"points\":5}", ScoreRule.Band.class, "\"minVotes\"");
    refused("{\"minVotes\":1.5,\"points\":5}", ScoreRule.Band.class, "\"minVotes\"");
  }
}
