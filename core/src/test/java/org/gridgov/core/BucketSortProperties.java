package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.Theories.qt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The index layout's sort (a counting sort by bucket, then insertion sorts, or a library sort for
 * buckets of more than 32) against a plain sort of the positions by bucket and then by value.
 */
class BucketSortProperties {

  @Test
  void bucketSortOrdersLikeAPlainSortByBucketThenValue() {
    qt().withExamples(300)
        .forAll(SourceDSL.longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              int n = r.nextInt(400);
              int buckets = 1 + r.nextInt(r.nextBoolean() ? 4 : 60);
              int[] bucket = new int[n];
              int[] value = new int[n];
              int spread = 1 + r.nextInt(r.nextBoolean() ? 5 : 1000);
              for (int i = 0; i < n; i++) {
                // one bucket gets most positions at times, so that large buckets occur
                bucket[i] = r.nextInt(3) == 0 ? 0 : r.nextInt(buckets);
                value[i] = r.nextInt(spread);
              }
              int[] first = new int[buckets + 1];
              int[] order =
                  AtlasData.bucketSort(
                      n,
                      first,
                      i -> bucket[i],
                      (x, y) ->
                          x == y
                              ? 0
                              : value[x] != value[y]
                                  ? Integer.compare(value[x], value[y])
                                  : Integer.compare(x, y));
              List<Integer> expected = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                expected.add(i);
              }
              expected.sort(
                  Comparator.<Integer>comparingInt(i -> bucket[i])
                      .thenComparingInt(i -> value[i])
                      .thenComparingInt(i -> i));
              List<Integer> actual = new ArrayList<>();
              for (int i : order) {
                actual.add(i);
              }
              assertThat(actual).isEqualTo(expected);
              for (int b = 0; b <= buckets; b++) {
                int before = 0;
                for (int i = 0; i < n; i++) {
                  if (bucket[i] < b) {
                    before++;
                  }
                }
                assertThat(first[b]).as("start of bucket %s", b).isEqualTo(before);
              }
            });
  }
}
