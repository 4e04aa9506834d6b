package org.gridgov.sla.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.internal.JsonCursor;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.gridgov.sla.calendar.WorkingDayRule;
import org.gridgov.sla.clock.Anchor;
import org.gridgov.sla.clock.Budget;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.clock.CaseFacts;
import org.gridgov.sla.clock.CasePolicy;
import org.gridgov.sla.clock.Escalation;
import org.gridgov.sla.clock.EventKind;
import org.gridgov.sla.clock.ExtensionRule;
import org.gridgov.sla.clock.Milestone;
import org.gridgov.sla.clock.PolicyRow;
import org.gridgov.sla.clock.PolicyTable;
import org.gridgov.sla.clock.Priority;
import org.gridgov.sla.clock.Rework;
import org.gridgov.sla.clock.Threshold;
import org.gridgov.sla.clock.Tier;
import org.gridgov.sla.clock.Warnings;
import org.jspecify.annotations.Nullable;

// Over 600 lines: each case-clock type's tree conversion in both directions (from a cursor with
// located problems, and to Jackson nodes) kept side by side, so that a field added in one direction
// is seen in the other; shared by the readers, the writers and the Jackson module.

/**
 * The JSON trees of the case-clock types: conversions from a {@link JsonCursor} that add located
 * problems, and to Jackson nodes, shared by the readers, the writers and the Jackson module.
 */
final class ClockTrees {
  static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** The name of the bundled China office calendar in policy files. */
  static final String CHINA_OFFICE = "china-office";

  private ClockTrees() {}

  static String instant(Instant i, ZoneId zone) {
    return OffsetDateTime.ofInstant(i, zone).toString();
  }

  // ---- events ----------------------------------------------------------------------------------

  static final Set<String> EVENT_FIELDS =
      Set.of(
          "id",
          "case",
          "type",
          "at",
          "category",
          "priority",
          "grid",
          "sector",
          "milestone",
          "amount",
          "note");

  static final Set<String> EVENT_REQUIRED = Set.of("id", "case", "type", "at");

  static @Nullable CaseEvent event(JsonCursor c) {
    if (!c.expectObject(EVENT_FIELDS, EVENT_REQUIRED)) {
      return null;
    }
    Optional<String> id = c.field("id").name();
    Optional<String> caseId = c.field("case").name();
    Optional<EventKind> kind = c.field("type").enumValue(EventKind.class);
    Optional<Instant> at = c.field("at").instant();
    JsonCursor categoryAt = c.field("category");
    Optional<String> category = categoryAt.name();
    Optional<Priority> priority = c.field("priority").enumValue(Priority.class);
    Optional<GridCode> grid = c.field("grid").parsed("a grid code", GridCode::parse);
    Optional<String> sector = c.field("sector").name();
    Optional<String> milestone = c.field("milestone").name();
    Optional<Budget> amount =
        c.field("amount").parsed("PT<n>H or PT<n>M for time, P<n>D for days", Budget::parse);
    Optional<String> note = c.field("note").string();
    if (id.isEmpty() || caseId.isEmpty() || kind.isEmpty() || at.isEmpty()) {
      return null;
    }
    if (bad(categoryAt, category)
        || bad(c.field("priority"), priority)
        || bad(c.field("grid"), grid)
        || bad(c.field("sector"), sector)
        || bad(c.field("milestone"), milestone)
        || bad(c.field("amount"), amount)
        || bad(c.field("note"), note)) {
      return null;
    }
    try {
      return new CaseEvent(
          id.get(),
          caseId.get(),
          kind.get(),
          at.get(),
          new CaseFacts(category, priority, grid, sector),
          milestone,
          amount,
          note.orElse(""));
    } catch (IllegalArgumentException e) {
      c.problem(ProblemKind.INVALID_VALUE, String.valueOf(e.getMessage()));
      return null;
    }
  }

  /** Whether a field is present but its value was refused (a problem was added). */
  private static boolean bad(JsonCursor field, Optional<?> value) {
    return field.isPresent() && value.isEmpty();
  }

  static ObjectNode event(CaseEvent e, ZoneId zone) {
    ObjectNode n = F.objectNode();
    n.put("id", e.id());
    n.put("case", e.caseId());
    n.put("type", e.kind().name());
    n.put("at", instant(e.at(), zone));
    e.facts().category().ifPresent(v -> n.put("category", v));
    e.facts().priority().ifPresent(v -> n.put("priority", v.name()));
    e.facts().grid().ifPresent(v -> n.put("grid", v.toString()));
    e.facts().sector().ifPresent(v -> n.put("sector", v));
    e.milestone().ifPresent(v -> n.put("milestone", v));
    e.amount().ifPresent(v -> n.put("amount", v.toText()));
    if (!e.note().isEmpty()) {
      n.put("note", e.note());
    }
    return n;
  }

  // ---- policies --------------------------------------------------------------------------------

  private static final Set<String> TABLE_FIELDS =
      Set.of("format", "calendars", "policies", "urgent", "rows");
  private static final Set<String> POLICY_FIELDS =
      Set.of("name", "clockStart", "closing", "rework", "extensions", "escalation", "milestones");
  private static final Set<String> MILESTONE_FIELDS =
      Set.of(
          "id",
          "name",
          "budget",
          "dayRule",
          "calendar",
          "anchor",
          "startOn",
          "stopOn",
          "resetOn",
          "pauseWhile",
          "warnings",
          "reminderAfterBreach");
  private static final Set<String> ROW_FIELDS = Set.of("categories", "priorities", "policy");

  static @Nullable PolicyTable table(
      JsonCursor root, String format, Map<String, WorkingCalendar> provided) {
    if (!root.expectObject(TABLE_FIELDS, Set.of("format", "calendars", "policies", "rows"))) {
      return null;
    }
    Optional<String> f = root.field("format").string();
    if (f.isPresent() && !f.get().equals(format)) {
      root.field("format")
          .problem(
              ProblemKind.INVALID_VALUE, "expected \"" + format + "\", got \"" + f.get() + "\"");
    }
    PolicyTable.Builder b = PolicyTable.builder();
    boolean ok = true;
    for (JsonCursor.Named cal : root.field("calendars").fields()) {
      WorkingCalendar c = calendar(cal.value(), provided);
      if (c == null) {
        ok = false;
      } else {
        b.calendar(cal.name(), c);
      }
    }
    List<JsonCursor> policies = root.field("policies").elements();
    for (JsonCursor p : policies) {
      CasePolicy policy = policy(p);
      if (policy == null) {
        ok = false;
      } else {
        b.policy(policy);
      }
    }
    for (JsonCursor r : root.field("urgent").elements()) {
      PolicyRow row = row(r);
      if (row == null) {
        ok = false;
      } else {
        b.urgent(row);
      }
    }
    for (JsonCursor r : root.field("rows").elements()) {
      PolicyRow row = row(r);
      if (row == null) {
        ok = false;
      } else {
        b.row(row);
      }
    }
    if (!ok || !root.problems().isEmpty()) {
      return null;
    }
    try {
      return b.build();
    } catch (InvalidInputException e) {
      for (Problem p : e.problems()) {
        root.problems().add(p.withLocation(jsonPath(p.location(), Location.json())));
      }
      return null;
    }
  }

  /** A builder element's location as a JSON path under a prefix. */
  private static Location jsonPath(Location at, Location.JsonPath prefix) {
    if (at instanceof Location.Element el) {
      Location.JsonPath path = el.toJsonPath();
      return new Location.JsonPath(concat(prefix, path), 0, 0);
    }
    return at;
  }

  private static List<org.gridgov.core.PathSegment> concat(
      Location.JsonPath a, Location.JsonPath b) {
    List<org.gridgov.core.PathSegment> all = new ArrayList<>(a.path());
    all.addAll(b.path());
    return all;
  }

  private static @Nullable WorkingCalendar calendar(
      JsonCursor c, Map<String, WorkingCalendar> provided) {
    if (!c.expectObject(Set.of("natural", "bundled", "provided"), Set.of())) {
      return null;
    }
    if (c.node().size() != 1) {
      c.problem(
          ProblemKind.INVALID_VALUE,
          "a calendar is one of {\"natural\": zone}, {\"bundled\": \"china-office\"},"
              + " {\"provided\": name}");
      return null;
    }
    if (c.field("natural").isPresent()) {
      return c.field("natural").zone().map(WorkingCalendar::natural).orElse(null);
    }
    if (c.field("bundled").isPresent()) {
      Optional<String> name = c.field("bundled").string();
      if (name.isPresent() && name.get().equals(CHINA_OFFICE)) {
        return ChinaHolidays.calendar();
      }
      if (name.isPresent()) {
        c.field("bundled")
            .problem(
                ProblemKind.UNKNOWN_REFERENCE,
                "unknown bundled calendar \""
                    + name.get()
                    + "\", expected \""
                    + CHINA_OFFICE
                    + "\"");
      }
      return null;
    }
    Optional<String> name = c.field("provided").string();
    if (name.isPresent()) {
      WorkingCalendar cal = provided.get(name.get());
      if (cal == null) {
        c.field("provided")
            .problem(
                ProblemKind.UNKNOWN_REFERENCE,
                "calendar \""
                    + name.get()
                    + "\" is not among those given to the reader "
                    + provided.keySet());
      }
      return cal;
    }
    return null;
  }

  private static @Nullable CasePolicy policy(JsonCursor c) {
    if (!c.expectObject(POLICY_FIELDS, Set.of("name", "milestones"))) {
      return null;
    }
    Optional<String> name = c.field("name").name();
    Optional<EventKind> clockStart = c.field("clockStart").enumValue(EventKind.class);
    Optional<String> closing = c.field("closing").name();
    List<Milestone> milestones = new ArrayList<>();
    boolean ok = name.isPresent();
    for (JsonCursor m : c.field("milestones").elements()) {
      Milestone milestone = milestone(m);
      if (milestone == null) {
        ok = false;
      } else {
        milestones.add(milestone);
      }
    }
    Rework rework = null;
    JsonCursor rw = c.field("rework");
    if (rw.isPresent()) {
      rework = rework(rw);
      ok &= rework != null;
    }
    ExtensionRule extensions = ExtensionRule.BEFORE_DEADLINE_ONCE;
    JsonCursor ex = c.field("extensions");
    if (ex.isPresent() && ex.expectObject(Set.of("afterDeadline", "max"), Set.of())) {
      Optional<Boolean> late = ex.field("afterDeadline").bool();
      Optional<Integer> max = ex.field("max").intValue(0, 1000);
      extensions = new ExtensionRule(late.orElse(false), max.orElse(1));
    }
    Escalation escalation = null;
    JsonCursor es = c.field("escalation");
    if (es.isPresent()) {
      escalation = escalation(es);
      ok &= escalation != null;
    }
    if (!ok || bad(c.field("clockStart"), clockStart)) {
      return null;
    }
    CasePolicy.Builder b = CasePolicy.builder(name.orElseThrow());
    clockStart.ifPresent(b::clockStart);
    milestones.forEach(b::milestone);
    closing.ifPresent(b::closing);
    if (rework != null) {
      b.rework(rework);
    }
    b.extensions(extensions);
    if (escalation != null) {
      b.escalation(escalation);
    }
    try {
      return b.build();
    } catch (InvalidInputException e) {
      Location.JsonPath at = (Location.JsonPath) c.location();
      for (Problem p : e.problems()) {
        c.problems().add(p.withLocation(jsonPath(p.location(), at)));
      }
      return null;
    } catch (IllegalArgumentException e) {
      c.problem(ProblemKind.INVALID_VALUE, String.valueOf(e.getMessage()));
      return null;
    }
  }

  private static @Nullable Milestone milestone(JsonCursor c) {
    if (!c.expectObject(MILESTONE_FIELDS, Set.of("id", "budget", "stopOn"))) {
      return null;
    }
    Optional<String> id = c.field("id").name();
    Optional<String> name = c.field("name").name();
    Optional<WorkingDayRule> rule = c.field("dayRule").enumValue(WorkingDayRule.class);
    Optional<Budget> budget = budget(c.field("budget"), rule.orElse(WorkingDayRule.END_OF_DAY));
    Optional<String> calendar = c.field("calendar").name();
    Optional<Anchor> anchor = c.field("anchor").enumValue(Anchor.class);
    Optional<Set<EventKind>> startOn = kinds(c.field("startOn"));
    Optional<Set<EventKind>> stopOn = kinds(c.field("stopOn"));
    Optional<Set<EventKind>> resetOn = kinds(c.field("resetOn"));
    Optional<Set<EventKind>> pauseWhile = kinds(c.field("pauseWhile"));
    Warnings warnings = Warnings.DEFAULT;
    JsonCursor w = c.field("warnings");
    boolean ok = true;
    if (w.isPresent() && w.expectObject(Set.of("yellow", "red"), Set.of("yellow", "red"))) {
      Optional<Threshold> y = w.field("yellow").parsed("75% or PT1H", Threshold::parse);
      Optional<Threshold> r = w.field("red").parsed("75% or PT1H", Threshold::parse);
      if (y.isPresent() && r.isPresent()) {
        warnings = Warnings.of(y.get(), r.get());
      } else {
        ok = false;
      }
    } else if (w.isPresent()) {
      ok = false;
    }
    Optional<Duration> reminder = c.field("reminderAfterBreach").duration();
    if (!ok
        || id.isEmpty()
        || budget.isEmpty()
        || stopOn.isEmpty()
        || startOn.isEmpty()
        || resetOn.isEmpty()
        || pauseWhile.isEmpty()
        || bad(c.field("name"), name)
        || bad(c.field("dayRule"), rule)
        || bad(c.field("calendar"), calendar)
        || bad(c.field("anchor"), anchor)
        || bad(c.field("reminderAfterBreach"), reminder)) {
      return null;
    }
    try {
      Milestone.Builder b = Milestone.builder(id.get(), budget.get());
      name.ifPresent(b::name);
      calendar.ifPresent(b::calendar);
      anchor.ifPresent(b::anchor);
      b.startOn(startOn.get().toArray(new EventKind[0]));
      b.stopOn(stopOn.get().toArray(new EventKind[0]));
      b.resetOn(resetOn.get().toArray(new EventKind[0]));
      if (present(c, "pauseWhile")) {
        b.pauseWhile(pauseWhile.get());
      }
      b.warnings(warnings);
      reminder.ifPresent(b::reminderAfterBreach);
      return b.build();
    } catch (IllegalArgumentException e) {
      c.problem(ProblemKind.INVALID_VALUE, String.valueOf(e.getMessage()));
      return null;
    }
  }

  private static boolean present(JsonCursor c, String field) {
    return c.field(field).isPresent();
  }

  /** A set of event kinds; missing is the empty set; empty with a problem if not a valid array. */
  private static Optional<Set<EventKind>> kinds(JsonCursor c) {
    Set<EventKind> set = EnumSet.noneOf(EventKind.class);
    if (c.isMissing()) {
      return Optional.of(set);
    }
    if (!c.node().isArray()) {
      c.problem(ProblemKind.INVALID_VALUE, "expected an array of event types");
      return Optional.empty();
    }
    boolean ok = true;
    for (JsonCursor k : c.elements()) {
      Optional<EventKind> kind = k.enumValue(EventKind.class);
      if (kind.isPresent()) {
        set.add(kind.get());
      } else {
        ok = false;
      }
    }
    return ok ? Optional.of(set) : Optional.empty();
  }

  private static Optional<Budget> budget(JsonCursor c, WorkingDayRule rule) {
    Optional<Budget> b = c.parsed("PT<n>H or PT<n>M for time, P<n>D for days", Budget::parse);
    if (b.isPresent() && b.get().kind() == Budget.Kind.DAYS) {
      return Optional.of(Budget.days(((Budget.Days) b.get()).days(), rule));
    }
    return b;
  }

  private static @Nullable Rework rework(JsonCursor c) {
    if (!c.expectObject(Set.of("mode", "from", "budget", "dayRule"), Set.of("mode", "from"))) {
      return null;
    }
    Optional<Rework.Mode> mode = c.field("mode").enumValue(Rework.Mode.class);
    Optional<String> from = c.field("from").name();
    Optional<WorkingDayRule> rule = c.field("dayRule").enumValue(WorkingDayRule.class);
    Optional<Budget> budget = budget(c.field("budget"), rule.orElse(WorkingDayRule.END_OF_DAY));
    if (mode.isEmpty() || from.isEmpty() || bad(c.field("budget"), budget)) {
      return null;
    }
    try {
      return new Rework(mode.get(), from.get(), budget);
    } catch (IllegalArgumentException e) {
      c.problem(ProblemKind.INVALID_VALUE, String.valueOf(e.getMessage()));
      return null;
    }
  }

  private static @Nullable Escalation escalation(JsonCursor c) {
    if (!c.expectObject(Set.of("calendar", "levels"), Set.of("calendar", "levels"))) {
      return null;
    }
    Optional<String> calendar = c.field("calendar").name();
    List<Escalation.Level> levels = new ArrayList<>();
    boolean ok = calendar.isPresent();
    for (JsonCursor l : c.field("levels").elements()) {
      if (!l.expectObject(Set.of("tier", "budget", "dayRule"), Set.of("tier", "budget"))) {
        ok = false;
        continue;
      }
      Optional<Tier> tier = l.field("tier").enumValue(Tier.class);
      Optional<WorkingDayRule> rule = l.field("dayRule").enumValue(WorkingDayRule.class);
      Optional<Budget> budget = budget(l.field("budget"), rule.orElse(WorkingDayRule.END_OF_DAY));
      if (tier.isPresent() && budget.isPresent()) {
        levels.add(new Escalation.Level(tier.get(), budget.get()));
      } else {
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    try {
      return Escalation.of(calendar.orElseThrow(), levels);
    } catch (IllegalArgumentException e) {
      c.problem(ProblemKind.INVALID_VALUE, String.valueOf(e.getMessage()));
      return null;
    }
  }

  private static @Nullable PolicyRow row(JsonCursor c) {
    if (!c.expectObject(ROW_FIELDS, Set.of("policy"))) {
      return null;
    }
    Set<String> categories = new java.util.LinkedHashSet<>();
    boolean ok = true;
    for (JsonCursor k : c.field("categories").elements()) {
      Optional<String> s = k.name();
      if (s.isPresent()) {
        categories.add(s.get());
      } else {
        ok = false;
      }
    }
    Set<Priority> priorities = EnumSet.noneOf(Priority.class);
    for (JsonCursor k : c.field("priorities").elements()) {
      Optional<Priority> p = k.enumValue(Priority.class);
      if (p.isPresent()) {
        priorities.add(p.get());
      } else {
        ok = false;
      }
    }
    Optional<String> policy = c.field("policy").name();
    if (!ok || policy.isEmpty()) {
      return null;
    }
    try {
      return new PolicyRow(categories, priorities, policy.get());
    } catch (IllegalArgumentException e) {
      c.problem(ProblemKind.INVALID_VALUE, String.valueOf(e.getMessage()));
      return null;
    }
  }

  static ObjectNode table(PolicyTable t, String format) {
    ObjectNode n = F.objectNode();
    n.put("format", format);
    ObjectNode cals = n.putObject("calendars");
    for (Map.Entry<String, WorkingCalendar> e : t.calendars().entrySet()) {
      ObjectNode c = cals.putObject(e.getKey());
      WorkingCalendar cal = e.getValue();
      if (cal.equals(ChinaHolidays.calendar())) {
        c.put("bundled", CHINA_OFFICE);
      } else if (cal.equals(WorkingCalendar.natural(cal.zone()))) {
        c.put("natural", cal.zone().getId());
      } else {
        c.put("provided", e.getKey());
      }
    }
    ArrayNode policies = n.putArray("policies");
    for (CasePolicy p : t.policies()) {
      policies.add(policy(p));
    }
    if (!t.urgentRows().isEmpty()) {
      ArrayNode urgent = n.putArray("urgent");
      t.urgentRows().forEach(r -> urgent.add(row(r)));
    }
    ArrayNode rows = n.putArray("rows");
    t.rows().forEach(r -> rows.add(row(r)));
    return n;
  }

  private static ObjectNode policy(CasePolicy p) {
    ObjectNode n = F.objectNode();
    n.put("name", p.name());
    n.put("clockStart", p.clockStart().name());
    n.put("closing", p.closing());
    p.rework()
        .ifPresent(
            r -> {
              ObjectNode rw = n.putObject("rework");
              rw.put("mode", r.mode().name());
              rw.put("from", r.from());
              r.budget().ifPresent(b -> putBudget(rw, b));
            });
    ObjectNode ex = n.putObject("extensions");
    ex.put("afterDeadline", p.extensions().afterDeadline());
    ex.put("max", p.extensions().max());
    p.escalation()
        .ifPresent(
            e -> {
              ObjectNode es = n.putObject("escalation");
              es.put("calendar", e.calendar());
              ArrayNode levels = es.putArray("levels");
              for (Escalation.Level l : e.levels()) {
                ObjectNode level = levels.addObject();
                level.put("tier", l.tier().name());
                putBudget(level, l.budget());
              }
            });
    ArrayNode ms = n.putArray("milestones");
    for (Milestone m : p.milestones()) {
      ObjectNode o = ms.addObject();
      o.put("id", m.id());
      o.put("name", m.name());
      putBudget(o, m.budget());
      o.put("calendar", m.calendar());
      o.put("anchor", m.anchor().name());
      putKinds(o, "startOn", m.startOn());
      putKinds(o, "stopOn", m.stopOn());
      putKinds(o, "resetOn", m.resetOn());
      putKinds(o, "pauseWhile", m.pauseWhile());
      ObjectNode w = o.putObject("warnings");
      w.put("yellow", m.warnings().yellow().toText());
      w.put("red", m.warnings().red().toText());
      m.reminderAfterBreach().ifPresent(d -> o.put("reminderAfterBreach", d.toString()));
    }
    return n;
  }

  private static void putBudget(ObjectNode o, Budget b) {
    o.put("budget", b.toText());
    if (b.kind() == Budget.Kind.DAYS) {
      o.put("dayRule", ((Budget.Days) b).rule().name());
    }
  }

  private static void putKinds(ObjectNode o, String field, Set<EventKind> kinds) {
    ArrayNode a = o.putArray(field);
    EnumSet<EventKind> sorted =
        kinds.isEmpty() ? EnumSet.noneOf(EventKind.class) : EnumSet.copyOf(kinds);
    sorted.forEach(k -> a.add(k.name()));
  }

  private static ObjectNode row(PolicyRow r) {
    ObjectNode n = F.objectNode();
    ArrayNode cats = n.putArray("categories");
    new java.util.TreeSet<>(r.categories()).forEach(cats::add);
    ArrayNode pris = n.putArray("priorities");
    (r.priorities().isEmpty() ? EnumSet.noneOf(Priority.class) : EnumSet.copyOf(r.priorities()))
        .forEach(p -> pris.add(p.name()));
    n.put("policy", r.policy());
    return n;
  }

  static Map<String, WorkingCalendar> copy(Map<String, WorkingCalendar> m) {
    return new LinkedHashMap<>(m);
  }
}
