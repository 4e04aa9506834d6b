package org.gridgov.sla.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.sla.clock.CaseLogTest.NANHU;
import static org.gridgov.sla.clock.CaseLogTest.cst;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Events stamped with the same instant, as minute-resolution apps stamp them: at one instant the
 * case takes next the first event, in kind and id order, that it accepts then, so that natural
 * sequences (resume and resolve, re-dispatch and sign, a failed acceptance and the re-resolve) are
 * accepted whatever the enum order, and the result still depends only on the set of events.
 */
class SameInstantTest {
  private static final String C = "ZQ-1";

  private static CaseEvent report(String at) {
    return CaseEvent.reported(
        "r", C, cst(at), CaseFacts.of("下水井堵塞", Priority.NORMAL).withGrid(NANHU));
  }

  private static CaseEvent ev(String id, EventKind kind, String at) {
    return CaseEvent.of(id, C, kind, cst(at));
  }

  private static CaseLog zhanqian(CaseEvent... events) {
    return CaseLog.of(C, PolicyPresets.zhanqian(), List.of(events));
  }

  @Test
  void aResumeAndAResolveAtOneInstantAreBothTaken() {
    CaseLog log =
        zhanqian(
            report("2022-12-10T09:00"),
            ev("v", EventKind.VERIFIED, "2022-12-10T09:30"),
            ev("s", EventKind.SUSPENDED, "2022-12-10T10:00"),
            ev("u", EventKind.RESUMED, "2022-12-10T11:00"),
            ev("x", EventKind.RESOLVED, "2022-12-10T11:00"));
    assertThat(log.rejections()).isEmpty();
    CaseStatus s = log.status(cst("2022-12-10T12:00"));
    assertThat(s.milestone("resolve").orElseThrow().metAt()).contains(cst("2022-12-10T11:00"));
    assertThat(s.phase()).isEqualTo(CasePhase.RESOLVED);
  }

  @Test
  void aRedispatchAndItsSignOffAtOneInstantAreBothTaken() {
    String c = "CG-1";
    CaseLog log =
        CaseLog.of(
            c,
            PolicyPresets.chengguan(),
            List.of(
                CaseEvent.reported(
                    "r", c, cst("2024-03-04T09:00"), CaseFacts.of("暴露垃圾", Priority.NORMAL)),
                CaseEvent.of("d", c, EventKind.DISPATCHED, cst("2024-03-04T09:00")),
                CaseEvent.of("b", c, EventKind.RETURNED, cst("2024-03-04T09:10")),
                CaseEvent.of("d2", c, EventKind.REDISPATCHED, cst("2024-03-04T10:00")),
                CaseEvent.of("s", c, EventKind.SIGNED_FOR, cst("2024-03-04T10:00"))));
    assertThat(log.rejections()).isEmpty();
    MilestoneStatus sign = log.status(cst("2024-03-04T11:00")).milestone("sign").orElseThrow();
    assertThat(sign.state()).isEqualTo(MilestoneState.MET_ON_TIME);
    assertThat(sign.metAt()).contains(cst("2024-03-04T10:00"));
  }

  @Test
  void aFailedAcceptanceAndTheReResolveAtOneInstantAreBothTaken() {
    CaseLog log =
        zhanqian(
            report("2022-12-10T09:00"),
            ev("v", EventKind.VERIFIED, "2022-12-10T09:30"),
            ev("x1", EventKind.RESOLVED, "2022-12-10T10:00"),
            ev("f", EventKind.ACCEPTANCE_FAILED, "2022-12-10T11:00"),
            ev("x2", EventKind.RESOLVED, "2022-12-10T11:00"));
    assertThat(log.rejections()).isEmpty();
    CaseStatus s = log.status(cst("2022-12-10T12:00"));
    assertThat(s.counts().reworks()).isEqualTo(1);
    assertThat(s.milestone("resolve").orElseThrow().metAt()).contains(cst("2022-12-10T11:00"));
  }

  @Test
  void twoPausesBackToBackHoldBackWhatOnePauseOverBothHoldsBack() {
    CaseLog two =
        zhanqian(
            report("2022-12-10T09:00"),
            ev("s1", EventKind.SUSPENDED, "2022-12-10T10:00"),
            ev("u1", EventKind.RESUMED, "2022-12-10T11:00"),
            ev("s2", EventKind.SUSPENDED, "2022-12-10T11:00"),
            ev("u2", EventKind.RESUMED, "2022-12-10T12:00"));
    CaseLog one =
        zhanqian(
            report("2022-12-10T09:00"),
            ev("s1", EventKind.SUSPENDED, "2022-12-10T10:00"),
            ev("u2", EventKind.RESUMED, "2022-12-10T12:00"));
    assertThat(two.rejections()).isEmpty();
    MilestoneStatus verify = two.status(cst("2022-12-10T13:00")).milestone("verify").orElseThrow();
    assertThat(verify.due()).contains(cst("2022-12-10T14:00"));
    assertThat(verify.due())
        .isEqualTo(one.status(cst("2022-12-10T13:00")).milestone("verify").orElseThrow().due());
    assertThat(verify.state()).isEqualTo(MilestoneState.YELLOW); // 2 of its 3 hours used
  }

  @Test
  void aSuspensionAndAResumeAtOneInstantWhileRunningHoldBackNothing() {
    CaseLog log =
        zhanqian(
            report("2022-12-10T09:00"),
            ev("s", EventKind.SUSPENDED, "2022-12-10T10:00"),
            ev("u", EventKind.RESUMED, "2022-12-10T10:00"));
    assertThat(log.rejections()).isEmpty();
    CaseStatus s = log.status(cst("2022-12-10T10:30"));
    assertThat(s.phase()).isEqualTo(CasePhase.OPEN);
    assertThat(s.milestone("verify").orElseThrow().due()).contains(cst("2022-12-10T12:00"));
  }

  @Test
  void anEventTheCaseNeverAcceptsAtItsInstantIsRefusedWithItsReason() {
    CaseLog log =
        zhanqian(
            report("2022-12-10T09:00"),
            ev("u", EventKind.RESUMED, "2022-12-10T10:00"),
            ev("v", EventKind.VERIFIED, "2022-12-10T10:00"));
    assertThat(log.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.event().id()).isEqualTo("u");
              assertThat(r.reason()).contains("neither suspended nor deferred");
            });
  }

  @Test
  void theEventsOfOneInstantGiveTheSameCaseInAnyOrderOfArrival() {
    List<CaseEvent> events =
        new ArrayList<>(
            List.of(
                report("2022-12-10T09:00"),
                ev("s1", EventKind.SUSPENDED, "2022-12-10T10:00"),
                ev("u1", EventKind.RESUMED, "2022-12-10T11:00"),
                ev("s2", EventKind.SUSPENDED, "2022-12-10T11:00"),
                ev("v", EventKind.VERIFIED, "2022-12-10T11:00"),
                ev("u2", EventKind.RESUMED, "2022-12-10T11:00"),
                ev("x", EventKind.RESOLVED, "2022-12-10T11:00"),
                ev("f", EventKind.FEEDBACK_GIVEN, "2022-12-10T11:00")));
    CaseStatus expected =
        CaseLog.of(C, PolicyPresets.zhanqian(), events).status(cst("2022-12-10T12:00"));
    assertThat(expected.rejections()).isEmpty();
    Random random = new Random(7);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(events, random);
      CaseLog log = CaseLog.empty(C, PolicyPresets.zhanqian());
      for (CaseEvent e : events) {
        log = log.plus(e);
      }
      assertThat(log.status(cst("2022-12-10T12:00"))).isEqualTo(expected);
    }
  }

  @Test
  void aDeferralResumedBeforeALateCloseCountsTheCaseAsLate() {
    // deferred for one minute: the clocks pause for that minute, and the case, closed two days
    // later, is late like any other; only a case deferred at the instant asked about is left out
    CaseLog log =
        zhanqian(
            report("2022-12-10T09:00"),
            ev("v", EventKind.VERIFIED, "2022-12-10T09:30"),
            ev("d", EventKind.DEFERRED, "2022-12-10T09:31"),
            ev("u", EventKind.RESUMED, "2022-12-10T09:32"),
            ev("x", EventKind.RESOLVED, "2022-12-14T09:00"),
            ev("fb", EventKind.FEEDBACK_GIVEN, "2022-12-14T10:00"),
            ev("a", EventKind.ACCEPTED, "2022-12-14T11:00"));
    assertThat(log.status(cst("2022-12-10T09:31")).outcome()).isEqualTo(CaseOutcome.DEFERRED);
    assertThat(log.status(cst("2022-12-10T10:00")).outcome()).isEqualTo(CaseOutcome.OPEN);
    CaseStatus closed = log.status(cst("2022-12-20T00:00"));
    assertThat(closed.phase()).isEqualTo(CasePhase.CLOSED);
    assertThat(closed.outcome()).isEqualTo(CaseOutcome.LATE);
    // the minute deferred moved the acceptance due by a minute
    assertThat(closed.milestone("accept").orElseThrow().due()).contains(cst("2022-12-12T09:01"));
  }
}
