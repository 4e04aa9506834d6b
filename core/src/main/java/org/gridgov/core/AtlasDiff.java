package org.gridgov.core;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What changed between two snapshots of an atlas: what was added, removed, moved (re-coded under a
 * new parent), split, merged and changed. Moves, splits and merges are recognised from the newer
 * atlas's retired codes; posts, organisations and contact points that only followed a re-coded grid
 * are not reported as changed.
 *
 * <pre>{@code
 * AtlasDiff diff = before.diff(after);
 * diff.entries(AtlasDiff.Subject.GRID).forEach(System.out::println);
 * }</pre>
 *
 * @param entries the differences, by subject, then kind of change, then key
 */
public record AtlasDiff(List<AtlasDiff.Entry> entries) {

  /** What a difference is about. */
  public enum Subject {
    /** A division. */
    DIVISION,
    /** A grid. */
    GRID,
    /** A grid worker. */
    WORKER,
    /** A post. */
    ASSIGNMENT,
    /** A party organisation. */
    PARTY_ORGANISATION,
    /** A liaison. */
    LIAISON,
    /** A contact point. */
    CONTACT_POINT,
    /** The atlas's configuration (as-of date, scheme, targets, sectors). */
    CONFIGURATION
  }

  /** The kind of a difference. */
  public enum Change {
    /** Present only in the newer atlas. */
    ADDED,
    /** Present only in the older atlas, retired without successor or simply gone. */
    REMOVED,
    /** Re-coded to exactly one successor that no other code merged into. */
    MOVED,
    /** Retired into several successors. */
    SPLIT,
    /** Retired into a successor shared with other retired codes. */
    MERGED,
    /** Present in both with different values. */
    CHANGED
  }

  /**
   * One difference.
   *
   * @param subject what it is about
   * @param change what happened
   * @param key the code or id concerned (in the older atlas where it existed there)
   * @param detail a short account, such as {@code "-> 210802003001001"} or {@code "households 300
   *     -> 280"}
   */
  public record Entry(Subject subject, Change change, String key, String detail) {
    /**
     * Validates the fields.
     *
     * @param subject what it is about
     * @param change what happened
     * @param key the code or id concerned (in the older atlas where it existed there)
     * @param detail a short account, such as {@code "-> 210802003001001"} or {@code "households 300
     *     -> 280"}
     */
    public Entry {
      checkNotNull(subject, "subject");
      checkNotNull(change, "change");
      checkNotNull(key, "key");
      checkNotNull(detail, "detail");
    }

    @Override
    public String toString() {
      return subject + " " + change + " " + key + (detail.isEmpty() ? "" : " " + detail);
    }
  }

  /**
   * Validates and copies the fields.
   *
   * @param entries the differences, by subject, then kind of change, then key
   */
  public AtlasDiff {
    entries = List.copyOf(entries);
  }

  /**
   * Whether nothing changed.
   *
   * @return true if there are no entries
   */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * The differences about one subject.
   *
   * @param subject the subject
   * @return its entries
   */
  public List<Entry> entries(Subject subject) {
    return entries.stream().filter(e -> e.subject() == subject).toList();
  }

  /**
   * How many differences of one kind about one subject.
   *
   * @param subject the subject
   * @param change the kind
   * @return the count
   */
  public long count(Subject subject, Change change) {
    return entries.stream().filter(e -> e.subject() == subject && e.change() == change).count();
  }

  static AtlasDiff between(Atlas older, Atlas newer) {
    List<Entry> out = new ArrayList<>();
    if (!older.asOf().equals(newer.asOf())) {
      out.add(
          new Entry(
              Subject.CONFIGURATION, Change.CHANGED, "asOf", older.asOf() + " -> " + newer.asOf()));
    }
    if (!older.gridCodeScheme().equals(newer.gridCodeScheme())) {
      out.add(
          new Entry(
              Subject.CONFIGURATION,
              Change.CHANGED,
              "gridCodeScheme",
              older.gridCodeScheme().name() + " -> " + newer.gridCodeScheme().name()));
    }
    if (!older.householdTargets().equals(newer.householdTargets())) {
      out.add(new Entry(Subject.CONFIGURATION, Change.CHANGED, "householdTargets", ""));
    }
    if (!older.sectors().equals(newer.sectors())
        || !older.requiredSectors().equals(newer.requiredSectors())) {
      out.add(new Entry(Subject.CONFIGURATION, Change.CHANGED, "sectors", ""));
    }
    keyed(
        Subject.DIVISION,
        index(older.divisions(), Division::code),
        index(newer.divisions(), Division::code),
        newer.retiredDivisions(),
        AtlasDiff::describeDivisionChange,
        out);
    keyed(
        Subject.GRID,
        index(older.grids(), Grid::code),
        index(newer.grids(), Grid::code),
        newer.retiredGrids(),
        AtlasDiff::describeGridChange,
        out);
    keyed(
        Subject.WORKER,
        index(older.workers(), GridWorker::id),
        index(newer.workers(), GridWorker::id),
        Map.of(),
        (a, b) -> "name " + a.name() + " -> " + b.name(),
        out);
    Function<GridCode, GridCode> follow = g -> single(newer.currentGrids(g), g);
    Function<DivisionCode, DivisionCode> followUnit = u -> single(newer.currentDivisions(u), u);
    multiset(
        Subject.ASSIGNMENT,
        older.assignments().stream().map(a -> a.withGrid(follow.apply(a.grid()))).toList(),
        newer.assignments(),
        a -> a.workerId() + "@" + a.grid(),
        out);
    keyed(
        Subject.PARTY_ORGANISATION,
        index(
            older.partyOrganisations().stream()
                .map(o -> o.withGrids(o.grids().stream().map(follow).distinct().toList()))
                .toList(),
            PartyOrganisation::id),
        index(newer.partyOrganisations(), PartyOrganisation::id),
        Map.of(),
        (a, b) -> "grids " + a.grids() + " -> " + b.grids(),
        out);
    keyed(
        Subject.LIAISON,
        index(
            older.liaisons().stream()
                .map(l -> new Liaison(l.name(), followUnit.apply(l.unit()), l.sector()))
                .toList(),
            l -> l.unit() + "/" + l.sector().code()),
        index(newer.liaisons(), l -> l.unit() + "/" + l.sector().code()),
        Map.of(),
        (a, b) -> "name " + a.name() + " -> " + b.name(),
        out);
    multiset(
        Subject.CONTACT_POINT,
        older.contactPoints().stream()
            .map(c -> c.withPlace(followUnit.apply(c.unit()), c.grid().map(follow)))
            .toList(),
        newer.contactPoints(),
        c -> c.leaderName() + "@" + c.grid().map(GridCode::toString).orElse(c.unit().toString()),
        out);
    return new AtlasDiff(out);
  }

  private static <T> T single(List<T> list, T fallback) {
    return list.size() == 1 ? list.get(0) : fallback;
  }

  private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
    Map<K, V> map = new LinkedHashMap<>();
    for (V v : values) {
      map.put(key.apply(v), v);
    }
    return map;
  }

  private static <K, V> void keyed(
      Subject subject,
      Map<K, V> before,
      Map<K, V> after,
      Map<K, List<K>> retired,
      java.util.function.BiFunction<V, V, String> describe,
      List<Entry> out) {
    Map<K, Integer> mergedInto = new HashMap<>();
    for (Map.Entry<K, List<K>> e : retired.entrySet()) {
      if (before.containsKey(e.getKey()) && e.getValue().size() == 1) {
        mergedInto.merge(e.getValue().get(0), 1, Integer::sum);
      }
    }
    Set<K> successors = new HashSet<>();
    for (Map.Entry<K, V> e : before.entrySet()) {
      K key = e.getKey();
      V now = after.get(key);
      if (now != null) {
        if (!Objects.equals(now, e.getValue())) {
          out.add(
              new Entry(
                  subject, Change.CHANGED, key.toString(), describe.apply(e.getValue(), now)));
        }
        continue;
      }
      List<K> next = retired.getOrDefault(key, List.of());
      successors.addAll(next);
      Change change;
      if (next.isEmpty()) {
        change = Change.REMOVED;
      } else if (next.size() > 1) {
        change = Change.SPLIT;
      } else {
        change = mergedInto.getOrDefault(next.get(0), 0) > 1 ? Change.MERGED : Change.MOVED;
      }
      out.add(
          new Entry(
              subject,
              change,
              key.toString(),
              next.isEmpty()
                  ? ""
                  : "-> " + String.join(", ", next.stream().map(Object::toString).toList())));
    }
    for (K key : after.keySet()) {
      if (!before.containsKey(key) && !successors.contains(key)) {
        out.add(new Entry(subject, Change.ADDED, key.toString(), ""));
      }
    }
  }

  private static <V> void multiset(
      Subject subject, List<V> before, List<V> after, Function<V, String> key, List<Entry> out) {
    Map<V, Integer> counts = new HashMap<>();
    for (V v : after) {
      counts.merge(v, 1, Integer::sum);
    }
    for (V v : before) {
      Integer c = counts.get(v);
      if (c == null) {
        out.add(new Entry(subject, Change.REMOVED, key.apply(v), v.toString()));
      } else if (c == 1) {
        counts.remove(v);
      } else {
        counts.put(v, c - 1);
      }
    }
    for (V v : after) {
      if (counts.containsKey(v)) {
        out.add(new Entry(subject, Change.ADDED, key.apply(v), v.toString()));
        int c = counts.get(v) - 1;
        if (c == 0) {
          counts.remove(v);
        } else {
          counts.put(v, c);
        }
      }
    }
  }

  private static String describeDivisionChange(Division a, Division b) {
    List<String> parts = new ArrayList<>();
    if (!a.name().equals(b.name())) {
      parts.add("name " + a.name() + " -> " + b.name());
    }
    if (!Objects.equals(a.urbanRuralClass(), b.urbanRuralClass())) {
      parts.add("urbanRuralClass " + a.urbanRuralClass() + " -> " + b.urbanRuralClass());
    }
    return String.join("; ", parts);
  }

  private static String describeGridChange(Grid a, Grid b) {
    List<String> parts = new ArrayList<>();
    if (!a.name().equals(b.name())) {
      parts.add("name " + a.name() + " -> " + b.name());
    }
    if (a.kind() != b.kind()) {
      parts.add("kind " + a.kind() + " -> " + b.kind());
    }
    if (a.households() != b.households()) {
      parts.add("households " + a.households() + " -> " + b.households());
    }
    if (a.residents() != b.residents()) {
      parts.add("residents " + a.residents() + " -> " + b.residents());
    }
    return String.join("; ", parts);
  }
}
