package org.gridgov.flink;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.gridgov.core.Location;
import org.gridgov.core.ProblemKind;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.Candidate;
import org.gridgov.scoring.vote.Count;
import org.gridgov.scoring.vote.Detector;
import org.gridgov.scoring.vote.Finding;
import org.gridgov.scoring.vote.MalformedBallot;
import org.gridgov.scoring.vote.Quarantine;
import org.gridgov.scoring.vote.Round;
import org.gridgov.scoring.vote.Sanction;
import org.gridgov.scoring.vote.Sanctions;
import org.gridgov.scoring.vote.SeatRules;
import org.gridgov.scoring.vote.Submission;
import org.gridgov.scoring.vote.VoteCounter;
import org.gridgov.scoring.vote.VoteRules;
import org.gridgov.scoring.vote.VoterKey;

/**
 * A random round with random submissions, flags and sanctions from one seed: few voters so that the
 * caps bite, replays, ballots outside the window, unknown candidates and channels, malformed lines,
 * instants clustered so that ties and short intervals happen (after the scoring module's fixtures).
 */
final class Ballots {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Instant START = Instant.parse("2022-10-31T16:00:00Z");

  final Round round;
  final List<Submission> submissions;
  final Quarantine quarantine;
  final Sanctions sanctions;

  Ballots(long seed, int count) {
    Random r = new Random(seed);
    int cap = 1 + r.nextInt(5);
    VoteRules rules =
        VoteRules.of(cap, 1 + r.nextInt(cap))
            .withChoicesPerBallot(1 + r.nextInt(Math.min(2, cap)))
            .withMinInterval(
                List.of(Duration.ZERO, Duration.ofMinutes(10), Duration.ofHours(2))
                    .get(r.nextInt(3)));
    int n = 2 + r.nextInt(7);
    int days = 1 + r.nextInt(4);
    Round.Builder b =
        Round.builder("flink-test")
            .name("测试")
            .window(START, START.plus(Duration.ofDays(days)), SHANGHAI)
            .channels("wechat", "app")
            .rules(rules)
            .seats(SeatRules.of(Math.max(1, n / 3)));
    for (int i = 0; i < n; i++) {
      String district = i % 2 == 0 ? "210802" : "210803";
      b.addCandidate(
          Candidate.of(
              String.format(Locale.ROOT, "c%02d", i),
              "候选人" + i,
              district,
              district + "001001" + String.format(Locale.ROOT, "%03d", i + 1)));
    }
    round = b.build();
    submissions = submissions(r, round, count, 3 + r.nextInt(60));
    Quarantine.Builder q = Quarantine.builder();
    q.addFinding(finding(0, Detector.IP_LIMIT)).addFinding(finding(1, Detector.IP_BURST));
    for (Submission s : submissions) {
      if (s.kind() == Submission.Kind.BALLOT && r.nextInt(8) == 0) {
        q.flag(((Ballot) s).id(), r.nextInt(2));
      }
    }
    quarantine = q.build();
    Sanctions s = Sanctions.none();
    for (Candidate c : round.candidates()) {
      if (r.nextInt(3) == 0) {
        s =
            s.apply(
                c.id(), Sanction.REMOVE_FLAGGED_VOTES, START.atZone(SHANGHAI).toLocalDate(), "t");
      }
    }
    sanctions = s;
  }

  TallySettings settings() {
    return TallySettings.of(round, quarantine, sanctions);
  }

  /** The single-machine count: the oracle. */
  Count single() {
    return VoteCounter.count(round, quarantine, sanctions, submissions);
  }

  private Finding finding(int number, Detector detector) {
    return new Finding(number, detector, "ip x", START, START, 1, 1, Optional.empty(), 0, "test");
  }

  static VoterKey voter(int i) {
    return VoterKey.of(0x9E3779B97F4A7C15L * (i + 1), i * 0xC2B2AE3D27D4EB4FL + 7);
  }

  private static List<Submission> submissions(Random r, Round round, int count, int voters) {
    List<Submission> out = new ArrayList<>();
    int n = round.candidates().size();
    long span = Duration.between(round.start(), round.end()).toSeconds();
    for (int i = 0; i < count; i++) {
      int kind = r.nextInt(100);
      if (kind < 3 && !out.isEmpty()) {
        out.add(out.get(r.nextInt(out.size()))); // a replay
        continue;
      }
      if (kind < 5) {
        out.add(
            MalformedBallot.of(
                ProblemKind.INVALID_VALUE, Location.text(i + 2, 1 + r.nextInt(5)), "bad " + i));
        continue;
      }
      Instant at;
      if (kind < 8) {
        at = round.start().minusSeconds(1 + r.nextInt(100_000));
      } else if (kind < 10) {
        at = round.end().plusSeconds(r.nextInt(100_000));
      } else {
        at =
            round
                .start()
                .plusSeconds((long) (r.nextDouble() * span))
                .plusMillis(r.nextInt(3) * 500L)
                .plusNanos(r.nextInt(2));
        if (r.nextInt(4) == 0) {
          at = at.minusSeconds(at.getEpochSecond() % 600);
        }
      }
      List<String> choices = new ArrayList<>();
      choices.add(kind < 12 ? "nobody" : round.candidates().get(r.nextInt(n)).id());
      if (r.nextInt(6) == 0) {
        String c = round.candidates().get(r.nextInt(n)).id();
        if (!choices.contains(c)) {
          choices.add(c);
        }
      }
      String id = kind < 15 && i > 0 ? "b" + r.nextInt(i) : "b" + i;
      String channel = kind < 16 ? "sms" : r.nextBoolean() ? "wechat" : "app";
      out.add(
          new Ballot(
              id,
              voter(r.nextInt(voters)),
              choices,
              at,
              channel,
              r.nextInt(3) == 0 ? Optional.of("10.0.0." + r.nextInt(4)) : Optional.empty(),
              r.nextInt(3) == 0 ? Optional.of("dev-" + r.nextInt(4)) : Optional.empty()));
    }
    return out;
  }
}
