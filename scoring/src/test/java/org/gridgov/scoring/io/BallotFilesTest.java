package org.gridgov.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.Location;
import org.gridgov.core.ProblemKind;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.MalformedBallot;
import org.gridgov.scoring.vote.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BallotFilesTest {
  @TempDir Path dir;

  @Test
  void csvRoundTripsBallots() throws IOException {
    StringWriter out = new StringWriter();
    BallotCsvWriter w = BallotCsv.writer(out);
    for (Ballot b : IoFixtures.ballots()) {
      w.write(b);
    }
    assertThat(BallotCsv.reader().read(out.toString()))
        .containsExactlyElementsOf(IoFixtures.ballots());
    Path file = dir.resolve("b.csv");
    Files.writeString(file, out.toString());
    assertThat(BallotCsv.reader().read(file)).containsExactlyElementsOf(IoFixtures.ballots());
  }

  @Test
  void jsonLinesRoundTripBallots() throws IOException {
    StringWriter out = new StringWriter();
    BallotJsonLines.BallotJsonLinesWriter w = BallotJsonLines.writer(out);
    for (Ballot b : IoFixtures.ballots()) {
      w.write(b);
    }
    assertThat(BallotJsonLines.reader().read(out.toString()))
        .containsExactlyElementsOf(IoFixtures.ballots());
    byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(BallotJsonLines.reader().read(new ByteArrayInputStream(bytes)))
        .containsExactlyElementsOf(IoFixtures.ballots());
  }

  @Test
  void aBadCsvLineIsAMalformedBallotAtItsLineAndField() {
    String v = IoFixtures.voter(1).toString();
    String csv =
        "\uFEFFchannel,id,voter,choices,at\r\n"
            + "wechat,b-1,"
            + v
            + ",zq-001,2022-11-01T09:30:00+08:00\r\n"
            + "\r\n"
            + "wechat,b-2,"
            + v
            + ",zq-001,2022-11-31T09:30:00+08:00\r\n"
            + "wechat,b 3,"
            + v
            + ",zq-001,2022-11-01T09:30:00Z\r\n"
            + "wechat,b-4,xyz,zq-001,2022-11-01T09:30:00Z\n"
            + "wechat,b-5,"
            + v
            + ",zq-001;zq-001,2022-11-01T09:30:00Z\n"
            + "wechat,\"b-6,"
            + v
            + "\n"
            + "wechat,b-7\n"
            + "app,b-8,"
            + v
            + ",zq-001;lb-001,2022-11-01T09:30:00.123456789-01:30";
    List<Submission> read = BallotCsv.reader().read(csv);
    assertThat(read).hasSize(8);
    assertThat(read.get(0)).isInstanceOf(Ballot.class);
    assertThat(malformed(read.get(1))).isEqualTo("INVALID_VALUE line 4, column 5");
    assertThat(malformed(read.get(2))).isEqualTo("INVALID_VALUE line 5, column 2");
    assertThat(malformed(read.get(3))).isEqualTo("INVALID_VALUE line 6, column 3");
    assertThat(malformed(read.get(4))).isEqualTo("INVALID_VALUE line 7, column 4");
    assertThat(malformed(read.get(5))).isEqualTo("MALFORMED_INPUT line 8, column 2");
    assertThat(malformed(read.get(6))).isEqualTo("MALFORMED_INPUT line 9");
    Ballot last = (Ballot) read.get(7);
    assertThat(last.at()).isEqualTo(java.time.Instant.parse("2022-11-01T11:00:00.123456789Z"));
    assertThat(last.choices()).containsExactly("zq-001", "lb-001");
  }

  @Test
  void bytesThatAreNotUtf8SpoilOnlyTheirLine() throws IOException {
    byte[] head = "id,voter,choices,at,channel\nb-1,".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {(byte) 0xe4, (byte) 0xb8};
    byte[] rest =
        (",zq,2022-11-01T09:30:00Z,app\nb-2,"
                + IoFixtures.voter(1)
                + ",zq,2022-11-01T09:30:00Z,app\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + bad.length + rest.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    System.arraycopy(rest, 0, all, head.length + bad.length, rest.length);
    List<Submission> read = BallotCsv.reader().read(new ByteArrayInputStream(all));
    assertThat(read).hasSize(2);
    assertThat(malformed(read.get(0))).isEqualTo("MALFORMED_INPUT line 2, column 5");
    assertThat(read.get(1)).isInstanceOf(Ballot.class);
  }

  @Test
  void aLineBeyondTheLimitIsMalformedAndTheNextOneIsRead() {
    String csv =
        "id,voter,choices,at,channel\n"
            + "b-1,"
            + "x".repeat(5000)
            + "\nb-2,"
            + IoFixtures.voter(1)
            + ",zq,2022-11-01T09:30:00Z,app\n";
    List<Submission> read = BallotCsv.reader().read(csv);
    assertThat(malformed(read.get(0))).isEqualTo("INPUT_TOO_LARGE line 2");
    assertThat(read.get(1)).isInstanceOf(Ballot.class);
  }

  @Test
  void aBadHeaderRefusesTheFile() {
    assertThatThrownBy(() -> BallotCsv.reader().read("id,voter,colour,at\n"))
        .isInstanceOfSatisfying(
            InvalidBallotFileException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.kind() + " " + p.location())
                    .containsExactly(
                        "MALFORMED_INPUT line 1, column 3",
                        "MISSING_FIELD line 1",
                        "MISSING_FIELD line 1"));
    assertThatThrownBy(() -> BallotCsv.reader().read("\n\n"))
        .isInstanceOf(InvalidBallotFileException.class)
        .hasMessageContaining("no header");
  }

  @Test
  void aFileReadLocatesItsProblemsInTheFile() throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "id,voter,choices,at,channel\nb-1,x,zq,2022,app\n");
    List<Submission> read = new ArrayList<>();
    long n = BallotCsv.reader().forEach(file, read::add);
    assertThat(n).isEqualTo(1);
    MalformedBallot m = (MalformedBallot) read.get(0);
    assertThat(m.problem().location()).isInstanceOf(Location.InSource.class);
    assertThat(m.line()).isEqualTo(2);
    assertThat(m.column()).isEqualTo(2);
  }

  @Test
  void aBadJsonLineIsAMalformedBallotAtItsPathAndLine() {
    String jsonl =
        "{\"id\":\"b-1\",\"voter\":\"xx\",\"choices\":[\"a\"],\"at\":\"2022-11-01T00:00:00Z\","
            + "\"channel\":\"app\"}\n"
            + "\n"
            + "{\"id\":\"b-2\",\"voter\":\""
            + IoFixtures.voter(2)
            + "\",\"choices\":[\"a\"],\"at\":\"2022-11-01T00:00:00Z\",\"channel\":\"app\"}\n"
            + "{\"id\": 3\n"
            + "[1,2]\n";
    List<Submission> read = BallotJsonLines.reader().read(jsonl);
    assertThat(read).hasSize(4);
    assertThat(malformed(read.get(0))).isEqualTo("INVALID_VALUE $.voter (line 1)");
    assertThat(read.get(1)).isInstanceOf(Ballot.class);
    assertThat(((MalformedBallot) read.get(2)).problem().kind())
        .isEqualTo(ProblemKind.MALFORMED_INPUT);
    assertThat(((MalformedBallot) read.get(2)).line()).isEqualTo(4);
    assertThat(malformed(read.get(3))).startsWith("INVALID_VALUE $ (line 5");
  }

  @Test
  void aBallotWithoutChoicesIsMalformedAtItsChoices() {
    String jsonl =
        "{\"id\":\"b-1\",\"voter\":\""
            + IoFixtures.voter(2)
            + "\",\"choices\":[],\"at\":\"2022-11-01T00:00:00Z\",\"channel\":\"app\"}\n";
    List<Submission> read = BallotJsonLines.reader().read(jsonl);
    assertThat(malformed(read.get(0))).isEqualTo("INVALID_VALUE $.choices (line 1)");
    assertThat(((MalformedBallot) read.get(0)).problem().message()).contains("got 0");
  }

  private static String malformed(Submission s) {
    assertThat(s).isInstanceOf(MalformedBallot.class);
    MalformedBallot m = (MalformedBallot) s;
    return m.problem().kind() + " " + m.problem().location();
  }
}
