package org.gridgov.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.gridgov.samples.SyntheticCases;
import org.gridgov.scoring.vote.Count;
import org.gridgov.scoring.vote.RejectionReason;
import org.gridgov.scoring.vote.Submission;
import org.gridgov.sla.clock.CaseEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quicktheories.QuickTheory;

/**
 * For random inputs and shard counts, the Flink jobs give the library's single pass. Each example
 * is a MiniCluster job (seconds on a busy machine), so there are few: the per-key logic is covered
 * by the scoring module's shard-and-merge properties, these check the wiring at random parallelism.
 */
class JobProperties {
  @RegisterExtension static final MiniClusterExtension CLUSTER = Cluster.extension();

  static final long SEED = 20221210L;
  static final int[] PARALLELISM = {1, 2, 4};

  static QuickTheory qt(int examples) {
    return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples);
  }

  @Test
  void theVoteCountIsTheLibrarysSinglePass() {
    qt(4)
        .forAll(longs().all(), integers().between(0, 2), integers().between(1, 500))
        .checkAssert(
            (seed, p, size) -> {
              Ballots s = new Ballots(seed, size);
              List<Submission> shuffled = new ArrayList<>(s.submissions);
              Collections.shuffle(shuffled, new Random(seed));
              Count count;
              try {
                count = VoteTallyJobTest.flink(Cluster.env(PARALLELISM[p]), s, shuffled);
              } catch (Exception e) {
                throw new AssertionError("seed " + seed, e);
              }
              Count expected = s.single();
              assertThat(count.candidates()).isEqualTo(expected.candidates());
              for (RejectionReason reason : RejectionReason.values()) {
                assertThat(count.totals().rejected(reason))
                    .as("seed %s, %s", seed, reason)
                    .isEqualTo(expected.totals().rejected(reason));
              }
              assertThat(count.digest()).isEqualTo(expected.digest());
              assertThat(count).isEqualTo(expected);
            });
  }

  @Test
  void theDailyMetricsAreTheLibrarysSinglePass() {
    qt(2)
        .forAll(longs().all(), integers().between(0, 2), integers().between(1, 40))
        .checkAssert(
            (seed, p, cases) -> {
              LocalDate from = LocalDate.of(2024, 5, 1).plusDays(Math.floorMod(seed, 20));
              MetricsSettings settings =
                  MetricsSettings.of(
                      CaseMetricsJobTest.ATLAS,
                      CaseMetricsJobTest.POLICIES,
                      SyntheticCases.ZONE,
                      from,
                      from.plusDays(6));
              List<CaseEvent> events = CaseMetricsJobTest.events(seed, cases);
              try {
                assertThat(CaseMetricsJobTest.flink(PARALLELISM[p], settings, events))
                    .as("seed %s", seed)
                    .isEqualTo(CaseMetricsJobTest.oracle(settings, events));
              } catch (Exception e) {
                throw new AssertionError("seed " + seed, e);
              }
            });
  }
}
