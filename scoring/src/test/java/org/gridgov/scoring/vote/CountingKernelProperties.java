package org.gridgov.scoring.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The counting kernel's fast parts against slow obvious ones: the id index against {@link
 * List#indexOf}, and the ballot id fingerprint from bytes against the same hash over the id's
 * characters.
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
                int at = index.indexOf(query);
                assertThat(at).isEqualTo(ids.indexOf(query));
                if (at >= 0) {
                  assertThat(index.bytes(at)).isEqualTo(query.getBytes(StandardCharsets.US_ASCII));
                }
              }
            });
  }

  /** FNV-1a over the characters with the final avalanche: the fingerprint's definition. */
  private static long slowFingerprint(String id) {
    long h = 0xcbf29ce484222325L ^ id.length();
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
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
              buf[ascii.length] = 'x'; // beyond the length, not read
              assertThat(TallyState.fingerprint(buf, ascii.length)).isEqualTo(slowFingerprint(id));
            });
  }
}
