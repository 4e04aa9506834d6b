package org.gridgov.scoring.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.gridgov.core.Problem;
import org.junit.jupiter.api.Test;

class RoundTest {
  @Test
  void buildingReportsEveryProblemAtItsElement() {
    Round.Builder b =
        Round.builder("bad id")
            .window(Fixtures.START, Fixtures.START, Fixtures.SHANGHAI)
            .channels("wechat", "wechat", "a b")
            .seats(
                SeatRules.of(5)
                    .withRegion(RegionalSeats.of("210803", 3, 3))
                    .withRegion(RegionalSeats.of("210803", 3, 4)))
            .tieBreaks(List.of(TieBreak.PANEL_SCORE, TieBreak.PANEL_SCORE))
            .addCandidate(Fixtures.candidate(0))
            .addCandidate(Fixtures.candidate(0));
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            InvalidRoundException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.kind() + " " + p.location())
                    .containsExactlyInAnyOrder(
                        "INVALID_VALUE id",
                        "INVALID_VALUE end",
                        "DUPLICATE_ID channels[1]",
                        "INVALID_VALUE channels[2]",
                        "DUPLICATE_ID candidates[1].id",
                        "INCONSISTENT_TOTAL seats.count",
                        "DUPLICATE_ID seats.regions[1].district",
                        "UNKNOWN_REFERENCE seats.regions[0].district",
                        "UNKNOWN_REFERENCE seats.regions[1].district",
                        "INCONSISTENT_TOTAL seats.regions",
                        "CONFLICT tieBreaks[1]"));
  }

  @Test
  void daysAreCountedInTheRoundsZoneAcrossAClockChange() {
    // 2022-11-06 is 25 hours long in New York (DST ends at 02:00)
    ZoneId ny = ZoneId.of("America/New_York");
    Instant start = LocalDate.of(2022, 11, 5).atTime(12, 0).atZone(ny).toInstant();
    Instant end = LocalDate.of(2022, 11, 8).atStartOfDay(ny).toInstant();
    Round r =
        Round.builder("dst").window(start, end, ny).addCandidate(Fixtures.candidate(0)).build();
    assertThat(r.days()).isEqualTo(3);
    assertThat(r.date(0)).isEqualTo(LocalDate.of(2022, 11, 5));
    assertThat(r.date(2)).isEqualTo(LocalDate.of(2022, 11, 7));
    Instant lateOnSixth = LocalDate.of(2022, 11, 6).atTime(23, 30).atZone(ny).toInstant();
    assertThat(r.dayOfSecond(lateOnSixth.getEpochSecond())).isEqualTo(1);
    assertThat(r.contains(end)).isFalse();
    assertThat(r.contains(start)).isTrue();
  }

  @Test
  void theFingerprintBindsEverySetting() {
    Round a = Fixtures.round(3, 2, VoteRules.of(5, 1)).build();
    Round same = Fixtures.round(3, 2, VoteRules.of(5, 1)).build();
    Round other = Fixtures.round(3, 2, VoteRules.of(5, 2)).build();
    Round renamed = a.toBuilder().name("另一个").build();
    assertThat(a.fingerprint()).isEqualTo(same.fingerprint()).hasSize(64);
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(other.fingerprint()).isNotEqualTo(a.fingerprint());
    assertThat(renamed.fingerprint()).isNotEqualTo(a.fingerprint());
    assertThat(a.toBuilder().build()).isEqualTo(a);
  }

  @Test
  void theNextRoundStartsFromThisOneWithFewerCandidates() {
    Round first = Fixtures.round(6, 2, VoteRules.of(5, 1)).build();
    Round second =
        first.toBuilder()
            .window(first.end(), first.end().plus(Duration.ofDays(7)), first.zone())
            .candidates(first.candidates().subList(0, 3))
            .seats(SeatRules.of(1))
            .build();
    assertThat(second.candidates()).hasSize(3);
    assertThat(second.rules()).isEqualTo(first.rules());
    assertThat(second.candidate("c04")).isEmpty();
    assertThat(second.candidate("c01")).isPresent();
  }

  @Test
  void aWindowBeyondTheLimitIsABudgetProblem() {
    assertThatThrownBy(
            () ->
                Round.builder("long")
                    .window(
                        Fixtures.START,
                        Fixtures.START.plus(Duration.ofDays(500)),
                        Fixtures.SHANGHAI)
                    .addCandidate(Fixtures.candidate(0))
                    .build())
        .isInstanceOfSatisfying(
            InvalidRoundException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::message)
                    .anyMatch(m -> m.contains("400 days")));
  }
}
