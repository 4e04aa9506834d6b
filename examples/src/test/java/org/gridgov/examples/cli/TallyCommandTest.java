package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TallyCommandTest {
  @TempDir Path dir;

  private static final String ROUND =
      """
      {"format": "gridgov-vote-round/1", "id": "r1", "zone": "Asia/Shanghai",
       "start": "2022-11-01T00:00:00+08:00", "end": "2022-11-03T00:00:00+08:00",
       "channels": ["wechat", "app"],
       "rules": {"votesPerVoterPerDay": 2, "votesPerCandidatePerDay": 1,
                 "perIp": {"max": 1, "window": "PT5M"}},
       "seats": {"count": 1},
       "scoring": {"kind": "WEIGHTED", "online": 40, "panel": 60},
       "candidates": [
         {"id": "a", "name": "甲", "district": "210802", "grid": "210802001003001"},
         {"id": "b", "name": "乙", "district": "210811", "grid": "210811001001001"}]}
      """;

  private static final String V1 = "00000000000000000000000000000001";
  private static final String V2 = "ffc00000000000000000000000000002";

  private static final String BALLOTS =
      "id,voter,choices,at,channel,ip,device\n"
          + "b1,"
          + V1
          + ",a,2022-11-01T09:00:00+08:00,wechat,10.0.0.1,\n"
          + "b2,"
          + V1
          + ",a,2022-11-01T09:10:00+08:00,app,,\n"
          + "b3,"
          + V2
          + ",b,2022-11-01T09:01:00+08:00,wechat,10.0.0.1,\n"
          + "b4,"
          + V2
          + ",b,2022-11-02T09:01:00+08:00,wechat,,\n"
          + "b5,not-a-key,b,2022-11-02T09:02:00+08:00,wechat,,\n";

  private static final String INPUTS =
      """
      {"panel": {"a": 90, "b": 80}, "drawSeed": "seed"}
      """;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void tallyDecidesEveryLineAndPrintsTheDigest() throws IOException {
    Path round = write("round.json", ROUND);
    Path ballots = write("ballots.csv", BALLOTS);
    Path inputs = write("inputs.json", INPUTS);
    Path log = dir.resolve("decisions.jsonl");
    Path ledger = dir.resolve("ledger.csv");
    Cli.Run run =
        Cli.run(
            "tally",
            "--round",
            round.toString(),
            "--ballots",
            ballots.toString(),
            "--inputs",
            inputs.toString(),
            "--decisions",
            log.toString(),
            "--ledger",
            ledger.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("Received 5 ballots: 2 accepted, 3 rejected.")
        .containsPattern("OVER_CANDIDATE_CAP \\(over the per-candidate cap\\)\\s+1")
        .containsPattern("MALFORMED \\(malformed\\)\\s+1")
        .containsPattern("FLAGGED \\(flagged\\)\\s+1")
        .contains("IP_LIMIT (LIMIT): 1 findings, 1 ballots")
        .contains("Winners (1 seats):");
    Matcher digest =
        Pattern.compile("Digest \\(publish with the result\\): ([0-9a-f]{64})").matcher(run.out());
    assertThat(digest.find()).isTrue();
    assertThat(Files.readAllLines(log)).hasSize(6);
    assertThat(Files.readAllLines(ledger))
        .hasSize(3)
        .first()
        .asString()
        .startsWith("rank,candidate");

    Cli.Run recount =
        Cli.run(
            "tally", "recount",
            "--round", round.toString(),
            "--decisions", log.toString(),
            "--digest", digest.group(1));
    assertThat(recount.exit()).isZero();
    assertThat(recount.out())
        .contains("recounted 5 decisions: 0 mismatches")
        .contains(digest.group(1));

    Cli.Run badDigest =
        Cli.run(
            "tally",
            "recount",
            "--round",
            round.toString(),
            "--decisions",
            dir.resolve("no-such-log.jsonl").toString(),
            "--digest",
            "zz");
    assertThat(badDigest.exit()).isEqualTo(2); // a usage error, before the log is opened
    assertThat(badDigest.err())
        .contains("--digest: a digest is 64 lowercase hex digits, got \"zz\"")
        .contains("Usage:");
    assertThat(badDigest.out()).doesNotContain("recounted");

    String original = Files.readString(log);
    // two decision lines swapped (lines 3 and 4 of six: the header, then five decisions)
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(log));
    java.util.Collections.swap(lines, 2, 3);
    Path swapped = dir.resolve("swapped.jsonl");
    Files.write(swapped, lines);
    Cli.Run outOfOrder =
        Cli.run("tally", "recount", "--round", round.toString(), "--decisions", swapped.toString());
    assertThat(outOfOrder.exit()).isEqualTo(2);
    assertThat(outOfOrder.err()).contains(swapped + " line 4: ballot ").contains(" comes after ");
    Files.writeString(
        log, original.replaceFirst("\"ACCEPTED\"", "\"REJECTED\",\"reason\":\"TOO_SOON\""));
    Cli.Run once =
        Cli.run("tally", "recount", "--round", round.toString(), "--decisions", log.toString());
    assertThat(once.exit()).isEqualTo(1);
    assertThat(once.out()).contains("recounted 5 decisions: 1 mismatch;");

    Files.writeString(
        log, original.replace("\"ACCEPTED\"", "\"REJECTED\",\"reason\":\"TOO_SOON\""));
    Cli.Run tampered =
        Cli.run("tally", "recount", "--round", round.toString(), "--decisions", log.toString());
    assertThat(tampered.exit()).isEqualTo(1);
    assertThat(tampered.out()).contains("2 mismatches");
  }

  @Test
  void tallyPrintsJsonAndRefusesBadInputOnOneLine() throws IOException {
    Path round = write("round.json", ROUND);
    Path ballots = write("ballots.csv", BALLOTS);
    Path inputs = write("inputs.json", INPUTS);
    Cli.Run json =
        Cli.run(
            "tally",
            "--round",
            round.toString(),
            "--ballots",
            ballots.toString(),
            "--inputs",
            inputs.toString(),
            "--json");
    assertThat(json.exit()).isZero();
    assertThat(json.out())
        .contains("\"format\" : \"gridgov-vote-result/1\"")
        .contains("\"quarantine\"");

    Cli.Run noPanel =
        Cli.run("tally", "--round", round.toString(), "--ballots", ballots.toString());
    assertThat(noPanel.exit()).isEqualTo(2);
    assertThat(noPanel.err()).contains("no panel score");

    Path badRound = write("bad.json", ROUND.replace("\"r1\"", "\"r 1\""));
    Cli.Run bad = Cli.run("tally", "--round", badRound.toString(), "--ballots", ballots.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("$.id");

    Path badHeader = write("header.csv", "id,voter\n");
    Cli.Run header =
        Cli.run(
            "tally",
            "--round",
            round.toString(),
            "--ballots",
            badHeader.toString(),
            "--inputs",
            inputs.toString());
    assertThat(header.exit()).isEqualTo(2);
    assertThat(header.err()).contains("no column choices");
  }

  @Test
  void aCountWithoutItsRoundOrBallotsSaysWhatIsMissingOnStandardError() throws IOException {
    // printed the whole usage on standard output with exit code 2 and no word of what was wrong
    Cli.Run bare = Cli.run("tally");
    assertThat(bare.exit()).isEqualTo(2);
    assertThat(bare.out()).isEmpty();
    assertThat(bare.err())
        .contains("Missing required options: '--round=ROUND', '--ballots=FILE'")
        .contains("Usage: gridgov tally");
    Path round = write("round.json", ROUND);
    Cli.Run noBallots = Cli.run("tally", "--round", round.toString());
    assertThat(noBallots.exit()).isEqualTo(2);
    assertThat(noBallots.out()).isEmpty();
    assertThat(noBallots.err())
        .contains("Missing required option: '--ballots=FILE'")
        .doesNotContain("'--round=ROUND'");
    // the subcommands still need neither
    assertThat(Cli.run("tally", "recount", "--help").exit()).isZero();
  }

  @Test
  void aNegativeReorderWindowIsRefused() throws IOException {
    // was taken as it stood and the count ran as if the ballots were in order
    Path round = write("round.json", ROUND);
    Path ballots = write("ballots.csv", BALLOTS);
    Path inputs = write("inputs.json", INPUTS);
    Cli.Run run =
        Cli.run(
            "tally",
            "--round",
            round.toString(),
            "--ballots",
            ballots.toString(),
            "--inputs",
            inputs.toString(),
            "--reorder-window",
            "-PT1H");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--reorder-window is zero or more, got PT-1H");
  }

  @Test
  void anOutputThatIsAnInputIsRefusedBeforeAnythingIsWritten() throws IOException {
    // --decisions naming the ballot file emptied it between the two passes over it: the count
    // then failed with "no header" and the ballots were lost; --ledger there overwrote them
    Path round = write("round.json", ROUND);
    Path ballots = write("ballots.csv", BALLOTS);
    Path inputs = write("inputs.json", INPUTS);
    String same = dir.resolve(".").resolve("ballots.csv").toString(); // the file, named otherwise
    for (String[] output :
        List.of(
            new String[] {"--decisions", same, "--ballots"},
            new String[] {"--ledger", ballots.toString(), "--ballots"},
            new String[] {"--ledger", inputs.toString(), "--inputs"},
            new String[] {"--decisions", round.toString(), "--round"})) {
      Cli.Run run =
          Cli.run(
              "tally",
              "--round",
              round.toString(),
              "--ballots",
              ballots.toString(),
              "--inputs",
              inputs.toString(),
              output[0],
              output[1]);
      assertThat(run.exit()).as(output[0]).isEqualTo(2);
      assertThat(run.out()).as(output[0]).isEmpty();
      assertThat(run.err())
          .as(output[0])
          .contains(output[0] + " " + output[1] + " is the " + output[2] + " file");
    }
    Path log = dir.resolve("log.jsonl");
    Cli.Run both =
        Cli.run(
            "tally",
            "--round",
            round.toString(),
            "--ballots",
            ballots.toString(),
            "--inputs",
            inputs.toString(),
            "--decisions",
            log.toString(),
            "--ledger",
            log.toString());
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("--ledger " + log + " is the --decisions file");
    assertThat(log).doesNotExist();
    assertThat(Files.readString(ballots)).isEqualTo(BALLOTS);
    assertThat(Files.readString(round)).isEqualTo(ROUND);
    assertThat(Files.readString(inputs)).isEqualTo(INPUTS);
  }

  @Test
  void theDemoCountsTheSyntheticRoundAndRemovesTheBrushedVotes() {
    StringWriter buffer = new StringWriter();
    VoteDemo.print(new PrintWriter(buffer, true));
    String text = buffer.toString();
    assertThat(text)
        .contains("Public vote (最美网格员评选), synthetic round yingkou-2022-1")
        .contains("Winners (20 seats):")
        .contains("Sanction applied on 2022-12-31: REMOVE_FLAGGED_VOTES for lb-05")
        .containsPattern("Received 1,0\\d\\d,\\d{3} ballots")
        .containsPattern(
            "Without the sanction lb-05 would rank #\\d+ with [\\d,]+ votes \\(a seat\\); with it, #\\d+ with [\\d,]+ \\(no seat\\)")
        .containsPattern("Digest \\(publish with the result\\): [0-9a-f]{64}");
  }
}
