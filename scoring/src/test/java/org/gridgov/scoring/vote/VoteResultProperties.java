package org.gridgov.scoring.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.scoring.vote.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.gridgov.core.DivisionCode;
import org.junit.jupiter.api.Test;

/** Results: seats, regional limits, ties and monotonicity. */
class VoteResultProperties {
  private static VoteResult result(Scenario s, List<Submission> in, ResultInputs inputs) {
    return VoteResult.of(
        s.round, VoteCounter.count(s.round, Quarantine.none(), Sanctions.none(), in), inputs);
  }

  /** The best feasible seat set by brute force: most seats, then best ranks first. */
  static Set<String> bruteForceSeats(Round round, List<Standing> ranked) {
    List<Standing> eligible = new ArrayList<>();
    for (Standing s : ranked) {
      if (s.status() != Standing.Status.DISQUALIFIED) {
        eligible.add(s);
      }
    }
    Map<DivisionCode, RegionalSeats> regions = new HashMap<>();
    round.seats().regions().forEach(r -> regions.put(r.district(), r));
    Map<DivisionCode, Integer> present = new HashMap<>();
    eligible.forEach(s -> present.merge(s.candidate().district(), 1, Integer::sum));
    int n = eligible.size();
    List<Integer> best = null;
    for (int mask = 0; mask < (1 << n); mask++) {
      if (Integer.bitCount(mask) > round.seats().seats()) {
        continue;
      }
      Map<DivisionCode, Integer> taken = new HashMap<>();
      List<Integer> positions = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if ((mask & (1 << i)) != 0) {
          taken.merge(eligible.get(i).candidate().district(), 1, Integer::sum);
          positions.add(i);
        }
      }
      boolean ok = true;
      for (RegionalSeats r : regions.values()) {
        int t = taken.getOrDefault(r.district(), 0);
        int need = Math.min(r.min(), present.getOrDefault(r.district(), 0));
        ok &= t <= r.max() && t >= need;
      }
      if (!ok) {
        continue;
      }
      if (best == null || better(positions, best)) {
        best = positions;
      }
    }
    Set<String> out = new HashSet<>();
    if (best != null) {
      best.forEach(i -> out.add(eligible.get(i).candidate().id()));
    }
    return out;
  }

  private static boolean better(List<Integer> a, List<Integer> b) {
    if (a.size() != b.size()) {
      return a.size() > b.size();
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).equals(b.get(i))) {
        return a.get(i) < b.get(i);
      }
    }
    return false;
  }

  private static Set<String> elected(VoteResult r) {
    Set<String> out = new HashSet<>();
    r.winners().forEach(w -> out.add(w.candidate().id()));
    return out;
  }

  @Test
  void theSeatsAreTheBestFeasibleSetDownTheRanking() {
    qt(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Scenario s = new Scenario(seed, 150);
              VoteResult r = result(s, s.submissions, s.inputs());
              assertThat(elected(r)).as("%s", s).isEqualTo(bruteForceSeats(s.round, r.standings()));
              assertThat(r.winners().size() + r.vacantSeats()).isEqualTo(s.round.seats().seats());
            });
  }

  @Test
  void regionalMinimumsAreMetWheneverEnoughCandidatesExistAndMaximumsAlways() {
    qt(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Scenario s = new Scenario(seed, 150);
              Sanctions disq = Sanctions.none();
              Random r = new Random(seed);
              for (Candidate c : s.round.candidates()) {
                if (r.nextInt(5) == 0) {
                  disq = disq.apply(c.id(), Sanction.DISQUALIFY, LocalDate.of(2023, 1, 1), "x");
                }
              }
              VoteResult result = result(s, s.submissions, s.inputs().withSanctions(disq));
              for (RegionalSeats rs : s.round.seats().regions()) {
                long eligible =
                    result.standings().stream()
                        .filter(x -> x.candidate().district().equals(rs.district()))
                        .filter(x -> x.status() != Standing.Status.DISQUALIFIED)
                        .count();
                long seated =
                    result.winners().stream()
                        .filter(x -> x.candidate().district().equals(rs.district()))
                        .count();
                assertThat(seated).isLessThanOrEqualTo(rs.max());
                if (eligible >= rs.min()) {
                  assertThat(seated).as("%s %s", s, rs).isGreaterThanOrEqualTo(rs.min());
                } else {
                  assertThat(result.notes()).anyMatch(n -> n.contains(rs.district().toString()));
                }
              }
              for (Standing st : result.standings()) {
                if (disq.isActive(st.candidate().id(), Sanction.DISQUALIFY)) {
                  assertThat(st.status()).isEqualTo(Standing.Status.DISQUALIFIED);
                  assertThat(st.finalVotes()).isZero();
                }
              }
            });
  }

  @Test
  void oneMoreValidVoteForAWinnerKeepsThemAWinner() {
    qt(300)
        .forAll(longs().all(), integers().between(0, 100))
        .checkAssert(
            (seed, pick) -> {
              Scenario s = new Scenario(seed, 150);
              ResultInputs inputs = s.inputs();
              VoteResult before = result(s, s.submissions, inputs);
              if (before.winners().isEmpty()) {
                return;
              }
              Standing w = before.winners().get(pick % before.winners().size());
              List<Submission> more = new ArrayList<>(s.submissions);
              more.add(
                  Ballot.of(
                      "zz-extra",
                      VoterKey.of(-1L, -1L),
                      w.candidate().id(),
                      s.round.start().plusSeconds(1),
                      "wechat"));
              VoteResult after = result(s, more, inputs);
              assertThat(after.standing(w.candidate().id()).orElseThrow().count().accepted())
                  .isEqualTo(w.count().accepted() + 1);
              assertThat(elected(after)).as("%s", s).contains(w.candidate().id());
            });
  }

  @Test
  void theSameSeedGivesTheSameResultAndTheDrawDependsOnlyOnSeedAndIds() {
    qt(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Scenario s = new Scenario(seed, 100);
              Count count =
                  VoteCounter.count(s.round, Quarantine.none(), Sanctions.none(), s.submissions);
              ResultInputs inputs = s.inputs();
              VoteResult a = VoteResult.of(s.round, count, inputs);
              VoteResult b = VoteResult.of(s.round, count, inputs);
              assertThat(a.standings()).isEqualTo(b.standings());
              assertThat(a.ties()).isEqualTo(b.ties());
              // the same round with its candidates listed in another order ranks them the same
              List<Candidate> shuffled = new ArrayList<>(s.round.candidates());
              Collections.shuffle(shuffled, new Random(seed));
              Round other = s.round.toBuilder().candidates(shuffled).build();
              VoteResult c =
                  VoteResult.of(
                      other,
                      VoteCounter.count(other, Quarantine.none(), Sanctions.none(), s.submissions),
                      inputs);
              List<String> orderA = new ArrayList<>();
              a.standings().forEach(x -> orderA.add(x.candidate().id()));
              List<String> orderC = new ArrayList<>();
              c.standings().forEach(x -> orderC.add(x.candidate().id()));
              assertThat(orderC).isEqualTo(orderA);
              assertThat(elected(c)).isEqualTo(elected(a));
            });
  }

  @Test
  void everyGroupOfEqualScoresIsReportedAsATie() {
    qt(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Scenario s = new Scenario(seed, 60);
              ResultInputs inputs =
                  new Random(seed).nextBoolean()
                      ? s.inputs()
                      : ResultInputs.none().withPanel(s.inputs().panel());
              VoteResult r = result(s, s.submissions, inputs);
              Map<BigDecimal, List<String>> groups = new HashMap<>();
              BigDecimal previous = null;
              for (Standing st : r.standings()) {
                if (st.status() == Standing.Status.DISQUALIFIED) {
                  continue;
                }
                if (previous != null) {
                  assertThat(st.score()).isLessThanOrEqualTo(previous);
                }
                previous = st.score();
                groups.computeIfAbsent(st.score(), k -> new ArrayList<>()).add(st.candidate().id());
              }
              long tiedGroups = groups.values().stream().filter(g -> g.size() > 1).count();
              assertThat(r.ties()).hasSize((int) tiedGroups);
              for (Tie t : r.ties()) {
                List<String> group = new ArrayList<>(groups.get(t.score()));
                Collections.sort(group);
                assertThat(t.candidates()).isEqualTo(group);
                if (!t.settled()) {
                  Set<Integer> ranks = new HashSet<>();
                  for (String id : t.candidates()) {
                    ranks.add(r.standing(id).orElseThrow().rank());
                  }
                  assertThat(ranks.size()).isLessThan(t.candidates().size());
                }
              }
              if (inputs.drawSeed().isPresent()) {
                assertThat(r.ties()).allMatch(Tie::settled);
                assertThat(r.isSettled()).isTrue();
              }
            });
  }

  @Test
  void weightedScoresTieExactlyWhenTheirFractionsAreEqual() {
    qt(150)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              int n = 2 + r.nextInt(5);
              // coarse weights and panel scores, so that scores equal as fractions are frequent
              int online = r.nextBoolean() ? 50 : 10 * (1 + r.nextInt(9));
              Round round =
                  Fixtures.round(n, 1, VoteRules.of(5, 1))
                      .seats(SeatRules.of(1))
                      .scoring(ScoreRule.weighted(online, 100 - online))
                      .build();
              int[] votes = new int[n];
              Map<String, BigDecimal> panel = new HashMap<>();
              for (int i = 0; i < n; i++) {
                votes[i] = r.nextInt(7);
                panel.put(Fixtures.candidate(i).id(), BigDecimal.valueOf(25L * r.nextInt(5)));
              }
              List<Submission> ballots = new ArrayList<>();
              int voter = 0;
              for (int c = 0; c < n; c++) {
                for (int k = 0; k < votes[c]; k++) {
                  ballots.add(
                      Ballot.of(
                          "v" + voter,
                          Fixtures.voter(voter++),
                          round.candidates().get(c).id(),
                          round.start().plusSeconds(voter),
                          "wechat"));
                }
              }
              VoteResult result =
                  VoteResult.of(
                      round,
                      VoteCounter.count(round, Quarantine.none(), Sanctions.none(), ballots),
                      ResultInputs.none().withPanel(panel));
              int max = 0;
              for (int v : votes) {
                max = Math.max(max, v);
              }
              // the exact score times 100 × most votes, an integer: online × votes × 100 +
              // panel weight × panel score × most votes (0 online points when nobody has votes)
              Map<String, BigDecimal> exact = new HashMap<>();
              for (int i = 0; i < n; i++) {
                String id = Fixtures.candidate(i).id();
                long onlinePart = max == 0 ? 0 : (long) online * votes[i] * 100;
                exact.put(
                    id,
                    BigDecimal.valueOf(onlinePart)
                        .add(
                            BigDecimal.valueOf((100L - online) * Math.max(max, 1))
                                .multiply(panel.getOrDefault(id, BigDecimal.ZERO))));
              }
              List<Standing> ranked = result.standings();
              for (int a = 0; a < ranked.size(); a++) {
                for (int b = a + 1; b < ranked.size(); b++) {
                  Standing x = ranked.get(a);
                  Standing y = ranked.get(b);
                  int byFraction =
                      exact
                          .getOrDefault(x.candidate().id(), BigDecimal.ZERO)
                          .compareTo(exact.getOrDefault(y.candidate().id(), BigDecimal.ZERO));
                  assertThat(byFraction).as("%s ranked before %s", x, y).isGreaterThanOrEqualTo(0);
                  assertThat(x.score().compareTo(y.score()) == 0)
                      .as("%s and %s equal as fractions", x, y)
                      .isEqualTo(byFraction == 0);
                }
              }
            });
  }

  /** Every order of the candidates sharing a rank (the unsettled parts of ties), up to a bound. */
  private static List<List<Standing>> orders(List<Standing> standings) {
    List<List<Standing>> blocks = new ArrayList<>();
    for (Standing st : standings) {
      if (st.status() == Standing.Status.DISQUALIFIED) {
        continue;
      }
      if (blocks.isEmpty() || blocks.get(blocks.size() - 1).get(0).rank() != st.rank()) {
        blocks.add(new ArrayList<>());
      }
      blocks.get(blocks.size() - 1).add(st);
    }
    List<List<Standing>> out = new ArrayList<>();
    out.add(new ArrayList<>());
    for (List<Standing> block : blocks) {
      List<List<Standing>> perms = permutations(block);
      List<List<Standing>> next = new ArrayList<>();
      for (List<Standing> prefix : out) {
        for (List<Standing> p : perms) {
          List<Standing> o = new ArrayList<>(prefix);
          o.addAll(p);
          next.add(o);
        }
      }
      out = next;
      if (out.size() > 2000) {
        return List.of();
      }
    }
    return out;
  }

  private static List<List<Standing>> permutations(List<Standing> items) {
    if (items.size() <= 1) {
      return List.of(items);
    }
    List<List<Standing>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<Standing> rest = new ArrayList<>(items);
      Standing first = rest.remove(i);
      for (List<Standing> p : permutations(rest)) {
        List<Standing> o = new ArrayList<>();
        o.add(first);
        o.addAll(p);
        out.add(o);
      }
    }
    return out;
  }

  @Test
  void theResultIsSettledExactlyWhenEveryOrderOfTheUnsettledTiesSeatsTheSameCandidates() {
    qt(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Scenario s = new Scenario(seed, 60);
              // no seed: ties the panel and earlier round cannot separate stay unsettled
              VoteResult r =
                  result(s, s.submissions, ResultInputs.none().withPanel(s.inputs().panel()));
              List<List<Standing>> orders = orders(r.standings());
              if (orders.isEmpty()) {
                return;
              }
              Set<Set<String>> outcomes = new HashSet<>();
              for (List<Standing> o : orders) {
                outcomes.add(bruteForceSeats(s.round, o));
              }
              assertThat(outcomes).contains(elected(r));
              assertThat(r.isSettled()).as("%s: %s", s, outcomes).isEqualTo(outcomes.size() == 1);
            });
  }
}
