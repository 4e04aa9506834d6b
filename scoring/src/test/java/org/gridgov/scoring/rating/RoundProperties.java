package org.gridgov.scoring.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.scoring.rating.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
}
