package org.gridgov.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.gridgov.scoring.io.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.io.FormatReader;
import org.gridgov.scoring.rating.AssessmentSet;
import org.gridgov.scoring.rating.InvalidAssessmentException;
import org.gridgov.scoring.rating.InvalidRubricException;
import org.gridgov.scoring.rating.RandomAssessments;
import org.gridgov.scoring.rating.RandomRubrics;
import org.gridgov.scoring.rating.Rubric;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutations and truncations of valid rubric and assessment files: reading gives either a
 * value or the format's documented exception, whose every problem has a location; never another
 * exception type. Sized for CI; run longer with {@code -Dgridgov.fuzz.examples=100000}.
 */
class RatingReaderFuzzProperties {
  private static final int EXAMPLES = Integer.getInteger("gridgov.fuzz.examples", 300);
  private final java.util.concurrent.atomic.AtomicInteger accepted =
      new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.atomic.AtomicInteger refused =
      new java.util.concurrent.atomic.AtomicInteger();

  private static final String[] TOKENS = {
    "{",
    "}",
    "[",
    "]",
    "\"",
    ",",
    ":",
    "null",
    "-1",
    "1e400",
    "0.001",
    "\"x\"",
    "true",
    "\u0000",
    "\"\\ud800\"",
    "99999999999999999999",
    "[]",
    "{}",
    "\"\"",
    " ",
    "0",
    "-0.5",
    "\"CAP\"",
    "1.5e2"
  };
  private static final String[] NUMBERS = {
    "-5", "0", "1e9", "0.125", "1E+2", "12345678901234567890", "-0", "5.5", "2147483648", "1e-400"
  };
  private static final String[] STRINGS = {
    "\"\"",
    "\" \"",
    "\"ATTESTED\"",
    "\"CAP\"",
    "\"x\"",
    "\"" + "长".repeat(300) + "\"",
    "\"a1\"",
    "\"2023-02-30\"",
    "\"DEMOTE\"",
    "\"SECTION_AT_LEAST\"",
    "\"org\""
  };
  private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,] ?)-?\\d+(\\.\\d+)?");
  private static final Pattern STRING = Pattern.compile("(?<=: )\"[^\"]*\"");

  static String mutate(String text, SplittableRandom r) {
    String s = text;
    int n = 1 + r.nextInt(3);
    for (int m = 0; m < n; m++) {
      if (s.isEmpty()) {
        return s;
      }
      int at = r.nextInt(s.length());
      switch (r.nextInt(7)) {
        case 0 -> s = s.substring(0, at);
        case 1 ->
            s = s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + r.nextInt(10)));
        case 2 -> s = s.substring(0, at) + TOKENS[r.nextInt(TOKENS.length)] + s.substring(at);
        case 3 -> s = replaceOne(s, NUMBER, NUMBERS[r.nextInt(NUMBERS.length)], r);
        case 4 -> s = replaceOne(s, STRING, STRINGS[r.nextInt(STRINGS.length)], r);
        case 5 -> {
          int lineStart = s.lastIndexOf('\n', at) + 1;
          int lineEnd = s.indexOf('\n', lineStart);
          String line = s.substring(lineStart, lineEnd < 0 ? s.length() : lineEnd);
          s = s.substring(0, lineStart) + line + "\n" + s.substring(lineStart);
        }
        default -> {
          // drop a random field "name": value up to the next comma
          int q = s.indexOf("\": ", at);
          int start = q < 0 ? -1 : s.lastIndexOf('"', q - 1);
          int end = q < 0 ? -1 : s.indexOf(',', q);
          if (start > 0 && end > q) {
            s = s.substring(0, start) + s.substring(end + 1);
          }
        }
      }
    }
    return s;
  }

  private static String replaceOne(String s, Pattern p, String with, SplittableRandom r) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = p.matcher(s);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.isEmpty()) {
      return s;
    }
    int[] span = spans.get(r.nextInt(spans.size()));
    return s.substring(0, span[0]) + with + s.substring(span[1]);
  }

  private <T> void readOrRefuse(
      FormatReader<T> reader, String text, byte[] bytes, Class<? extends InvalidInputException> x) {
    for (int way = 0; way < 2; way++) {
      try {
        T value = way == 0 ? reader.read(text) : reader.read(new ByteArrayInputStream(bytes));
        assertThat(value).isNotNull();
        accepted.incrementAndGet();
      } catch (InvalidInputException e) {
        refused.incrementAndGet();
        assertThat(e).isInstanceOf(x);
        assertThat(e.problems()).isNotEmpty();
        for (Problem p : e.problems()) {
          assertThat(p.location().kind()).isEqualTo(Location.Kind.JSON_PATH);
          assertThat(p.message()).isNotBlank();
        }
      } catch (IOException | RuntimeException e) {
        fail(
            "read threw "
                + e
                + " for input: "
                + (text.length() > 2000 ? text.substring(0, 2000) + "…" : text),
            e);
      }
    }
  }

  private static byte[] flip(String text, SplittableRandom r) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > 0 && r.nextInt(3) == 0) {
      bytes[r.nextInt(bytes.length)] = (byte) (r.nextBoolean() ? 0xFF : 0xC3);
    }
    return bytes;
  }

  @Test
  void mutatedRubricsAreReadOrRefusedWithLocatedProblems() {
    String bundled = BundledRubrics.json(BundledRubrics.TWO_NEW);
    qt(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              String source =
                  switch (r.nextInt(3)) {
                    case 0 -> bundled;
                    case 1 -> RubricJsonTest.SMALL;
                    default -> RubricJson.write(RandomRubrics.rubric(r.nextLong()));
                  };
              String text = mutate(source, r);
              readOrRefuse(RubricJson.reader(), text, flip(text, r), InvalidRubricException.class);
            });
    assertThat(accepted.get()).isPositive();
    assertThat(refused.get()).isGreaterThan(accepted.get());
  }

  @Test
  void mutatedAssessmentsAreReadOrRefusedWithLocatedProblems() {
    qt(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              Rubric rubric =
                  r.nextBoolean() ? BundledRubrics.twoNew() : RandomRubrics.builder(r).build();
              String source =
                  AssessmentJson.write(
                      AssessmentSet.of(RandomAssessments.round(rubric, r, 1 + r.nextInt(6), true)));
              String text = mutate(source, r);
              FormatReader<AssessmentSet> reader =
                  r.nextBoolean() ? AssessmentJson.reader(rubric) : AssessmentJson.reader();
              readOrRefuse(reader, text, flip(text, r), InvalidAssessmentException.class);
            });
    assertThat(accepted.get()).isPositive();
    assertThat(refused.get()).isPositive();
  }
}
