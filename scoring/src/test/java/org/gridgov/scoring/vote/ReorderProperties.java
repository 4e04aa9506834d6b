package org.gridgov.scoring.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.scoring.vote.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reorder window against the obvious oracle: after each ballot offered, the ballots let through
 * are exactly those seen that lie more than the window before the latest instant seen, sorted (a
 * zero window, for sorted input, lets each through at once); at the end, every ballot, sorted.
 */
class ReorderProperties {
  private static final Instant T0 = Instant.parse("2022-11-01T00:00:00Z");

  @Test
  void theWindowLetsThroughExactlyTheSortedBallotsOlderThanTheHorizon() {
    qt(300)
        .forAll(longs().all(), integers().between(0, 3))
        .checkAssert(
            (seed, shape) -> {
              Random r = new Random(seed);
              int n = r.nextInt(300);
              List<Ballot> in = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                // few instants and ids, so that ties and exact copies are common
                Instant at = T0.plusSeconds(i / (1 + r.nextInt(3))).plusMillis(500L * r.nextInt(2));
                String id = "b" + r.nextInt(Math.max(1, n / 2));
                in.add(Ballot.of(id, VoterKey.of(0, r.nextInt(5)), "c00", at, "wechat"));
              }
              if (shape == 3) {
                Collections.shuffle(in, r);
              } else if (shape > 0) {
                Fixtures.nudge(in, r, 3, shape == 1 ? 3 : 40);
              }
              VoteCounter.Disorder disorder = new VoteCounter.Disorder();
              in.forEach(disorder::observe);
              Duration window =
                  shape == 3 && r.nextBoolean()
                      ? VoteCounter.ANY_ORDER
                      : disorder.window().plusMillis(r.nextInt(3) * 700L);
              List<Ballot> released = new ArrayList<>();
              Reorder reorder = new Reorder(window, released::add);
              List<Ballot> seen = new ArrayList<>();
              Instant latest = null;
              for (Ballot b : in) {
                reorder.offer(b);
                seen.add(b);
                latest = latest == null || b.at().isAfter(latest) ? b.at() : latest;
                List<Ballot> expected = new ArrayList<>();
                if (window.isZero()) {
                  expected.addAll(seen); // sorted input passes straight through
                } else if (!window.equals(VoteCounter.ANY_ORDER)) {
                  Instant horizon = latest.minus(window);
                  for (Ballot s : seen) {
                    if (s.at().isBefore(horizon)) {
                      expected.add(s);
                    }
                  }
                }
                expected.sort(Ballot.order());
                assertThat(released).containsExactlyElementsOf(expected);
                assertThat(reorder.buffered()).isEqualTo(seen.size() - released.size());
              }
              reorder.flush();
              List<Ballot> sorted = new ArrayList<>(in);
              sorted.sort(Ballot.order());
              assertThat(released).containsExactlyElementsOf(sorted);
              assertThat(reorder.buffered()).isZero();
            });
  }
}
