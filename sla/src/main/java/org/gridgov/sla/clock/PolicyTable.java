package org.gridgov.sla.clock;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.jspecify.annotations.Nullable;

/**
 * 计时规则表 — the policies of a city and which case gets which: named calendars, the policies, and rows
 * matched by category (小类) and priority, <b>first match wins</b>, with urgent rows consulted first
 * for {@link Priority#URGENT} cases (urgent overrides, as Zendesk's first matching policy and
 * 数字城管's urgent cases tracked apart).
 *
 * <pre>{@code
 * PolicyTable table =
 *     PolicyTable.builder()
 *         .calendar("natural", WorkingCalendar.natural(ChinaHolidays.ZONE))
 *         .calendar("office", ChinaHolidays.calendar())
 *         .policy(fourHours).policy(fiveDays).policy(twoHours)
 *         .urgent(PolicyRow.any("urgent 2h"))
 *         .row(PolicyRow.categories("5 days", "绿地养护"))
 *         .row(PolicyRow.any("4 hours"))
 *         .build(); // lints: unreachable rows and gaps are refused
 * table.select(CaseFacts.of("绿地养护", Priority.NORMAL)).name(); // "5 days"
 * }</pre>
 *
 * <p>Building lints the table and refuses it with an {@link InvalidPolicyException} listing every
 * problem: a row no case can reach because earlier rows match everything it matches ({@link
 * ProblemKind#UNREACHABLE}), a category and priority no row matches ({@link ProblemKind#GAP}: the
 * categories are those the rows name plus "any other"), unknown policies or calendars ({@link
 * ProblemKind#UNKNOWN_REFERENCE}) and duplicate policy names. So every case gets exactly one
 * policy. Selection is O(1): a map lookup built with the table. Immutable and thread-safe; equality
 * by definition.
 */
@SuppressWarnings("EnumOrdinal") // dense per-priority arrays, in memory only
public final class PolicyTable {
  private final ImmutableMap<String, WorkingCalendar> calendars;
  private final ImmutableList<CasePolicy> policies;
  private final ImmutableList<PolicyRow> urgentRows;
  private final ImmutableList<PolicyRow> rows;
  private final CompiledPolicy[] compiled;
  private final Map<String, int[]> byCategory;
  private final int[] otherCategory;
  private final ImmutableList<String> milestoneIds;

  private PolicyTable(Builder b, Map<String, Integer> policyIndex) {
    this.calendars = ImmutableMap.copyOf(b.calendars);
    this.policies = ImmutableList.copyOf(b.policies);
    this.urgentRows = ImmutableList.copyOf(b.urgentRows);
    this.rows = ImmutableList.copyOf(b.rows);
    this.compiled = new CompiledPolicy[policies.size()];
    for (int i = 0; i < compiled.length; i++) {
      compiled[i] = new CompiledPolicy(policies.get(i), calendars);
    }
    Set<String> named = namedCategories(urgentRows, rows);
    this.byCategory = new HashMap<>();
    for (String c : named) {
      byCategory.put(c, choices(c, policyIndex));
    }
    this.otherCategory = choices(null, policyIndex);
    Set<String> ids = new LinkedHashSet<>();
    for (CasePolicy p : policies) {
      p.milestones().forEach(m -> ids.add(m.id()));
    }
    this.milestoneIds = ImmutableList.copyOf(ids);
  }

  private int[] choices(@Nullable String category, Map<String, Integer> policyIndex) {
    int[] result = new int[Priority.values().length];
    for (Priority p : Priority.values()) {
      PolicyRow row = firstMatch(category, p);
      result[p.ordinal()] = row == null ? -1 : checkNotNull(policyIndex.get(row.policy()));
    }
    return result;
  }

  private @Nullable PolicyRow firstMatch(@Nullable String category, Priority priority) {
    if (priority == Priority.URGENT) {
      for (PolicyRow r : urgentRows) {
        if (matchesCategory(r, category)) {
          return r;
        }
      }
    }
    for (PolicyRow r : rows) {
      if (matchesCategory(r, category)
          && (r.priorities().isEmpty() || r.priorities().contains(priority))) {
        return r;
      }
    }
    return null;
  }

  private static boolean matchesCategory(PolicyRow r, @Nullable String category) {
    return r.categories().isEmpty() || (category != null && r.categories().contains(category));
  }

  private static Set<String> namedCategories(List<PolicyRow> urgent, List<PolicyRow> rows) {
    Set<String> named = new TreeSet<>();
    urgent.forEach(r -> named.addAll(r.categories()));
    rows.forEach(r -> named.addAll(r.categories()));
    return named;
  }

  /**
   * A new, empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this table, to derive another.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.calendars.putAll(calendars);
    b.policies.addAll(policies);
    b.urgentRows.addAll(urgentRows);
    b.rows.addAll(rows);
    return b;
  }

  /**
   * The calendars by name.
   *
   * @return the calendars
   */
  public Map<String, WorkingCalendar> calendars() {
    return calendars;
  }

  /**
   * The policies.
   *
   * @return the policies, in the order added
   */
  public List<CasePolicy> policies() {
    return policies;
  }

  /**
   * The urgent rows, consulted first for urgent cases; their priorities are ignored.
   *
   * @return the rows
   */
  public List<PolicyRow> urgentRows() {
    return urgentRows;
  }

  /**
   * The rows, first match wins.
   *
   * @return the rows
   */
  public List<PolicyRow> rows() {
    return rows;
  }

  /**
   * The policy with a name.
   *
   * @param name the name
   * @return the policy, if any
   */
  public Optional<CasePolicy> policy(String name) {
    checkNotNull(name, "name");
    for (CasePolicy p : policies) {
      if (p.name().equals(name)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The ids of all milestones of all policies, each once, in the order of first appearance: the
   * milestones metrics are kept for.
   *
   * @return the ids
   */
  public List<String> milestoneIds() {
    return milestoneIds;
  }

  /**
   * The policy a case with these facts gets. O(1).
   *
   * @param facts the case's facts; no category matches only rows for any category, no priority is
   *     {@link Priority#NORMAL}
   * @return the policy
   */
  public CasePolicy select(CaseFacts facts) {
    return compiled[selectIndex(facts)].policy;
  }

  int selectIndex(CaseFacts facts) {
    int[] choice =
        facts.category().isPresent()
            ? byCategory.getOrDefault(facts.category().get(), otherCategory)
            : otherCategory;
    return choice[facts.priorityOrNormal().ordinal()];
  }

  CompiledPolicy compiled(int index) {
    return compiled[index];
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PolicyTable t
        && calendars.equals(t.calendars)
        && policies.equals(t.policies)
        && urgentRows.equals(t.urgentRows)
        && rows.equals(t.rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(calendars, policies, urgentRows, rows);
  }

  /** The policies' names and the number of rows. */
  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    policies.forEach(p -> names.add(p.name()));
    return "PolicyTable"
        + names
        + " with "
        + urgentRows.size()
        + " urgent and "
        + rows.size()
        + " rows";
  }

  /** Builds a {@link PolicyTable}; see {@link PolicyTable#builder()}. */
  public static final class Builder {
    private final Map<String, WorkingCalendar> calendars = new LinkedHashMap<>();
    private final List<CasePolicy> policies = new ArrayList<>();
    private final List<PolicyRow> urgentRows = new ArrayList<>();
    private final List<PolicyRow> rows = new ArrayList<>();

    private Builder() {}

    /**
     * Names a calendar for the milestones and escalations to refer to; a later one with the same
     * name replaces an earlier one.
     *
     * @param name the name
     * @param calendar the calendar
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder calendar(String name, WorkingCalendar calendar) {
      Milestone.checkName(name, "calendar name");
      calendars.put(name, checkNotNull(calendar, "calendar"));
      return this;
    }

    /**
     * Adds a policy.
     *
     * @param policy the policy
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder policy(CasePolicy policy) {
      policies.add(checkNotNull(policy, "policy"));
      return this;
    }

    /**
     * Adds an urgent row after those added before.
     *
     * @param row the row; its priorities must be empty (it applies to urgent cases)
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder urgent(PolicyRow row) {
      urgentRows.add(checkNotNull(row, "row"));
      return this;
    }

    /**
     * Adds a row after those added before.
     *
     * @param row the row
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder row(PolicyRow row) {
      rows.add(checkNotNull(row, "row"));
      return this;
    }

    /**
     * Builds and lints the table.
     *
     * @return the table
     * @throws InvalidPolicyException listing every problem
     */
    public PolicyTable build() {
      List<Problem> problems = new ArrayList<>();
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < policies.size(); i++) {
        CasePolicy p = policies.get(i);
        Location at = Location.element("policies", i);
        if (index.putIfAbsent(p.name(), i) != null) {
          problems.add(
              Problem.of(
                  ProblemKind.DUPLICATE_ID,
                  at.field("name"),
                  "policy name " + p.name() + " occurs twice"));
        }
        for (int m = 0; m < p.milestones().size(); m++) {
          String cal = p.milestones().get(m).calendar();
          if (!calendars.containsKey(cal)) {
            problems.add(
                Problem.of(
                    ProblemKind.UNKNOWN_REFERENCE,
                    at.field("milestones").index(m).field("calendar"),
                    "policy "
                        + p.name()
                        + ": calendar "
                        + cal
                        + " is not one of the table's "
                        + calendars.keySet()));
          }
        }
        if (p.escalation().isPresent() && !calendars.containsKey(p.escalation().get().calendar())) {
          problems.add(
              Problem.of(
                  ProblemKind.UNKNOWN_REFERENCE,
                  at.field("escalation").field("calendar"),
                  "policy "
                      + p.name()
                      + ": calendar "
                      + p.escalation().get().calendar()
                      + " is not one of the table's "
                      + calendars.keySet()));
        }
      }
      lintRows(problems, index);
      if (!problems.isEmpty()) {
        throw new InvalidPolicyException(problems, 0);
      }
      return new PolicyTable(this, index);
    }

    private void lintRows(List<Problem> problems, Map<String, Integer> index) {
      List<String> categories = new ArrayList<>(namedCategories(urgentRows, rows));
      int other = categories.size();
      int priorities = Priority.values().length;
      boolean[][] covered = new boolean[other + 1][priorities];
      for (int r = 0; r < urgentRows.size(); r++) {
        PolicyRow row = urgentRows.get(r);
        Location at = Location.element("urgent", r);
        reference(problems, index, row, at);
        if (!row.priorities().isEmpty()) {
          problems.add(
              Problem.of(
                  ProblemKind.INVALID_VALUE,
                  at.field("priorities"),
                  "an urgent row applies to URGENT cases and names no priorities, got "
                      + row.priorities()));
        }
        boolean reaches = false;
        for (int c = 0; c <= other; c++) {
          if (rowCovers(row, c, other, categories) && !covered[c][Priority.URGENT.ordinal()]) {
            covered[c][Priority.URGENT.ordinal()] = true;
            reaches = true;
          }
        }
        if (!reaches) {
          problems.add(
              Problem.of(
                  ProblemKind.UNREACHABLE,
                  at,
                  "urgent row "
                      + r
                      + " ("
                      + row.policy()
                      + ") never applies: earlier urgent rows"
                      + " match every case it matches"));
        }
      }
      for (int r = 0; r < rows.size(); r++) {
        PolicyRow row = rows.get(r);
        Location at = Location.element("rows", r);
        reference(problems, index, row, at);
        boolean reaches = false;
        for (int c = 0; c <= other; c++) {
          if (!rowCovers(row, c, other, categories)) {
            continue;
          }
          for (Priority p : Priority.values()) {
            if ((row.priorities().isEmpty() || row.priorities().contains(p))
                && !covered[c][p.ordinal()]) {
              covered[c][p.ordinal()] = true;
              reaches = true;
            }
          }
        }
        if (!reaches) {
          problems.add(
              Problem.of(
                  ProblemKind.UNREACHABLE,
                  at,
                  "row "
                      + r
                      + " ("
                      + row.policy()
                      + ") never applies: earlier rows"
                      + " match every case it matches"));
        }
      }
      for (Priority p : Priority.values()) {
        List<String> missing = new ArrayList<>();
        for (int c = 0; c <= other; c++) {
          if (!covered[c][p.ordinal()]) {
            missing.add(c == other ? "any other category" : categories.get(c));
          }
        }
        if (!missing.isEmpty()) {
          problems.add(
              Problem.of(
                  ProblemKind.GAP,
                  Location.element("rows"),
                  "no row matches " + p + " cases of " + String.join(", ", missing)));
        }
      }
    }

    private static boolean rowCovers(PolicyRow row, int c, int other, List<String> categories) {
      return row.categories().isEmpty()
          || (c < other && row.categories().contains(categories.get(c)));
    }

    private static void reference(
        List<Problem> problems, Map<String, Integer> index, PolicyRow row, Location at) {
      if (!index.containsKey(row.policy())) {
        problems.add(
            Problem.of(
                ProblemKind.UNKNOWN_REFERENCE,
                at.field("policy"),
                "policy " + row.policy() + " is not in the table " + index.keySet()));
      }
    }
  }
}
