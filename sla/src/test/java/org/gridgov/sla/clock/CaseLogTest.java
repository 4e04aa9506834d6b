package org.gridgov.sla.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.gridgov.core.GridCode;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.junit.jupiter.api.Test;

/** Named cases with hand-computed numbers. */
class CaseLogTest {
  static final GridCode NANHU = GridCode.parse("210802002001001");

  static Instant cst(String local) {
    return LocalDateTime.parse(local).atZone(ChinaHolidays.ZONE).toInstant();
  }

  /**
   * The article's case: 做活"小网格" 推动基层"大治理" (营口, December 2022): "12月10日上午 … 当天是星期六，社区休息 …
   * 没多一会儿，社区网格员徐凤艳就赶到现场 … 下水井当天疏通完毕". The article gives the morning of Saturday 2022-12-10 and the
   * same-day clearing; the clock times (09:00 report, 09:40 on site, 15:30 cleared) and the
   * feedback and acceptance are assumed here.
   */
  static List<CaseEvent> saturdayDrain() {
    String c = "ZQ-20221210-001";
    return List.of(
        CaseEvent.reported(
            "e1",
            c,
            cst("2022-12-10T09:00"),
            CaseFacts.of("下水井堵塞", Priority.NORMAL).withGrid(NANHU).withSector("water")),
        CaseEvent.of("e2", c, EventKind.VERIFIED, cst("2022-12-10T09:40")),
        CaseEvent.of("e3", c, EventKind.RESOLVED, cst("2022-12-10T15:30")),
        CaseEvent.of("e4", c, EventKind.FEEDBACK_GIVEN, cst("2022-12-10T16:00")),
        CaseEvent.of("e5", c, EventKind.ACCEPTED, cst("2022-12-11T10:00")));
  }

  @Test
  void theSaturdayDrainUnderZhanqianIsDueInClockHoursFromTheReport() {
    CaseLog log = CaseLog.of("ZQ-20221210-001", PolicyPresets.zhanqian(), saturdayDrain());
    CaseStatus s = log.status(cst("2022-12-12T12:00"));
    assertThat(s.policy()).isEqualTo("数字站前");
    assertThat(s.phase()).isEqualTo(CasePhase.CLOSED);
    assertThat(s.outcome()).isEqualTo(CaseOutcome.ON_TIME);
    assertThat(s.milestones())
        .extracting(m -> m.due().orElseThrow())
        .containsExactly(
            cst("2022-12-10T12:00"), // 3 h
            cst("2022-12-11T09:00"), // 24 h
            cst("2022-12-11T21:00"), // 36 h
            cst("2022-12-12T09:00")); // 48 h
    assertThat(s.milestones())
        .extracting(MilestoneStatus::state)
        .containsOnly(MilestoneState.MET_ON_TIME);
    assertThat(s.milestone("verify").orElseThrow().elapsed()).isEqualTo(Duration.ofMinutes(40));
    assertThat(s.rejections()).isEmpty();
    assertThat(s.nextAlert()).isEmpty();
  }

  @Test
  void atElevenOnSaturdayTheResolveClockHasUsedTwoOfItsTwentyFourHours() {
    CaseLog log = CaseLog.of("ZQ-20221210-001", PolicyPresets.zhanqian(), saturdayDrain());
    CaseStatus s = log.status(cst("2022-12-10T11:00"));
    assertThat(s.phase()).isEqualTo(CasePhase.OPEN);
    MilestoneStatus verify = s.milestone("verify").orElseThrow();
    assertThat(verify.state()).isEqualTo(MilestoneState.MET_ON_TIME);
    MilestoneStatus resolve = s.milestone("resolve").orElseThrow();
    assertThat(resolve.state()).isEqualTo(MilestoneState.RUNNING);
    assertThat(resolve.elapsed()).isEqualTo(Duration.ofHours(2));
    assertThat(resolve.remaining()).isEqualTo(Duration.ofHours(22));
    assertThat(resolve.shareUsed()).isEqualTo(2.0 / 24);
    assertThat(resolve.yellowAt()).contains(cst("2022-12-10T21:00")); // 50 %
    assertThat(resolve.redAt()).contains(cst("2022-12-11T03:00")); // 75 %
    assertThat(s.nextWarning())
        .contains(
            new Alert(
                cst("2022-12-10T21:00"), Alert.Kind.YELLOW, java.util.Optional.of("resolve")));
    assertThat(s.nextBreach())
        .contains(
            new Alert(
                cst("2022-12-11T09:00"), Alert.Kind.BREACH, java.util.Optional.of("resolve")));
    assertThat(s.nextAlert()).isEqualTo(s.nextWarning());
  }

  @Test
  void theSaturdayDrainInWorkingHoursCountsFromMondayMorning() {
    // 2022-12-10 and 11 are a weekend without make-up work (国办发明电〔2021〕11号): the clock waits
    // for Monday 08:30; a working day is 7.5 hours (08:30-12:00, 13:30-17:30).
    CaseLog log =
        CaseLog.of("ZQ-20221210-001", PolicyPresets.zhanqianWorkingHours(), saturdayDrain());
    CaseStatus s = log.status(cst("2022-12-10T11:00"));
    assertThat(s.milestones())
        .extracting(m -> m.due().orElseThrow())
        .containsExactly(
            cst("2022-12-12T11:30"), // Mon 08:30 + 3 h
            cst("2022-12-15T10:00"), // 3 days (22.5 h) to Wed 17:30, 1.5 h on Thursday
            cst("2022-12-16T16:00"), // 4 days (30 h) to Thu 17:30, 6 h on Friday
            cst("2022-12-20T11:30")); // 6 days (45 h) to Mon 19th 17:30, 3 h on Tuesday
    MilestoneStatus resolve = s.milestone("resolve").orElseThrow();
    assertThat(resolve.state()).isEqualTo(MilestoneState.RUNNING);
    assertThat(resolve.elapsed()).isZero();
    assertThat(resolve.remaining()).isEqualTo(Duration.ofHours(24));
    Explanation why = log.explain(cst("2022-12-10T11:00"), "resolve");
    assertThat(why.due()).contains(cst("2022-12-15T10:00"));
    assertThat(why.facts())
        .filteredOn(f -> f.kind() == Explanation.Fact.Kind.DAYS_SKIPPED)
        .singleElement()
        .isEqualTo(
            new Explanation.DaysSkipped(
                List.of(
                    new Explanation.SkippedDay(LocalDate.of(2022, 12, 10), "SATURDAY"),
                    new Explanation.SkippedDay(LocalDate.of(2022, 12, 11), "SUNDAY")),
                0));
    // the whole case closed within Saturday and Sunday: every milestone met before its clock ran
    CaseStatus end = log.status(cst("2022-12-12T12:00"));
    assertThat(end.outcome()).isEqualTo(CaseOutcome.ON_TIME);
    assertThat(end.milestone("accept").orElseThrow().elapsed()).isZero();
  }
}
