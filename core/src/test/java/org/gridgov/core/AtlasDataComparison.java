package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Objects;

/**
 * Compares two {@link AtlasData} field by field — every array (prefix sums, routing tables,
 * per-grid and per-worker ranges) and map — where {@link Atlas#equals} compares contents only; the
 * hash indexes, which may be different objects, are compared by looking every key up.
 */
final class AtlasDataComparison {
  private AtlasDataComparison() {}

  static void assertSameData(AtlasData actual, AtlasData expected) {
    for (Field f : AtlasData.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      Object a = get(f, actual);
      Object e = get(f, expected);
      if (a instanceof IntIndex<?> || a instanceof LongIndex) {
        continue;
      }
      assertThat(Objects.deepEquals(a, e)).as("AtlasData.%s", f.getName()).isTrue();
    }
    for (int g = 0; g < actual.gridCodes.length; g++) {
      assertThat(actual.gridIndex.get(actual.gridCodes[g])).isEqualTo(g);
    }
    for (int d = 0; d < actual.divisions.length; d++) {
      assertThat(actual.divisionIndex.get(actual.divisions[d].code())).isEqualTo(d);
    }
    for (int w = 0; w < actual.workers.length; w++) {
      assertThat(actual.workerIndex.get(actual.workers[w].id())).isEqualTo(w);
    }
    for (int o = 0; o < actual.orgs.length; o++) {
      assertThat(actual.orgIndex.get(actual.orgs[o].id())).isEqualTo(o);
    }
  }

  private static Object get(Field f, AtlasData data) {
    try {
      return f.get(data);
    } catch (IllegalAccessException e) {
      throw new LinkageError(e.getMessage(), e);
    }
  }
}
