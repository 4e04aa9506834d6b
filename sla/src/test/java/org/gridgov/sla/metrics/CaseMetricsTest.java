package org.gridgov.sla.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.sla.metrics.MetricsFixtures.BATIANDI;
import static org.gridgov.sla.metrics.MetricsFixtures.CITY;
import static org.gridgov.sla.metrics.MetricsFixtures.FUQIANG_1;
import static org.gridgov.sla.metrics.MetricsFixtures.JIANSHE;
import static org.gridgov.sla.metrics.MetricsFixtures.SANLOU_1;
import static org.gridgov.sla.metrics.MetricsFixtures.YONGJIN_1;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.Atlas;
import org.gridgov.core.DivisionLevel;
import org.gridgov.core.GridCode;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.clock.CaseFacts;
import org.gridgov.sla.clock.CaseLog;
import org.gridgov.sla.clock.EventKind;
import org.gridgov.sla.clock.PolicyPresets;
import org.gridgov.sla.clock.Priority;
import org.junit.jupiter.api.Test;

/** Metrics over a handful of 数字站前 cases, counted by hand. */
class CaseMetricsTest {
  private static Instant cst(String local) {
    return LocalDateTime.parse(local).atZone(ChinaHolidays.ZONE).toInstant();
  }

  /** A case reported at {@code t0} in a grid, with further events at hour offsets. */
  private static CaseLog zq(String id, GridCode grid, String t0, Object... more) {
    Instant start = cst(t0);
    List<CaseEvent> events = new ArrayList<>();
    events.add(
        CaseEvent.reported(
            id + "-0", id, start, CaseFacts.of("下水井堵塞", Priority.NORMAL).withGrid(grid)));
    for (int i = 0; i < more.length; i += 2) {
      events.add(
          CaseEvent.of(
              id + "-" + (i / 2 + 1),
              id,
              (EventKind) more[i],
              start.plus(Duration.ofMinutes((int) more[i + 1]))));
    }
    return CaseLog.of(id, PolicyPresets.zhanqian(), events);
  }

  static List<CaseLog> fiveCases() {
    return List.of(
        // on time: verified in 1 h, resolved in 5 h, fed back in 6 h, accepted in 20 h
        zq(
            "A",
            SANLOU_1,
            "2024-03-04T09:00",
            EventKind.VERIFIED,
            60,
            EventKind.RESOLVED,
            300,
            EventKind.FEEDBACK_GIVEN,
            360,
            EventKind.ACCEPTED,
            1200),
        // late: verified after 4 h (late), accepted after 50 h (late)
        zq(
            "B",
            SANLOU_1,
            "2024-03-04T09:00",
            EventKind.VERIFIED,
            240,
            EventKind.RESOLVED,
            600,
            EventKind.FEEDBACK_GIVEN,
            700,
            EventKind.ACCEPTED,
            3000),
        // open and overdue: reported 2024-03-01, verify breached
        zq("C", FUQIANG_1, "2024-03-01T09:00"),
        // deferred
        zq("D", YONGJIN_1, "2024-03-05T09:00", EventKind.VERIFIED, 30, EventKind.DEFERRED, 60),
        // cancelled
        zq("E", YONGJIN_1, "2024-03-05T09:00", EventKind.CANCELLED, 10));
  }

  @Test
  void theFiguresOfFiveCasesAsCountedByHand() {
    Atlas atlas = MetricsFixtures.atlas();
    Instant at = cst("2024-03-07T12:00");
    CaseMetrics metrics = CaseMetrics.empty();
    for (CaseLog log : fiveCases()) {
      assertThat(metrics.add(atlas, log.status(at))).isTrue();
    }
    MetricsReport report = metrics.report(atlas, PolicyPresets.zhanqian().milestoneIds());
    UnitMetrics city = report.unit(CITY).orElseThrow();
    CaseTotals t = city.totals();
    assertThat(t).isEqualTo(new CaseTotals(5, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 0, 0, 0, 0));
    assertThat(t.due()).isEqualTo(4); // A, B, C (overdue), D (deferred)
    assertThat(city.closureRate()).isEqualTo(new Rate(2, 4));
    assertThat(city.onTimeRate()).isEqualTo(new Rate(1, 3)); // 金华: 1 / (4 - 1)
    assertThat(city.onTimeRate().percent()).isEqualTo("33.33%");
    assertThat(city.closedInCommunityShare())
        .isEqualTo(
            new Rate(
                1,
                2)); // B breached verify at 12:00: the liaison, then the street at 18:00, resolved
    // at 19:00
    assertThat(city.overdue())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.caseId()).isEqualTo("C");
              assertThat(o.milestone()).isEqualTo("verify");
              assertThat(o.due()).isEqualTo(cst("2024-03-01T12:00"));
              assertThat(o.overdueBy()).isEqualTo(Duration.ofDays(6));
            });
    MilestoneMetrics verify = city.milestone("verify").orElseThrow();
    assertThat(verify.met()).isEqualTo(3); // A, B, D
    assertThat(verify.metOnTime()).isEqualTo(2);
    assertThat(verify.mean()).contains(Duration.ofMinutes((60 + 240 + 30) / 3));
    assertThat(verify.max()).contains(Duration.ofHours(4));
    assertThat(verify.median()).contains(Duration.ofHours(1)); // the bucket 3584..3615 s
    assertThat(city.milestones())
        .extracting(MilestoneMetrics::id)
        .containsExactly("verify", "resolve", "feedback", "accept");
    // roll-up: 八田地 has A, B, C; 建设 has D, E
    assertThat(report.unit(BATIANDI).orElseThrow().totals().total()).isEqualTo(3);
    assertThat(report.unit(JIANSHE).orElseThrow().totals().total()).isEqualTo(2);
    assertThat(report.atLevel(DivisionLevel.TOWN))
        .extracting(UnitMetrics::name)
        .containsExactly("八田地街道", "建设街道");
    assertThat(report.unplaced().totals().total()).isZero();
  }

  @Test
  void metricsGroupedByStreetAnswerForStreetsAndAboveAndRefuseCommunities() throws IOException {
    Atlas atlas = MetricsFixtures.atlas();
    Instant at = cst("2024-03-07T12:00");
    CaseMetrics byStreet = CaseMetrics.empty(5, DivisionLevel.TOWN);
    CaseMetrics byCommunity = CaseMetrics.empty(5);
    for (CaseLog log : fiveCases()) {
      assertThat(byStreet.add(atlas, log, at)).isTrue();
      assertThat(byCommunity.add(atlas, log, at)).isTrue();
    }
    assertThat(byStreet.grouping()).contains(DivisionLevel.TOWN);
    assertThat(byCommunity.grouping()).isEmpty();
    assertThat(byStreet.units()).containsExactly(BATIANDI, JIANSHE);
    assertThat(byStreet).hasToString("CaseMetrics[2 units at TOWN, 5 cases]");
    MetricsReport report = byStreet.report(atlas);
    assertThat(report.atLevel(DivisionLevel.TOWN))
        .isEqualTo(byCommunity.report(atlas).atLevel(DivisionLevel.TOWN));
    assertThat(report.unit(CITY)).isEqualTo(byCommunity.report(atlas).unit(CITY));
    assertThatThrownBy(() -> report.unit(MetricsFixtures.SANLOU))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "these metrics were grouped at TOWN and have no figures for the level VILLAGE below"
                + " it");
    assertThatThrownBy(() -> report.atLevel(DivisionLevel.VILLAGE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> report.children(BATIANDI))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(report.children(MetricsFixtures.DISTRICT)).hasSize(2);
    assertThatThrownBy(() -> byCommunity.merge(byStreet))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("metric states grouped by unit and at TOWN do not merge");
    // a unit added by its code counts in its street too
    CaseMetrics one = CaseMetrics.empty(5, DivisionLevel.TOWN);
    assertThat(one.add(MetricsFixtures.SANLOU, fiveCases().get(0).view(at))).isTrue();
    assertThat(one.units()).containsExactly(BATIANDI);
    assertThat(CaseMetricsProperties.roundTrip(byStreet)).isEqualTo(byStreet);
  }

  @Test
  void theBinaryFormReadsVersionOneAndRefusesUnitsBelowTheGrouping() throws IOException {
    Atlas atlas = MetricsFixtures.atlas();
    Instant at = cst("2024-03-07T12:00");
    CaseMetrics byCommunity = CaseMetrics.empty(5);
    for (CaseLog log : fiveCases()) {
      assertThat(byCommunity.add(atlas, log, at)).isTrue();
    }
    byte[] v2 = bytes(byCommunity);
    // version 2: version, overdue limit 5 (one varint byte), grouping 0 (none), then as version 1
    assertThat(v2[0]).isEqualTo((byte) 2);
    assertThat(v2[2]).isZero();
    byte[] v1 = new byte[v2.length - 1];
    v1[0] = 1;
    v1[1] = v2[1];
    System.arraycopy(v2, 3, v1, 2, v2.length - 3);
    assertThat(read(v1)).isEqualTo(byCommunity);
    byte[] street = v2.clone();
    street[2] = 9; // grouped at TOWN, but its units are communities
    assertThatThrownBy(() -> read(street))
        .isInstanceOf(StreamCorruptedException.class)
        .hasMessage("unit 210802001005 lies below the grouping TOWN");
    byte[] odd = v2.clone();
    odd[2] = 7;
    assertThatThrownBy(() -> read(odd))
        .isInstanceOf(StreamCorruptedException.class)
        .hasMessage("no division level has 7 digits");
    byte[] v3 = v2.clone();
    v3[0] = 3;
    assertThatThrownBy(() -> read(v3))
        .isInstanceOf(StreamCorruptedException.class)
        .hasMessage("a metric state of version 3, this library reads versions 1 and 2");
  }

  private static byte[] bytes(CaseMetrics m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.writeTo(new DataOutputStream(out));
    return out.toByteArray();
  }

  private static CaseMetrics read(byte[] b) throws IOException {
    return CaseMetrics.readFrom(new DataInputStream(new ByteArrayInputStream(b)));
  }

  @Test
  void aPercentileIsNeverLongerThanTheLongest() {
    // verified at its due, 3 h (10,800 s) after the report: the histogram's bucket is 10,752 to
    // 10,879 s, whose midpoint (10,816 s) was reported as the median of a single value of 10,800 s
    Atlas atlas = MetricsFixtures.atlas();
    CaseMetrics metrics = CaseMetrics.empty();
    CaseLog log = zq("V", SANLOU_1, "2024-03-04T09:00", EventKind.VERIFIED, 180);
    assertThat(metrics.add(atlas, log, cst("2024-03-04T13:00"))).isTrue();
    MilestoneMetrics verify =
        metrics.report(atlas).unit(CITY).orElseThrow().milestone("verify").orElseThrow();
    assertThat(verify.metOnTime()).isEqualTo(1);
    assertThat(verify.max()).contains(Duration.ofHours(3));
    assertThat(verify.mean()).contains(Duration.ofHours(3));
    assertThat(verify.median()).contains(Duration.ofHours(3));
    assertThat(verify.p90()).contains(Duration.ofHours(3));
    assertThat(verify.p95()).contains(Duration.ofHours(3));
  }

  @Test
  void mergingIsCommutativeWhenOverdueCasesTieOnTheOrder() {
    // the same case id from two sources, overdue on verify by the same 2 h but due an hour apart:
    // the overdue list was ordered by time overdue, case and milestone only, so that a merge kept
    // the two entries in the order the states were merged and a.merge(b) differed from b.merge(a)
    CaseMetrics a = CaseMetrics.empty(1);
    CaseMetrics b = CaseMetrics.empty(1);
    assertThat(
            a.add(
                MetricsFixtures.SANLOU,
                zq("C", SANLOU_1, "2024-03-04T09:00").view(cst("2024-03-04T14:00"))))
        .isTrue();
    assertThat(
            b.add(
                MetricsFixtures.SANLOU,
                zq("C", SANLOU_1, "2024-03-04T10:00").view(cst("2024-03-04T15:00"))))
        .isTrue();
    CaseMetrics ab = a.copy();
    ab.merge(b);
    CaseMetrics ba = b.copy();
    ba.merge(a);
    assertThat(ab).isEqualTo(ba);
    assertThat(ab.total().overdue()).isEqualTo(ba.total().overdue()).hasSize(1);
  }

  @Test
  void tianmensOnTimeRate() {
    // 天门: 737 of 972 cases due closed on time (DOMAIN.md §3)
    assertThat(new Rate(737, 972).percent()).isEqualTo("75.82%");
    assertThat(new Rate(0, 0).percent()).isEqualTo("-");
  }
}
