package org.gridgov.sla.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gridgov.core.GridCode;
import org.gridgov.sla.calendar.Theories;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The register against the logs it keeps: after any sequence of puts, replacements and removals it
 * holds exactly the last log put of each case not removed, and its views read as the logs' own.
 */
class CaseRegisterProperties {
  private static final List<GridCode> GRIDS =
      List.of(GridCode.parse("210802001007001"), GridCode.parse("210802003001001"));

  /** Everything a view answers, as one comparable text. */
  static String describe(StatusView v) {
    StringBuilder b =
        new StringBuilder()
            .append(v.caseId())
            .append(' ')
            .append(v.at())
            .append(' ')
            .append(v.facts())
            .append(' ')
            .append(v.grid())
            .append(' ')
            .append(v.phase())
            .append(' ')
            .append(v.outcome())
            .append(' ')
            .append(v.tier())
            .append(' ')
            .append(v.reworks())
            .append(' ')
            .append(v.extensions())
            .append(' ')
            .append(v.resolved())
            .append(' ')
            .append(v.closingMilestone());
    for (int m = 0; m < v.milestoneCount(); m++) {
      b.append(" | ")
          .append(v.milestoneId(m))
          .append(' ')
          .append(v.milestoneState(m))
          .append(' ')
          .append(v.breached(m))
          .append(' ')
          .append(v.elapsedNanos(m))
          .append(' ')
          .append(v.remainingNanos(m))
          .append(' ')
          .append(v.hasDue(m))
          .append(' ')
          .append(v.hasDue(m) ? v.due(m) : null);
    }
    return b.toString();
  }

  @Test
  void theRegisterHoldsTheLastLogOfEachCaseAndReadsAsItsLogs() {
    Theories.qt(Examples.scaled(60))
        .forAll(SourceDSL.longs().all(), SourceDSL.integers().between(1, 100))
        .checkAssert(
            (seed, steps) -> {
              SplittableRandom r = new SplittableRandom(seed);
              // small pages too, so that rows fill many pages and compaction moves them across
              int[] pageLongs = {64, 256, CaseRegister.PAGE};
              CaseRegister register = new CaseRegister(pageLongs[r.nextInt(3)]);
              Map<String, CaseLog> model = new LinkedHashMap<>();
              List<Instant> instants = new ArrayList<>();
              for (int s = 0; s < steps; s++) {
                String id = "c" + r.nextInt(5);
                if (r.nextInt(5) == 0) {
                  assertThat(register.remove(id)).isEqualTo(model.remove(id) != null);
                } else {
                  CaseGen c = new CaseGen(r.nextLong(), id, GRIDS.get(r.nextInt(2)));
                  CaseLog log = CaseLog.of(id, c.table, c.events);
                  register.put(log);
                  model.put(id, log);
                  instants.add(c.someInstant(r));
                }
              }
              assertThat(register.size()).isEqualTo(model.size());
              assertThat(register.logs()).containsExactlyInAnyOrderElementsOf(model.values());
              for (Map.Entry<String, CaseLog> e : model.entrySet()) {
                assertThat(register.get(e.getKey())).containsSame(e.getValue());
              }
              assertThat(register.get("none")).isEmpty();
              instants.add(Instant.parse("2030-01-01T00:00:00Z"));
              for (Instant t : instants) {
                List<String> viewed = new ArrayList<>();
                register.forEachView(t, v -> viewed.add(describe(v)));
                List<String> expected = new ArrayList<>();
                for (CaseLog log : register.logs()) {
                  expected.add(describe(log.view(t)));
                }
                assertThat(viewed).as("at %s", t).isEqualTo(expected);
              }
            });
  }
}
