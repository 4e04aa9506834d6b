package org.gridgov.core.io.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits one line of CSV by RFC 4180: a field is either bare (no quotes inside) or quoted, with
 * {@code ""} for a quote and commas allowed inside; a quoted field may not span lines, so an
 * unclosed quote is a problem of its own line instead of swallowing the rest of the file.
 */
public final class CsvFields {
  private CsvFields() {}

  /** Where a line's quoting is broken. */
  @FunctionalInterface
  public interface Broken {
    /**
     * Reports broken quoting.
     *
     * @param field the field's position in the row, from 0
     * @param message what is wrong
     */
    void at(int field, String message);
  }

  /**
   * The fields of a line, or null after reporting broken quoting.
   *
   * @param line the line without its line end
   * @param expected how many fields are usual (a capacity hint)
   * @param broken where broken quoting is reported
   * @return the fields
   */
  public static @Nullable List<String> split(String line, int expected, Broken broken) {
    List<String> out = new ArrayList<>(expected);
    StringBuilder quoted = new StringBuilder();
    int length = line.length();
    int i = 0;
    while (true) {
      int field = out.size();
      if (i < length && line.charAt(i) == '"') {
        quoted.setLength(0);
        i++;
        while (true) {
          if (i >= length) {
            broken.at(
                field,
                "the quoted field is not closed on its line (a quoted field cannot span lines)");
            return null;
          }
          char c = line.charAt(i++);
          if (c != '"') {
            quoted.append(c);
          } else if (i < length && line.charAt(i) == '"') {
            quoted.append('"');
            i++;
          } else {
            break;
          }
        }
        out.add(quoted.toString());
        if (i == length) {
          return out;
        }
        if (line.charAt(i) != ',') {
          broken.at(
              field,
              "unexpected "
                  + JsonCursor.quote(String.valueOf(line.charAt(i)))
                  + " after the closing quote, at character "
                  + (i + 1));
          return null;
        }
        i++;
      } else {
        int comma = line.indexOf(',', i);
        int end = comma < 0 ? length : comma;
        int quote = line.indexOf('"', i);
        if (quote >= 0 && quote < end) {
          broken.at(
              field,
              "a quote inside an unquoted field, at character "
                  + (quote + 1)
                  + " (quote the whole field and double the quotes inside)");
          return null;
        }
        out.add(line.substring(i, end));
        if (comma < 0) {
          return out;
        }
        i = comma + 1;
      }
    }
  }
}
