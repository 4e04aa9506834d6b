package org.gridgov.scoring.io;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A fast parser of the one instant form the ballot files use: {@code
 * yyyy-MM-ddTHH:mm:ss[.fraction](Z|+HH:MM|-HH:MM)}, year 0001 to 9999, fraction of 1 to 9 digits.
 * It allocates nothing but the result and accepts exactly what {@link
 * java.time.OffsetDateTime#parse} accepts in this form.
 */
final class Timestamps {
  private Timestamps() {}

  /** The instant, or null if the text is not in the form or not a valid date and time. */
  static @Nullable Instant parse(String s) {
    int n = s.length();
    if (n < 20) {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
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
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (i < n && s.charAt(i) == '.') {
      i++;
      int start = i;
      while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
        nanos = nanos * 10 + (s.charAt(i) - '0');
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
    char sign = s.charAt(i);
    if (sign == 'Z') {
      if (i + 1 != n) {
        return null;
      }
      offset = 0;
    } else if (sign == '+' || sign == '-') {
      if (i + 6 != n || s.charAt(i + 3) != ':') {
        return null;
      }
      int oh = digits(s, i + 1, 2);
      int om = digits(s, i + 4, 2);
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

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digits(String s, int at, int count) {
    int v = 0;
    for (int i = at; i < at + count; i++) {
      char c = s.charAt(i);
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
