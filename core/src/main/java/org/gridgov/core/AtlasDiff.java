package org.gridgov.core;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What changed between two snapshots of an atlas, as typed entries a program can act on: what was
 * {@linkplain Added added}, {@linkplain Removed removed}, {@linkplain Moved moved} (re-coded under
 * a new parent or unit), {@linkplain Split split}, {@linkplain Merged merged} and {@linkplain
 * Changed changed} (one entry per field), and codes {@linkplain Retired retired} that the older
 * atlas did not hold; it is empty exactly when the atlases are equal. Moves, splits and merges are
 * recognised from the newer atlas's retired codes, followed through later retirements to the codes
 * live in the newer atlas (a grid moved twice is one move to where it is now); a moved element
 * whose fields changed too has a {@linkplain Changed changed} entry per field after its move.
 * Posts, organisations, liaisons and contact points that only followed a re-coded grid or unit are
 * not reported: a post or contact point is compared where the engine takes it (a split grid's to
 * its first part), an organisation with every part of a split grid in its place.
 *
 * <pre>{@code
 * AtlasDiff diff = before.diff(after);
 * for (AtlasDiff.Entry e : diff.entries(AtlasDiff.Subject.GRID)) {
 *   switch (e.kind()) {
 *     case MOVED -> recode(((AtlasDiff.Moved) e).from(), ((AtlasDiff.Moved) e).to());
 *     case CHANGED -> { AtlasDiff.Changed c = (AtlasDiff.Changed) e; log(c.field(), c.before(), c.after()); }
 *     default -> { }
 *   }
 * }
 * String first = diff.entries().get(0).toString(); // GRID CHANGED 210802001007001 households 300 -> 280
 * }</pre>
 *
 * @param entries the differences: by subject in {@link Subject} order; within a subject, the older
 *     atlas's elements in its order (changed, removed, moved, split, merged), then the additions in
 *     the newer atlas's order, then, for divisions and grids, the older atlas's retirements whose
 *     successors changed and the newer atlas's {@linkplain Retired retirements} of codes the older
 *     never held, each in code order
 */
public record AtlasDiff(List<AtlasDiff.Entry> entries) {

  /** What a difference is about. */
  public enum Subject {
    /** The atlas's configuration (as-of date, scheme, targets, sectors). */
    CONFIGURATION,
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
    CONTACT_POINT
  }

  /** The kind of a difference: which case of {@link Entry} it is. */
  public enum Kind {
    /** {@link Added}. */
    ADDED,
    /** {@link Removed}. */
    REMOVED,
    /** {@link Moved}. */
    MOVED,
    /** {@link Split}. */
    SPLIT,
    /** {@link Merged}. */
    MERGED,
    /** {@link Changed}. */
    CHANGED,
    /** {@link Retired}. */
    RETIRED
  }

  /**
   * One difference. Its {@code toString()} is one readable line, such as {@code DIVISION MOVED
   * 210802001007 -> 210802003001}.
   */
  public sealed interface Entry permits Added, Removed, Moved, Split, Merged, Changed, Retired {
    /**
     * What the difference is about.
     *
     * @return the subject
     */
    Subject subject();

    /**
     * The code or id concerned, as in the older atlas where it existed there: a division or grid
     * code, a worker or organisation id, {@code unit/sector} for a liaison, {@code worker@grid role
     * start..end} for a post, {@code leader@grid-or-unit rank} for a contact point; for
     * configuration, the setting's name.
     *
     * @return the key
     */
    String key();

    /**
     * Which case this is.
     *
     * @return the kind
     */
    Kind kind();
  }

  /**
   * Present only in the newer atlas.
   *
   * @param subject what it is about
   * @param key its code or id
   */
  public record Added(Subject subject, String key) implements Entry {
    /**
     * Validates the fields.
     *
     * @param subject what it is about
     * @param key its code or id
     */
    public Added {
      checkNotNull(subject, "subject");
      checkNotNull(key, "key");
    }

    @Override
    public Kind kind() {
      return Kind.ADDED;
    }

    @Override
    public String toString() {
      return subject + " ADDED " + key;
    }
  }

  /**
   * Present only in the older atlas: retired without successor, or simply gone.
   *
   * @param subject what it is about
   * @param key its code or id
   */
  public record Removed(Subject subject, String key) implements Entry {
    /**
     * Validates the fields.
     *
     * @param subject what it is about
     * @param key its code or id
     */
    public Removed {
      checkNotNull(subject, "subject");
      checkNotNull(key, "key");
    }

    @Override
    public Kind kind() {
      return Kind.REMOVED;
    }

    @Override
    public String toString() {
      return subject + " REMOVED " + key;
    }
  }

  /**
   * Re-coded to exactly one live code that no other code was merged into: a unit moved under a new
   * parent, a grid moved to a new unit. Fields whose values differ at the new code follow as
   * {@linkplain Changed changed} entries under the old code.
   *
   * @param subject what it is about
   * @param key the old code
   * @param to the new code, live in the newer atlas
   */
  public record Moved(Subject subject, String key, String to) implements Entry {
    /**
     * Validates the fields.
     *
     * @param subject what it is about
     * @param key the old code
     * @param to the new code
     */
    public Moved {
      checkNotNull(subject, "subject");
      checkNotNull(key, "key");
      checkNotNull(to, "to");
    }

    /**
     * The old code: the same as {@link #key()}.
     *
     * @return the code in the older atlas
     */
    public String from() {
      return key;
    }

    @Override
    public Kind kind() {
      return Kind.MOVED;
    }

    @Override
    public String toString() {
      return subject + " MOVED " + key + " -> " + to;
    }
  }

  /**
   * Retired into several successors.
   *
   * @param subject what it is about
   * @param key the old code
   * @param into the new codes live in the newer atlas, in order
   */
  public record Split(Subject subject, String key, List<String> into) implements Entry {
    /**
     * Validates and copies the fields.
     *
     * @param subject what it is about
     * @param key the old code
     * @param into the new codes, in order
     */
    public Split {
      checkNotNull(subject, "subject");
      checkNotNull(key, "key");
      into = List.copyOf(checkNotNull(into, "into"));
    }

    @Override
    public Kind kind() {
      return Kind.SPLIT;
    }

    @Override
    public String toString() {
      return subject + " SPLIT " + key + " -> " + String.join(", ", into);
    }
  }

  /**
   * Retired into a successor shared with other retired codes (of which some may have been split
   * into it and other codes); each of the merged codes has its own entry.
   *
   * @param subject what it is about
   * @param key the old code
   * @param from every code merged into the same successor, this one included, in the older atlas's
   *     order
   * @param into the new code, live in the newer atlas
   */
  public record Merged(Subject subject, String key, List<String> from, String into)
      implements Entry {
    /**
     * Validates and copies the fields.
     *
     * @param subject what it is about
     * @param key the old code
     * @param from every code merged into the same successor, this one included
     * @param into the new code
     */
    public Merged {
      checkNotNull(subject, "subject");
      checkNotNull(key, "key");
      from = List.copyOf(checkNotNull(from, "from"));
      checkNotNull(into, "into");
    }

    @Override
    public Kind kind() {
      return Kind.MERGED;
    }

    @Override
    public String toString() {
      return subject + " MERGED " + key + " -> " + into + " (from " + String.join(", ", from) + ")";
    }
  }

  /**
   * One field of an element present in both atlases with different values.
   *
   * @param subject what it is about
   * @param key its code or id
   * @param field the field, by its name in the JSON form ({@code households}, {@code name})
   * @param before the older value as text (numbers in decimal, enum constants by name, lists as
   *     {@code [a, b]}, an absent value as {@code ""})
   * @param after the newer value as text
   */
  public record Changed(Subject subject, String key, String field, String before, String after)
      implements Entry {
    /**
     * Validates the fields.
     *
     * @param subject what it is about
     * @param key its code or id
     * @param field the field
     * @param before the older value as text
     * @param after the newer value as text
     */
    public Changed {
      checkNotNull(subject, "subject");
      checkNotNull(key, "key");
      checkNotNull(field, "field");
      checkNotNull(before, "before");
      checkNotNull(after, "after");
    }

    @Override
    public Kind kind() {
      return Kind.CHANGED;
    }

    @Override
    public String toString() {
      return subject + " CHANGED " + key + " " + field + " " + before + " -> " + after;
    }
  }

  /**
   * A division or grid code retired in the newer atlas that the older held neither live nor retired
   * (a unit or grid added and removed again between the two snapshots), with its successors. A code
   * that was live in the older atlas is reported as {@linkplain Removed removed}, {@linkplain Moved
   * moved}, {@linkplain Split split} or {@linkplain Merged merged} instead; a retirement whose
   * successors differ, or that the newer atlas no longer records, is {@linkplain Changed changed}
   * in the field {@code successors} (an absent retirement as {@code ""}).
   *
   * @param subject {@link Subject#DIVISION} or {@link Subject#GRID}
   * @param key the retired code
   * @param into its successors, in order; empty if it was removed without successor
   */
  public record Retired(Subject subject, String key, List<String> into) implements Entry {
    /**
     * Validates and copies the fields.
     *
     * @param subject what it is about
     * @param key the retired code
     * @param into its successors, in order
     */
    public Retired {
      checkNotNull(subject, "subject");
      checkNotNull(key, "key");
      into = List.copyOf(checkNotNull(into, "into"));
    }

    @Override
    public Kind kind() {
      return Kind.RETIRED;
    }

    @Override
    public String toString() {
      return subject + " RETIRED " + key + " -> [" + String.join(", ", into) + "]";
    }
  }

  /**
   * Validates and copies the fields.
   *
   * @param entries the differences
   */
  public AtlasDiff {
    entries = List.copyOf(checkNotNull(entries, "entries"));
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
   * @return its entries, in order
   */
  public List<Entry> entries(Subject subject) {
    checkNotNull(subject, "subject");
    return entries.stream().filter(e -> e.subject() == subject).toList();
  }

  /**
   * How many differences of one kind about one subject.
   *
   * @param subject the subject
   * @param kind the kind
   * @return the count
   */
  public long count(Subject subject, Kind kind) {
    checkNotNull(subject, "subject");
    checkNotNull(kind, "kind");
    return entries.stream().filter(e -> e.subject() == subject && e.kind() == kind).count();
  }

  // ---- computing a diff ------------------------------------------------------------------------

  static AtlasDiff between(Atlas older, Atlas newer) {
    List<Entry> out = new ArrayList<>();
    configuration(older, newer, out);
    Successors<DivisionCode> divisionsNow =
        new Successors<>(c -> newer.division(c).isPresent(), newer.retiredDivisions());
    Successors<GridCode> gridsNow =
        new Successors<>(c -> newer.grid(c).isPresent(), newer.retiredGrids());
    keyed(
        Subject.DIVISION,
        index(older.divisions(), Division::code),
        index(newer.divisions(), Division::code),
        older.retiredDivisions(),
        newer.retiredDivisions(),
        divisionsNow,
        (a, b) ->
            List.of(
                field("name", a.name(), b.name()),
                field("urbanRuralClass", text(a.urbanRuralClass()), text(b.urbanRuralClass()))),
        out);
    keyed(
        Subject.GRID,
        index(older.grids(), Grid::code),
        index(newer.grids(), Grid::code),
        older.retiredGrids(),
        newer.retiredGrids(),
        gridsNow,
        (a, b) ->
            List.of(
                field("kind", a.kind().name(), b.kind().name()),
                field("name", a.name(), b.name()),
                field("households", a.households(), b.households()),
                field("residents", a.residents(), b.residents())),
        out);
    keyed(
        Subject.WORKER,
        index(older.workers(), GridWorker::id),
        index(newer.workers(), GridWorker::id),
        Map.of(),
        Map.of(),
        new Successors<>(c -> false, Map.of()),
        (a, b) -> List.of(field("name", a.name(), b.name())),
        out);
    // posts and contact points go where the engine takes them: a split grid's to its first part
    Function<GridCode, GridCode> follow = gridsNow::first;
    Function<DivisionCode, DivisionCode> followUnit = divisionsNow::first;
    multiset(
        Subject.ASSIGNMENT,
        older.assignments().stream().map(a -> a.withGrid(follow.apply(a.grid()))).toList(),
        newer.assignments(),
        a ->
            a.workerId() + "@" + a.grid() + " " + a.role() + " " + a.start() + ".." + text(a.end()),
        out);
    keyed(
        Subject.PARTY_ORGANISATION,
        index(
            older.partyOrganisations().stream()
                .map(o -> o.withGrids(gridsNow.following(o.grids())))
                .toList(),
            PartyOrganisation::id),
        index(newer.partyOrganisations(), PartyOrganisation::id),
        Map.of(),
        Map.of(),
        new Successors<>(c -> false, Map.of()),
        (a, b) ->
            List.of(
                field("name", a.name(), b.name()),
                field("kind", a.kind().name(), b.kind().name()),
                field("grids", a.grids().toString(), b.grids().toString())),
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
        Map.of(),
        new Successors<>(c -> false, Map.of()),
        (a, b) -> List.of(field("name", a.name(), b.name())),
        out);
    multiset(
        Subject.CONTACT_POINT,
        older.contactPoints().stream()
            .map(
                c -> {
                  // a contact point at a grid is where the grid went, whichever unit it went to
                  Optional<GridCode> grid = c.grid().map(follow);
                  DivisionCode unit =
                      grid.flatMap(newer::grid).map(Grid::unit).orElse(followUnit.apply(c.unit()));
                  return c.withPlace(unit, grid);
                })
            .toList(),
        newer.contactPoints(),
        c ->
            c.leaderName()
                + "@"
                + c.grid().map(GridCode::toString).orElse(c.unit().toString())
                + " "
                + c.rank(),
        out);
    return new AtlasDiff(out);
  }

  private static void configuration(Atlas older, Atlas newer, List<Entry> out) {
    List<Field> fields =
        List.of(
            field("asOf", older.asOf().toString(), newer.asOf().toString()),
            field("gridCodeScheme", older.gridCodeScheme().name(), newer.gridCodeScheme().name()),
            field(
                "householdTargets",
                older.householdTargets().toString(),
                newer.householdTargets().toString()),
            field("sectors", codes(older.sectors()), codes(newer.sectors())),
            field(
                "requiredSectors",
                codes(List.copyOf(older.requiredSectors())),
                codes(List.copyOf(newer.requiredSectors()))));
    for (Field f : fields) {
      if (!f.before().equals(f.after())) {
        out.add(new Changed(Subject.CONFIGURATION, f.name(), f.name(), f.before(), f.after()));
      }
    }
  }

  private static String codes(List<Sector> sectors) {
    return sectors.stream().map(s -> s.code() + " " + s.name()).toList().toString();
  }

  /** A field's values in the two atlases. */
  private record Field(String name, String before, String after) {}

  private static Field field(String name, String before, String after) {
    return new Field(name, before, after);
  }

  private static Field field(String name, int before, int after) {
    return field(name, Integer.toString(before), Integer.toString(after));
  }

  private static String text(Optional<?> value) {
    return value.map(Object::toString).orElse("");
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
      Map<K, List<K>> retiredBefore,
      Map<K, List<K>> retired,
      Successors<K> successorsNow,
      java.util.function.BiFunction<V, V, List<Field>> fields,
      List<Entry> out) {
    // the older codes that went into each code, to tell merges from moves
    Map<K, List<String>> mergedInto = new HashMap<>();
    for (K key : before.keySet()) {
      for (K next : after.containsKey(key) ? List.<K>of() : successorsNow.live(key)) {
        mergedInto.computeIfAbsent(next, k -> new ArrayList<>()).add(key.toString());
      }
    }
    Set<K> successors = new HashSet<>();
    for (Map.Entry<K, V> e : before.entrySet()) {
      String key = e.getKey().toString();
      V now = after.get(e.getKey());
      if (now != null) {
        if (!Objects.equals(now, e.getValue())) {
          changed(subject, key, fields.apply(e.getValue(), now), out);
        }
        continue;
      }
      List<K> next = successorsNow.live(e.getKey());
      successors.addAll(next);
      List<String> into = next.stream().map(Object::toString).toList();
      if (next.isEmpty()) {
        out.add(new Removed(subject, key));
      } else if (next.size() > 1) {
        out.add(new Split(subject, key, into));
      } else {
        List<String> from = mergedInto.getOrDefault(next.get(0), List.of());
        if (from.size() > 1) {
          out.add(new Merged(subject, key, from, into.get(0)));
        } else {
          out.add(new Moved(subject, key, into.get(0)));
          V moved = after.get(next.get(0));
          if (moved != null && !before.containsKey(next.get(0))) {
            // re-coded and changed: the fields that differ at the new code
            changed(subject, key, fields.apply(e.getValue(), moved), out);
          }
        }
      }
    }
    for (K key : after.keySet()) {
      if (!before.containsKey(key) && !successors.contains(key)) {
        out.add(new Added(subject, key.toString()));
      }
    }
    retirements(subject, before, retiredBefore, retired, out);
  }

  private static void changed(Subject subject, String key, List<Field> fields, List<Entry> out) {
    for (Field f : fields) {
      if (!f.before().equals(f.after())) {
        out.add(new Changed(subject, key, f.name(), f.before(), f.after()));
      }
    }
  }

  /**
   * Where the codes of the older atlas went in the newer one, following the newer atlas's
   * retirements through every later retirement (a grid moved twice, a split part merged again). The
   * live codes reached from each code are remembered, so that codes retired into a shared successor
   * follow its later retirements once: O(retirements + Σ live codes reached).
   */
  private static final class Successors<K> {
    private final Predicate<K> live;
    private final Map<K, List<K>> retired;
    private final Map<K, List<K>> memo = new HashMap<>();

    Successors(Predicate<K> live, Map<K, List<K>> retired) {
      this.live = live;
      this.retired = retired;
    }

    /**
     * The live codes a code stands for: itself if live, else the live codes its successors stand
     * for, depth first in the successors' order, without repeats (the order in which a split puts
     * its parts into a party organisation's grids); empty if it leads to no live code.
     */
    List<K> live(K code) {
      ArrayDeque<K> stack = new ArrayDeque<>();
      Set<K> entered = new HashSet<>();
      stack.push(code);
      while (!stack.isEmpty()) {
        K c = stack.peek();
        if (memo.containsKey(c)) {
          stack.pop();
        } else if (live.test(c)) {
          memo.put(c, List.of(c));
          stack.pop();
        } else if (entered.add(c)) {
          // a circle of retirements is refused when an atlas is built; never follow one round
          for (K s : retired.getOrDefault(c, List.of())) {
            if (!memo.containsKey(s) && !entered.contains(s)) {
              stack.push(s);
            }
          }
        } else {
          stack.pop();
          Set<K> reached = new LinkedHashSet<>();
          for (K s : retired.getOrDefault(c, List.of())) {
            reached.addAll(memo.getOrDefault(s, List.of()));
          }
          memo.put(c, List.copyOf(reached));
        }
      }
      return Objects.requireNonNull(memo.get(code));
    }

    /**
     * The live code that a post or contact point at a code goes with: itself if live, else, through
     * each retirement, its first successor (a split grid's first part, the merged grid, the moved
     * code); the code itself if that leads to no live code.
     */
    K first(K code) {
      K c = code;
      Set<K> seen = new HashSet<>();
      while (!live.test(c) && seen.add(c)) {
        List<K> next = retired.getOrDefault(c, List.of());
        if (next.isEmpty()) {
          return code;
        }
        c = next.get(0);
      }
      return live.test(c) ? c : code;
    }

    /** A list of codes with each code replaced by the live codes it stands for, without repeats. */
    List<K> following(List<K> codes) {
      Set<K> result = new LinkedHashSet<>();
      for (K c : codes) {
        List<K> now = live(c);
        if (now.isEmpty()) {
          result.add(c);
        } else {
          result.addAll(now);
        }
      }
      return List.copyOf(result);
    }
  }

  /**
   * The retirements not told by the entries of the elements: codes retired in the newer atlas that
   * the older held neither live nor retired, and retirements whose successors changed or that the
   * newer atlas no longer records. O(retirements).
   */
  private static <K, V> void retirements(
      Subject subject,
      Map<K, V> before,
      Map<K, List<K>> retiredBefore,
      Map<K, List<K>> retired,
      List<Entry> out) {
    for (Map.Entry<K, List<K>> e : retiredBefore.entrySet()) {
      List<K> now = retired.get(e.getKey());
      if (!e.getValue().equals(now)) {
        out.add(
            new Changed(
                subject,
                e.getKey().toString(),
                "successors",
                e.getValue().toString(),
                now == null ? "" : now.toString()));
      }
    }
    for (Map.Entry<K, List<K>> e : retired.entrySet()) {
      if (!retiredBefore.containsKey(e.getKey()) && !before.containsKey(e.getKey())) {
        out.add(
            new Retired(
                subject,
                e.getKey().toString(),
                e.getValue().stream().map(Object::toString).toList()));
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
        out.add(new Removed(subject, key.apply(v)));
      } else if (c == 1) {
        counts.remove(v);
      } else {
        counts.put(v, c - 1);
      }
    }
    for (V v : after) {
      Integer c = counts.get(v);
      if (c != null) {
        out.add(new Added(subject, key.apply(v)));
        if (c == 1) {
          counts.remove(v);
        } else {
          counts.put(v, c - 1);
        }
      }
    }
  }
}
