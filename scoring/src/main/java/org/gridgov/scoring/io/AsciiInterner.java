package org.gridgov.scoring.io;

import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One string for each repeated short ASCII field of a reading (candidate ids, channels), so that a
 * million lines naming 200 candidates make 200 strings, whose hash codes are computed once: open
 * addressing over at most {@value #CAPACITY}{@code / 2} strings, filled in the order met; a field
 * met after it is full gets a new string each time. Only fields that pass the check are kept. Not
 * thread-safe; one per reading.
 */
final class AsciiInterner {
  private static final int CAPACITY = 4096;

  private final String[] strings = new String[CAPACITY];
  private final int[] hashes = new int[CAPACITY];
  private final Predicate<String> valid;
  private int size;

  /** An interner of the strings that pass a check. */
  AsciiInterner(Predicate<String> valid) {
    this.valid = valid;
  }

  /**
   * The string of the ASCII bytes {@code [from, to)}, or null if it does not pass the check. O(n)
   * for n bytes.
   */
  @Nullable String get(byte[] bytes, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + bytes[i]; // String.hashCode of ASCII text
    }
    int mask = CAPACITY - 1;
    int i = (h ^ (h >>> 16)) & mask;
    for (String s = strings[i]; s != null; s = strings[i]) {
      if (hashes[i] == h && sameText(s, bytes, from, to)) {
        return s;
      }
      i = (i + 1) & mask;
    }
    String s = new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    if (!valid.test(s)) {
      return null;
    }
    if (size < CAPACITY / 2) {
      strings[i] = s;
      hashes[i] = h;
      size++;
    }
    return s;
  }

  private static boolean sameText(String s, byte[] bytes, int from, int to) {
    if (s.length() != to - from) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) != bytes[from + k]) {
        return false;
      }
    }
    return true;
  }
}
