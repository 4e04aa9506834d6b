package org.gridgov.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.Location;
import org.gridgov.core.ProblemKind;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.Count;
import org.gridgov.scoring.vote.Decision;
import org.gridgov.scoring.vote.MalformedBallot;
import org.gridgov.scoring.vote.Quarantine;
import org.gridgov.scoring.vote.Recount;
import org.gridgov.scoring.vote.Round;
import org.gridgov.scoring.vote.Sanction;
import org.gridgov.scoring.vote.Sanctions;
import org.gridgov.scoring.vote.Screening;
import org.gridgov.scoring.vote.Submission;
import org.gridgov.scoring.vote.VoteCounter;
import org.junit.jupiter.api.Test;

class DecisionLogTest {
  private final Round round = IoFixtures.fullRound();

  private List<Submission> submissions() {
    List<Submission> in = new ArrayList<>(IoFixtures.ballots());
    in.add(IoFixtures.ballots().get(0)); // replayed
    Ballot b = IoFixtures.ballots().get(0);
    in.add(
        Ballot.of("b-9", b.voter(), "zq-002", b.at().plusSeconds(5), "wechat").withIp("10.8.0.17"));
    in.add(MalformedBallot.of(ProblemKind.INVALID_VALUE, Location.text(7, 3), "bad instant"));
    return in;
  }

  private String log(Sanctions sanctions, Quarantine q, List<Decision> into) throws IOException {
    StringWriter out = new StringWriter();
    DecisionLog.Writing w = DecisionLog.writer(out, round, sanctions);
    VoteCounter c =
        VoteCounter.start(
            round,
            q,
            sanctions,
            Duration.ofDays(1),
            d -> {
              into.add(d);
              try {
                w.write(d);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    submissions().forEach(c::accept);
    Count unused = c.finish();
    return out.toString();
  }

  @Test
  void aRecountOfTheLogReproducesTheCountAndTheDigest() throws IOException {
    Quarantine q = Screening.screen(round, submissions());
    assertThat(q.isEmpty()).isFalse(); // b-9 is over the per-IP limit
    Sanctions s =
        Sanctions.none()
            .apply("zq-001", Sanction.REMOVE_FLAGGED_VOTES, LocalDate.of(2022, 12, 31), "test");
    List<Decision> decisions = new ArrayList<>();
    String log = log(s, q, decisions);
    Count published = VoteCounter.count(round, q, s, submissions());

    List<Decision> read = DecisionLog.reader().read(log);
    assertThat(read).hasSize(decisions.size());
    DecisionLog.Header header = DecisionLog.reader().forEach(log, d -> {});
    assertThat(header.isOf(round)).isTrue();
    assertThat(header.sanctions()).isEqualTo(s);

    Recount recount = Recount.start(round, header.sanctions());
    read.forEach(recount::accept);
    Recount.Report report = recount.finish();
    assertThat(report.mismatches()).isZero();
    assertThat(report.matches(published)).isTrue();
    assertThat(report.count().digest()).isEqualTo(published.digest());
  }

  @Test
  void eachDecisionComesWithItsLineBlankLinesCounted(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    List<Decision> decisions = new ArrayList<>();
    String log = log(Sanctions.none(), Quarantine.none(), decisions);
    // a blank line after the header, and CR LF line ends
    String spaced = log.replaceFirst("\n", "\n\n").replace("\n", "\r\n");
    Path file = dir.resolve("decisions.jsonl");
    Files.writeString(file, spaced, StandardCharsets.UTF_8);
    List<Decision> read = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    DecisionLog.reader()
        .forEachNumbered(
            file,
            (d, line) -> {
              read.add(d);
              lines.add(line);
            });
    assertThat(read).isEqualTo(DecisionLog.reader().read(log)).hasSize(decisions.size());
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < decisions.size(); i++) {
      expected.add(3 + i); // line 1 the header, line 2 blank
    }
    assertThat(lines).isEqualTo(expected);
  }

  @Test
  void anAlteredLineShowsAsAMismatchOrAnotherDigest() throws IOException {
    List<Decision> decisions = new ArrayList<>();
    String log = log(Sanctions.none(), Quarantine.none(), decisions);
    Count published = VoteCounter.count(round, Quarantine.none(), Sanctions.none(), submissions());
    String altered = log.replaceFirst("\"REPLAYED\"", "\"TOO_SOON\"");
    assertThat(altered).isNotEqualTo(log);
    Recount recount = Recount.start(round, Sanctions.none());
    DecisionLog.reader().forEach(altered, recount::accept);
    Recount.Report report = recount.finish();
    assertThat(report.mismatches()).isEqualTo(1);
    assertThat(report.matches(published)).isFalse();
    assertThat(report.firstMismatch()).hasValueSatisfying(m -> assertThat(m).contains("b-1"));

    String dropped = log.substring(0, log.lastIndexOf('{'));
    Recount second = Recount.start(round, Sanctions.none());
    DecisionLog.reader().forEach(dropped, second::accept);
    assertThat(second.finish().count().digest()).isNotEqualTo(published.digest());
  }

  @Test
  void aBadLogIsRefusedWithEveryProblem() {
    assertThatThrownBy(() -> DecisionLog.reader().read("{\"format\":\"x\"}\n"))
        .isInstanceOf(InvalidDecisionLogException.class)
        .hasMessageContaining("$.format");
    String header =
        "{\"format\":\"gridgov-vote-decisions/1\",\"round\":\"r\",\"roundFingerprint\":\"f\","
            + "\"sanctions\":[]}\n";
    assertThatThrownBy(
            () ->
                DecisionLog.reader()
                    .read(header + "{\"decision\":\"MAYBE\"}\n{\"decision\":\"ACCEPTED\"}\n"))
        .isInstanceOfSatisfying(
            InvalidDecisionLogException.class,
            e -> assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(2));
    assertThatThrownBy(() -> DecisionLog.reader().read(""))
        .isInstanceOf(InvalidDecisionLogException.class)
        .hasMessageContaining("no header");
  }
}
