package org.gridgov.examples;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.Candidate;
import org.gridgov.scoring.vote.Count;
import org.gridgov.scoring.vote.Quarantine;
import org.gridgov.scoring.vote.RejectionReason;
import org.gridgov.scoring.vote.ResultInputs;
import org.gridgov.scoring.vote.Round;
import org.gridgov.scoring.vote.Sanctions;
import org.gridgov.scoring.vote.Screening;
import org.gridgov.scoring.vote.SeatRules;
import org.gridgov.scoring.vote.VoteCounter;
import org.gridgov.scoring.vote.VoteResult;
import org.gridgov.scoring.vote.VoteRules;
import org.gridgov.scoring.vote.VoterKey;
import org.gridgov.scoring.vote.VoterKeys;

/** The README's vote example: two voters, a refused second vote, a tie settled by a draw. */
public final class VoteExample {
  private VoteExample() {}

  /**
   * Runs the example and returns what it found, for the README test.
   *
   * @return accepted, refused, the winner, how the tie was settled, the digest's length
   */
  public static List<String> run() {
    byte[] secret = "the platform's secret pepper, 32+".getBytes(StandardCharsets.UTF_8);
    // README:vote-begin
    VoterKeys keys = VoterKeys.withSecret(secret); // HMAC-SHA256: no phone or ID number kept
    Round round =
        Round.builder("zhanqian-2022-12")
            .window(
                Instant.parse("2022-11-30T16:00:00Z"), // 2022-12-01 00:00 in Shanghai
                Instant.parse("2022-12-30T16:00:00Z"),
                ZoneId.of("Asia/Shanghai"))
            .channels("wechat", "app") // counted together
            .rules(VoteRules.of(3, 1).withMinInterval(Duration.ofMinutes(1)))
            .seats(SeatRules.of(1))
            .addCandidate(Candidate.of("zq-01", "王丽", "210802", "210802001003001"))
            .addCandidate(Candidate.of("zq-02", "李强", "210802", "210802003001002"))
            .build();
    VoterKey a = keys.ofPhone("138 0013 8000");
    VoterKey b = keys.ofIdNumber("11010519491231002X");
    List<Ballot> ballots =
        List.of(
            Ballot.of("b1", a, "zq-01", Instant.parse("2022-12-10T01:30:00Z"), "wechat"),
            Ballot.of("b2", a, "zq-01", Instant.parse("2022-12-10T01:40:00Z"), "app"),
            Ballot.of("b3", b, "zq-02", Instant.parse("2022-12-10T02:00:00Z"), "app"));
    Quarantine flags = Screening.screen(round, ballots); // bursts, shared devices, surges
    Count count = VoteCounter.count(round, flags, Sanctions.none(), ballots); // any order
    VoteResult result =
        VoteResult.of(round, count, ResultInputs.none().withDrawSeed("2022-12-31 公开抽签"));
    // b2 is refused (OVER_CANDIDATE_CAP: one vote per candidate a day, whatever the channel);
    // zq-01 and zq-02 tie at one vote each, and the seeded draw settles it, reported as a tie;
    // result.digest() is published with the result, and a recount of the log reproduces it.
    // README:vote-end
    return List.of(
        "accepted " + count.totals().accepted(),
        "refused " + count.totals().rejected(RejectionReason.OVER_CANDIDATE_CAP),
        "winner " + result.winners().get(0).candidate().id(),
        "tie settled by " + result.ties().get(0).settledBy().map(Enum::name).orElse("-"),
        "digest " + result.digest().hex().length() + " hex digits");
  }

  /**
   * Prints the example's results.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run().forEach(System.out::println);
  }
}
