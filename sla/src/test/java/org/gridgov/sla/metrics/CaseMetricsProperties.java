package org.gridgov.sla.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gridgov.core.Atlas;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.DivisionLevel;
import org.gridgov.core.GridCode;
import org.gridgov.sla.calendar.Theories;
import org.gridgov.sla.clock.CaseLog;
import org.gridgov.sla.clock.CaseOutcome;
import org.gridgov.sla.clock.CaseRegister;
import org.gridgov.sla.clock.CaseStatus;
import org.gridgov.sla.clock.TestCases;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The rules of the metric state: counts conserve, shards merge to the one-pass figures. */
class CaseMetricsProperties {
  private static final Atlas ATLAS = MetricsFixtures.atlas();
  private static final List<GridCode> GRIDS =
      List.of(
          MetricsFixtures.SANLOU_1,
          MetricsFixtures.FUQIANG_1,
          MetricsFixtures.YONGJIN_1,
          GridCode.parse("999999999999001"));

  /** A batch of random cases' statuses at one instant, each placed in a random grid (or none). */
  record Batch(long seed, List<CaseStatus> statuses, List<CaseLog> logs, List<Instant> ats) {}

  static Gen<Batch> batches() {
    return SourceDSL.longs()
        .all()
        .map(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              int n = 1 + r.nextInt(20);
              List<CaseStatus> list = new ArrayList<>();
              List<CaseLog> logs = new ArrayList<>();
              List<Instant> ats = new ArrayList<>();
              Instant at = Instant.parse("2024-02-20T04:00:00Z");
              for (int i = 0; i < n; i++) {
                GridCode grid = r.nextInt(8) == 0 ? null : GRIDS.get(r.nextInt(GRIDS.size()));
                CaseLog log = TestCases.random(r.nextLong(), "c" + i, grid);
                Instant t = at.plus(Duration.ofHours(r.nextInt(24 * 30)));
                logs.add(log);
                ats.add(t);
                list.add(log.status(t));
              }
              return new Batch(seed, list, logs, ats);
            });
  }

  private static CaseMetrics onePass(List<CaseStatus> statuses) {
    CaseMetrics m = CaseMetrics.empty(3);
    for (CaseStatus s : statuses) {
      boolean counted = m.add(ATLAS, s);
      assertThat(counted).isEqualTo(s.phase() != org.gridgov.sla.clock.CasePhase.NOT_OPENED);
    }
    return m;
  }

  @Test
  void countsConserve() {
    Theories.qt(org.gridgov.sla.clock.TestCases.scaled(50))
        .forAll(batches())
        .checkAssert(
            b -> {
              CaseTotals t = onePass(b.statuses()).total().totals();
              long opened =
                  b.statuses().stream()
                      .filter(s -> s.phase() != org.gridgov.sla.clock.CasePhase.NOT_OPENED)
                      .count();
              assertThat(t.onTime() + t.late() + t.open() + t.deferred() + t.cancelled())
                  .isEqualTo(t.total())
                  .isEqualTo(opened);
              assertThat(t.onTime())
                  .isEqualTo(
                      b.statuses().stream()
                          .filter(s -> s.outcome() == CaseOutcome.ON_TIME)
                          .count());
            });
  }

  @Test
  void percentilesAreOrderedAndNeverAboveTheLongest() {
    Theories.qt(org.gridgov.sla.clock.TestCases.scaled(50))
        .forAll(batches())
        .checkAssert(
            b -> {
              for (MilestoneMetrics m : onePass(b.statuses()).total().milestones()) {
                if (m.met() == 0) {
                  assertThat(List.of(m.mean(), m.median(), m.p90(), m.p95(), m.max()))
                      .allMatch(java.util.Optional::isEmpty);
                  continue;
                }
                Duration max = m.max().orElseThrow();
                Duration median = m.median().orElseThrow();
                Duration p90 = m.p90().orElseThrow();
                Duration p95 = m.p95().orElseThrow();
                assertThat(median).as("%s", m).isLessThanOrEqualTo(p90);
                assertThat(p90).as("%s", m).isLessThanOrEqualTo(p95);
                assertThat(p95).as("%s", m).isLessThanOrEqualTo(max);
                assertThat(m.mean().orElseThrow()).as("%s", m).isLessThanOrEqualTo(max);
              }
            });
  }

  @Test
  void shardsMergedThroughTheBinaryFormEqualOnePass() {
    Theories.qt(org.gridgov.sla.clock.TestCases.scaled(50))
        .forAll(batches(), SourceDSL.integers().between(1, 5))
        .checkAssert(
            (b, shards) -> {
              CaseMetrics whole = onePass(b.statuses());
              List<CaseMetrics> parts = new ArrayList<>();
              for (int i = 0; i < shards; i++) {
                parts.add(CaseMetrics.empty(3));
              }
              SplittableRandom r = new SplittableRandom(b.seed());
              for (CaseStatus s : b.statuses()) {
                boolean unused = parts.get(r.nextInt(shards)).add(ATLAS, s);
              }
              CaseMetrics merged = CaseMetrics.empty(3);
              for (int i = parts.size() - 1; i >= 0; i--) {
                merged.merge(roundTrip(parts.get(i)));
              }
              assertThat(merged).isEqualTo(whole);
              assertThat(roundTrip(whole)).isEqualTo(whole);
              assertThat(merged.report(ATLAS).unit(MetricsFixtures.CITY))
                  .isEqualTo(whole.report(ATLAS).unit(MetricsFixtures.CITY));
              CaseMetrics identity = whole.copy();
              identity.merge(CaseMetrics.empty(3));
              assertThat(identity).isEqualTo(whole);
            });
  }

  @Test
  void theViewOfALogCountsAsItsStatus() {
    Theories.qt(org.gridgov.sla.clock.TestCases.scaled(50))
        .forAll(batches())
        .checkAssert(
            b -> {
              CaseMetrics viaViews = CaseMetrics.empty(3);
              for (int i = 0; i < b.logs().size(); i++) {
                boolean unused = viaViews.add(ATLAS, b.logs().get(i), b.ats().get(i));
              }
              assertThat(viaViews).isEqualTo(onePass(b.statuses()));
            });
  }

  @Test
  void addingAllAtOnceEqualsAddingOneByOne() {
    // up to 60 logs: fewer than, as many as and more than the read-ahead holds
    Theories.qt(org.gridgov.sla.clock.TestCases.scaled(50))
        .forAll(batches(), batches(), batches(), SourceDSL.integers().between(0, 60))
        .checkAssert(
            (a, b, c, n) -> {
              List<CaseLog> logs = new ArrayList<>();
              for (Batch x : List.of(a, b, c, a, b, c)) {
                logs.addAll(x.logs());
              }
              logs = logs.subList(0, Math.min(n, logs.size()));
              Instant at = a.ats().get(0);
              CaseMetrics oneByOne = CaseMetrics.empty(3);
              long counted = 0;
              for (CaseLog log : logs) {
                counted += oneByOne.add(ATLAS, log, at) ? 1 : 0;
              }
              CaseMetrics all = CaseMetrics.empty(3);
              assertThat(all.addAll(ATLAS, logs, at)).isEqualTo(counted);
              assertThat(all).isEqualTo(oneByOne);
              // through a register: cases by id, so that a repeated id keeps its last log
              CaseRegister register = CaseRegister.create();
              java.util.Map<String, CaseLog> last = new java.util.LinkedHashMap<>();
              for (int i = 0; i < logs.size(); i++) {
                CaseLog log = logs.get(i);
                register.put(log);
                last.put(log.caseId(), log);
              }
              CaseMetrics expected = CaseMetrics.empty(3);
              long kept = expected.addAll(ATLAS, last.values(), at);
              CaseMetrics viaRegister = CaseMetrics.empty(3);
              assertThat(viaRegister.addAll(ATLAS, register, at)).isEqualTo(kept);
              assertThat(viaRegister).isEqualTo(expected);
            });
  }

  @Test
  void aUnitsFiguresAreTheSumOfItsChildren() {
    Theories.qt(org.gridgov.sla.clock.TestCases.scaled(30))
        .forAll(batches())
        .checkAssert(
            b -> {
              MetricsReport report = onePass(b.statuses()).report(ATLAS);
              long streets = 0;
              for (UnitMetrics u : report.children(MetricsFixtures.DISTRICT)) {
                streets += u.totals().total();
              }
              assertThat(report.unit(MetricsFixtures.DISTRICT).orElseThrow().totals().total())
                  .isEqualTo(streets);
              assertThat(
                      report.unit(MetricsFixtures.CITY).orElseThrow().totals().total()
                          + report.unplaced().totals().total())
                  .isEqualTo(report.total().totals().total());
            });
  }

  @Test
  void groupingAtALevelGivesTheRolledUpFiguresAtAndAboveIt() {
    List<DivisionLevel> levels =
        List.of(
            DivisionLevel.VILLAGE,
            DivisionLevel.TOWN,
            DivisionLevel.COUNTY,
            DivisionLevel.CITY); // the fixture atlas's top
    Theories.qt(org.gridgov.sla.clock.TestCases.scaled(50))
        .forAll(batches(), SourceDSL.integers().between(0, levels.size() - 1))
        .checkAssert(
            (b, i) -> {
              DivisionLevel level = levels.get(i);
              MetricsReport byUnit = onePass(b.statuses()).report(ATLAS);
              CaseMetrics grouped = CaseMetrics.empty(3, level);
              CaseMetrics viaLogs = CaseMetrics.empty(3, level);
              SplittableRandom r = new SplittableRandom(b.seed());
              CaseMetrics shardA = CaseMetrics.empty(3, level);
              CaseMetrics shardB = CaseMetrics.empty(3, level);
              for (CaseStatus s : b.statuses()) {
                boolean counted = grouped.add(ATLAS, s);
                assertThat((r.nextBoolean() ? shardA : shardB).add(ATLAS, s)).isEqualTo(counted);
              }
              for (int k = 0; k < b.logs().size(); k++) {
                boolean unused = viaLogs.add(ATLAS, b.logs().get(k), b.ats().get(k));
              }
              assertThat(viaLogs).isEqualTo(grouped);
              shardB.merge(roundTrip(shardA));
              assertThat(shardB).isEqualTo(grouped);
              assertThat(roundTrip(grouped)).isEqualTo(grouped);
              for (DivisionCode u : grouped.units()) {
                assertThat(u.level().isAbove(level)).isFalse();
              }
              MetricsReport report = grouped.report(ATLAS);
              for (DivisionLevel l : levels) {
                if (!level.isAbove(l)) {
                  assertThat(report.atLevel(l)).isEqualTo(byUnit.atLevel(l));
                }
              }
              assertThat(report.unit(MetricsFixtures.CITY))
                  .isEqualTo(byUnit.unit(MetricsFixtures.CITY));
              assertThat(report.total()).isEqualTo(byUnit.total());
              assertThat(report.unplaced()).isEqualTo(byUnit.unplaced());
            });
  }

  static CaseMetrics roundTrip(CaseMetrics m) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      m.writeTo(new DataOutputStream(bytes));
      return CaseMetrics.readFrom(
          new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
