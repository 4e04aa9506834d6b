package org.gridgov.sla.clock;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.EnumSet;
import java.util.Set;

/**
 * One row of a {@link PolicyTable}: which cases it matches and the policy they get. A row matches a
 * case when the case's category (小类) is one of its categories and its priority one of its
 * priorities; an empty set matches any.
 *
 * @param categories the categories matched; empty for any
 * @param priorities the priorities matched; empty for any
 * @param policy the name of the policy cases matched get
 */
public record PolicyRow(Set<String> categories, Set<Priority> priorities, String policy) {
  /**
   * Checks and copies.
   *
   * @param categories the categories matched; empty for any
   * @param priorities the priorities matched; empty for any
   * @param policy the policy's name
   */
  public PolicyRow {
    categories = Set.copyOf(categories);
    for (String c : categories) {
      Milestone.checkName(c, "category");
    }
    priorities = priorities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(priorities));
    checkNotNull(policy, "policy");
  }

  /**
   * A row for any case: the table's default.
   *
   * @param policy the policy's name
   * @return the row
   */
  public static PolicyRow any(String policy) {
    return new PolicyRow(Set.of(), Set.of(), policy);
  }

  /**
   * A row for some categories, any priority.
   *
   * @param policy the policy's name
   * @param categories the categories
   * @return the row
   */
  public static PolicyRow categories(String policy, String... categories) {
    return new PolicyRow(Set.of(categories), Set.of(), policy);
  }

  /**
   * Whether the row matches a case.
   *
   * @param category the case's category, or empty for none
   * @param priority the case's priority
   * @return true if it matches
   */
  public boolean matches(String category, Priority priority) {
    return (categories.isEmpty() || categories.contains(category))
        && (priorities.isEmpty() || priorities.contains(priority));
  }
}
