package org.gridgov.scoring.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Screening's rules on small hand-made cases. */
class ScreeningTest {
  private static final Round ROUND =
      Fixtures.round(2, 30, VoteRules.of(3, 1).withPerIp(RateLimit.of(1, Duration.ofMinutes(5))))
          .build();
  private static final Instant AT = Fixtures.START.plus(Duration.ofDays(9)).plusSeconds(5400);
  private static final String FIRST = ROUND.candidates().get(0).id();
  private static final String SECOND = ROUND.candidates().get(1).id();

  private static List<String> decisions(List<Ballot> in) {
    Quarantine q = Screening.screen(ROUND, new ArrayList<Submission>(in));
    List<String> out = new ArrayList<>();
    VoteCounter c =
        VoteCounter.start(
            ROUND,
            q,
            Sanctions.none(),
            VoteCounter.ANY_ORDER,
            d -> out.add(d.reason().map(Enum::name).orElse("ACCEPTED")));
    in.forEach(c::accept);
    Count unused = c.finish();
    return out;
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void aNegativeReorderWindowIsRefusedAsTheCounterRefusesIt() {
    assertThatThrownBy(() -> Screening.start(ROUND, Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a reorder window is not negative");
    assertThatThrownBy(() -> Screening.start(ROUND, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("reorderWindow");
  }

  @Test
  void aReplayUnderAPerIpLimitIsReplayedAndTheOriginalStillCounts() {
    Ballot b1 = Ballot.of("b1", Fixtures.voter(1), FIRST, AT, "wechat").withIp("10.0.0.1");
    assertThat(decisions(List.of(b1))).containsExactly("ACCEPTED");
    assertThat(decisions(List.of(b1, b1))).containsExactly("ACCEPTED", "REPLAYED");
    assertThat(Screening.screen(ROUND, List.of(b1, b1)).isEmpty()).isTrue();
  }

  @Test
  void anotherVotersBallotReusingAnIdIsScreenedAloneAndItsFlagStaysItsOwn() {
    Ballot first = Ballot.of("b1", Fixtures.voter(1), FIRST, AT, "wechat").withIp("10.0.0.1");
    Ballot other =
        Ballot.of("b1", Fixtures.voter(2), SECOND, AT.plusSeconds(60), "wechat").withIp("10.0.0.1");
    // the other voter's ballot is over the per-IP limit; the first one is not
    assertThat(decisions(List.of(first, other))).containsExactly("ACCEPTED", "FLAGGED");
    Quarantine q = Screening.screen(ROUND, List.of(first, other));
    assertThat(q.entries())
        .singleElement()
        .satisfies(e -> assertThat(e.voter()).contains(Fixtures.voter(2)));
  }

  @Test
  void aReplayOfAFlaggedBallotSharesItsFlag() {
    Ballot a = Ballot.of("a", Fixtures.voter(1), FIRST, AT, "wechat").withIp("10.0.0.1");
    Ballot b =
        Ballot.of("b", Fixtures.voter(2), FIRST, AT.plusSeconds(60), "wechat").withIp("10.0.0.1");
    assertThat(decisions(List.of(a, b, b))).containsExactly("ACCEPTED", "FLAGGED", "FLAGGED");
  }
}
