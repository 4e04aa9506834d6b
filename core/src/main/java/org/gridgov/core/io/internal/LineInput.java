package org.gridgov.core.io.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Lines of a text, one at a time, with their numbers and a limit on their length: a line longer
 * than the limit is returned cut, with {@link #wasCut()} set, and the rest of it skipped, so that
 * memory stays bounded. Lines end with LF, CRLF or a lone CR. Not thread-safe.
 */
public final class LineInput {
  private final Reader in;
  private final int maxLength;
  private final char[] buffer = new char[8192];
  private int pos;
  private int end;
  private int number;
  private boolean cut;
  private boolean afterCr;
  private final StringBuilder line = new StringBuilder();

  /**
   * Lines of a reader.
   *
   * @param in the text, usually from {@link TextInput}
   * @param maxLength the longest line kept, at least 1
   */
  public LineInput(Reader in, int maxLength) {
    checkArgument(maxLength >= 1, "maxLength must be >= 1, got %s", maxLength);
    this.in = checkNotNull(in, "in");
    this.maxLength = maxLength;
  }

  /**
   * The next line without its line end, or null at the end of the text.
   *
   * @return the line
   * @throws IOException if the source fails, or with {@link TextInput}'s failures
   */
  public @Nullable String next() throws IOException {
    line.setLength(0);
    cut = false;
    boolean any = false;
    while (true) {
      if (pos == end) {
        end = in.read(buffer, 0, buffer.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          if (!any) {
            return null;
          }
          number++;
          return line.toString();
        }
      }
      char c = buffer[pos++];
      if (c == '\n' && afterCr) {
        afterCr = false;
        continue;
      }
      afterCr = c == '\r';
      if (c == '\n' || c == '\r') {
        number++;
        return line.toString();
      }
      any = true;
      if (line.length() < maxLength) {
        line.append(c);
      } else {
        cut = true;
      }
    }
  }

  /**
   * The number of the line last returned, from 1.
   *
   * @return the number, 0 before the first
   */
  public int number() {
    return number;
  }

  /**
   * Whether the line last returned was longer than the limit and was cut.
   *
   * @return true if cut
   */
  public boolean wasCut() {
    return cut;
  }
}
