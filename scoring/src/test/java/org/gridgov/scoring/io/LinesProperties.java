package org.gridgov.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.gridgov.core.Problem;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * The byte line splitter against a slow one that splits the whole input at once: the same lines and
 * the same bad lines at the same places, whether the input comes in one read or in reads of a few
 * bytes (so that lines, CRLF pairs, multi-byte characters and the byte order mark straddle reads).
 */
class LinesProperties {
  private static final byte[][] PIECES = {
    bytes("a"),
    bytes("bc,d"),
    bytes("\""),
    bytes("网格"),
    bytes("\uD83D\uDE00"),
    {(byte) 0xff},
    {(byte) 0xc3},
    {(byte) 0xe7, (byte) 0xbd},
  };
  private static final String[] ENDS = {"\n", "\r\n", "\r"};

  private static QuickTheory qt() {
    double scale = Double.parseDouble(System.getProperty("gridgov.examples.scale", "1"));
    return QuickTheory.qt()
        .withFixedSeed(20221210L)
        .withExamples(Math.max(1, (int) (2000 * scale)));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] input(Random r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (r.nextInt(4) == 0) {
      out.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
    }
    int lines = r.nextInt(12);
    for (int l = 0; l < lines; l++) {
      int pieces = r.nextInt(4) == 0 ? 0 : r.nextInt(12);
      for (int p = 0; p < pieces; p++) {
        byte[] piece = PIECES[r.nextInt(r.nextInt(3) == 0 ? PIECES.length : 5)];
        out.writeBytes(piece);
      }
      if (l < lines - 1 || r.nextBoolean()) {
        out.writeBytes(bytes(ENDS[r.nextInt(ENDS.length)]));
      }
    }
    return out.toByteArray();
  }

  /** An input stream that gives at most a few bytes per read. */
  private static InputStream trickle(byte[] b, Random r) {
    return new ByteArrayInputStream(b) {
      @Override
      public synchronized int read(byte[] into, int off, int len) {
        return super.read(into, off, Math.min(len, 1 + r.nextInt(7)));
      }
    };
  }

  private static final class Recorder implements Lines.Sink {
    final List<String> events = new ArrayList<>();

    @Override
    public void line(String text, int number) {
      events.add(number + ": " + text);
    }

    @Override
    public void bad(Problem problem) {
      events.add(problem.kind() + " at " + problem.location());
    }
  }

  private static List<String> split(InputStream in, int maxChars) {
    Recorder r = new Recorder();
    try {
      int n = Lines.bytes(in, Long.MAX_VALUE, maxChars, r);
      r.events.add("lines " + n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Lines.TooLong e) {
      throw new AssertionError(e);
    }
    return r.events;
  }

  /** The obvious splitter: the whole input in memory, each line decoded on its own. */
  private static List<String> slowSplit(byte[] b, int maxChars) {
    List<String> out = new ArrayList<>();
    int i =
        b.length >= 3 && b[0] == (byte) 0xef && b[1] == (byte) 0xbb && b[2] == (byte) 0xbf ? 3 : 0;
    int number = 0;
    int start = i;
    while (i < b.length) {
      if (b[i] == '\n' || b[i] == '\r') {
        number++;
        out.add(slowLine(Arrays.copyOfRange(b, start, i), number, maxChars));
        if (b[i] == '\r' && i + 1 < b.length && b[i + 1] == '\n') {
          i++;
        }
        start = i + 1;
      }
      i++;
    }
    if (start < b.length) {
      number++;
      out.add(slowLine(Arrays.copyOfRange(b, start, b.length), number, maxChars));
    }
    out.add("lines " + number);
    return out;
  }

  private static String slowLine(byte[] line, int number, int maxChars) {
    String tooLong = "INPUT_TOO_LARGE at line " + number;
    if (line.length > 4L * maxChars + 4) {
      return tooLong;
    }
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars = CharBuffer.allocate(line.length + 1);
    CoderResult result = d.decode(ByteBuffer.wrap(line), chars, true);
    if (result.isError()) {
      return "MALFORMED_INPUT at line " + number + ", column " + (chars.position() + 1);
    }
    String text = chars.flip().toString();
    return text.length() > maxChars ? tooLong : number + ": " + text;
  }

  @Test
  void linesAreTheSameInOneReadOrManyAsInTheObviousSplit() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              byte[] b = input(r);
              int maxChars = 1 + r.nextInt(20);
              List<String> expected = slowSplit(b, maxChars);
              assertThat(split(new ByteArrayInputStream(b), maxChars)).isEqualTo(expected);
              assertThat(split(trickle(b, r), maxChars)).isEqualTo(expected);
            });
  }

  @Test
  void aLineLongerThanTheBufferIsReadWholeOrReportedAsTooLong() {
    byte[] row = bytes("网".repeat(40_000));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bytes("first\r"));
    out.writeBytes(row);
    out.writeBytes(bytes("\r\nlast"));
    byte[] b = out.toByteArray();
    assertThat(split(new ByteArrayInputStream(b), 40_000))
        .containsExactly("1: first", "2: " + "网".repeat(40_000), "3: last", "lines 3")
        .isEqualTo(slowSplit(b, 40_000));
    assertThat(split(new ByteArrayInputStream(b), 39_999))
        .containsExactly("1: first", "INPUT_TOO_LARGE at line 2", "3: last", "lines 3")
        .isEqualTo(slowSplit(b, 39_999));
    assertThat(split(new ByteArrayInputStream(b), 1000))
        .containsExactly("1: first", "INPUT_TOO_LARGE at line 2", "3: last", "lines 3");
  }
}
