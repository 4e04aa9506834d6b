package org.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.GridGovException;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.Candidate;
import org.gridgov.scoring.vote.OutOfOrderBallotException;
import org.gridgov.scoring.vote.Round;
import org.gridgov.scoring.vote.TallyMergeException;
import org.gridgov.scoring.vote.VoteTally;
import org.gridgov.scoring.vote.VoterKey;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * The module's failures that are not refused input belong to its family: a {@link ScoringException}
 * under {@link GridGovException}, naming what was given, whatever the input.
 */
class FailureFamilyProperties {
  private static final Instant START = Instant.parse("2022-10-31T16:00:00Z");

  private static Round round(String id) {
    return Round.builder(id)
        .name("round " + id)
        .window(START, START.plus(Duration.ofDays(60)), ZoneId.of("Asia/Shanghai"))
        .channels("app")
        .addCandidate(Candidate.of("zq-001", "王丽", "210802", "210802001003001"))
        .addCandidate(Candidate.of("zq-002", "李强", "210802", "210802003001002"))
        .build();
  }

  private static QuickTheory qt() {
    return QuickTheory.qt().withFixedSeed(20221210L).withExamples(50);
  }

  @Test
  void talliesOfDifferentRoundsDoNotMergeAndSaySo() {
    qt().forAll(integers().between(1, 10_000), integers().between(1, 10_000))
        .assuming((a, b) -> !a.equals(b))
        .checkAssert(
            (a, b) -> {
              VoteTally one = VoteTally.start(round("r-" + a));
              VoteTally other = VoteTally.start(round("r-" + b));
              Throwable t = catchThrowable(() -> one.merge(other));
              assertThat(t)
                  .isInstanceOf(TallyMergeException.class)
                  .isInstanceOf(ScoringException.class)
                  .isInstanceOf(GridGovException.class);
              assertThat(t.getMessage()).contains("r-" + a).contains("r-" + b);
              assertThat(one.received()).isZero();
            });
  }

  @Test
  void aBallotBeforeOneAlreadyDecidedIsOutOfOrderAndNamesBoth() {
    qt().forAll(integers().between(2, 40), integers().between(1, 3_600))
        .checkAssert(
            (n, gap) -> {
              VoteTally tally = VoteTally.start(round("r-1"));
              List<Ballot> ballots = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                ballots.add(
                    Ballot.of(
                        "b-" + i,
                        VoterKey.of(i + 1L, i),
                        "zq-001",
                        START.plusSeconds(10_000L - (long) i * gap),
                        "app"));
              }
              assertThat(tally.ingest(ballots.get(0)).reason()).isEmpty();
              Throwable t = catchThrowable(() -> tally.ingest(ballots.get(1)));
              assertThat(t)
                  .isInstanceOf(OutOfOrderBallotException.class)
                  .isInstanceOf(ScoringException.class)
                  .hasMessageContaining("b-1")
                  .hasMessageContaining("b-0");
              assertThat(tally.received()).isEqualTo(1);
            });
  }
}
