package org.gridgov.scoring.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.scoring.rating.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Rounds of random organisations under random rubrics: quotas, relaxations, transitions. */
class RoundProperties {
  private record Case(Rubric rubric, List<Assessment> assessments, SplittableRandom random) {
    @Override
    public String toString() {
      return rubric + " with " + assessments.size() + " organisations";
    }
  }

  private static Case draw(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Rubric rubric = RandomRubrics.builder(r).build();
    return new Case(rubric, RandomAssessments.round(rubric, r, 1 + r.nextInt(60), true), r);
  }

  /** Random quotas on random rungs above 0. */
  private static List<Quota> quotas(Rubric rubric, SplittableRandom r) {
    List<Quota> quotas = new ArrayList<>();
    for (int rung : SlowRater.ladder(rubric)) {
      if (rung > 0 && r.nextBoolean()) {
        quotas.add(new Quota(rung, BigDecimal.valueOf(1 + r.nextInt(60), 2)));
      }
    }
    return quotas;
  }

  @Test
  void quotasHold() {
    qt(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Case c = draw(seed);
              List<Quota> quotas = quotas(c.rubric, c.random);
              RoundResult round =
                  RatingRound.of(c.rubric, "p").withQuotas(quotas).rate(c.assessments);
              int rated = round.summary().rated();
              for (Quota q : quotas) {
                long holding =
                    round.entries().stream()
                        .filter(e -> e.tier() != Tier.UNRATED && e.stars() == q.stars())
                        .count();
                assertThat(holding).as("%s in %s", q, c).isLessThanOrEqualTo(q.maxCount(rated));
              }
            });
  }

  @Test
  void relaxingAQuotaNeverLowersAnyStar() {
    qt(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Case c = draw(seed);
              List<Quota> quotas = quotas(c.rubric, c.random);
              if (quotas.isEmpty()) {
                return;
              }
              List<Quota> relaxed = new ArrayList<>(quotas);
              int i = c.random.nextInt(relaxed.size());
              Quota q = relaxed.get(i);
              if (c.random.nextBoolean()) {
                relaxed.remove(i);
              } else {
                BigDecimal wider =
                    q.maxShare().add(BigDecimal.valueOf(1 + c.random.nextInt(40), 2));
                relaxed.set(i, new Quota(q.stars(), wider.min(BigDecimal.ONE)));
              }
              RoundResult strict =
                  RatingRound.of(c.rubric, "p").withQuotas(quotas).rate(c.assessments);
              RoundResult loose =
                  RatingRound.of(c.rubric, "p").withQuotas(relaxed).rate(c.assessments);
              for (int k = 0; k < strict.size(); k++) {
                assertThat(loose.entry(k).stars())
                    .as("%s relaxing %s", strict.entry(k), q)
                    .isGreaterThanOrEqualTo(strict.entry(k).stars());
              }
            });
  }

  @Test
  void withoutQuotasOrHistoryARoundGivesEachOrganisationItsOwnStars() {
    qt(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Case c = draw(seed);
              RoundResult round =
                  RatingRound.of(c.rubric, "p").withQuotas(List.of()).rate(c.assessments);
              for (int k = 0; k < round.size(); k++) {
                Assessment a = c.assessments.get(k);
                Score s = c.rubric.score(a);
                RoundEntry e = round.entry(k);
                assertThat(e.starsByRules()).isEqualTo(s.stars());
                assertThat(e.total()).isEqualTo(s.total());
                assertThat(e.stars()).isEqualTo(a.newOrganisation() ? 0 : s.stars());
                assertThat(e.rectifications()).isEqualTo(c.rubric.rate(a).rectifications().size());
              }
            });
  }

  @Test
  void everyOrganisationCutRanksBelowEveryOneKeptAtThatStarCount() {
    qt(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Case c = draw(seed);
              List<Quota> quotas = quotas(c.rubric, c.random);
              RoundResult round =
                  RatingRound.of(c.rubric, "p").withQuotas(quotas).rate(c.assessments);
              Map<String, Points> sections = new HashMap<>();
              for (Assessment a : c.assessments) {
                Rating r = c.rubric.rate(a);
                sections.put(a.organisationId(), r.total().minus(r.bonus().applied()));
              }
              for (QuotaCut cut : round.quotaCuts()) {
                for (RoundEntry kept : round.entries()) {
                  if (kept.tier() == Tier.UNRATED || kept.stars() != cut.fromStars()) {
                    continue;
                  }
                  int byTotal = kept.total().compareTo(cut.total());
                  int bySections =
                      sections
                          .getOrDefault(kept.organisationId(), Points.ZERO)
                          .compareTo(sections.getOrDefault(cut.organisationId(), Points.ZERO));
                  boolean ahead =
                      byTotal > 0
                          || (byTotal == 0 && bySections > 0)
                          || (byTotal == 0
                              && bySections == 0
                              && kept.organisationId().compareTo(cut.organisationId()) < 0);
                  assertThat(ahead).as("%s kept ahead of %s", kept, cut).isTrue();
                }
              }
            });
  }

  @Test
  void starsRiseNoMoreThanTheTransitionAllows() {
    qt(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Case c = draw(seed);
              List<Integer> ladder = SlowRater.ladder(c.rubric);
              History history = History.empty();
              Map<String, Integer> previous = new HashMap<>();
              for (Assessment a : c.assessments) {
                if (c.random.nextBoolean()) {
                  int prev = ladder.get(c.random.nextInt(ladder.size()));
                  previous.put(a.organisationId(), prev);
                  history =
                      history.plus(
                          a.organisationId(),
                          new PeriodRecord("before", prev, Tier.AVERAGE, Points.ZERO));
                }
              }
              RoundResult round =
                  RatingRound.of(c.rubric, "now")
                      .withPrevious(history)
                      .withQuotas(List.of())
                      .rate(c.assessments);
              for (int k = 0; k < round.size(); k++) {
                RoundEntry e = round.entry(k);
                Assessment a = c.assessments.get(k);
                Integer prev = previous.get(a.organisationId());
                if (a.newOrganisation()) {
                  assertThat(e.stars()).isZero();
                  assertThat(e.movement()).isEqualTo(Movement.NEW);
                  continue;
                }
                if (prev == null) {
                  assertThat(e.stars()).isEqualTo(e.starsByRules());
                  continue;
                }
                int rise = c.rubric.transitions().maxRise();
                for (Honour h : c.rubric.transitions().honours()) {
                  if (a.honours().stream().anyMatch(x -> x.id().equals(h.id()))) {
                    rise = Math.max(rise, h.maxRise());
                  }
                }
                int allowed = ladder.get(Math.min(ladder.size() - 1, ladder.indexOf(prev) + rise));
                assertThat(e.stars()).isEqualTo(Math.min(e.starsByRules(), allowed));
                assertThat(e.riseLimited()).isEqualTo(e.starsByRules() > allowed);
              }
            });
  }

  /** The rung just below a star count on the ladder, or 0 below its foot. */
  private static int below(List<Integer> ladder, int stars) {
    int best = 0;
    for (int rung : ladder) {
      if (rung < stars) {
        best = rung;
      }
    }
    return best;
  }

  /** The rung some levels up from the rung at or below a star count, at most the top. */
  private static int up(List<Integer> ladder, int stars, int levels) {
    int at = -1;
    for (int x = 0; x < ladder.size(); x++) {
      if (ladder.get(x) <= stars) {
        at = x;
      }
    }
    return ladder.get(Math.min(ladder.size() - 1, at + levels));
  }

  @Test
  void aRoundIsTheSlowRoundAndDoesNotDependOnTheOrderOfItsAssessments() {
    qt(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Case c = draw(seed);
              List<Integer> ladder = SlowRater.ladder(c.rubric);
              List<Quota> quotas = quotas(c.rubric, c.random);
              // a history of up to three periods with gaps and unrated (new) years
              History history = History.empty();
              Map<String, Integer> last = new HashMap<>();
              for (Assessment a : c.assessments) {
                int periods = c.random.nextInt(4);
                for (int y = 0; y < periods; y++) {
                  if (c.random.nextInt(3) == 0) {
                    continue; // not in that round
                  }
                  boolean rated = c.random.nextInt(4) != 0;
                  int stars = rated ? ladder.get(c.random.nextInt(ladder.size())) : 0;
                  history =
                      history.plus(
                          a.organisationId(),
                          new PeriodRecord(
                              "y" + y, stars, rated ? Tier.AVERAGE : Tier.UNRATED, Points.ZERO));
                  if (rated) {
                    last.put(a.organisationId(), stars);
                  }
                }
              }
              List<Assessment> shuffled = new ArrayList<>(c.assessments);
              java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
              RatingRound rr = RatingRound.of(c.rubric, "now").withPrevious(history);
              rr = rr.withQuotas(quotas);
              RoundResult round = rr.rate(c.assessments);
              RoundResult other = rr.rate(shuffled);

              // the slow round: transitions, then quotas from the most stars down
              Map<String, Integer> stars = new HashMap<>();
              Map<String, Points> total = new HashMap<>();
              Map<String, Points> sections = new HashMap<>();
              int rated = 0;
              for (Assessment a : c.assessments) {
                Rating r = c.rubric.rate(a);
                total.put(a.organisationId(), r.total());
                sections.put(a.organisationId(), r.total().minus(r.bonus().applied()));
                if (a.newOrganisation()) {
                  stars.put(a.organisationId(), 0);
                  continue;
                }
                rated++;
                int s = r.stars();
                Integer prev = last.get(a.organisationId());
                if (prev != null) {
                  int rise = c.rubric.transitions().maxRise();
                  for (Honour h : c.rubric.transitions().honours()) {
                    if (a.honours().stream().anyMatch(x -> x.id().equals(h.id()))) {
                      rise = Math.max(rise, h.maxRise());
                    }
                  }
                  s = Math.min(s, up(ladder, prev, rise));
                }
                stars.put(a.organisationId(), s);
              }
              java.util.Comparator<String> ranking =
                  java.util.Comparator.<String, Points>comparing(total::get)
                      .thenComparing(sections::get)
                      .reversed()
                      .thenComparing(java.util.Comparator.naturalOrder());
              List<String> cuts = new ArrayList<>();
              for (int x = ladder.size() - 1; x >= 0; x--) {
                int level = ladder.get(x);
                for (Quota q : quotas) {
                  if (q.stars() != level) {
                    continue;
                  }
                  List<String> at = new ArrayList<>();
                  for (Assessment a : c.assessments) {
                    if (!a.newOrganisation()
                        && stars.getOrDefault(a.organisationId(), -1) == level) {
                      at.add(a.organisationId());
                    }
                  }
                  at.sort(ranking);
                  int max = q.maxCount(rated);
                  for (int k = max; k < at.size(); k++) {
                    String id = at.get(k);
                    String by;
                    if (max == 0) {
                      by = "NO_PLACE";
                    } else if (total
                            .getOrDefault(id, Points.ZERO)
                            .compareTo(total.getOrDefault(at.get(max - 1), Points.ZERO))
                        < 0) {
                      by = "TOTAL";
                    } else if (sections
                            .getOrDefault(id, Points.ZERO)
                            .compareTo(sections.getOrDefault(at.get(max - 1), Points.ZERO))
                        < 0) {
                      by = "SECTIONS";
                    } else {
                      by = "ORGANISATION_ID";
                    }
                    stars.put(id, below(ladder, level));
                    cuts.add(level + " " + id + " " + below(ladder, level) + " " + by);
                  }
                }
              }
              for (RoundResult result : List.of(round, other)) {
                for (RoundEntry e : result.entries()) {
                  assertThat(e.stars())
                      .as("%s in %s", e, c)
                      .isEqualTo(stars.get(e.organisationId()));
                  boolean isNew = e.movement() == Movement.NEW;
                  Integer prev = last.get(e.organisationId());
                  assertThat(e.previousStars())
                      .isEqualTo(
                          isNew || prev == null ? OptionalInt.empty() : OptionalInt.of(prev));
                }
                List<String> made = new ArrayList<>();
                for (QuotaCut q : result.quotaCuts()) {
                  made.add(
                      q.fromStars()
                          + " "
                          + q.organisationId()
                          + " "
                          + q.toStars()
                          + " "
                          + q.decidedBy());
                }
                assertThat(made).as("%s", c).containsExactlyInAnyOrderElementsOf(cuts);
                assertThat(result.summary()).isEqualTo(round.summary());
              }
              for (Assessment a : c.assessments) {
                assertThat(other.entry(a.organisationId()))
                    .isEqualTo(round.entry(a.organisationId()));
              }
            });
  }
}
