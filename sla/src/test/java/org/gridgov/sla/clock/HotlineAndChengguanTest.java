package org.gridgov.sla.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.sla.clock.CaseLogTest.cst;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.gridgov.sla.calendar.WorkingDayRule;
import org.junit.jupiter.api.Test;

/**
 * 12345 and 数字城管 cases with hand-computed numbers. Holidays: 国务院办公厅关于2024年部分节假日安排的通知
 * (https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm): 2024-02-10..17 off, Sunday
 * 02-04 and 02-18 worked; office hours 08:30-12:00 and 13:30-17:30.
 */
class HotlineAndChengguanTest {
  private static final String C = "12345-1";

  private static CaseLog complaint(CaseEvent... more) {
    CaseLog log =
        CaseLog.empty(C, PolicyPresets.hotline12345())
            .plus(
                CaseEvent.reported(
                    "r", C, cst("2024-02-09T15:00"), CaseFacts.of("投诉", Priority.NORMAL)));
    for (CaseEvent e : more) {
      log = log.plus(e);
    }
    return log;
  }

  @Test
  void aComplaintHasThirteenWorkingDaysFromTheDayAfterReceipt() {
    // Friday 02-09 15:00; day 1 is the make-up Sunday 02-18, then 19..23, 26..29, Mar 1, 4, 5.
    CaseStatus s = complaint().status(cst("2024-02-19T10:00"));
    assertThat(s.policy()).isEqualTo("12345-投诉");
    MilestoneStatus reply = s.milestone("reply").orElseThrow();
    assertThat(reply.due()).contains(cst("2024-03-05T17:30"));
    assertThat(reply.state()).isEqualTo(MilestoneState.RUNNING);
    // used: the day of receipt is not counted; Sun 18th (7.5 h), Mon 08:30-10:00 (1.5 h)
    assertThat(reply.elapsed()).isEqualTo(Duration.ofHours(9));
    // budget: 13 days of 7.5 h, whatever the hour of receipt
    assertThat(reply.budget()).isEqualTo(Duration.ofMinutes(450).multipliedBy(13));
    // red one working day (7.5 h) before the breach: Mon Mar 4 17:30
    assertThat(reply.redAt()).contains(cst("2024-03-04T17:30"));
    // on the day of receipt nothing is used yet
    MilestoneStatus first =
        complaint().status(cst("2024-02-09T17:00")).milestone("reply").orElseThrow();
    assertThat(first.elapsed()).isZero();
    assertThat(first.shareUsed()).isZero();
  }

  @Test
  void aSuspensionOnTheDayOfReceiptHoldsNothingBack() {
    // 2024-09-13 (Friday, before 中秋): 13 working days from the 14th (a make-up Saturday) are
    // 9/14, 18, 19, 20, 23..27, 29 (make-up Sunday), 30, 10/8, 10/9 (国办发明电〔2023〕7号)
    String c = "12345-2";
    CaseEvent received =
        CaseEvent.reported("r", c, cst("2024-09-13T10:00"), CaseFacts.of("投诉", Priority.NORMAL));
    CaseLog plain = CaseLog.of(c, PolicyPresets.hotline12345(), List.of(received));
    CaseLog paused =
        CaseLog.of(
            c,
            PolicyPresets.hotline12345(),
            List.of(
                received,
                CaseEvent.of("s", c, EventKind.SUSPENDED, cst("2024-09-13T10:05")),
                CaseEvent.of("u", c, EventKind.RESUMED, cst("2024-09-13T17:00"))));
    for (CaseLog log : List.of(plain, paused)) {
      MilestoneStatus reply = log.status(cst("2024-09-20T09:00")).milestone("reply").orElseThrow();
      assertThat(reply.due()).contains(cst("2024-10-09T17:30"));
      assertThat(reply.budget()).isEqualTo(Duration.ofMinutes(450).multipliedBy(13));
    }
    // received late in the day, the same due instant and the same budget
    CaseLog late =
        CaseLog.of(
            c,
            PolicyPresets.hotline12345(),
            List.of(
                CaseEvent.reported(
                    "r", c, cst("2024-09-13T17:00"), CaseFacts.of("投诉", Priority.NORMAL))));
    assertThat(late.status(cst("2024-09-20T09:00")).milestone("reply").orElseThrow())
        .usingRecursiveComparison()
        .comparingOnlyFields("due", "budget", "yellowAt", "redAt")
        .isEqualTo(plain.status(cst("2024-09-20T09:00")).milestone("reply").orElseThrow());
    // a suspension from the day of receipt into the next day holds back the next day's part
    CaseLog over =
        CaseLog.of(
            c,
            PolicyPresets.hotline12345(),
            List.of(
                received,
                CaseEvent.of("s", c, EventKind.SUSPENDED, cst("2024-09-13T10:05")),
                CaseEvent.of("u", c, EventKind.RESUMED, cst("2024-09-14T10:00"))));
    // 08:30-10:00 of the 14th is 1.5 h: 10/9 17:30 becomes 10/10 10:00
    assertThat(over.status(cst("2024-09-20T09:00")).milestone("reply").orElseThrow().due())
        .contains(cst("2024-10-10T10:00"));
  }

  @Test
  void anEnquiryHasThreeWorkingDays() {
    CaseLog log =
        CaseLog.empty(C, PolicyPresets.hotline12345())
            .plus(
                CaseEvent.reported(
                    "r", C, cst("2024-02-09T15:00"), CaseFacts.of("咨询", Priority.NORMAL)));
    assertThat(log.status(cst("2024-02-09T16:00")).milestone("reply").orElseThrow().due())
        .contains(cst("2024-02-20T17:30"));
  }

  @Test
  void aSuspensionAddsOnlyTheWorkingTimeItHeldBack() {
    // suspended Mon 02-19 09:00 to Tue 02-20 09:00: 3 + 4 + 0.5 = 7.5 working hours, one day
    CaseLog log =
        complaint(
            CaseEvent.of("s", C, EventKind.SUSPENDED, cst("2024-02-19T09:00")),
            CaseEvent.of("u", C, EventKind.RESUMED, cst("2024-02-20T09:00")));
    MilestoneStatus during = log.status(cst("2024-02-19T20:00")).milestone("reply").orElseThrow();
    assertThat(during.state()).isEqualTo(MilestoneState.PAUSED);
    assertThat(during.due()).isEmpty(); // an open suspension has no due instant
    MilestoneStatus after = log.status(cst("2024-02-21T09:00")).milestone("reply").orElseThrow();
    assertThat(after.due()).contains(cst("2024-03-06T17:30"));
    Explanation why = log.explain(cst("2024-02-21T09:00"), "reply");
    assertThat(why.facts())
        .contains(
            new Explanation.Paused(
                cst("2024-02-19T09:00"),
                Optional.of(cst("2024-02-20T09:00")),
                Duration.ofMinutes(450)));
  }

  @Test
  void togglingASuspensionBuysNoTime() {
    // a weekend suspension (Sat 02-24 to Sun 02-25, no make-up day) holds back no working time
    CaseLog weekend =
        complaint(
            CaseEvent.of("s", C, EventKind.SUSPENDED, cst("2024-02-24T09:00")),
            CaseEvent.of("u", C, EventKind.RESUMED, cst("2024-02-25T18:00")));
    assertThat(weekend.status(cst("2024-02-26T09:00")).milestone("reply").orElseThrow().due())
        .contains(cst("2024-03-05T17:30"));
    // suspending and resuming again and again at one instant holds back nothing either
    CaseLog toggled =
        complaint(
            CaseEvent.of("s1", C, EventKind.SUSPENDED, cst("2024-02-26T10:00")),
            CaseEvent.of("u1", C, EventKind.RESUMED, cst("2024-02-26T10:00")),
            CaseEvent.of("s2", C, EventKind.SUSPENDED, cst("2024-02-26T10:00")),
            CaseEvent.of("u2", C, EventKind.RESUMED, cst("2024-02-26T10:00")));
    assertThat(toggled.status(cst("2024-02-26T11:00")).milestone("reply").orElseThrow().due())
        .contains(cst("2024-03-05T17:30"));
  }

  @Test
  void anExtensionBeforeTheDeadlineAddsWorkingDaysAndOneAfterItIsRefused() {
    CaseLog log =
        complaint(
            CaseEvent.extension(
                "x", C, cst("2024-03-01T10:00"), Budget.days(2, WorkingDayRule.END_OF_DAY)));
    assertThat(log.rejections()).isEmpty();
    assertThat(log.status(cst("2024-03-01T11:00")).milestone("reply").orElseThrow().due())
        .contains(cst("2024-03-07T17:30"));

    CaseLog.Appended late =
        complaint()
            .append(
                CaseEvent.extension(
                    "x", C, cst("2024-03-06T10:00"), Budget.days(2, WorkingDayRule.END_OF_DAY)));
    assertThat(late.outcome()).isEqualTo(CaseLog.Outcome.REFUSED);
    assertThat(late.reason().orElseThrow())
        .contains("due at 2024-03-05T09:30:00Z")
        .contains("only before the deadline");
    assertThat(withoutRejections(late.log().status(cst("2024-03-06T11:00"))))
        .isEqualTo(complaint().status(cst("2024-03-06T11:00")));
  }

  @Test
  void aBreachBringsAReminderTheNextWorkingMorningAndEscalation() {
    CaseStatus s = complaint().status(cst("2024-03-06T08:00"));
    MilestoneStatus reply = s.milestone("reply").orElseThrow();
    assertThat(reply.state()).isEqualTo(MilestoneState.BREACHED);
    assertThat(reply.remaining()).isEqualTo(Duration.ZERO); // no working time since the breach
    assertThat(reply.reminderAt()).contains(cst("2024-03-06T08:30"));
    assertThat(s.nextAlert())
        .contains(new Alert(cst("2024-03-06T08:30"), Alert.Kind.REMINDER, Optional.of("reply")));
    // escalation: the street at the breach, the district one working day later
    assertThat(s.escalation())
        .isEqualTo(
            new EscalationStatus(
                1,
                Tier.STREET,
                Optional.of(cst("2024-03-05T17:30")),
                Optional.of(cst("2024-03-06T17:30"))));
    CaseStatus later = complaint().status(cst("2024-03-07T10:00"));
    assertThat(later.escalation().tier()).isEqualTo(Tier.DISTRICT);
    assertThat(later.escalation().since()).contains(cst("2024-03-06T17:30"));
    assertThat(later.escalation().next()).isEmpty();
    CaseStatus reminded =
        complaint(CaseEvent.of("m", C, EventKind.REMINDED, cst("2024-03-06T08:40")))
            .status(cst("2024-03-06T09:00"));
    assertThat(reminded.milestone("reply").orElseThrow().reminded()).isTrue();
    assertThat(reminded.counts().reminders()).isEqualTo(1);
  }

  @Test
  void chengguanSignOffHasItsOwnClockAndReturnsCannotStallTheCase() {
    String c = "CG-1";
    CaseLog log =
        CaseLog.of(
            c,
            PolicyPresets.chengguan(),
            List.of(
                CaseEvent.reported(
                    "r", c, cst("2024-03-04T09:00"), CaseFacts.of("暴露垃圾", Priority.NORMAL)),
                CaseEvent.of("g", c, EventKind.REGISTERED, cst("2024-03-04T09:05")),
                CaseEvent.of("d", c, EventKind.DISPATCHED, cst("2024-03-04T09:10")),
                CaseEvent.of("b", c, EventKind.RETURNED, cst("2024-03-04T09:30")),
                CaseEvent.of("d2", c, EventKind.REDISPATCHED, cst("2024-03-04T11:00")),
                CaseEvent.of("s", c, EventKind.SIGNED_FOR, cst("2024-03-04T11:20"))));
    CaseStatus s = log.status(cst("2024-03-04T11:30"));
    assertThat(s.policy()).isEqualTo("城管-暴露垃圾");
    MilestoneStatus sign = s.milestone("sign").orElseThrow();
    assertThat(sign.startedAt()).contains(cst("2024-03-04T11:00")); // reset by the re-dispatch
    assertThat(sign.due()).contains(cst("2024-03-04T11:30"));
    assertThat(sign.state()).isEqualTo(MilestoneState.MET_ON_TIME);
    assertThat(sign.resets()).isEqualTo(1);
    // the 4 working hours of 处置 count from the first dispatch, returns or not
    MilestoneStatus resolve = s.milestone("resolve").orElseThrow();
    assertThat(resolve.due()).contains(cst("2024-03-04T14:40")); // 2 h 50 m, lunch, 1 h 10 m
    assertThat(s.counts().returns()).isEqualTo(1);
    assertThat(s.counts().redispatches()).isEqualTo(1);
  }

  @Test
  void illegalConstructionRunsInStages() {
    String c = "CG-2";
    CaseLog log =
        CaseLog.of(
            c,
            PolicyPresets.chengguan(),
            List.of(
                CaseEvent.reported(
                    "r", c, cst("2024-03-04T09:00"), CaseFacts.of("私搭乱建", Priority.NORMAL)),
                CaseEvent.of("d", c, EventKind.DISPATCHED, cst("2024-03-04T09:00")),
                CaseEvent.of("s", c, EventKind.SIGNED_FOR, cst("2024-03-04T09:10")),
                CaseEvent.stageCompleted("1", c, cst("2024-03-04T16:00"), "stop"),
                CaseEvent.stageCompleted("2", c, cst("2024-03-05T10:00"), "demolish")));
    CaseStatus s = log.status(cst("2024-03-05T12:00"));
    assertThat(s.policy()).isEqualTo("城管-私搭乱建");
    assertThat(s.milestone("stop").orElseThrow().due()).contains(cst("2024-03-04T14:30"));
    assertThat(s.milestone("stop").orElseThrow().state()).isEqualTo(MilestoneState.MET_LATE);
    // 处罚: 7 working days from the stop at Mon 16:00: Tue 5th .. Wed 13th, due at its close
    assertThat(s.milestone("penalise").orElseThrow().due()).contains(cst("2024-03-13T17:30"));
    assertThat(s.milestone("demolish").orElseThrow().state()).isEqualTo(MilestoneState.NOT_STARTED);
    assertThat(s.rejections())
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.reason())
                    .isEqualTo("milestone demolish is not completed by STAGE_COMPLETED"));
  }

  static CaseStatus withoutRejections(CaseStatus s) {
    return new CaseStatus(
        s.caseId(),
        s.at(),
        s.zone(),
        s.policy(),
        s.facts(),
        s.phase(),
        s.outcome(),
        s.clockStart(),
        s.closedAt(),
        s.firstResolved(),
        s.closing(),
        s.milestones(),
        s.escalation(),
        s.counts(),
        s.nextAlert(),
        s.nextWarning(),
        s.nextBreach(),
        List.of());
  }

  @Test
  void anUrgentCaseTakesTheUrgentRowWhateverItsCategory() {
    String c = "CG-3";
    CaseLog log =
        CaseLog.empty(c, PolicyPresets.chengguan())
            .plus(
                CaseEvent.reported(
                    "r", c, cst("2024-03-09T22:00"), CaseFacts.of("暴露垃圾", Priority.URGENT)))
            .plus(CaseEvent.of("d", c, EventKind.DISPATCHED, cst("2024-03-09T22:05")));
    CaseStatus s = log.status(cst("2024-03-09T23:00"));
    assertThat(s.policy()).isEqualTo("城管-紧急");
    assertThat(s.milestone("resolve").orElseThrow().due()).contains(cst("2024-03-10T00:05"));
  }
}
