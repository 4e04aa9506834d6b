package org.gridgov.scoring.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The counting kernel's fast parts against slow obvious ones: the id index against {@link
 * List#indexOf}, the voter table (whose insert after a missed find takes the place that find's
 * probe ended at) against a map, and the ballot id fingerprint from bytes against the same hash
 * over the id's characters.
 */
class CountingKernelProperties {
  private static String id(Random r) {
    String chars = "abcXYZ019.-_:";
    int n = 1 + r.nextInt(r.nextBoolean() ? 3 : Ids.MAX_LENGTH);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(chars.charAt(r.nextInt(chars.length())));
    }
    return sb.toString();
  }

  @Test
  void theIdIndexFindsWhatIndexOfFinds() {
    Theories.qt(2000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Set<String> distinct = new LinkedHashSet<>();
              int n = r.nextInt(300);
              for (int i = 0; i < n; i++) {
                distinct.add(id(r));
              }
              List<String> ids = new ArrayList<>(distinct);
              IdIndex index = new IdIndex(ids);
              assertThat(index.size()).isEqualTo(ids.size());
              for (int q = 0; q < 50; q++) {
                // an equal string that is not the same object, or another id
                String query =
                    !ids.isEmpty() && r.nextBoolean()
                        ? new String(ids.get(r.nextInt(ids.size())).toCharArray())
                        : id(r);
                assertThat(index.indexOf(query)).isEqualTo(ids.indexOf(query));
              }
            });
  }

  /**
   * The fingerprint's definition, a character at a time: the characters in groups of eight, each
   * group a number with its first character lowest and missing ones zero, folded into the state.
   */
  private static long slowFingerprint(String id) {
    long h = 0x9E3779B97F4A7C15L ^ id.length();
    for (int start = 0; start < id.length(); start += 8) {
      long word = 0;
      for (int j = 0; j < 8 && start + j < id.length(); j++) {
        word += (long) id.charAt(start + j) << (8 * j);
      }
      h = (h ^ word) * 0xD6E8FEB86659FD93L;
      h ^= h >>> 32;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  @Test
  void theFingerprintOfAnIdsBytesIsThatOfItsCharacters() {
    Theories.qt(5000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              String id = id(new Random(seed));
              byte[] buf = new byte[Ids.MAX_LENGTH + 8];
              byte[] ascii = id.getBytes(StandardCharsets.US_ASCII);
              System.arraycopy(ascii, 0, buf, 0, ascii.length);
              Arrays.fill(buf, ascii.length, buf.length, (byte) 'x'); // beyond the length, not read
              assertThat(TallyState.fingerprint(buf, ascii.length)).isEqualTo(slowFingerprint(id));
              // an array that ends with the id: its last word is read a byte at a time
              assertThat(TallyState.fingerprint(ascii, ascii.length))
                  .isEqualTo(slowFingerprint(id));
            });
  }

  @Test
  void idsOfOneLengthThatDifferInOneCharacterHaveDifferentFingerprints() {
    Theories.qt(5000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              byte[] a = id(r).getBytes(StandardCharsets.US_ASCII);
              byte[] b = a.clone();
              int at = r.nextInt(b.length);
              b[at] = (byte) (b[at] == 'a' ? 'b' : 'a');
              assertThat(TallyState.fingerprint(b, b.length))
                  .isNotEqualTo(TallyState.fingerprint(a, a.length));
            });
  }

  @Test
  void theVoterTableKeepsWhatAMapKeeps() {
    Theories.qt(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              int cap = 1 + r.nextInt(8);
              VoterTable table = new VoterTable(cap);
              // key -> {last counted, votes, ballots}
              Map<List<Long>, long[]> oracle = new HashMap<>();
              List<List<Long>> seen = new ArrayList<>();
              // few distinct highs and lows, so that keys share halves and hashes crowd
              int spread = 1 + r.nextInt(r.nextBoolean() ? 40 : 4000);
              int steps = r.nextInt(3000);
              for (int s = 0; s < steps; s++) {
                if (r.nextInt(200) == 0) {
                  table = table.copy();
                }
                if (r.nextInt(150) == 0) {
                  // a new day under a minimum interval: voters counted within it stay, no votes
                  long dayStart = s;
                  long min = 1L + r.nextInt(60);
                  table = table.nextDay(dayStart, min);
                  oracle.values().removeIf(v -> v[0] == VoterTable.NONE || v[0] <= dayStart - min);
                  oracle.replaceAll((k, v) -> new long[] {v[0], 0, 0});
                  seen.retainAll(oracle.keySet());
                  continue;
                }
                List<Long> key =
                    !seen.isEmpty() && r.nextInt(3) == 0
                        ? seen.get(r.nextInt(seen.size()))
                        : List.of((long) r.nextInt(spread), (long) r.nextInt(spread) << 40);
                long high = key.get(0);
                long low = key.get(1);
                // a look ahead reads what the find will, for any key, the empty one (0, 0) too
                long[] h = {VoterTable.hash(high, low)};
                long unusedTouch = table.touchIndex(h, 1) + table.touchSlots(h, 1);
                int at = table.find(high, low);
                long[] expected = oracle.get(key);
                assertThat(at >= 0).isEqualTo(expected != null);
                if (expected != null) {
                  assertThat(table.high(at)).isEqualTo(high);
                  assertThat(table.low(at)).isEqualTo(low);
                  assertThat(table.lastCounted(at)).isEqualTo(expected[0]);
                  assertThat(table.votes(at)).isEqualTo((int) expected[1]);
                  assertThat(table.ballots(at)).isEqualTo((int) expected[2]);
                  if (expected[1] < cap) {
                    table.count(at, s, new int[] {s % 7}, 1, s);
                    oracle.put(key, new long[] {s, expected[1] + 1, expected[2] + 1});
                  }
                  continue;
                }
                if (r.nextInt(4) == 0) {
                  // a miss followed by the probe of another voter, then the insert
                  int unused = table.find(r.nextLong(), r.nextLong());
                }
                if (r.nextInt(50) == 0) {
                  table = table.nextDay(0, 0);
                  oracle.clear();
                  seen.clear();
                  continue;
                }
                if (r.nextInt(5) == 0) {
                  // as a look ahead does, now and then: the filter is off until rebuilt
                  table.dropFilter();
                }
                int in = table.insert(high, low, VoterTable.NONE);
                assertThat(table.find(high, low)).isEqualTo(in);
                oracle.put(key, new long[] {VoterTable.NONE, 0, 0});
                seen.add(key);
              }
              assertThat(table.size()).isEqualTo(oracle.size());
              int[] visited = {0};
              VoterTable t = table;
              t.forEach(
                  at -> {
                    assertThat(oracle).containsKey(List.of(t.high(at), t.low(at)));
                    visited[0]++;
                  });
              assertThat(visited[0]).isEqualTo(oracle.size());
            });
  }

  @Test
  void votersInsertedInABurstAreFoundBeforeAndAfterTheirIndexEntriesArePlaced() {
    Theories.qt(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              VoterTable table = new VoterTable(1 + r.nextInt(4));
              Map<List<Long>, Integer> oracle = new HashMap<>();
              int burst = r.nextInt(4 * VoterTable.PENDING);
              int spread = 1 + r.nextInt(r.nextBoolean() ? 50 : 100_000);
              for (int s = 0; s < burst; s++) {
                List<Long> key = List.of((long) r.nextInt(spread), (long) r.nextInt(spread));
                if (oracle.containsKey(key)) {
                  continue;
                }
                if (r.nextInt(40) == 0) {
                  table = table.copy();
                }
                // no find before the insert: the entry waits with the others
                oracle.put(key, table.insert(key.get(0), key.get(1), s));
              }
              for (Map.Entry<List<Long>, Integer> e : oracle.entrySet()) {
                int at = table.find(e.getKey().get(0), e.getKey().get(1));
                assertThat(at).isEqualTo(e.getValue());
                assertThat(table.copy().find(e.getKey().get(0), e.getKey().get(1))).isEqualTo(at);
              }
              for (int s = 0; s < 50; s++) {
                long high = (long) spread + r.nextInt(1000);
                assertThat(table.find(high, r.nextLong())).isEqualTo(-1);
              }
              assertThat(table.size()).isEqualTo(oracle.size());
            });
  }
}
