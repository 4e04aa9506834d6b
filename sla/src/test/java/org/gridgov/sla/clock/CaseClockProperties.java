package org.gridgov.sla.clock;

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
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.gridgov.sla.calendar.Theories;
import org.junit.jupiter.api.Test;

/**
 * The rules of the case clock, each against random policies and event logs ({@link CaseGen}); the
 * fast path against the minute-stepping {@link MinuteCaseOracle}.
 */
class CaseClockProperties {

  private static CaseLog log(CaseGen c) {
    return CaseLog.of(CaseGen.CASE, c.table, c.events);
  }

  @Test
  void dueInstantsRemainingTimeAndStatesMatchTheMinuteOracle() {
    Theories.qt(Examples.scaled(60))
        .forAll(CaseGen.cases())
        .checkAssert(
            c -> {
              CaseLog log = log(c);
              MinuteCaseOracle oracle = new MinuteCaseOracle(c.table);
              SplittableRandom r = new SplittableRandom(c.seed);
              for (int i = 0; i < 3; i++) {
                Instant t = c.someInstant(r);
                assertThat(MinuteCaseOracle.of(log.status(t)))
                    .as("%s at %s", c, t)
                    .isEqualTo(oracle.status(c.events, t));
              }
            });
  }

  @Test
  void theViewReadsAsTheStatus() {
    Theories.qt(Examples.scaled(150))
        .forAll(CaseGen.cases())
        .checkAssert(
            c -> {
              Instant t = c.someInstant(new SplittableRandom(c.seed + 5));
              CaseLog log = log(c);
              StatusView v = log.view(t);
              CaseStatus s = log.status(t);
              assertThat(v.phase()).isEqualTo(s.phase());
              assertThat(v.outcome()).isEqualTo(s.outcome());
              assertThat(v.tier()).isEqualTo(s.tier());
              assertThat(v.resolved()).isEqualTo(s.resolved());
              assertThat(v.closingMilestone()).isEqualTo(s.closingMilestone());
              for (int m = 0; m < s.milestoneCount(); m++) {
                assertThat(v.milestoneState(m)).isEqualTo(s.milestoneState(m));
                assertThat(v.breached(m)).isEqualTo(s.breached(m));
                assertThat(v.elapsedNanos(m)).isEqualTo(s.elapsedNanos(m));
                assertThat(v.remainingNanos(m)).isEqualTo(s.remainingNanos(m));
                assertThat(v.hasDue(m)).isEqualTo(s.hasDue(m));
              }
            });
  }

  @Test
  void aPauseOrAnExtensionNeverMovesADueEarlier() {
    Theories.qt(Examples.scaled(150))
        .forAll(CaseGen.cases())
        .checkAssert(
            c -> {
              CaseLog log = log(c);
              SplittableRandom r = new SplittableRandom(c.seed ^ 0x5DEECE66DL);
              Instant a = c.someInstant(r);
              List<CaseEvent> extra = new ArrayList<>();
              if (r.nextBoolean()) {
                extra.add(CaseEvent.of("p", CaseGen.CASE, EventKind.SUSPENDED, a));
                extra.add(
                    CaseEvent.of(
                        "q",
                        CaseGen.CASE,
                        EventKind.RESUMED,
                        a.plus(Duration.ofMinutes(1 + r.nextInt(3000)))));
              } else {
                extra.add(
                    CaseEvent.extension(
                        "x", CaseGen.CASE, a, Budget.time(Duration.ofMinutes(1 + r.nextInt(600)))));
              }
              CaseLog more = log;
              for (CaseEvent e : extra) {
                more = more.plus(e);
              }
              Instant t = c.last.plus(Duration.ofDays(20));
              List<String> before = refused(log);
              List<String> after = refused(more);
              if (!before.equals(after)) {
                return; // the pause or extension was refused, or refused other events
              }
              CaseStatus s0 = log.status(t);
              CaseStatus s1 = more.status(t);
              for (int m = 0; m < s0.milestones().size(); m++) {
                MilestoneStatus m0 = s0.milestones().get(m);
                MilestoneStatus m1 = s1.milestones().get(m);
                if (m0.due().isPresent()
                    && m1.due().isPresent()
                    && m0.startedAt().equals(m1.startedAt())) {
                  assertThat(m1.due().get())
                      .as("%s %s", c, m0.id())
                      .isAfterOrEqualTo(m0.due().get());
                }
              }
            });
  }

  private static List<String> refused(CaseLog log) {
    List<String> ids = new ArrayList<>();
    log.rejections().forEach(x -> ids.add(x.event().id()));
    return ids;
  }

  @Test
  void theStatusAtAnInstantDependsOnlyOnTheEventsUpToIt() {
    Theories.qt(Examples.scaled(150))
        .forAll(CaseGen.cases())
        .checkAssert(
            c -> {
              SplittableRandom r = new SplittableRandom(c.seed + 1);
              Instant t = c.someInstant(r);
              List<CaseEvent> upTo = new ArrayList<>();
              for (CaseEvent e : c.events) {
                if (!e.at().isAfter(t)) {
                  upTo.add(e);
                }
              }
              assertThat(log(c).status(t))
                  .as("%s at %s", c, t)
                  .isEqualTo(CaseLog.of(CaseGen.CASE, c.table, upTo).status(t));
            });
  }

  @Test
  void replayEqualsIncrementalApplicationThroughTheBinaryForm() {
    Theories.qt(Examples.scaled(150))
        .forAll(CaseGen.cases())
        .checkAssert(
            c -> {
              List<CaseEvent> shuffled = new ArrayList<>(c.events);
              Collections.shuffle(shuffled, new Random(c.seed));
              CaseLog incremental = CaseLog.empty(CaseGen.CASE, c.table);
              for (int i = 0; i < shuffled.size(); i++) {
                incremental = incremental.plus(shuffled.get(i));
                if (i == shuffled.size() / 2) {
                  incremental = roundTrip(incremental);
                }
              }
              CaseLog replayed = log(c);
              assertThat(incremental).isEqualTo(replayed);
              SplittableRandom r = new SplittableRandom(c.seed + 2);
              for (int i = 0; i < 3; i++) {
                Instant t = c.someInstant(r);
                assertThat(incremental.status(t))
                    .as("%s at %s", c, t)
                    .isEqualTo(replayed.status(t));
              }
            });
  }

  @Test
  void anyOrderOfTheSameEventsGivesTheSameStatus() {
    Theories.qt(Examples.scaled(150))
        .forAll(CaseGen.cases())
        .checkAssert(
            c -> {
              List<CaseEvent> reversed = new ArrayList<>(c.events);
              Collections.reverse(reversed);
              List<CaseEvent> shuffled = new ArrayList<>(c.events);
              Collections.shuffle(shuffled, new Random(c.seed + 3));
              Instant t = c.someInstant(new SplittableRandom(c.seed + 3));
              CaseStatus s = log(c).status(t);
              assertThat(CaseLog.of(CaseGen.CASE, c.table, reversed).status(t)).isEqualTo(s);
              assertThat(CaseLog.of(CaseGen.CASE, c.table, shuffled).status(t)).isEqualTo(s);
            });
  }

  @Test
  void anInvalidEventChangesNothingAndARepeatedIdIsANoOp() {
    Theories.qt(Examples.scaled(150))
        .forAll(CaseGen.cases(), CaseGen.cases())
        .checkAssert(
            (c, other) -> {
              CaseLog log = log(c);
              // an event of another random log, under a fresh id, placed in this one
              CaseEvent e = other.events.get(Math.floorMod(other.seed, other.events.size()));
              CaseEvent moved =
                  new CaseEvent(
                      "new",
                      CaseGen.CASE,
                      e.kind(),
                      c.first.plus(
                          Duration.ofMinutes(
                              new SplittableRandom(other.seed)
                                  .nextLong(Duration.between(c.first, c.last).toMinutes() + 1440))),
                      e.facts(),
                      e.milestone(),
                      e.amount(),
                      "");
              Instant t = c.last.plus(Duration.ofDays(3));
              CaseLog.Appended a = log.append(moved);
              if (a.outcome() == CaseLog.Outcome.REFUSED) {
                assertThat(HotlineAndChengguanTest.withoutRejections(a.log().status(t)))
                    .isEqualTo(HotlineAndChengguanTest.withoutRejections(log.status(t)));
                assertThat(a.log().status(t).rejections())
                    .extracting(x -> x.event().id())
                    .contains("new");
              }
              CaseLog.Appended again = a.log().append(moved);
              assertThat(again.outcome()).isEqualTo(CaseLog.Outcome.DUPLICATE);
              assertThat(again.log()).isSameAs(a.log());
              CaseLog.Appended conflicting = log.append(c.events.get(0).withNote("other"));
              assertThat(conflicting.outcome()).isEqualTo(CaseLog.Outcome.DUPLICATE);
              assertThat(conflicting.reason()).isPresent();
            });
  }

  private static CaseLog roundTrip(CaseLog log) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      log.writeTo(new DataOutputStream(bytes));
      return CaseLog.readFrom(
          new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), log.table());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
