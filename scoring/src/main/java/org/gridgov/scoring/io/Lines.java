package org.gridgov.scoring.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.internal.LineInput;
import org.gridgov.core.io.internal.TextInput;

/**
 * Lines of a streamed text input, one at a time, each decoded on its own: a line with bytes that
 * are not UTF-8, or longer than the limit, is reported as a bad line at its line and column and the
 * next line is read as usual, so that one bad line never spoils the rest. Lines end with LF, CRLF
 * or a lone CR; a leading byte order mark is skipped. Memory: one buffer and one line.
 */
final class Lines {
  private static final int BUFFER = 1 << 16;

  /** Where lines go. */
  interface Sink {
    /**
     * A line, without its end.
     *
     * @param text the line
     * @param number its number, from 1
     */
    void line(String text, int number);

    /**
     * A line that cannot be read: bytes that are not UTF-8, or too long.
     *
     * @param problem what and where
     */
    void bad(Problem problem);

    /**
     * Offers a line of ASCII bytes, within the length limit, before it is made a string: a format
     * with a fast path takes the lines it can read from the bytes and leaves the rest to {@link
     * #line}, which must then give the same result.
     *
     * @param bytes the bytes, not to be kept
     * @param from where the line starts
     * @param length its length in bytes (and characters)
     * @param number its number, from 1
     * @return true if taken; false to have the line passed to {@link #line}
     */
    default boolean ascii(byte[] bytes, int from, int length, int number) {
      return false;
    }
  }

  /** The input is longer than its limit: reading stopped at a line. */
  static final class TooLong extends Exception {
    private static final long serialVersionUID = 1L;
    final long limit;
    final int line;

    TooLong(long limit, int line) {
      super("input longer than the limit of " + limit, null, false, false);
      this.limit = limit;
      this.line = line;
    }
  }

  private Lines() {}

  /** Reads UTF-8 lines of bytes. Returns the number of lines. */
  static int bytes(InputStream in, long maxBytes, int maxChars, Sink sink)
      throws IOException, TooLong {
    byte[] buf = new byte[BUFFER];
    int maxLineBytes = (int) Math.min(Integer.MAX_VALUE - 16, 4L * maxChars + 4);
    // a line that spans two reads of the buffer is gathered here
    byte[] carry = new byte[256];
    int carried = 0;
    boolean carryCut = false;
    boolean afterCr = false;
    boolean first = true;
    int number = 0;
    long total = 0;
    CharsetDecoder decoder = decoder();
    while (true) {
      int n = in.read(buf, 0, buf.length);
      if (first) {
        // the byte order mark may come in more than one read
        first = false;
        while (n >= 0 && n < 3) {
          int more = in.read(buf, n, buf.length - n);
          if (more < 0) {
            break;
          }
          n += more;
        }
      }
      if (n < 0) {
        break;
      }
      total += n;
      if (total > maxBytes) {
        throw new TooLong(maxBytes, number + 1);
      }
      int i = 0;
      if (total == n
          && n >= 3
          && (buf[0] & 0xff) == 0xef
          && (buf[1] & 0xff) == 0xbb
          && (buf[2] & 0xff) == 0xbf) {
        i = 3;
      }
      if (afterCr && i < n && buf[i] == '\n') {
        i++;
      }
      afterCr = false;
      int lineStart = i;
      while (i < n) {
        // eight bytes at a time up to a line end
        while (i + 8 <= n && !hasLineEnd((long) WORDS.get(buf, i))) {
          i += 8;
        }
        if (i >= n) {
          break;
        }
        byte b = buf[i];
        if (b != '\n' && b != '\r') {
          i++;
          continue;
        }
        number++;
        if (carried > 0 || carryCut) {
          int length = i - lineStart;
          if (!carryCut && carried + length <= maxLineBytes) {
            carry = ensure(carry, carried + length);
            System.arraycopy(buf, lineStart, carry, carried, length);
            emit(carry, 0, carried + length, false, number, maxChars, decoder, sink);
          } else {
            emit(carry, 0, 0, true, number, maxChars, decoder, sink);
          }
          carried = 0;
          carryCut = false;
        } else {
          int length = i - lineStart;
          emit(buf, lineStart, length, length > maxLineBytes, number, maxChars, decoder, sink);
        }
        i++;
        if (b == '\r') {
          if (i < n) {
            if (buf[i] == '\n') {
              i++;
            }
          } else {
            afterCr = true;
          }
        }
        lineStart = i;
      }
      int rest = n - lineStart;
      if (rest > 0) {
        if (carryCut || carried + rest > maxLineBytes) {
          carryCut = true;
          carried = 0;
        } else {
          carry = ensure(carry, carried + rest);
          System.arraycopy(buf, lineStart, carry, carried, rest);
          carried += rest;
        }
      }
    }
    if (carried > 0 || carryCut) {
      number++;
      emit(carry, 0, carried, carryCut, number, maxChars, decoder, sink);
    }
    return number;
  }

  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101_0101_0101_0101L;
  private static final long HIGHS = 0x8080_8080_8080_8080L;

  /** Whether a word of eight bytes holds a LF or a CR (the classic zero-byte test). */
  private static boolean hasLineEnd(long w) {
    long lf = w ^ (ONES * '\n');
    long cr = w ^ (ONES * '\r');
    return ((((lf - ONES) & ~lf) | ((cr - ONES) & ~cr)) & HIGHS) != 0;
  }

  private static byte[] ensure(byte[] array, int length) {
    return length <= array.length
        ? array
        : Arrays.copyOf(array, Math.max(length, 2 * array.length));
  }

  private static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static void emit(
      byte[] bytes,
      int from,
      int length,
      boolean cut,
      int number,
      int maxChars,
      CharsetDecoder decoder,
      Sink sink) {
    if (cut) {
      sink.bad(tooLong(number, maxChars));
      return;
    }
    boolean ascii = true;
    int i = from;
    for (; i + 8 <= from + length && ascii; i += 8) {
      ascii = ((long) WORDS.get(bytes, i) & HIGHS) == 0;
    }
    for (; i < from + length && ascii; i++) {
      ascii = bytes[i] >= 0;
    }
    String text;
    if (ascii) {
      if (length <= maxChars && sink.ascii(bytes, from, length, number)) {
        return;
      }
      text = new String(bytes, from, length, StandardCharsets.ISO_8859_1);
    } else {
      try {
        text = decoder.reset().decode(ByteBuffer.wrap(bytes, from, length)).toString();
      } catch (CharacterCodingException e) {
        int column = badColumn(bytes, from, length, decoder);
        sink.bad(
            new Problem(
                ProblemKind.MALFORMED_INPUT,
                Location.text(number, column),
                "bytes that are not UTF-8 at line " + number + ", column " + column));
        return;
      }
    }
    if (text.length() > maxChars) {
      sink.bad(tooLong(number, maxChars));
      return;
    }
    sink.line(text, number);
  }

  /** The column (in characters, from 1) where decoding fails. */
  private static int badColumn(byte[] line, int from, int length, CharsetDecoder decoder) {
    decoder.reset();
    ByteBuffer in = ByteBuffer.wrap(line, from, length);
    CharBuffer out = CharBuffer.allocate(length + 1);
    CoderResult r = decoder.decode(in, out, true);
    return r.isError() ? out.position() + 1 : length + 1;
  }

  private static Problem tooLong(int number, int maxChars) {
    return new Problem(
        ProblemKind.INPUT_TOO_LARGE,
        Location.line(number),
        "line " + number + " is longer than the limit of " + maxChars + " characters");
  }

  /** Reads lines of characters. Returns the number of lines. */
  static int chars(Reader in, long maxChars, int maxLine, Sink sink) throws IOException, TooLong {
    LineInput lines = new LineInput(TextInput.limited(in, maxChars), maxLine);
    try {
      for (String text = lines.next(); text != null; text = lines.next()) {
        if (lines.wasCut()) {
          sink.bad(tooLong(lines.number(), maxLine));
        } else {
          sink.line(text, lines.number());
        }
      }
    } catch (TextInput.TooLong e) {
      throw new TooLong(maxChars, lines.number() + 1);
    }
    return lines.number();
  }
}
