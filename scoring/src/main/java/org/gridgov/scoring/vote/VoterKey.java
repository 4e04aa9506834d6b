package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.Immutable;

/**
 * An opaque voter key (投票人标识): 128 bits that stand for one voter without naming them. The caps of a
 * round (votes per voter per day, per candidate per day, the minimum interval) apply per key.
 * {@link VoterKeys} derives keys from a phone or ID number with a keyed hash so that no raw
 * personal data needs to be kept; a platform with its own account ids derives them from those.
 *
 * <pre>{@code
 * VoterKey key = VoterKey.parse("3f2a9c0d41e87b6655aa01c2e9d4f870");
 * key.toString();   // the same 32 lowercase hex digits
 * key.bucket();     // 0..1023, the voter's bucket of the count and its audit chain
 * }</pre>
 *
 * <p>Keys compare as unsigned 128-bit numbers, {@link #high()} first.
 *
 * @param high the first 64 bits
 * @param low the last 64 bits
 */
@Immutable
public record VoterKey(long high, long low) implements Comparable<VoterKey> {
  /** How many buckets the count and its audit chains are split into: {@value}. */
  public static final int BUCKETS = 1024;

  /** The length of the text form: {@value} hex digits. */
  public static final int TEXT_LENGTH = 32;

  /**
   * A key from its bits.
   *
   * @param high the first 64 bits
   * @param low the last 64 bits
   * @return the key
   */
  public static VoterKey of(long high, long low) {
    return new VoterKey(high, low);
  }

  /**
   * Parses the text form: exactly {@value #TEXT_LENGTH} hex digits (upper or lower case).
   *
   * @param text the text
   * @return the key
   * @throws IllegalArgumentException if the text is not 32 hex digits, quoting it
   */
  public static VoterKey parse(String text) {
    checkNotNull(text, "text");
    checkArgument(
        isKey(text),
        "a voter key is %s hex digits, got \"%s\"",
        TEXT_LENGTH,
        text.length() > 40 ? text.substring(0, 40) + "…" : text);
    return new VoterKey(hex(text, 0), hex(text, 16));
  }

  /**
   * Whether a text is a voter key's text form.
   *
   * @param text the text
   * @return true for exactly 32 hex digits
   */
  public static boolean isKey(String text) {
    if (text.length() != TEXT_LENGTH) {
      return false;
    }
    for (int i = 0; i < TEXT_LENGTH; i++) {
      if (digit(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static long hex(String text, int from) {
    long v = 0;
    for (int i = from; i < from + 16; i++) {
      v = (v << 4) | digit(text.charAt(i));
    }
    return v;
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /**
   * The voter's bucket, {@code 0} to {@value #BUCKETS}{@code - 1}: the first ten bits of the key. A
   * count split across machines keeps each bucket whole, and each bucket has its own audit chain.
   *
   * @return the bucket
   */
  public int bucket() {
    return (int) (high >>> 54);
  }

  /**
   * The 32 lowercase hex digits.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    char[] out = new char[TEXT_LENGTH];
    put(out, 0, high);
    put(out, 16, low);
    return new String(out);
  }

  private static void put(char[] out, int at, long v) {
    for (int i = 15; i >= 0; i--) {
      out[at + i] = Character.forDigit((int) (v & 0xf), 16);
      v >>>= 4;
    }
  }

  @Override
  public int compareTo(VoterKey o) {
    int c = Long.compareUnsigned(high, o.high);
    return c != 0 ? c : Long.compareUnsigned(low, o.low);
  }
}
