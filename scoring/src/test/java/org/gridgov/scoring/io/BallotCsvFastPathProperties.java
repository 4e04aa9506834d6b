package org.gridgov.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.Submission;
import org.gridgov.scoring.vote.VoterKey;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The ballot CSV reader's fast path (ASCII lines read from the bytes) against its slow path (each
 * line a string, split into fields): reading the bytes of a text gives exactly the submissions,
 * ballots and malformed lines with their problems, that reading the same text as characters gives;
 * and the byte timestamp parser against {@link OffsetDateTime#parse}.
 */
class BallotCsvFastPathProperties {
  private static final String[] CHANNELS = {"wechat", "app"};

  /** A valid file of varied ballots: several choices, IP addresses, devices, fractions, offsets. */
  private static String variedCsv(Random r) throws IOException {
    StringWriter out = new StringWriter();
    BallotCsvWriter w = BallotCsv.writer(out);
    for (Ballot b : IoFixtures.ballots()) {
      w.write(b);
    }
    int n = 1 + r.nextInt(30);
    for (int i = 0; i < n; i++) {
      List<String> choices = new ArrayList<>();
      int k = 1 + r.nextInt(3);
      for (int j = 0; j < k; j++) {
        String c = "c" + r.nextInt(5);
        if (!choices.contains(c)) {
          choices.add(c);
        }
      }
      Instant at =
          Instant.ofEpochSecond(
              1_667_232_000L + r.nextInt(5_000_000),
              r.nextInt(3) == 0 ? r.nextInt(1_000_000_000) : 0);
      w.write(
          new Ballot(
              "b-" + r.nextInt(1000),
              VoterKey.of(r.nextLong(), r.nextLong()),
              choices,
              at,
              CHANNELS[r.nextInt(2)],
              r.nextBoolean() ? Optional.empty() : Optional.of("10.8.0." + r.nextInt(256)),
              r.nextBoolean() ? Optional.empty() : Optional.of("dev-" + r.nextInt(50))));
    }
    return out.toString();
  }

  @Test
  void readingBytesGivesWhatReadingTheTextGives() {
    Theories.qt(600)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              try {
                String valid = variedCsv(r);
                String text = r.nextInt(4) == 0 ? valid : VoteReaderFuzzProperties.mutate(valid, r);
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                // what the bytes say, lone surrogates having become '?'
                String decoded = new String(bytes, StandardCharsets.UTF_8);
                List<Submission> fromBytes = new ArrayList<>();
                Throwable bytesFailure =
                    catchThrowable(
                        () -> {
                          long unused =
                              BallotCsv.reader()
                                  .forEach(new ByteArrayInputStream(bytes), fromBytes::add);
                        });
                List<Submission> fromText = new ArrayList<>();
                Throwable textFailure =
                    catchThrowable(
                        () -> {
                          long unused = BallotCsv.reader().forEach(decoded, fromText::add);
                        });
                assertThat(fromBytes).isEqualTo(fromText);
                if (textFailure == null) {
                  assertThat(bytesFailure).isNull();
                } else {
                  assertThat(bytesFailure).isInstanceOf(InvalidBallotFileException.class);
                  assertThat(((InvalidBallotFileException) bytesFailure).problems())
                      .isEqualTo(((InvalidBallotFileException) textFailure).problems());
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /**
   * The files' one form, years 0001 to 9999; {@link OffsetDateTime#parse} also takes others, such
   * as {@code +05}.
   */
  private static final Pattern FORM =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");

  private static @Nullable Instant oracle(String text) {
    if (!FORM.matcher(text).matches() || text.startsWith("0000")) { // years 0001 to 9999
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Test
  void timestampBytesParseAsOffsetDateTimeDoes() {
    String[] valid = {
      "2022-11-01T09:30:00+08:00",
      "2022-11-01T01:30:00Z",
      "2024-02-29T23:59:59.123456789-05:30",
      "0001-01-01T00:00:00.5+18:00",
      "9999-12-31T23:59:59-18:00"
    };
    Theories.qt(3000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              String text = valid[r.nextInt(valid.length)];
              if (r.nextInt(4) != 0) {
                StringBuilder sb = new StringBuilder(text);
                int at = r.nextInt(sb.length());
                sb.setCharAt(at, "0123456789-:.TZ+x".charAt(r.nextInt(17)));
                if (r.nextInt(3) == 0) {
                  sb.setLength(r.nextInt(sb.length() + 1));
                }
                text = sb.toString();
              }
              byte[] padded = ("##" + text + "#").getBytes(StandardCharsets.ISO_8859_1);
              assertThat(Timestamps.parse(padded, 2, padded.length - 1))
                  .as(text)
                  .isEqualTo(oracle(text));
              assertThat(Timestamps.parse(text)).as(text).isEqualTo(oracle(text));
            });
  }
}
