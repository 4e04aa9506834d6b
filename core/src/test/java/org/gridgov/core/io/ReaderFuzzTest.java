package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.gridgov.core.Atlas;
import org.gridgov.core.AtlasChange;
import org.gridgov.core.InvalidAtlasException;
import org.gridgov.core.Problem;
import org.gridgov.core.TestAtlases;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of core's readers: random byte mutations and truncations of a valid atlas file and
 * a valid division list give either a value that round-trips or the documented exception, whose
 * problems each have a location and stay within the configured cap — never another exception.
 *
 * <p>CI runs {@value #DEFAULT_ITERATIONS} mutations per format (a few seconds); a longer run:
 * {@code mvn -pl core test -Dtest=ReaderFuzzTest -Dgridgov.fuzz.iterations=200000
 * -Dgridgov.fuzz.seed=...} (the seed of a failure is in its message).
 */
class ReaderFuzzTest {
  static final int DEFAULT_ITERATIONS = 1000;
  private static final int ITERATIONS =
      Integer.getInteger("gridgov.fuzz.iterations", DEFAULT_ITERATIONS);
  private static final long SEED = Long.getLong("gridgov.fuzz.seed", 20221210L);
  private static final int CAP = 50;
  private static final byte[] INSERTS = {
    '{',
    '}',
    '[',
    ']',
    ',',
    ':',
    '"',
    '\\',
    '0',
    '-',
    '9',
    'e',
    '.',
    0,
    (byte) 0xFF,
    (byte) 0xE4,
    '\n'
  };

  /** One random mutation: flips, insertions, deletions, duplications, a truncation. */
  static byte[] mutate(byte[] valid, Random r) {
    byte[] b = valid;
    int edits = 1 + r.nextInt(4);
    for (int e = 0; e < edits && b.length > 0; e++) {
      int at = r.nextInt(b.length);
      switch (r.nextInt(6)) {
        case 0 -> {
          b = b.clone();
          b[at] = (byte) r.nextInt(256);
        }
        case 1 -> {
          byte[] c = new byte[b.length + 1];
          System.arraycopy(b, 0, c, 0, at);
          c[at] = INSERTS[r.nextInt(INSERTS.length)];
          System.arraycopy(b, at, c, at + 1, b.length - at);
          b = c;
        }
        case 2 -> {
          int len = Math.min(b.length - at, 1 + r.nextInt(20));
          byte[] c = new byte[b.length - len];
          System.arraycopy(b, 0, c, 0, at);
          System.arraycopy(b, at + len, c, at, b.length - at - len);
          b = c;
        }
        case 3 -> {
          int len = Math.min(b.length - at, 1 + r.nextInt(200));
          byte[] c = new byte[b.length + len];
          System.arraycopy(b, 0, c, 0, at + len);
          System.arraycopy(b, at, c, at + len, b.length - at);
          b = c;
        }
        case 4 -> b = Arrays.copyOf(b, at);
        default -> {
          b = b.clone();
          b[at] = (byte) (b[at] ^ (1 << r.nextInt(8)));
        }
      }
    }
    return b;
  }

  private static void fuzz(byte[] valid, String what, Consumer<byte[]> read) {
    Random seeds = new Random(SEED);
    for (int i = 0; i < ITERATIONS; i++) {
      long seed = seeds.nextLong();
      byte[] input = mutate(valid, new Random(seed));
      try {
        read.accept(input);
      } catch (InvalidAtlasException e) {
        assertThat(e.problems())
            .as("%s seed %s", what, seed)
            .isNotEmpty()
            .hasSizeLessThanOrEqualTo(CAP);
        for (Problem p : e.problems()) {
          assertThat(p.location()).as("%s seed %s", what, seed).isNotNull();
          assertThat(p.message().length()).isLessThanOrEqualTo(Problem.MAX_MESSAGE_LENGTH + 40);
        }
        assertThat(String.valueOf(e.getMessage()).length()).isLessThan(40_000);
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError(
            what + " seed " + seed + ": " + e + "\n" + new String(input, StandardCharsets.UTF_8),
            e);
      }
    }
  }

  @Test
  void mutatedAtlasFilesAreReadOrRefusedWithLocatedProblems() {
    byte[] valid =
        AtlasJson.toJson(TestAtlases.random(new Random(7)).build())
            .getBytes(StandardCharsets.UTF_8);
    AtlasJsonReader reader =
        AtlasJson.reader().withLimits(new ReadLimits(valid.length + 4096L, 16, 4096, 100_000, CAP));
    fuzz(
        valid,
        "atlas",
        bytes -> {
          Atlas atlas;
          try {
            atlas = reader.read(new ByteArrayInputStream(bytes));
          } catch (IOException e) {
            throw new AssertionError("a byte array does not fail", e);
          }
          assertThat(AtlasJson.read(AtlasJson.toJson(atlas))).isEqualTo(atlas);
        });
  }

  @Test
  void mutatedDivisionListsAreReadOrRefusedWithLocatedProblems() {
    StringBuilder csv = new StringBuilder("code,name,parentCode,level\n");
    csv.append("21,辽宁省,,province\n2108,\"营口市\",21,city\n210802,站前区,2108,county\n");
    csv.append("210802001,八田地街道,210802,town\n210802003,建设街道,210802,town\n");
    csv.append("441900003,东城街道,441900,town\n44,广东省,,province\n4419,东莞市,44,city\n");
    csv.append("441900,东莞市,4419,county\n");
    byte[] valid = csv.toString().getBytes(StandardCharsets.UTF_8);
    DivisionCsv reader =
        DivisionCsv.reader().withLimits(new ReadLimits(valid.length + 4096L, 1, 256, 1000, CAP));
    fuzz(
        valid,
        "csv",
        bytes -> {
          try {
            DivisionCsv.Result result = reader.read(new ByteArrayInputStream(bytes));
            // what was read builds (parents permitting) and every division is sound
            assertThat(result.divisions()).allSatisfy(d -> assertThat(d.name()).isNotBlank());
          } catch (IOException e) {
            throw new AssertionError("a byte array does not fail", e);
          }
        });
  }

  @Test
  void mutatedChangeBatchesThroughTheJacksonModuleAreReadOrRefusedAsMappingFailures()
      throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new GridgovCoreModule());
    TypeReference<List<AtlasChange>> batch = new TypeReference<>() {};
    byte[] valid = mapper.writeValueAsBytes(CoreJacksonTest.everyKindOfChange());
    Random seeds = new Random(SEED);
    int read = 0;
    int refused = 0;
    for (int i = 0; i < ITERATIONS; i++) {
      long seed = seeds.nextLong();
      byte[] input = mutate(valid, new Random(seed));
      try {
        List<AtlasChange> changes = mapper.readValue(input, batch);
        assertThat(mapper.readValue(mapper.writeValueAsBytes(changes), batch)).isEqualTo(changes);
        read++;
      } catch (JsonProcessingException e) {
        // a refusal: Jackson's own, or a value's checks as a mapping failure, with a short message
        assertThat(String.valueOf(e.getOriginalMessage()).length())
            .as("seed %s", seed)
            .isLessThan(2_000);
        refused++;
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError(
            "changes seed " + seed + ": " + e + "\n" + new String(input, StandardCharsets.UTF_8),
            e);
      }
    }
    assertThat(read).isPositive();
    assertThat(refused).isPositive();
  }

  @Test
  void theMutationsReachBothOutcomes() {
    // guards the fuzzing against only ever producing refusals (or only valid files)
    byte[] valid =
        AtlasJson.toJson(TestAtlases.zhanqian().build()).getBytes(StandardCharsets.UTF_8);
    Random seeds = new Random(SEED);
    int read = 0;
    int refused = 0;
    for (int i = 0; i < 300; i++) {
      try {
        Atlas unused =
            AtlasJson.read(new ByteArrayInputStream(mutate(valid, new Random(seeds.nextLong()))));
        read++;
      } catch (InvalidAtlasException e) {
        refused++;
      } catch (IOException e) {
        fail("a byte array does not fail", e);
      }
    }
    assertThat(read).isPositive();
    assertThat(refused).isGreaterThan(read);
  }
}
