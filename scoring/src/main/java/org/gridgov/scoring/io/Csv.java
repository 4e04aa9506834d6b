package org.gridgov.scoring.io;

import java.util.List;

/** RFC 4180 fields of one line, and quoting for writing. */
final class Csv {
  private Csv() {}

  /**
   * Splits a line into fields: bare ones without quotes, or quoted ones with {@code ""} for a
   * quote. Returns 0, or the column (field number from 1) whose quoting is broken.
   */
  static int split(String line, List<String> out) {
    out.clear();
    int n = line.length();
    int i = 0;
    while (true) {
      int column = out.size() + 1;
      if (i < n && line.charAt(i) == '"') {
        StringBuilder sb = new StringBuilder();
        i++;
        while (true) {
          if (i >= n) {
            return column; // unclosed quote
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < n && line.charAt(i) == '"') {
              sb.append('"');
              i++;
            } else {
              break;
            }
          } else {
            sb.append(c);
          }
        }
        out.add(sb.toString());
        if (i == n) {
          return 0;
        }
        if (line.charAt(i) != ',') {
          return column; // text after the closing quote
        }
        i++;
      } else {
        int end = i;
        while (end < n) {
          char c = line.charAt(end);
          if (c == ',') {
            break;
          }
          if (c == '"') {
            return column; // a quote inside a bare field
          }
          end++;
        }
        out.add(line.substring(i, end));
        if (end == n) {
          return 0;
        }
        i = end + 1;
      }
    }
  }

  /** The field as written: quoted if it holds a comma, a quote or a line break. */
  static String quote(String field) {
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return '"' + field.replace("\"", "\"\"") + '"';
      }
    }
    return field;
  }
}
