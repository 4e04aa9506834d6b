package org.gridgov.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.Decision;
import org.gridgov.scoring.vote.InvalidRoundException;
import org.gridgov.scoring.vote.MalformedBallot;
import org.gridgov.scoring.vote.Quarantine;
import org.gridgov.scoring.vote.Sanctions;
import org.gridgov.scoring.vote.Submission;
import org.gridgov.scoring.vote.VoteCounter;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Seeded mutations and truncations of valid files: every reader gives a value, or the documented
 * exception with every problem located, or (for ballot files) a malformed ballot at its line; never
 * another exception.
 */
class VoteReaderFuzzProperties {
  private static final String[] INSERTS = {
    "\"",
    ",",
    "{",
    "}",
    "[",
    "]",
    ":",
    "\n",
    "\r",
    "\t",
    "\u0000",
    "null",
    "1e999",
    "-",
    ";",
    "网格",
    "\uD83D\uDE00",
    "\uD800",
    "0",
    "\\",
    "ZZZZ",
    "9999-99-99T99:99:99Z"
  };

  private static QuickTheory qt() {
    double scale = Double.parseDouble(System.getProperty("gridgov.examples.scale", "1"));
    return QuickTheory.qt().withFixedSeed(20221210L).withExamples(Math.max(1, (int) (400 * scale)));
  }

  static String mutate(String text, Random r) {
    StringBuilder sb = new StringBuilder(text);
    int n = 1 + r.nextInt(5);
    for (int i = 0; i < n; i++) {
      int at = sb.length() == 0 ? 0 : r.nextInt(sb.length());
      switch (r.nextInt(5)) {
        case 0 -> sb.delete(at, Math.min(sb.length(), at + 1 + r.nextInt(8)));
        case 1 -> sb.insert(at, INSERTS[r.nextInt(INSERTS.length)]);
        case 2 -> sb.setLength(at);
        case 3 -> {
          int to = Math.min(sb.length(), at + r.nextInt(20));
          sb.insert(at, sb.substring(at, to));
        }
        default -> {
          if (sb.length() > 0) {
            sb.setCharAt(at, (char) r.nextInt(128));
          }
        }
      }
    }
    return sb.toString();
  }

  /** UTF-8 bytes of the text, sometimes with a byte that is not UTF-8 at a random place. */
  static byte[] bytes(String text, Random r) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    if (b.length > 0 && r.nextInt(3) == 0) {
      b[r.nextInt(b.length)] = (byte) (0x80 + r.nextInt(0x40));
    }
    return b;
  }

  private static void located(InvalidInputException e) {
    assertThat(e.problems()).isNotEmpty();
    for (Problem p : e.problems()) {
      assertThat(p.location()).isNotNull();
      assertThat(p.message()).isNotBlank();
      assertThat(p.toString()).contains(" at ");
    }
  }

  private static int lineOf(Location l) {
    Location at = l instanceof Location.InSource s ? s.within() : l;
    return at instanceof Location.Text t ? t.line() : ((Location.JsonPath) at).line();
  }

  @Test
  void roundFilesGiveARoundOrTheirProblems() {
    String valid = RoundJson.write(IoFixtures.fullRound());
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              String text = mutate(valid, r);
              try {
                assertThat(RoundJson.reader().read(text)).isNotNull();
              } catch (InvalidRoundException e) {
                located(e);
              }
              try {
                assertThat(RoundJson.reader().read(new ByteArrayInputStream(bytes(text, r))))
                    .isNotNull();
              } catch (InvalidRoundException e) {
                located(e);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private static String csv() throws IOException {
    StringWriter out = new StringWriter();
    BallotCsvWriter w = BallotCsv.writer(out);
    for (Ballot b : IoFixtures.ballots()) {
      w.write(b);
    }
    return out.toString();
  }

  private static String jsonLines() throws IOException {
    StringWriter out = new StringWriter();
    BallotJsonLines.BallotJsonLinesWriter w = BallotJsonLines.writer(out);
    for (Ballot b : IoFixtures.ballots()) {
      w.write(b);
    }
    return out.toString();
  }

  private static void checkSubmissions(List<Submission> read, String text) {
    long lines = text.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
    for (Submission s : read) {
      if (s instanceof MalformedBallot m) {
        assertThat(m.line()).isBetween(1, (int) lines);
        assertThat(m.problem().message()).isNotBlank();
      } else {
        assertThat(s).isInstanceOf(Ballot.class);
      }
    }
    // whatever was read can be counted: received = accepted + rejected
    assertThat(
            VoteCounter.count(IoFixtures.fullRound(), Quarantine.none(), Sanctions.none(), read)
                .totals()
                .received())
        .isEqualTo(read.size());
  }

  @Test
  void ballotCsvGivesABallotOrAMalformedBallotPerLineOrRefusesTheHeader() throws IOException {
    String valid = csv();
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              String text = mutate(valid, r);
              try {
                checkSubmissions(BallotCsv.reader().read(text), text);
              } catch (InvalidBallotFileException e) {
                located(e);
                assertThat(lineOf(e.problems().get(0).location())).isPositive();
              }
              List<Submission> fromBytes = new ArrayList<>();
              try {
                long unused =
                    BallotCsv.reader()
                        .forEach(new ByteArrayInputStream(bytes(text, r)), fromBytes::add);
                checkSubmissions(fromBytes, text);
              } catch (InvalidBallotFileException e) {
                located(e);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void ballotJsonLinesGiveABallotOrAMalformedBallotPerLine() throws IOException {
    String valid = jsonLines();
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              String text = mutate(valid, r);
              checkSubmissions(BallotJsonLines.reader().read(text), text);
              try {
                checkSubmissions(
                    BallotJsonLines.reader().read(new ByteArrayInputStream(bytes(text, r))), text);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void decisionLogsGiveDecisionsOrTheirProblems() throws IOException {
    StringWriter out = new StringWriter();
    DecisionLog.Writing w = DecisionLog.writer(out, IoFixtures.fullRound(), Sanctions.none());
    VoteCounter c =
        VoteCounter.start(
            IoFixtures.fullRound(),
            Quarantine.none(),
            Sanctions.none(),
            VoteCounter.ANY_ORDER,
            d -> {
              try {
                w.write(d);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    IoFixtures.ballots().forEach(c::accept);
    var unused = c.finish();
    String valid = out.toString();
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              String text = mutate(valid, r);
              try {
                List<Decision> read = DecisionLog.reader().read(text);
                assertThat(read).doesNotContainNull();
              } catch (InvalidDecisionLogException e) {
                located(e);
              }
            });
  }
}
