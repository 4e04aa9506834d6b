package org.gridgov.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.sla.calendar.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The primitive-returning calls for hot loops ({@link WorkingCalendar#betweenNanos}, {@link
 * WorkingCalendar#plusNanos}) against the calls they shortcut: the same answer, or the same refusal
 * with the same message, on random calendars under every out-of-range policy, at instants inside
 * and outside the validity range and amounts from nanoseconds to centuries.
 */
class PrimitiveCallsProperties {

  @ParameterizedTest
  @EnumSource(OutOfRangePolicy.class)
  void betweenNanosIsBetweenInNanoseconds(OutOfRangePolicy policy) {
    qt(300)
        .forAll(CalendarCase.cases(policy), longs().all())
        .checkAssert(
            (c, salt) -> {
              SplittableRandom r = c.draws(salt);
              for (int i = 0; i < 20; i++) {
                Instant a = c.instant(r, r.nextBoolean() ? 12 : 400);
                Instant b = r.nextInt(8) == 0 ? a : c.instant(r, r.nextBoolean() ? 12 : 400);
                if (r.nextInt(40) == 0) {
                  b = r.nextBoolean() ? Instant.parse("1900-01-02T00:00:00Z") : Instant.MAX;
                }
                Instant from = a;
                Instant to = b;
                assertThat(outcome(() -> c.calendar.betweenNanos(from, to)))
                    .as("%s from %s to %s", c, a, b)
                    .isEqualTo(outcome(() -> saturated(c.calendar.between(from, to).duration())));
              }
            });
  }

  @ParameterizedTest
  @EnumSource(OutOfRangePolicy.class)
  void plusNanosIsPlus(OutOfRangePolicy policy) {
    qt(300)
        .forAll(CalendarCase.cases(policy), longs().all())
        .checkAssert(
            (c, salt) -> {
              SplittableRandom r = c.draws(salt);
              for (int i = 0; i < 20; i++) {
                Instant a = c.instant(r, r.nextBoolean() ? 12 : 400);
                long n =
                    switch (r.nextInt(6)) {
                      case 0 -> r.nextLong(-2_000_000_000L, 2_000_000_000L);
                      case 1 -> r.nextLong(Long.MIN_VALUE, Long.MAX_VALUE);
                      case 2 -> -r.nextLong(40 * 3_600_000_000_000L);
                      default -> r.nextLong(400 * 3_600_000_000_000L);
                    };
                assertThat(outcome(() -> c.calendar.plusNanos(a, n)))
                    .as("%s plus %s ns at %s", c, n, a)
                    .isEqualTo(outcome(() -> c.calendar.plus(a, Duration.ofNanos(n)).instant()));
              }
            });
  }

  private static long saturated(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  /** The value, or the refusal's class and message. */
  private static Object outcome(Supplier<Object> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
