package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hash indexes behind the atlas agree with a HashMap of first positions. */
class IndexProperties {

  @Test
  void longIndexFindsFirstPositionsAndRemaps() {
    qt().forAll(lists().of(longs().between(0, 500)).ofSizeBetween(0, 300), longs().between(0, 600))
        .checkAssert(
            (keys, probe) -> {
              int[] firstOf = new int[keys.size()];
              LongIndex index = new LongIndex(keys.size(), keys::get, firstOf);
              Map<Long, Integer> first = new HashMap<>();
              for (int i = 0; i < keys.size(); i++) {
                first.putIfAbsent(keys.get(i), i);
                assertThat(firstOf[i]).isEqualTo(first.get(keys.get(i)));
              }
              assertThat(index.get(probe)).isEqualTo(first.getOrDefault(probe, -1));
              int[] reversed = reversal(keys.size());
              LongIndex remapped = index.remap(reversed);
              for (Map.Entry<Long, Integer> e : first.entrySet()) {
                assertThat(remapped.get(e.getKey())).isEqualTo(reversed[e.getValue()]);
              }
            });
  }

  @Test
  void intIndexFindsFirstPositionsAndRemaps() {
    qt().forAll(
            lists().of(integers().between(0, 400)).ofSizeBetween(0, 300),
            integers().between(0, 500))
        .checkAssert(
            (ints, probe) -> {
              List<String> keys = ints.stream().map(i -> "k" + i).toList();
              int[] firstOf = new int[keys.size()];
              IntIndex<String> index = new IntIndex<>(keys.size(), keys::get, firstOf);
              Map<String, Integer> first = new HashMap<>();
              for (int i = 0; i < keys.size(); i++) {
                first.putIfAbsent(keys.get(i), i);
                assertThat(firstOf[i]).isEqualTo(first.get(keys.get(i)));
              }
              assertThat(index.get("k" + probe)).isEqualTo(first.getOrDefault("k" + probe, -1));
              int[] reversed = reversal(keys.size());
              String[] moved = new String[keys.size()];
              for (int i = 0; i < keys.size(); i++) {
                moved[reversed[i]] = keys.get(i);
              }
              IntIndex<String> remapped = index.remap(reversed, k -> moved[k]);
              for (Map.Entry<String, Integer> e : first.entrySet()) {
                assertThat(remapped.get(e.getKey())).isEqualTo(reversed[e.getValue()]);
              }
            });
  }

  private static int[] reversal(int n) {
    int[] r = new int[n];
    for (int i = 0; i < n; i++) {
      r[i] = n - 1 - i;
    }
    return r;
  }
}
