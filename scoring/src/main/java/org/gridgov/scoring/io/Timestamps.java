package org.gridgov.scoring.io;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A fast parser of the one instant form the ballot files use: {@code
 * yyyy-MM-ddTHH:mm:ss[.fraction](Z|+HH:MM|-HH:MM)}, year 0001 to 9999, fraction of 1 to 9 digits.
 * It reads ASCII bytes (the ballot CSV's fast path reads lines as bytes), allocates nothing but the
 * result and accepts exactly what {@link java.time.OffsetDateTime#parse} accepts in this form.
 */
final class Timestamps {
  private Timestamps() {}

  /** The instant, or null if the text is not in the form or not a valid date and time. */
  static @Nullable Instant parse(String text) {
    // a character beyond Latin-1 becomes '?', which has no place in the form either
    byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
    return parse(b, 0, b.length);
  }

  /**
   * The instant written in bytes {@code [from, to)} of an array, or null if they are not in the
   * form or not a valid date and time.
   */
  static @Nullable Instant parse(byte[] b, int from, int to) {
    int n = to - from;
    if (n < 20) {
      return null;
    }
    int year = digits(b, from, 4);
    int month = digits(b, from + 5, 2);
    int day = digits(b, from + 8, 2);
    int hour = digits(b, from + 11, 2);
    int minute = digits(b, from + 14, 2);
    int second = digits(b, from + 17, 2);
    if (year < 1
        || month < 1
        || month > 12
        || day < 1
        || day > length(year, month)
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59
        || at(b, from + 4) != '-'
        || at(b, from + 7) != '-'
        || at(b, from + 10) != 'T'
        || at(b, from + 13) != ':'
        || at(b, from + 16) != ':') {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (i < n && at(b, from + i) == '.') {
      i++;
      int start = i;
      while (i < n && i - start < 9 && isDigit(at(b, from + i))) {
        nanos = nanos * 10 + (at(b, from + i) - '0');
        i++;
      }
      int count = i - start;
      if (count == 0) {
        return null;
      }
      for (int k = count; k < 9; k++) {
        nanos *= 10;
      }
    }
    if (i >= n) {
      return null;
    }
    int offset;
    char sign = at(b, from + i);
    if (sign == 'Z') {
      if (i + 1 != n) {
        return null;
      }
      offset = 0;
    } else if (sign == '+' || sign == '-') {
      if (i + 6 != n || at(b, from + i + 3) != ':') {
        return null;
      }
      int oh = digits(b, from + i + 1, 2);
      int om = digits(b, from + i + 4, 2);
      if (oh < 0 || om < 0 || om > 59 || oh > 18 || (oh == 18 && om > 0)) {
        return null;
      }
      offset = (oh * 3600 + om * 60) * (sign == '-' ? -1 : 1);
    } else {
      return null;
    }
    long seconds =
        epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second - offset;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /** The byte at an index as a character of Latin-1. */
  private static char at(byte[] b, int i) {
    return (char) (b[i] & 0xff);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digits(byte[] b, int at, int count) {
    int v = 0;
    for (int i = at; i < at + count; i++) {
      char c = at(b, i);
      if (!isDigit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static int length(int year, int month) {
    boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return switch (month) {
      case 2 -> leap ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days from 1970-01-01 (H. Hinnant's days_from_civil). */
  private static long epochDay(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }
}
