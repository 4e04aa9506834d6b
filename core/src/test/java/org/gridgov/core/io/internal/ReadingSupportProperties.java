package org.gridgov.core.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gridgov.core.Location;
import org.gridgov.core.ProblemKind;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * The rules of the reading support as properties against obvious oracles: lines are split at {@code
 * \n}, {@code \r\n} and {@code \r} exactly as a whole-text split does, however the source delivers
 * its characters, and cut to the limit with the cut reported; a problem list keeps the first
 * problems up to its cap in order and counts every one.
 */
class ReadingSupportProperties {
  private static final double SCALE =
      Double.parseDouble(System.getProperty("gridgov.examples.scale", "1"));
  private static final String[] PIECES = {"a", "bc", "中文", "\n", "\r", "\r\n", "\n\n", " "};

  private static QuickTheory qt() {
    return QuickTheory.qt()
        .withFixedSeed(20221210L)
        .withExamples(Math.max(1, (int) Math.round(500 * SCALE)));
  }

  private static String text(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(40);
    for (int i = 0; i < n; i++) {
      b.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  /** The oracle: split the whole text; a line end at the very end opens no further line. */
  private static List<String> oracleLines(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        lines.add(line.toString());
        line.setLength(0);
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        line.append(c);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** A reader that hands out at most {@code chunk} characters per read. */
  private static Reader trickle(String text, int chunk) {
    return new Reader() {
      private final StringReader in = new StringReader(text);

      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        return in.read(buf, off, Math.min(len, chunk));
      }

      @Override
      public void close() {
        in.close();
      }
    };
  }

  @Test
  void linesAreSplitAsTheWholeTextIsAndCutToTheLimit() {
    qt().forAll(longs().all(), integers().between(1, 7), integers().between(1, 6))
        .checkAssert(
            (seed, chunk, maxLength) -> {
              String text = text(seed);
              List<String> expected = oracleLines(text);
              LineInput in = new LineInput(trickle(text, chunk), maxLength);
              try {
                for (int i = 0; i < expected.size(); i++) {
                  String whole = expected.get(i);
                  String line = in.next();
                  assertThat(line)
                      .as("line %s of %s", i + 1, text)
                      .isEqualTo(whole.substring(0, Math.min(whole.length(), maxLength)));
                  assertThat(in.number()).isEqualTo(i + 1);
                  assertThat(in.wasCut()).isEqualTo(whole.length() > maxLength);
                }
                assertThat(in.next()).as("after the last line of %s", text).isNull();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void aProblemListKeepsTheFirstUpToItsCapAndCountsEveryOne() {
    qt().forAll(integers().between(1, 20), integers().between(0, 60))
        .checkAssert(
            (cap, added) -> {
              ProblemList problems = new ProblemList(cap);
              for (int i = 0; i < added; i++) {
                problems.add(ProblemKind.INVALID_VALUE, Location.text(i + 1, 1), "p" + i);
              }
              int kept = Math.min(cap, added);
              assertThat(problems.count()).isEqualTo((long) added);
              assertThat(problems.omitted()).isEqualTo((long) (added - kept));
              assertThat(problems.kept()).hasSize(kept);
              for (int i = 0; i < kept; i++) {
                assertThat(problems.kept().get(i).message()).isEqualTo("p" + i);
              }
              assertThat(problems.isFull()).isEqualTo(added >= cap);
              assertThat(problems.isEmpty()).isEqualTo(added == 0);
            });
  }
}
