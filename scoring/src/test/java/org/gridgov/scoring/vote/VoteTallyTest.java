package org.gridgov.scoring.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VoteTallyTest {
  @Test
  void smokeAgainstTheOracle() {
    Round round =
        Fixtures.round(6, 5, VoteRules.of(3, 1).withMinInterval(java.time.Duration.ofMinutes(30)))
            .build();
    List<Submission> ballots = Fixtures.ballots(new Random(1), round, 3000, 40);
    Count fast = VoteCounter.count(round, Quarantine.none(), Sanctions.none(), ballots);
    Count slow = SlowCount.count(round, SlowCount.decide(round, ballots, Map.of(), Set.of()));
    assertThat(fast).isEqualTo(slow);
  }
}
