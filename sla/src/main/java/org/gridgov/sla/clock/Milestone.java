package org.gridgov.sla.clock;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * 节点 — one promise of a policy, such as "on site to verify within 3 hours": a budget on a calendar,
 * where its time counts from, and the events that start, stop, pause, resume and reset it.
 *
 * <pre>{@code
 * Milestone verify =
 *     Milestone.builder("verify", Budget.time(Duration.ofHours(3)))
 *         .name("查验").calendar("natural").stopOn(EventKind.VERIFIED).build();
 * Milestone sign =                                    // 派单→签收 gets its own clock
 *     Milestone.builder("sign", Budget.time(Duration.ofHours(1)))
 *         .name("签收").calendar("office").anchor(Anchor.START_EVENT)
 *         .startOn(EventKind.DISPATCHED).resetOn(EventKind.REDISPATCHED)
 *         .stopOn(EventKind.SIGNED_FOR).build();
 * }</pre>
 *
 * <p>A milestone with no start events starts with its anchor (the clock start, or the previous
 * milestone's completion). A stop event meets a started milestone ({@link
 * EventKind#STAGE_COMPLETED} only when it names this milestone); a reset event restarts a started
 * one from the event. Pause events open a pause (if none is open) and resume events close it; only
 * time the clock would have run while paused is added to the due instant.
 *
 * <p>A milestone pauses while the case is in one of its pause conditions, each opened and closed by
 * the lifecycle's own events: suspended ({@link EventKind#SUSPENDED} to {@link EventKind#RESUMED}),
 * deferred ({@link EventKind#DEFERRED} to {@link EventKind#RESUMED}) and returned ({@link
 * EventKind#RETURNED} to {@link EventKind#REDISPATCHED}). Conditions overlapping in time merge; a
 * condition's end never ends another, so adding a suspension never shortens a pause.
 *
 * @param id the id, unique in its policy, such as {@code resolve}
 * @param name the name shown to people, such as {@code 解决}
 * @param budget how much time it has
 * @param calendar the name of its calendar in the policy table, such as {@code natural}
 * @param anchor where its time counts from
 * @param startOn events that start it; empty to start with its anchor
 * @param stopOn events that meet it; not empty
 * @param pauseWhile the conditions it pauses in, named by the events that open them: {@link
 *     EventKind#SUSPENDED}, {@link EventKind#DEFERRED}, {@link EventKind#RETURNED}
 * @param resetOn events that restart it from the event
 * @param warnings its warning lights
 * @param reminderAfterBreach when breached, the 催办 falls due at the first working instant of its
 *     calendar at or after the breach plus this (12345: the day after); empty for no reminder
 */
public record Milestone(
    String id,
    String name,
    Budget budget,
    String calendar,
    Anchor anchor,
    Set<EventKind> startOn,
    Set<EventKind> stopOn,
    Set<EventKind> pauseWhile,
    Set<EventKind> resetOn,
    Warnings warnings,
    Optional<Duration> reminderAfterBreach) {

  /** The conditions a milestone may pause in. */
  public static final Set<EventKind> PAUSE_CONDITIONS =
      Set.of(EventKind.SUSPENDED, EventKind.DEFERRED, EventKind.RETURNED);

  /** The longest id or name: {@value} characters. */
  public static final int MAX_NAME_LENGTH = 200;

  /**
   * Checks and copies.
   *
   * @param id the id
   * @param name the name
   * @param budget the budget
   * @param calendar the calendar's name
   * @param anchor the anchor
   * @param startOn start events
   * @param stopOn stop events, not empty
   * @param pauseWhile pause conditions
   * @param resetOn reset events
   * @param warnings warning lights
   * @param reminderAfterBreach delay of the reminder after a breach, not negative
   */
  public Milestone {
    checkName(id, "milestone id");
    checkName(name, "milestone name");
    checkNotNull(budget, "budget");
    checkName(calendar, "calendar name");
    checkNotNull(anchor, "anchor");
    startOn = copy(startOn);
    stopOn = copy(stopOn);
    pauseWhile = copy(pauseWhile);
    resetOn = copy(resetOn);
    checkNotNull(warnings, "warnings");
    checkNotNull(reminderAfterBreach, "reminderAfterBreach");
    checkArgument(!stopOn.isEmpty(), "milestone %s: no event stops it", id);
    checkArgument(
        anchor != Anchor.START_EVENT || !startOn.isEmpty(),
        "milestone %s: anchored at its start event but no event starts it",
        id);
    checkArgument(
        anchor != Anchor.PREVIOUS || startOn.isEmpty(),
        "milestone %s: anchored at the previous milestone, it starts when that one is met and has"
            + " no start events",
        id);
    checkArgument(
        disjoint(startOn, stopOn) && disjoint(stopOn, resetOn),
        "milestone %s: an event both starts or resets and stops it",
        id);
    checkArgument(
        PAUSE_CONDITIONS.containsAll(pauseWhile),
        "milestone %s: pauses only while SUSPENDED, DEFERRED or RETURNED, got %s",
        id,
        pauseWhile);
    reminderAfterBreach.ifPresent(
        d ->
            checkArgument(
                !d.isNegative() && d.compareTo(Budget.MAX_TIME) <= 0,
                "milestone %s: a reminder delay is 0 to %s, got %s",
                id,
                Budget.MAX_TIME,
                d));
  }

  /**
   * A builder with defaults: named by its id, on the calendar {@code natural}, anchored at the
   * clock start, paused by {@link EventKind#SUSPENDED} and {@link EventKind#DEFERRED}, resumed by
   * {@link EventKind#RESUMED}, warnings at 50 % and 75 %, no reminder.
   *
   * @param id the id
   * @param budget the budget
   * @return the builder
   */
  public static Builder builder(String id, Budget budget) {
    return new Builder(id, budget);
  }

  /**
   * A builder holding this milestone.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, budget);
    b.name = name;
    b.calendar = calendar;
    b.anchor = anchor;
    b.startOn.addAll(startOn);
    b.stopOn.addAll(stopOn);
    b.pauseWhile.clear();
    b.pauseWhile.addAll(pauseWhile);
    b.resetOn.addAll(resetOn);
    b.warnings = warnings;
    b.reminder = reminderAfterBreach.orElse(null);
    return b;
  }

  static void checkName(String value, String what) {
    checkNotNull(value, what);
    checkArgument(!value.isBlank(), "%s must not be blank", what);
    checkArgument(
        value.length() <= MAX_NAME_LENGTH,
        "%s has %s characters, at most %s",
        what,
        value.length(),
        MAX_NAME_LENGTH);
  }

  private static Set<EventKind> copy(Set<EventKind> kinds) {
    checkNotNull(kinds, "kinds");
    return kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
  }

  private static boolean disjoint(Set<EventKind> a, Set<EventKind> b) {
    for (EventKind k : a) {
      if (b.contains(k)) {
        return false;
      }
    }
    return true;
  }

  /** Builds a {@link Milestone}; see {@link Milestone#builder(String, Budget)}. */
  public static final class Builder {
    private final String id;
    private Budget budget;
    private String name;
    private String calendar = "natural";
    private Anchor anchor = Anchor.CLOCK_START;
    private final Set<EventKind> startOn = EnumSet.noneOf(EventKind.class);
    private final Set<EventKind> stopOn = EnumSet.noneOf(EventKind.class);
    private final Set<EventKind> pauseWhile = EnumSet.of(EventKind.SUSPENDED, EventKind.DEFERRED);
    private final Set<EventKind> resetOn = EnumSet.noneOf(EventKind.class);
    private Warnings warnings = Warnings.DEFAULT;
    private @org.jspecify.annotations.Nullable Duration reminder;

    private Builder(String id, Budget budget) {
      this.id = checkNotNull(id, "id");
      this.budget = checkNotNull(budget, "budget");
      this.name = id;
    }

    /**
     * Sets the name shown to people.
     *
     * @param value the name
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder name(String value) {
      this.name = checkNotNull(value, "value");
      return this;
    }

    /**
     * Sets the budget.
     *
     * @param value the budget
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder budget(Budget value) {
      this.budget = checkNotNull(value, "value");
      return this;
    }

    /**
     * Sets the calendar by its name in the policy table.
     *
     * @param value the name
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder calendar(String value) {
      this.calendar = checkNotNull(value, "value");
      return this;
    }

    /**
     * Sets where its time counts from.
     *
     * @param value the anchor
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder anchor(Anchor value) {
      this.anchor = checkNotNull(value, "value");
      return this;
    }

    /**
     * Adds start events.
     *
     * @param kinds the events
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder startOn(EventKind... kinds) {
      add(startOn, kinds);
      return this;
    }

    /**
     * Adds stop events.
     *
     * @param kinds the events
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder stopOn(EventKind... kinds) {
      add(stopOn, kinds);
      return this;
    }

    /**
     * Replaces the pause conditions.
     *
     * @param kinds some of {@link EventKind#SUSPENDED}, {@link EventKind#DEFERRED}, {@link
     *     EventKind#RETURNED}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder pauseWhile(Collection<EventKind> kinds) {
      pauseWhile.clear();
      pauseWhile.addAll(kinds);
      return this;
    }

    /**
     * Adds reset events.
     *
     * @param kinds the events
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder resetOn(EventKind... kinds) {
      add(resetOn, kinds);
      return this;
    }

    /**
     * Sets the warning lights.
     *
     * @param value the warnings
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder warnings(Warnings value) {
      this.warnings = checkNotNull(value, "value");
      return this;
    }

    /**
     * Sets the reminder (催办) after a breach.
     *
     * @param delay the delay after the breach; the reminder falls due at the first working instant
     *     at or after it
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder reminderAfterBreach(Duration delay) {
      this.reminder = checkNotNull(delay, "delay");
      return this;
    }

    private static void add(Set<EventKind> set, EventKind... kinds) {
      for (EventKind k : kinds) {
        set.add(checkNotNull(k, "kind"));
      }
    }

    /**
     * Builds the milestone.
     *
     * @return the milestone
     * @throws IllegalArgumentException if the definition is inconsistent
     */
    public Milestone build() {
      return new Milestone(
          id,
          name,
          budget,
          calendar,
          anchor,
          startOn,
          stopOn,
          pauseWhile,
          resetOn,
          warnings,
          Optional.ofNullable(reminder));
    }
  }
}
