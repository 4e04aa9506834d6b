package org.gridgov.core.io.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.gridgov.core.Location;
import org.gridgov.core.ProblemKind;
import org.jspecify.annotations.Nullable;

/**
 * Character input for every reader, the same way: byte input is strict UTF-8 (a byte that is not
 * UTF-8 fails at its exact line and column), a leading byte order mark is skipped in bytes and in
 * text alike, and input beyond the length limit fails exactly at the limit, whatever the consumer's
 * buffering. Failures are {@link IOException}s of the types below, so that they pass through
 * parsers untouched; {@link #addProblem} turns them into problems.
 */
public final class TextInput {
  private static final char BOM = '\uFEFF';
  private static final int BUFFER = 8192;

  private TextInput() {}

  /**
   * A reader of UTF-8 bytes, at most {@code maxBytes} of them.
   *
   * @param in the bytes; not closed by the reader
   * @param maxBytes the limit
   * @return the reader
   */
  public static Reader utf8(InputStream in, long maxBytes) {
    checkNotNull(in, "in");
    checkArgument(maxBytes >= 1, "maxBytes must be >= 1, got %s", maxBytes);
    return new Utf8Reader(in, maxBytes);
  }

  /**
   * A reader of at most {@code maxChars} characters that skips a leading byte order mark.
   *
   * @param in the characters; not closed by the reader
   * @param maxChars the limit
   * @return the reader
   */
  public static Reader limited(Reader in, long maxChars) {
    checkNotNull(in, "in");
    checkArgument(maxChars >= 1, "maxChars must be >= 1, got %s", maxChars);
    return new LimitedReader(in, maxChars);
  }

  /**
   * The text without a leading byte order mark.
   *
   * @param text the text
   * @return the text, or all but its first character if that is a byte order mark
   */
  public static String stripBom(String text) {
    return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
  }

  /**
   * Whether a text is well-formed UTF-16: no surrogate without its partner. A lone surrogate cannot
   * be written as UTF-8, so a value holding one could not be written back.
   *
   * @param text the text
   * @return true if every surrogate is paired
   */
  public static boolean isWellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds the problem for a failure of this class's readers: a byte that is not UTF-8 at its line
   * and column, or input too long at the location given for where reading stopped.
   *
   * @param e the failure
   * @param where where reading stopped, for input too long
   * @param problems where to add the problem
   * @return true if the failure was one of this class's, false for a failure of the source
   */
  public static boolean addProblem(IOException e, Location where, ProblemList problems) {
    if (e instanceof Malformed m) {
      problems.add(
          ProblemKind.MALFORMED_INPUT,
          Location.text(m.line(), m.column()),
          "bytes that are not UTF-8 at line " + m.line() + ", column " + m.column());
      return true;
    }
    if (e instanceof TooLong t) {
      problems.add(
          ProblemKind.INPUT_TOO_LARGE,
          where,
          "input longer than the limit of " + t.limit() + " " + t.unit());
      return true;
    }
    return false;
  }

  /**
   * Whether a failure is one of this class's (a problem of the input), not of the source.
   *
   * @param e the failure
   * @return true for {@link Malformed} and {@link TooLong}
   */
  public static boolean isInputProblem(IOException e) {
    return e instanceof Malformed || e instanceof TooLong;
  }

  /** Bytes that are not UTF-8, at a line and column of the text decoded so far. */
  public static final class Malformed extends IOException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    Malformed(int line, int column) {
      super("bytes that are not UTF-8 at line " + line + ", column " + column);
      this.line = line;
      this.column = column;
    }

    /**
     * What is wrong, for a problem's message.
     *
     * @return the description
     */
    public String description() {
      return "bytes that are not UTF-8 at line " + line + ", column " + column;
    }

    /**
     * The line, from 1.
     *
     * @return the line
     */
    public int line() {
      return line;
    }

    /**
     * The column, from 1, counted in characters.
     *
     * @return the column
     */
    public int column() {
      return column;
    }
  }

  /** Input longer than the limit. */
  public static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;
    private final long limit;
    private final String unit;

    TooLong(long limit, String unit) {
      super("input longer than the limit of " + limit + " " + unit);
      this.limit = limit;
      this.unit = unit;
    }

    /**
     * What is wrong, for a problem's message.
     *
     * @return the description
     */
    public String description() {
      return "input longer than the limit of " + limit + " " + unit;
    }

    /**
     * The limit.
     *
     * @return bytes or characters
     */
    public long limit() {
      return limit;
    }

    /**
     * The unit of the limit.
     *
     * @return {@code "bytes"} or {@code "characters"}
     */
    public String unit() {
      return unit;
    }
  }

  /** Strict UTF-8 with line tracking, so that a bad byte is reported where it is. */
  private static final class Utf8Reader extends Reader {
    private final InputStream in;
    private final long maxBytes;
    private final CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private long read;
    private boolean eof;
    private boolean done;
    private boolean first = true;
    private @Nullable IOException pending;
    private int line = 1;
    private int column;
    private boolean afterCr;

    Utf8Reader(InputStream in, long maxBytes) {
      this.in = in;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (!chars.hasRemaining()) {
        if (pending != null) {
          throw pending;
        }
        if (done) {
          return -1;
        }
        fill();
      }
      int n = Math.min(len, chars.remaining());
      chars.get(buffer, off, n);
      return n;
    }

    private void fill() throws IOException {
      if (!eof && bytes.remaining() < 4) {
        bytes.compact();
        int room = bytes.remaining();
        int r = in.read(bytes.array(), bytes.position(), (int) Math.min(room, maxBytes - read));
        if (r > 0) {
          bytes.position(bytes.position() + r);
          read += r;
        } else if (read == maxBytes && room > 0) {
          // at the limit: anything more is too much
          if (in.read() >= 0) {
            pending = new TooLong(maxBytes, "bytes");
          }
          eof = true;
        } else if (r < 0) {
          eof = true;
        }
        bytes.flip();
      }
      chars.clear();
      CoderResult result = decoder.decode(bytes, chars, eof);
      if (eof && !result.isError() && !bytes.hasRemaining()) {
        decoder.flush(chars);
        done = true;
      }
      chars.flip();
      if (first && chars.hasRemaining()) {
        first = false;
        if (chars.get(chars.position()) == BOM) {
          chars.get();
        }
      }
      track();
      if (result.isError() && pending == null) {
        pending = new Malformed(line, column + 1);
      }
    }

    private void track() {
      for (int i = chars.position(); i < chars.limit(); i++) {
        char c = chars.get(i);
        if (c == '\n') {
          if (!afterCr) {
            line++;
          }
          column = 0;
        } else if (c == '\r') {
          line++;
          column = 0;
        } else {
          column++;
        }
        afterCr = c == '\r';
      }
    }

    @Override
    public void close() {
      // the caller owns the stream
    }
  }

  /** A reader that skips a leading byte order mark and fails beyond a number of characters. */
  private static final class LimitedReader extends Reader {
    private final Reader in;
    private final long max;
    private long left;
    private boolean first = true;

    LimitedReader(Reader in, long max) {
      this.in = in;
      this.max = max;
      this.left = max;
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (first) {
        first = false;
        int c = in.read();
        if (c < 0) {
          return -1;
        }
        if (c != BOM) {
          if (left == 0) {
            throw new TooLong(max, "characters");
          }
          left--;
          buffer[off] = (char) c;
          return 1;
        }
      }
      if (left == 0) {
        if (in.read() >= 0) {
          throw new TooLong(max, "characters");
        }
        return -1;
      }
      int n = in.read(buffer, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }

    @Override
    public void close() {
      // the caller owns the stream
    }
  }
}
