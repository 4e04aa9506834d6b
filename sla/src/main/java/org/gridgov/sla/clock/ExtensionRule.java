package org.gridgov.sla.clock;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * 延期规则 — when an extension ({@link EventKind#EXTENSION_GRANTED}) is accepted. 12345 rules: an
 * extension must be requested before the limit runs out.
 *
 * @param afterDeadline whether an extension may be granted once the milestone is breached
 * @param max the most extensions a case may have, at least 0
 */
public record ExtensionRule(boolean afterDeadline, int max) {
  /** Before the deadline only, at most one. */
  public static final ExtensionRule BEFORE_DEADLINE_ONCE = new ExtensionRule(false, 1);

  /**
   * Checks the count.
   *
   * @param afterDeadline whether late extensions are accepted
   * @param max the most extensions per case, at least 0
   */
  public ExtensionRule {
    checkArgument(max >= 0, "the most extensions is >= 0, got %s", max);
  }
}
