package org.gridgov.scoring.vote;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Small rounds and random ballots for tests. */
final class Fixtures {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** 2022-11-01 00:00 in Shanghai. */
  static final Instant START = Instant.parse("2022-10-31T16:00:00Z");

  static final String[] DISTRICTS = {"210802", "210803", "210804", "210811"};

  private Fixtures() {}

  /**
   * Puts a list a little out of order: each element in turn, one time in {@code oneIn}, swaps with
   * one up to {@code reach} places after it.
   */
  static <T> void nudge(List<T> list, Random r, int oneIn, int reach) {
    for (int i = 0; i + 1 < list.size(); i++) {
      if (r.nextInt(oneIn) == 0) {
        Collections.swap(list, i, i + 1 + r.nextInt(Math.min(reach, list.size() - i - 1)));
      }
    }
  }

  static Candidate candidate(int i) {
    String district = DISTRICTS[i % DISTRICTS.length];
    return Candidate.of(
        String.format(java.util.Locale.ROOT, "c%02d", i),
        "候选人" + i,
        district,
        district + "001001" + String.format(java.util.Locale.ROOT, "%03d", i + 1));
  }

  /** A round of {@code days} days with {@code n} candidates. */
  static Round.Builder round(int n, int days, VoteRules rules) {
    Round.Builder b =
        Round.builder("test-round")
            .name("测试")
            .window(START, START.plus(Duration.ofDays(days)), SHANGHAI)
            .channels("wechat", "app")
            .rules(rules)
            .seats(SeatRules.of(Math.max(1, n / 3)));
    for (int i = 0; i < n; i++) {
      b.addCandidate(candidate(i));
    }
    return b;
  }

  static VoterKey voter(int i) {
    return VoterKey.of(0x9E3779B97F4A7C15L * (i + 1), i * 0xC2B2AE3D27D4EB4FL + 7);
  }

  /**
   * Random ballots: few voters so caps bite, some outside the window, some unknown candidates, some
   * replays, some with two choices, instants clustered so ties and short intervals happen.
   */
  static List<Submission> ballots(Random r, Round round, int count, int voters) {
    List<Submission> out = new ArrayList<>();
    int n = round.candidates().size();
    long span = Duration.between(round.start(), round.end()).toSeconds();
    for (int i = 0; i < count; i++) {
      int kind = r.nextInt(100);
      if (kind < 3 && !out.isEmpty()) {
        Submission s = out.get(r.nextInt(out.size()));
        out.add(s); // a replay, an exact copy
        continue;
      }
      if (kind < 5) {
        out.add(
            MalformedBallot.of(
                org.gridgov.core.ProblemKind.INVALID_VALUE,
                org.gridgov.core.Location.text(i + 2, 1 + r.nextInt(5)),
                "bad"));
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
                .plusMillis(r.nextInt(3) * 500L);
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
      Ballot b =
          new Ballot(
              id,
              voter(r.nextInt(voters)),
              choices,
              at,
              channel,
              r.nextInt(3) == 0
                  ? java.util.Optional.of("10.0.0." + r.nextInt(4))
                  : java.util.Optional.empty(),
              r.nextInt(3) == 0
                  ? java.util.Optional.of("dev-" + r.nextInt(4))
                  : java.util.Optional.empty());
      out.add(b);
    }
    return out;
  }
}
