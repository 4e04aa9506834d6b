package org.gridgov.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.Count;
import org.gridgov.scoring.vote.Decision;
import org.gridgov.scoring.vote.Quarantine;
import org.gridgov.scoring.vote.Round;
import org.gridgov.scoring.vote.Sanctions;
import org.gridgov.scoring.vote.VoteTally;
import org.junit.jupiter.api.Test;

class VoteSampleTest {
  @Test
  void theSyntheticRoundHasTheArticlesShape() {
    VoteSample sample = VoteSample.of(VoteSample.SEED);
    Round round = sample.round();
    assertThat(round.name()).contains("synthetic");
    assertThat(round.days()).isEqualTo(60);
    assertThat(round.seats().seats()).isEqualTo(20);
    assertThat(round.candidates()).hasSize(80);
    assertThat(round.candidate(VoteSample.ATTACKED)).isPresent();
    assertThat(sample.panel())
        .hasSize(80)
        .allSatisfy(
            (id, score) ->
                assertThat(score)
                    .isBetween(java.math.BigDecimal.valueOf(60), java.math.BigDecimal.valueOf(98)));
  }

  @Test
  void theBallotsComeInTheDocumentedOrderAndTheSameSeedGivesTheSameBallots() {
    VoteSample a = VoteSample.of(VoteSample.SEED);
    VoteTally tally = VoteTally.start(a.round(), Quarantine.none(), Sanctions.none());
    long n = 0;
    Ballot previous = null;
    Iterator<Ballot> again = VoteSample.of(VoteSample.SEED).ballots();
    for (Iterator<Ballot> it = a.ballots(); it.hasNext(); ) {
      Ballot x = it.next();
      if (n < 50_000) {
        assertThat(again.next()).isEqualTo(x);
      }
      if (previous != null) {
        assertThat(Ballot.order().compare(previous, x)).isLessThanOrEqualTo(0);
      }
      previous = x;
      Decision unused = tally.ingest(x);
      n++;
    }
    assertThat(n).isGreaterThan(980_000);
    Count count = tally.count();
    assertThat(count.totals().accepted()).isGreaterThan(900_000);
    assertThat(count.candidate(VoteSample.ATTACKED).orElseThrow().received()).isGreaterThan(35_000);
    assertThat(VoteSample.of(VoteSample.SEED + 1).ballots().next())
        .isNotEqualTo(a.ballots().next());
  }
}
