package org.gridgov.sla.clock;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.jspecify.annotations.Nullable;

/**
 * 计时规则 — the clocks of one kind of case: when the case clock starts, the milestones, which one
 * closes the case, and what rework, extensions and escalation do.
 *
 * <pre>{@code
 * CasePolicy zhanqian =
 *     CasePolicy.builder("数字站前")
 *         .clockStart(EventKind.REPORTED)
 *         .milestone(Milestone.builder("verify", Budget.time(Duration.ofHours(3)))
 *             .name("查验").stopOn(EventKind.VERIFIED).build())
 *         .milestone(Milestone.builder("resolve", Budget.time(Duration.ofHours(24)))
 *             .name("解决").stopOn(EventKind.RESOLVED).build())
 *         .rework(Rework.of(Rework.Mode.CONTINUE, "resolve"))
 *         .build();
 * }</pre>
 *
 * @param name the name, unique in its table
 * @param clockStart the event that starts the case clock: {@link EventKind#REPORTED}, {@link
 *     EventKind#REGISTERED}, {@link EventKind#DISPATCHED} or {@link EventKind#SIGNED_FOR}
 * @param milestones the milestones, in order
 * @param closing the id of the milestone whose completion closes the case (结案)
 * @param rework what a failed acceptance does; empty to refuse {@link EventKind#ACCEPTANCE_FAILED}
 * @param extensions when extensions are accepted
 * @param escalation how the case climbs the atlas; empty for never
 */
public record CasePolicy(
    String name,
    EventKind clockStart,
    List<Milestone> milestones,
    String closing,
    Optional<Rework> rework,
    ExtensionRule extensions,
    Optional<Escalation> escalation) {

  /** The most milestones in a policy. */
  public static final int MAX_MILESTONES = 16;

  private static final Set<EventKind> CLOCK_STARTS =
      Set.of(EventKind.REPORTED, EventKind.REGISTERED, EventKind.DISPATCHED, EventKind.SIGNED_FOR);

  /**
   * Checks the policy as a whole.
   *
   * @param name the name
   * @param clockStart the clock-start event
   * @param milestones the milestones
   * @param closing the closing milestone's id
   * @param rework the rework rule
   * @param extensions the extension rule
   * @param escalation the escalation
   * @throws InvalidPolicyException listing every problem, located as {@code milestones[2].anchor}
   */
  public CasePolicy {
    Milestone.checkName(name, "policy name");
    checkNotNull(clockStart, "clockStart");
    milestones = List.copyOf(milestones);
    checkNotNull(closing, "closing");
    checkNotNull(rework, "rework");
    checkNotNull(extensions, "extensions");
    checkNotNull(escalation, "escalation");
    List<Problem> problems = new ArrayList<>();
    if (!CLOCK_STARTS.contains(clockStart)) {
      problems.add(
          Problem.of(
              ProblemKind.INVALID_VALUE,
              Location.element("clockStart"),
              "policy "
                  + name
                  + ": the case clock starts at REPORTED, REGISTERED, DISPATCHED or SIGNED_FOR, got "
                  + clockStart));
    }
    if (milestones.isEmpty() || milestones.size() > MAX_MILESTONES) {
      problems.add(
          Problem.of(
              ProblemKind.INVALID_VALUE,
              Location.element("milestones"),
              "policy "
                  + name
                  + " has "
                  + milestones.size()
                  + " milestones, expected 1 to "
                  + MAX_MILESTONES));
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < milestones.size(); i++) {
      Milestone m = milestones.get(i);
      if (!ids.add(m.id())) {
        problems.add(
            Problem.of(
                ProblemKind.DUPLICATE_ID,
                Location.element("milestones", i).field("id"),
                "policy " + name + ": milestone id " + m.id() + " occurs twice"));
      }
      if (i == 0 && m.anchor() == Anchor.PREVIOUS) {
        problems.add(
            Problem.of(
                ProblemKind.INVALID_VALUE,
                Location.element("milestones", 0).field("anchor"),
                "policy " + name + ": the first milestone " + m.id() + " has no previous one"));
      }
    }
    if (!ids.contains(closing)) {
      problems.add(
          Problem.of(
              ProblemKind.UNKNOWN_REFERENCE,
              Location.element("closing"),
              "policy " + name + ": closing milestone " + closing + " is not one of " + ids));
    }
    if (rework.isPresent() && !ids.contains(rework.get().from())) {
      problems.add(
          Problem.of(
              ProblemKind.UNKNOWN_REFERENCE,
              Location.element("rework").field("from"),
              "policy "
                  + name
                  + ": rework goes back to milestone "
                  + rework.get().from()
                  + ", which is not one of "
                  + ids));
    }
    if (!problems.isEmpty()) {
      throw new InvalidPolicyException(problems, 0);
    }
  }

  /**
   * A builder: clock start at the report, the last milestone closing, no rework, extensions before
   * the deadline at most once, no escalation, until changed.
   *
   * @param name the policy's name
   * @return the builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * The position of a milestone.
   *
   * @param id the milestone's id
   * @return its index, or empty
   */
  public Optional<Integer> indexOf(String id) {
    for (int i = 0; i < milestones.size(); i++) {
      if (milestones.get(i).id().equals(id)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** Builds a {@link CasePolicy}. */
  public static final class Builder {
    private final String name;
    private EventKind clockStart = EventKind.REPORTED;
    private final List<Milestone> milestones = new ArrayList<>();
    private @Nullable String closing;
    private @Nullable Rework rework;
    private ExtensionRule extensions = ExtensionRule.BEFORE_DEADLINE_ONCE;
    private @Nullable Escalation escalation;

    private Builder(String name) {
      this.name = checkNotNull(name, "name");
    }

    /**
     * Sets the event that starts the case clock.
     *
     * @param value the event
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder clockStart(EventKind value) {
      this.clockStart = checkNotNull(value, "value");
      return this;
    }

    /**
     * Adds a milestone after those added before.
     *
     * @param value the milestone
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder milestone(Milestone value) {
      milestones.add(checkNotNull(value, "value"));
      return this;
    }

    /**
     * Sets the closing milestone; the last one by default.
     *
     * @param id its id
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder closing(String id) {
      this.closing = checkNotNull(id, "id");
      return this;
    }

    /**
     * Sets the rework rule.
     *
     * @param value the rule
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder rework(Rework value) {
      this.rework = checkNotNull(value, "value");
      return this;
    }

    /**
     * Sets the extension rule.
     *
     * @param value the rule
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder extensions(ExtensionRule value) {
      this.extensions = checkNotNull(value, "value");
      return this;
    }

    /**
     * Sets the escalation.
     *
     * @param value the escalation
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder escalation(Escalation value) {
      this.escalation = checkNotNull(value, "value");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws InvalidPolicyException listing every problem
     */
    public CasePolicy build() {
      String last = milestones.isEmpty() ? "" : milestones.get(milestones.size() - 1).id();
      return new CasePolicy(
          name,
          clockStart,
          milestones,
          closing != null ? closing : last,
          Optional.ofNullable(rework),
          extensions,
          Optional.ofNullable(escalation));
    }
  }
}
