package org.gridgov.sla.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.sla.calendar.CalendarFormatException;
import org.gridgov.sla.calendar.HolidayTable;
import org.gridgov.sla.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

/**
 * Seeded random byte mutations and truncations of a valid holiday-cn file (2024.json) and a valid
 * calendar file: every result is either a value (a calendar that round-trips through its JSON form,
 * a holiday table) or a {@link CalendarFormatException} whose problems are all located — never
 * another exception type.
 *
 * <p>The build runs {@value #DEFAULT_ITERATIONS} mutants of each file (a few seconds). A longer
 * run: {@code mvn -B -o -pl sla -am test -Dtest=CalendarFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dgridgov.fuzz.iterations=200000}, and another seed with
 * {@code -Dgridgov.fuzz.seed=N}. A failure prints the seed, the iteration and the mutant in Base64.
 */
class CalendarFuzzTest {
  static final int DEFAULT_ITERATIONS = 1500;
  private static final int ITERATIONS =
      Integer.getInteger("gridgov.fuzz.iterations", DEFAULT_ITERATIONS);
  private static final long SEED = Long.getLong("gridgov.fuzz.seed", 20240209L);

  /** Bytes worth inserting: JSON structure, interval marks, bad UTF-8, a BOM, surrogates. */
  private static final String[] TOKENS = {
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "null",
    "true",
    "-1",
    "1e999",
    "+1",
    "24:00",
    "\\u",
    "\\ud800",
    "00:00",
    "1900-01-01",
    "2299-12-31",
    "9999",
    "\"days\"",
    "\"kind\"",
    "\n",
    " ",
    "\uFEFF"
  };

  private static final byte[][] BYTES = {
    {(byte) 0xFF},
    {(byte) 0xC3},
    {(byte) 0xE6, (byte) 0x98},
    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    {0}
  };

  private static byte[] holidayFile() throws IOException {
    try (InputStream in = CalendarFuzzTest.class.getResourceAsStream("/holiday-cn/2024.json")) {
      return in.readAllBytes();
    }
  }

  private static byte[] calendarFile() {
    String withNights =
        CalendarJsonTest.UNIT.replace(
            "\"SATURDAY\": [\"09:00-12:00\"]",
            "\"SATURDAY\": [\"09:00-12:00\"], \"SUNDAY\": [\"08:00-09:00\", \"22:00-06:00+1\"]");
    return withNights.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] mutate(byte[] input, SplittableRandom r) {
    byte[] b = input;
    int mutations = 1 + r.nextInt(4);
    for (int m = 0; m < mutations; m++) {
      int at = b.length == 0 ? 0 : r.nextInt(b.length);
      switch (r.nextInt(6)) {
        case 0 -> {
          if (b.length > 0) {
            b = b.clone();
            b[at] = (byte) r.nextInt(256);
          }
        }
        case 1 -> {
          int end = Math.min(b.length, at + 1 + r.nextInt(16));
          b = splice(b, at, end, new byte[0]);
        }
        case 2 ->
            b =
                splice(
                    b, at, at, TOKENS[r.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
        case 3 -> b = splice(b, at, at, BYTES[r.nextInt(BYTES.length)]);
        case 4 -> {
          int end = Math.min(b.length, at + 1 + r.nextInt(64));
          byte[] chunk = java.util.Arrays.copyOfRange(b, at, end);
          b = splice(b, end, end, chunk);
        }
        default -> b = java.util.Arrays.copyOf(b, at); // truncation
      }
    }
    return b;
  }

  private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
    byte[] out = new byte[b.length - (to - from) + insert.length];
    System.arraycopy(b, 0, out, 0, from);
    System.arraycopy(insert, 0, out, from, insert.length);
    System.arraycopy(b, to, out, from + insert.length, b.length - to);
    return out;
  }

  private enum Outcome {
    VALUE,
    REFUSED
  }

  @Test
  void mutatedHolidayCnFilesGiveATableOrLocatedProblems() throws IOException {
    Map<Outcome, Integer> outcomes = run(holidayFile(), true);
    assertThat(outcomes.get(Outcome.REFUSED)).isPositive();
    assertThat(outcomes.get(Outcome.VALUE)).isPositive();
  }

  @Test
  void mutatedCalendarFilesRoundTripOrGiveLocatedProblems() throws IOException {
    Map<Outcome, Integer> outcomes = run(calendarFile(), false);
    assertThat(outcomes.get(Outcome.REFUSED)).isPositive();
    assertThat(outcomes.get(Outcome.VALUE)).isPositive();
  }

  private static Map<Outcome, Integer> run(byte[] valid, boolean holidays) throws IOException {
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    outcomes.put(Outcome.VALUE, 0);
    outcomes.put(Outcome.REFUSED, 0);
    SplittableRandom random = new SplittableRandom(SEED ^ (holidays ? 1 : 2));
    for (int i = 0; i < ITERATIONS; i++) {
      byte[] mutant = mutate(valid, random.split());
      try {
        if (holidays) {
          HolidayTable table = HolidayCn.reader().read(new ByteArrayInputStream(mutant));
          assertThat(table.validity()).isPresent();
        } else {
          WorkingCalendar calendar = CalendarJson.reader().read(new ByteArrayInputStream(mutant));
          String json = CalendarJson.toJson(calendar);
          assertThat(CalendarJson.reader().read(json)).isEqualTo(calendar);
        }
        outcomes.merge(Outcome.VALUE, 1, Integer::sum);
      } catch (CalendarFormatException e) {
        outcomes.merge(Outcome.REFUSED, 1, Integer::sum);
        assertThat(e.problems()).isNotEmpty();
        assertThat(String.valueOf(e.getMessage())).hasSizeLessThan(40_000);
        for (Problem p : e.problems()) {
          assertLocated(p, mutant, i);
        }
      } catch (RuntimeException | AssertionError e) {
        fail(
            "seed "
                + SEED
                + ", iteration "
                + i
                + ": "
                + e
                + " for the mutant (Base64) "
                + Base64.getEncoder().encodeToString(mutant),
            e);
      }
    }
    return outcomes;
  }

  private static void assertLocated(Problem p, byte[] mutant, int iteration) {
    Location at = p.location();
    boolean located =
        at.kind() == Location.Kind.JSON_PATH
            || (at.kind() == Location.Kind.TEXT && p.kind() == ProblemKind.MALFORMED_INPUT);
    if (p.kind() == ProblemKind.MALFORMED_INPUT && at instanceof Location.JsonPath path) {
      located &= path.line() > 0;
    }
    if (!located) {
      fail(
          "seed "
              + SEED
              + ", iteration "
              + iteration
              + ": problem without a usable location "
              + p
              + " for the mutant (Base64) "
              + Base64.getEncoder().encodeToString(mutant));
    }
  }
}
