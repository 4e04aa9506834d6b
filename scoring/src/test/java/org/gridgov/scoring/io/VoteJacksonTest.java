package org.gridgov.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.Location;
import org.gridgov.core.ProblemKind;
import org.gridgov.scoring.vote.AuditDigest;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.Candidate;
import org.gridgov.scoring.vote.Count;
import org.gridgov.scoring.vote.Decision;
import org.gridgov.scoring.vote.Detector;
import org.gridgov.scoring.vote.Detectors;
import org.gridgov.scoring.vote.Finding;
import org.gridgov.scoring.vote.FlagKind;
import org.gridgov.scoring.vote.MalformedBallot;
import org.gridgov.scoring.vote.Quarantine;
import org.gridgov.scoring.vote.RateLimit;
import org.gridgov.scoring.vote.RejectionReason;
import org.gridgov.scoring.vote.ResultInputs;
import org.gridgov.scoring.vote.Round;
import org.gridgov.scoring.vote.Sanction;
import org.gridgov.scoring.vote.SanctionEntry;
import org.gridgov.scoring.vote.Sanctions;
import org.gridgov.scoring.vote.ScoreRule;
import org.gridgov.scoring.vote.SeatRules;
import org.gridgov.scoring.vote.Standing;
import org.gridgov.scoring.vote.VoteCounter;
import org.gridgov.scoring.vote.VoteResult;
import org.gridgov.scoring.vote.VoteRules;
import org.gridgov.scoring.vote.VoterKey;
import org.junit.jupiter.api.Test;

class VoteJacksonTest {
  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(new org.gridgov.core.io.GridgovCoreModule())
          .registerModule(new GridgovScoringModule());

  @Test
  void theModuleRegisteredAloneWritesCoreCodesAsCodes() throws Exception {
    // a candidate's district and grid: without core's module they were written as {}
    ObjectMapper alone = new ObjectMapper().registerModule(new GridgovScoringModule());
    Candidate c =
        new Candidate(
            "zq-001",
            "王芳",
            org.gridgov.core.DivisionCode.parse("210802"),
            org.gridgov.core.GridCode.parse("210802001007001"));
    String json = alone.writeValueAsString(c);
    assertThat(json).isEqualTo(mapper.writeValueAsString(c));
    assertThat(alone.readTree(json).get("grid").asText()).isEqualTo("210802001007001");
    assertThat(alone.readValue(json, Candidate.class)).isEqualTo(c);
    assertThat(alone.getRegisteredModuleIds()).isEqualTo(mapper.getRegisteredModuleIds());
  }

  private <T> void roundTrips(T value, Class<T> type) throws Exception {
    String json = mapper.writeValueAsString(value);
    assertThat(mapper.readValue(json, type)).isEqualTo(value);
  }

  @Test
  void valueTypesRoundTripThroughAPlainMapper() throws Exception {
    roundTrips(IoFixtures.voter(3), VoterKey.class);
    roundTrips(AuditDigest.parse("ab".repeat(32)), AuditDigest.class);
    roundTrips(Candidate.of("zq-001", "王丽", "210802", "210802001003001"), Candidate.class);
    roundTrips(IoFixtures.fullRound(), Round.class);
    for (Ballot b : IoFixtures.ballots()) {
      roundTrips(b, Ballot.class);
      roundTrips(
          new Decision.Accepted(b.withoutOrigin(), Optional.of(FlagKind.SUSPECT)), Decision.class);
      roundTrips(
          new Decision.Rejected(b.withoutOrigin(), RejectionReason.TOO_SOON, Optional.empty(), ""),
          Decision.class);
    }
    roundTrips(
        new Decision.Rejected(
            MalformedBallot.of(ProblemKind.INVALID_VALUE, Location.text(4, 2), "bad"),
            RejectionReason.MALFORMED,
            Optional.empty(),
            ""),
        Decision.class);
    Sanctions s =
        Sanctions.none()
            .apply("zq-001", Sanction.DISQUALIFY, LocalDate.of(2023, 1, 2), "刷票")
            .revoke("zq-001", Sanction.DISQUALIFY, LocalDate.of(2023, 1, 5), "申诉成立");
    roundTrips(s.entries().get(0), SanctionEntry.class);
    roundTrips(s, Sanctions.class);
  }

  @Test
  void resultsAndCountsAreWritten() throws Exception {
    Round round = IoFixtures.fullRound();
    Count count =
        VoteCounter.count(round, Quarantine.none(), Sanctions.none(), IoFixtures.ballots());
    VoteResult result =
        VoteResult.of(
            round,
            count,
            ResultInputs.none()
                .withPanel(
                    Map.of(
                        "zq-001", BigDecimal.valueOf(90),
                        "zq-002", BigDecimal.valueOf(80),
                        "lb-001", BigDecimal.valueOf(70),
                        "gz-001", BigDecimal.valueOf(60))));
    String json = mapper.writeValueAsString(result);
    assertThat(mapper.readTree(json).get("digest").asText()).isEqualTo(count.digest().hex());
    assertThat(
            mapper
                .readTree(mapper.writeValueAsString(count))
                .get("totals")
                .get("received")
                .asLong())
        .isEqualTo(3);
    assertThat(ResultJson.write(result)).contains("\"format\" : \"gridgov-vote-result/1\"");
  }

  @Test
  void readingGoesThroughTheValidatingFactories() {
    assertThatThrownBy(() -> mapper.readValue("\"not a key\"", VoterKey.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("32 hex digits");
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"id\":\"a b\",\"name\":\"甲\",\"district\":\"210802\",\"grid\":\"g\"}",
                    Candidate.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("a candidate id");
    assertThatThrownBy(() -> mapper.readValue("[{\"candidate\":\"a\"}]", Sanctions.class))
        .isInstanceOf(JsonMappingException.class);
    assertThat(List.of()).isEmpty();
  }

  @Test
  void theRoundsRulesResultInputsStandingsAndQuarantinesRoundTrip() throws Exception {
    Round round = IoFixtures.fullRound();
    roundTrips(round.rules(), VoteRules.class);
    roundTrips(round.detectors(), Detectors.class);
    roundTrips(round.detectors().candidateSurge().orElseThrow(), Detectors.Surge.class);
    roundTrips(round.rules().perIp().orElseThrow(), RateLimit.class);
    roundTrips(round.seats(), SeatRules.class);
    for (ScoreRule rule :
        List.of(round.scoring(), ScoreRule.votesOnly(), ScoreRule.weighted(40, 60))) {
      String json = mapper.writeValueAsString(rule);
      assertThat(mapper.readTree(json).get("kind").asText()).isEqualTo(rule.kind().name());
      assertThat(mapper.readValue(json, ScoreRule.class)).isEqualTo(rule);
    }
    ResultInputs inputs =
        ResultInputs.none()
            .withPanel(
                Map.of(
                    "zq-001", BigDecimal.valueOf(90),
                    "zq-002", BigDecimal.valueOf(80),
                    "lb-001", new BigDecimal("70.5"),
                    "gz-001", BigDecimal.valueOf(60)))
            .withDrawSeed("2023-01-05 上证指数收盘 3123.52");
    roundTrips(inputs, ResultInputs.class);
    assertThat(mapper.readTree(mapper.writeValueAsString(inputs)))
        .isEqualTo(mapper.readTree(ResultInputsJson.write(inputs)));
    Count count =
        VoteCounter.count(round, Quarantine.none(), Sanctions.none(), IoFixtures.ballots());
    VoteResult result = VoteResult.of(round, count, inputs);
    for (Standing st : result.standings()) {
      roundTrips(st, Standing.class);
    }
    Finding burst =
        new Finding(
            0,
            Detector.IP_BURST,
            "ip 10.8.0.17",
            IoFixtures.START,
            IoFixtures.START.plusSeconds(30),
            40,
            3,
            Optional.of("zq-001"),
            38,
            "40 ballots from ip 10.8.0.17 in 30 s, over 30 in 10 min");
    roundTrips(burst, Finding.class);
    Quarantine q =
        Quarantine.builder()
            .addFinding(burst)
            .flag("b-1", IoFixtures.voter(1), 0, 0)
            .flag("b-9", 0)
            .build();
    String json = mapper.writeValueAsString(q);
    assertThat(mapper.readValue(json, Quarantine.class)).as(json).isEqualTo(q);
    for (Quarantine.Entry e : q.entries()) {
      roundTrips(e, Quarantine.Entry.class);
    }
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"findings\":[],\"flags\":[{\"ballotId\":\"b-1\",\"day\":-1,"
                        + "\"flag\":{\"kind\":\"SUSPECT\",\"finding\":0}}]}",
                    Quarantine.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("finding");
    for (String bad :
        List.of(
            "{\"findings\":[null],\"flags\":[]}",
            "{\"findings\":[],\"flags\":[null]}",
            "{\"findings\":[],\"flags\":[1]}",
            "[]")) {
      assertThatThrownBy(() -> mapper.readValue(bad, Quarantine.class))
          .as(bad)
          .isInstanceOf(JsonMappingException.class);
    }
    assertThatThrownBy(
            () -> mapper.readValue("{\"kind\":\"WEIGHTED\",\"onlineWeight\":1}", ScoreRule.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("panelWeight");
  }
}
