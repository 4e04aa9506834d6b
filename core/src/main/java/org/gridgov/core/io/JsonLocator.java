package org.gridgov.core.io;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.gridgov.core.AtlasSection;
import org.gridgov.core.ElementLocator;
import org.gridgov.core.Location;

/**
 * The JSON reader's {@link ElementLocator}: maps the builder's positions to document positions
 * (elements the reader could not give the builder are skipped, so the two differ after the first
 * such element) and remembers the fields the reader replaced by stand-ins. Memory: one int per
 * element of a section after its first skipped element, and one entry per excused field (each one
 * stands beside a reported problem, so their number is bounded by the problem cap).
 */
final class JsonLocator implements ElementLocator {
  /** What the locator knows of one list section. */
  private static final class Section {
    int accepted;
    int @org.jspecify.annotations.Nullable [] documentIndex;
    boolean excused;
  }

  private final Map<AtlasSection, Section> sections = new EnumMap<>(AtlasSection.class);
  private final Set<String> excused = new HashSet<>();

  private Section of(AtlasSection section) {
    return sections.computeIfAbsent(section, s -> new Section());
  }

  /** The builder position the next accepted element of a section gets. */
  int nextBuilderIndex(AtlasSection section) {
    return of(section).accepted;
  }

  /** The element at a document position went to the builder. */
  void accepted(AtlasSection section, int docIndex) {
    Section s = of(section);
    int[] map = s.documentIndex;
    if (map != null) {
      if (s.accepted == map.length) {
        map = Arrays.copyOf(map, Math.max(16, map.length * 2));
        s.documentIndex = map;
      }
      map[s.accepted] = docIndex;
    }
    s.accepted++;
  }

  /** The element at a document position did not go to the builder. */
  void skipped(AtlasSection section, int docIndex) {
    Section s = of(section);
    if (s.documentIndex == null) {
      int[] map = new int[Math.max(16, s.accepted * 2)];
      for (int i = 0; i < s.accepted; i++) {
        map[i] = i;
      }
      s.documentIndex = map;
    }
  }

  /** Excuses a field of the element at a builder position ({@code ""} for the whole element). */
  void excuse(AtlasSection section, int builderIndex, String field) {
    excused.add(key(section, builderIndex, field));
  }

  /** Excuses a section as a whole: references into it are not reported as unknown. */
  void excuseSection(AtlasSection section) {
    of(section).excused = true;
  }

  @Override
  public Location locate(AtlasSection section, int index) {
    Location.JsonPath at = Location.json().field(section.fieldName());
    if (!section.isList()) {
      return at;
    }
    Section s = sections.get(section);
    if (s == null) {
      return at.index(index);
    }
    int[] map = s.documentIndex;
    return at.index(map != null && index < s.accepted ? map[index] : index);
  }

  @Override
  public boolean isExcused(AtlasSection section, int index, String field) {
    if (index < 0) {
      Section s = sections.get(section);
      return s != null && s.excused;
    }
    return !excused.isEmpty() && excused.contains(key(section, index, field));
  }

  private static String key(AtlasSection section, int index, String field) {
    return section.fieldName() + "/" + index + "/" + field;
  }
}
