package org.gridgov.sla.clock;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Why a milestone is due when it is: the facts that made its due instant, in order.
 *
 * @param milestone the milestone's id
 * @param policy the policy's name
 * @param due the due instant, empty if not started or paused indefinitely
 * @param facts the facts: where it counts from, its budget, the days skipped, each pause, each
 *     extension
 */
public record Explanation(
    String milestone, String policy, Optional<Instant> due, List<Fact> facts) {
  /**
   * Checks and copies.
   *
   * @param milestone the milestone
   * @param policy the policy
   * @param due the due instant
   * @param facts the facts
   */
  public Explanation {
    checkNotNull(milestone, "milestone");
    checkNotNull(policy, "policy");
    checkNotNull(due, "due");
    facts = List.copyOf(facts);
  }

  private static String local(Instant i, ZoneId zone) {
    return OffsetDateTime.ofInstant(i, zone).toString();
  }

  /** One fact behind a due instant; branch on {@link #kind()}. */
  public sealed interface Fact
      permits CountedFrom, BudgetOf, DaysSkipped, Paused, Extended, NotStarted {
    /** The cases. */
    enum Kind {
      /** {@link CountedFrom}. */
      COUNTED_FROM,
      /** {@link BudgetOf}. */
      BUDGET,
      /** {@link DaysSkipped}. */
      DAYS_SKIPPED,
      /** {@link Paused}. */
      PAUSED,
      /** {@link Extended}. */
      EXTENDED,
      /** {@link NotStarted}. */
      NOT_STARTED
    }

    /**
     * Which case this is.
     *
     * @return the kind
     */
    Kind kind();

    /**
     * The fact in a sentence, instants with the offset of a zone.
     *
     * @param zone the zone, such as the status's
     * @return the sentence
     */
    String describe(ZoneId zone);
  }

  /**
   * Where the time counts from.
   *
   * @param from the instant
   * @param why what set it: the clock start, the previous milestone, a start or reset event, a
   *     rework
   */
  public record CountedFrom(Instant from, String why) implements Fact {
    /**
     * Checks for nulls.
     *
     * @param from the instant
     * @param why what set it
     */
    public CountedFrom {
      checkNotNull(from, "from");
      checkNotNull(why, "why");
    }

    @Override
    public Kind kind() {
      return Kind.COUNTED_FROM;
    }

    @Override
    public String describe(ZoneId zone) {
      return "counted from " + local(from, zone) + ", " + why;
    }
  }

  /**
   * The budget, on its calendar.
   *
   * @param budget the budget as the policy states it (after a rework with a new budget, that one)
   * @param calendar the calendar's name
   * @param clockTime the budget in the calendar's clock, extensions included
   */
  public record BudgetOf(Budget budget, String calendar, Duration clockTime) implements Fact {
    /**
     * Checks for nulls and that the clock time is not negative.
     *
     * @param budget the budget
     * @param calendar the calendar
     * @param clockTime the budget in clock time
     */
    public BudgetOf {
      checkNotNull(budget, "budget");
      checkNotNull(calendar, "calendar");
      checkNotNull(clockTime, "clockTime");
      checkArgument(
          !clockTime.isNegative(), "the budget's clock time is at least 0, got %s", clockTime);
    }

    @Override
    public Kind kind() {
      return Kind.BUDGET;
    }

    @Override
    public String describe(ZoneId zone) {
      return "budget "
          + budget.toText()
          + (budget.kind() == Budget.Kind.DAYS ? " " + ((Budget.Days) budget).rule() : "")
          + " on calendar "
          + calendar
          + " ("
          + clockTime
          + " of its clock, extensions included)";
    }
  }

  /**
   * Days without working time between the start and the due instant (or the instant asked about),
   * with their names: a holiday's name such as {@code 春节}, or the weekday of a weekly rest day.
   *
   * @param days the days, at most {@value #MAX_DAYS}
   * @param more how many more were left out
   */
  public record DaysSkipped(List<SkippedDay> days, int more) implements Fact {
    /** The most days listed. */
    public static final int MAX_DAYS = 366;

    /**
     * Checks and copies.
     *
     * @param days the days
     * @param more the days left out
     */
    public DaysSkipped {
      days = List.copyOf(days);
      checkArgument(
          days.size() <= MAX_DAYS, "at most %s days listed, got %s", MAX_DAYS, days.size());
      checkArgument(more >= 0, "the count of days left out is at least 0, got %s", more);
    }

    @Override
    public Kind kind() {
      return Kind.DAYS_SKIPPED;
    }

    @Override
    public String describe(ZoneId zone) {
      StringBuilder sb = new StringBuilder("days skipped:");
      for (SkippedDay d : days) {
        sb.append(' ').append(d.date()).append(' ').append(d.name()).append(',');
      }
      if (more > 0) {
        sb.append(" and ").append(more).append(" more");
      } else if (!days.isEmpty()) {
        sb.setLength(sb.length() - 1);
      } else {
        sb.append(" none");
      }
      return sb.toString();
    }
  }

  /**
   * A date without working time.
   *
   * @param date the date
   * @param name the holiday's name, or the weekday (such as {@code SATURDAY}) of a rest day
   */
  public record SkippedDay(LocalDate date, String name) {
    /**
     * Checks for nulls.
     *
     * @param date the date
     * @param name the name
     */
    public SkippedDay {
      checkNotNull(date, "date");
      checkNotNull(name, "name");
    }
  }

  /**
   * A pause that counts: only the time the clock would have run moves the due instant.
   *
   * @param from when it began (or the start, if earlier)
   * @param to when it ended, empty while open
   * @param clockTime the time of the clock it held back
   */
  public record Paused(Instant from, Optional<Instant> to, Duration clockTime) implements Fact {
    /**
     * Checks for nulls, that the pause does not end before it begins and that the clock time held
     * back is not negative.
     *
     * @param from the start
     * @param to the end
     * @param clockTime the clock time held back
     */
    public Paused {
      checkNotNull(from, "from");
      checkNotNull(to, "to");
      checkNotNull(clockTime, "clockTime");
      checkArgument(
          !to.orElse(from).isBefore(from),
          "a pause ends at or after it begins, got %s to %s",
          from,
          to.orElse(from));
      checkArgument(
          !clockTime.isNegative(), "the clock time held back is at least 0, got %s", clockTime);
    }

    @Override
    public Kind kind() {
      return Kind.PAUSED;
    }

    @Override
    public String describe(ZoneId zone) {
      return "paused from "
          + local(from, zone)
          + to.map(t -> " to " + local(t, zone))
              .orElse(", still paused (no due instant while open)")
          + ", holding back "
          + clockTime;
    }
  }

  /**
   * An extension (延期).
   *
   * @param event the event's id
   * @param at when granted
   * @param amount the extra budget
   */
  public record Extended(String event, Instant at, Budget amount) implements Fact {
    /**
     * Checks for nulls.
     *
     * @param event the event
     * @param at when
     * @param amount the amount
     */
    public Extended {
      checkNotNull(event, "event");
      checkNotNull(at, "at");
      checkNotNull(amount, "amount");
    }

    @Override
    public Kind kind() {
      return Kind.EXTENDED;
    }

    @Override
    public String describe(ZoneId zone) {
      return "extended by " + amount.toText() + " (event " + event + " at " + local(at, zone) + ")";
    }
  }

  /**
   * The milestone has not started.
   *
   * @param waitingFor what starts it
   */
  public record NotStarted(String waitingFor) implements Fact {
    /**
     * Checks for nulls.
     *
     * @param waitingFor what starts it
     */
    public NotStarted {
      checkNotNull(waitingFor, "waitingFor");
    }

    @Override
    public Kind kind() {
      return Kind.NOT_STARTED;
    }

    @Override
    public String describe(ZoneId zone) {
      return "not started: waiting for " + waitingFor;
    }
  }
}
