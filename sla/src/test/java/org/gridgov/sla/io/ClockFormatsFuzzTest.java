package org.gridgov.sla.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.sla.calendar.ChinaHolidays;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.clock.InvalidEventLogException;
import org.gridgov.sla.clock.InvalidPolicyException;
import org.gridgov.sla.clock.PolicyPresets;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutations and truncations of valid policy and event files: every read gives a value or the
 * format's documented exception with located problems, never another exception type.
 */
class ClockFormatsFuzzTest {
  private static final long SEED = 20221210L;
  private static final int ROUNDS = 1500;
  private static final String[] TOKENS = {
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "\"",
    "null",
    "true",
    "-1",
    "1e999",
    "0.5",
    "\"PT\"",
    "\"P0D\"",
    "\"\\ud800\"",
    "\"RESOLVED\"",
    "\"\"",
    " ",
    "\u0000",
    "三",
    "99999999999999999999"
  };

  static String mutate(String text, SplittableRandom r) {
    StringBuilder sb = new StringBuilder(text);
    int edits = 1 + r.nextInt(3);
    for (int i = 0; i < edits && sb.length() > 0; i++) {
      int at = r.nextInt(sb.length());
      switch (r.nextInt(5)) {
        case 0 -> sb.setLength(at); // truncate
        case 1 -> sb.deleteCharAt(at);
        case 2 -> sb.insert(at, TOKENS[r.nextInt(TOKENS.length)]);
        case 3 -> {
          int end = Math.min(sb.length(), at + 1 + r.nextInt(40));
          sb.insert(r.nextInt(sb.length()), sb.substring(at, end)); // duplicate a piece
        }
        default -> {
          int end = Math.min(sb.length(), at + 1 + r.nextInt(20));
          sb.replace(at, end, TOKENS[r.nextInt(TOKENS.length)]);
        }
      }
    }
    return sb.toString();
  }

  private static void located(InvalidInputException e) {
    assertThat(e.problems()).isNotEmpty();
    for (Problem p : e.problems()) {
      Location at = p.location();
      assertThat(at.kind())
          .isIn(Location.Kind.JSON_PATH, Location.Kind.TEXT, Location.Kind.IN_SOURCE);
    }
  }

  @Test
  void mutatedPolicyFilesGiveATableOrInvalidPolicyException() {
    List<String> seeds = new ArrayList<>();
    for (String name : PolicyPresets.names()) {
      seeds.add(PolicyJson.toJson(PolicyPresets.byName(name).orElseThrow()));
    }
    SplittableRandom r = new SplittableRandom(SEED);
    for (int i = 0; i < ROUNDS; i++) {
      String text = mutate(seeds.get(r.nextInt(seeds.size())), r);
      try {
        assertThat(PolicyJson.reader().read(text)).isNotNull();
      } catch (InvalidPolicyException e) {
        located(e);
      } catch (RuntimeException e) {
        fail("round " + i + " (seed " + SEED + "): " + e + " for\n" + text, e);
      }
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      if (bytes.length > 0) {
        bytes[r.nextInt(bytes.length)] = (byte) (0x80 | r.nextInt(0x80));
      }
      try {
        assertThat(PolicyJson.reader().read(new ByteArrayInputStream(bytes))).isNotNull();
      } catch (InvalidPolicyException e) {
        located(e);
      } catch (RuntimeException | IOException e) {
        fail("round " + i + " bytes: " + e, e);
      }
    }
  }

  @Test
  void mutatedEventFilesGiveEventsOrInvalidEventLogException() {
    String doc = CaseEventJson.toJson(CaseEventJsonTest.events(), ChinaHolidays.ZONE);
    StringBuilder lines = new StringBuilder();
    for (CaseEvent e : CaseEventJsonTest.events()) {
      lines.append(CaseEventJson.toJsonLine(e, ChinaHolidays.ZONE)).append('\n');
    }
    SplittableRandom r = new SplittableRandom(SEED + 1);
    for (int i = 0; i < ROUNDS; i++) {
      String text = mutate(doc, r);
      try {
        assertThat(CaseEventJson.reader().read(text)).isNotNull();
      } catch (InvalidEventLogException e) {
        located(e);
      } catch (RuntimeException e) {
        fail("round " + i + " (seed " + SEED + "): " + e + " for\n" + text, e);
      }
      String jsonl = mutate(lines.toString(), r);
      List<CaseEvent> got = new ArrayList<>();
      try {
        CaseEventJson.reader().forEachLine(new StringReader(jsonl), got::add);
      } catch (InvalidEventLogException e) {
        located(e);
      } catch (RuntimeException | IOException e) {
        fail("round " + i + " lines: " + e + " for\n" + jsonl, e);
      }
      byte[] bytes = jsonl.getBytes(StandardCharsets.UTF_8);
      if (bytes.length > 0) {
        bytes[r.nextInt(bytes.length)] = (byte) 0xFF;
      }
      try {
        CaseEventJson.reader().forEachLine(new ByteArrayInputStream(bytes), got::add);
      } catch (InvalidEventLogException e) {
        located(e);
      } catch (RuntimeException | IOException e) {
        fail("round " + i + " bytes: " + e, e);
      }
    }
  }
}
