package org.gridgov.scoring.vote;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/** A random round with random ballots, flags and result inputs, all from one seed. */
final class Scenario {
  final long seed;
  final Random random;
  final Round round;
  final List<Submission> submissions;
  final Map<String, FlagKind> flags;
  final Set<String> removed;

  Scenario(long seed) {
    this(seed, 400);
  }

  Scenario(long seed, int maxBallots) {
    this.seed = seed;
    this.random = new Random(seed);
    Random r = random;
    int cap = 1 + r.nextInt(5);
    VoteRules rules =
        VoteRules.of(cap, 1 + r.nextInt(cap))
            .withChoicesPerBallot(1 + r.nextInt(Math.min(2, cap)))
            .withMinInterval(
                List.of(Duration.ZERO, Duration.ofMinutes(10), Duration.ofHours(2))
                    .get(r.nextInt(3)));
    int n = 2 + r.nextInt(7);
    Round.Builder b = Fixtures.round(n, 1 + r.nextInt(4), rules);
    b.seats(seats(r, n));
    b.scoring(scoring(r));
    b.tieBreaks(List.of(TieBreak.EARLIER_ROUND, TieBreak.PANEL_SCORE, TieBreak.SEEDED_DRAW));
    this.round = b.build();
    this.submissions = Fixtures.ballots(r, round, r.nextInt(maxBallots + 1), 3 + r.nextInt(40));
    this.flags = new HashMap<>();
    for (Submission s : submissions) {
      if (s instanceof Ballot ballot && r.nextInt(8) == 0) {
        flags.putIfAbsent(ballot.id(), r.nextInt(4) == 0 ? FlagKind.LIMIT : FlagKind.SUSPECT);
      }
    }
    this.removed = new TreeSet<>();
    for (Candidate c : round.candidates()) {
      if (r.nextInt(3) == 0) {
        removed.add(c.id());
      }
    }
  }

  private static SeatRules seats(Random r, int n) {
    SeatRules s = SeatRules.of(1 + r.nextInt(n));
    int minimums = 0;
    for (String d : Fixtures.DISTRICTS) {
      boolean present = false;
      for (int i = 0; i < n; i++) {
        present |= Fixtures.candidate(i).district().toString().equals(d);
      }
      if (!present || r.nextBoolean()) {
        continue;
      }
      int min = r.nextInt(3);
      if (minimums + min > s.seats()) {
        min = 0;
      }
      minimums += min;
      s = s.withRegion(RegionalSeats.of(d, min, min + r.nextInt(3)));
    }
    return s;
  }

  private static ScoreRule scoring(Random r) {
    return switch (r.nextInt(3)) {
      case 0 -> ScoreRule.votesOnly();
      case 1 -> ScoreRule.weighted(40, 60);
      default ->
          ScoreRule.banded(
              List.of(
                  new ScoreRule.Band(0, BigDecimal.ZERO),
                  new ScoreRule.Band(2, BigDecimal.valueOf(10)),
                  new ScoreRule.Band(5, BigDecimal.valueOf(30))),
              BigDecimal.valueOf(50L * r.nextInt(2)));
    };
  }

  Quarantine quarantine() {
    Quarantine.Builder q = Quarantine.builder();
    Finding limit =
        new Finding(
            0,
            Detector.IP_LIMIT,
            "ip x",
            round.start(),
            round.start(),
            1,
            1,
            java.util.Optional.empty(),
            0,
            "test");
    Finding suspect =
        new Finding(
            1,
            Detector.IP_BURST,
            "ip y",
            round.start(),
            round.start(),
            1,
            1,
            java.util.Optional.empty(),
            0,
            "test");
    q.addFinding(limit).addFinding(suspect);
    flags.forEach((id, kind) -> q.flag(id, kind == FlagKind.LIMIT ? 0 : 1));
    return q.build();
  }

  Sanctions removals() {
    Sanctions s = Sanctions.none();
    for (String c : removed) {
      s = s.apply(c, Sanction.REMOVE_FLAGGED_VOTES, java.time.LocalDate.of(2022, 12, 31), "test");
    }
    return s;
  }

  /** Panel scores in steps of 5, so that ties happen. */
  ResultInputs inputs() {
    Random r = new Random(seed * 31 + 7);
    Map<String, BigDecimal> panel = new LinkedHashMap<>();
    Map<String, BigDecimal> earlier = new LinkedHashMap<>();
    for (Candidate c : round.candidates()) {
      panel.put(c.id(), BigDecimal.valueOf(5L * r.nextInt(21)));
      if (r.nextBoolean()) {
        earlier.put(c.id(), BigDecimal.valueOf(r.nextInt(4)));
      }
    }
    return ResultInputs.none()
        .withPanel(panel)
        .withEarlierRound(earlier)
        .withDrawSeed("seed-" + seed);
  }

  List<Ballot> sortedBallots() {
    List<Ballot> out = new ArrayList<>();
    for (Submission s : submissions) {
      if (s instanceof Ballot b) {
        out.add(b);
      }
    }
    out.sort(Ballot.order());
    return out;
  }

  List<MalformedBallot> malformed() {
    List<MalformedBallot> out = new ArrayList<>();
    for (Submission s : submissions) {
      if (s instanceof MalformedBallot m) {
        out.add(m);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "Scenario[seed " + seed + ", " + round + ", " + submissions.size() + " submissions]";
  }
}
