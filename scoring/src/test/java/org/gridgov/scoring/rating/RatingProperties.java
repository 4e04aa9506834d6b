package org.gridgov.scoring.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.scoring.rating.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The rules of a rating as properties over random rubrics ({@link RandomRubrics}) and random
 * assessments, with the compiled kernel checked against the obvious {@link SlowRater}.
 */
class RatingProperties {
  private record Case(Rubric rubric, Assessment assessment, SplittableRandom random) {
    @Override
    public String toString() {
      return rubric + " " + assessment;
    }
  }

  private static Case draw(long seed, boolean vetoes) {
    SplittableRandom r = new SplittableRandom(seed);
    Rubric rubric = RandomRubrics.builder(r).build();
    return new Case(rubric, RandomAssessments.assessment(rubric, r, "org", vetoes), r);
  }

  @Test
  void theKernelAgreesWithTheSlowRater() {
    qt(400)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Case c = draw(seed, true);
              SlowRater.Result slow = SlowRater.rate(c.rubric, c.assessment);
              Rating r = c.rubric.rate(c.assessment);
              assertThat(r.total()).as("%s", c).isEqualTo(slow.total());
              assertThat(r.starsByScore()).as("%s", c).isEqualTo(slow.starsByScore());
              assertThat(r.stars()).as("%s", c).isEqualTo(slow.stars());
              assertThat(r.items()).extracting(ItemScore::score).isEqualTo(slow.items());
              assertThat(c.rubric.score(c.assessment)).isEqualTo(r.score());
            });
  }

  @Test
  void itemsAndSectionsStayWithinTheirMaximaAndTheTotalIsSectionsPlusTheCappedBonus() {
    qt(400)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Case c = draw(seed, true);
              Rating r = c.rubric.rate(c.assessment);
              Points sections = Points.ZERO;
              for (ItemScore i : r.items()) {
                assertThat(i.score()).isBetween(Points.ZERO, i.maximum());
              }
              for (SectionScore s : r.sections()) {
                assertThat(s.score()).isBetween(Points.ZERO, s.maximum());
                sections = sections.plus(s.score());
              }
              BonusOutcome b = r.bonus();
              assertThat(b.applied()).isLessThanOrEqualTo(c.rubric.bonus().cap());
              assertThat(r.total()).isEqualTo(sections.plus(b.applied()));
              assertThat(r.total()).isLessThanOrEqualTo(c.rubric.maxTotal());
              if (c.rubric.bonus().mode() == BonusMode.OFFSET_ONLY) {
                assertThat(r.total()).isLessThanOrEqualTo(c.rubric.total());
              }
            });
  }

  @Test
  void theTraceAddsUpToTheTotal() {
    qt(400)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Case c = draw(seed, true);
              Rating r = c.rubric.rate(c.assessment);
              Points sum = Points.ZERO;
              for (TraceStep step : r.trace()) {
                sum = sum.plus(step.points());
                assertThat(step.running()).isEqualTo(sum);
              }
              assertThat(sum).isEqualTo(r.total());
              TraceStep last = r.trace().get(r.trace().size() - 1);
              assertThat(last.stars().orElseThrow()).isEqualTo(r.stars());
            });
  }

  @Test
  void removingADeductionNeverLowersTheStar() {
    qt(400)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Case c = draw(seed, false);
              List<Assessment.Deduction> ds = c.assessment.deductions();
              if (ds.isEmpty()) {
                return;
              }
              List<Assessment.Deduction> fewer = new ArrayList<>(ds);
              fewer.remove(c.random.nextInt(fewer.size()));
              Assessment better = withDeductions(c.assessment, fewer);
              Score before = c.rubric.score(c.assessment);
              Score after = c.rubric.score(better);
              assertThat(after.total()).isGreaterThanOrEqualTo(before.total());
              assertThat(after.starsByScore()).isGreaterThanOrEqualTo(before.starsByScore());
              assertThat(after.stars()).as("%s", c).isGreaterThanOrEqualTo(before.stars());
            });
  }

  @Test
  void addingAVetoNeverRaisesTheStar() {
    qt(400)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Case c = draw(seed, true);
              Veto v = c.rubric.vetoes().get(c.random.nextInt(c.rubric.vetoes().size()));
              Assessment worse = c.assessment.toBuilder().veto(v.id(), "新发现").build();
              Score before = c.rubric.score(c.assessment);
              Score after = c.rubric.score(worse);
              assertThat(after.total()).isEqualTo(before.total());
              assertThat(after.stars()).as("%s + %s", c, v).isLessThanOrEqualTo(before.stars());
            });
  }

  @Test
  void aTotalExactlyOnABandsLowerBoundGetsThatBand() {
    qt(400)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Rubric rubric = RandomRubrics.rubric(seed);
              RubricKernel k = rubric.kernel();
              for (StarBand band : rubric.bands()) {
                long from = band.from().hundredths();
                assertThat(k.starsOf(from)).as("%s in %s", band, rubric).isEqualTo(band.stars());
                if (from > 0) {
                  assertThat(k.starsOf(from - 1)).isLessThan(band.stars());
                }
              }
            });
  }

  @Test
  void itemAndClauseOrderDoNotMatter() {
    qt(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Case c = draw(seed, true);
              Rubric shuffled = shuffle(c.rubric, new SplittableRandom(seed ^ 0x5DEECE66DL));
              Rating a = c.rubric.rate(c.assessment);
              Rating b = shuffled.rate(c.assessment);
              assertThat(b.score()).isEqualTo(a.score());
              assertThat(byId(b.items())).isEqualTo(byId(a.items()));
              assertThat(b.limits()).hasSameElementsAs(a.limits());
            });
  }

  @Test
  void whatAShortfallNamesIsEnoughForTheTarget() {
    qt(400)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Case c = draw(seed, true);
              Rating r = c.rubric.rate(c.assessment);
              for (Shortfall s : r.shortfalls()) {
                assertThat(s.stars()).isGreaterThan(r.stars());
                if (!s.reachable()) {
                  continue;
                }
                List<Assessment.Deduction> kept = new ArrayList<>();
                for (Assessment.Deduction d : c.assessment.deductions()) {
                  if (s.fixes().stream().noneMatch(f -> f.item().equals(d.item()))) {
                    kept.add(d);
                  }
                }
                Rating mended = c.rubric.rate(withDeductions(c.assessment, kept));
                assertThat(mended.stars())
                    .as("%s to %s: %s", c, s.stars(), s)
                    .isGreaterThanOrEqualTo(s.stars());
                assertThat(mended.total().minus(r.total()))
                    .isGreaterThanOrEqualTo(s.pointsNeeded());
              }
            });
  }

  @Test
  void everyDeductionAndVetoRaisesOneRectificationItem() {
    qt(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Case c = draw(seed, true);
              Rating r = c.rubric.rate(c.assessment);
              long lostItems = r.items().stream().filter(i -> i.lost().isPositive()).count();
              long vetoes =
                  c.assessment.vetoes().stream().map(Assessment.Attestation::id).distinct().count();
              assertThat(r.rectifications()).hasSize((int) (lostItems + vetoes));
              assertThat(r.reasons()).hasSize((int) lostItems);
              for (int i = 1; i < r.reasons().size(); i++) {
                assertThat(r.reasons().get(i).lost())
                    .isLessThanOrEqualTo(r.reasons().get(i - 1).lost());
              }
            });
  }

  @Test
  void anAssessmentIsRefusedExactlyWhenCheckFindsAProblem() {
    qt(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Case c = draw(seed, true);
              Assessment.Builder b = c.assessment.toBuilder();
              switch (c.random.nextInt(5)) {
                case 0 -> b.deduct("no-such-item", "c0", "x");
                case 1 -> b.deduct(c.rubric.items().get(0).id(), "no-such-clause", "x");
                case 2 -> b.bonus("no-such-bonus", "x");
                case 3 -> b.veto("no-such-veto", "x");
                default -> {
                  // unchanged: valid
                }
              }
              Assessment a = b.build();
              List<org.gridgov.core.Problem> problems =
                  c.rubric.check(a, org.gridgov.core.Location.element("assessment"));
              if (problems.isEmpty()) {
                assertThat(c.rubric.score(a)).isNotNull();
              } else {
                assertThatThrownBy(() -> c.rubric.score(a))
                    .isInstanceOfSatisfying(
                        InvalidAssessmentException.class,
                        e -> assertThat(e.problems()).isEqualTo(problems));
              }
            });
  }

  // ---- helpers --------------------------------------------------------------------------------

  static Assessment withDeductions(Assessment a, List<Assessment.Deduction> deductions) {
    return new Assessment(
        a.organisationId(),
        a.name(),
        a.newOrganisation(),
        deductions,
        a.bonuses(),
        a.vetoes(),
        a.gates(),
        a.honours(),
        a.weakTriggers(),
        a.measures());
  }

  private static Map<String, ItemScore> byId(List<ItemScore> items) {
    Map<String, ItemScore> map = new HashMap<>();
    items.forEach(i -> map.put(i.item(), i));
    return map;
  }

  /** The same rubric with sections, items and clauses in another order. */
  static Rubric shuffle(Rubric rubric, SplittableRandom r) {
    Rubric.Builder b = rubric.toBuilder();
    List<Section> sections = new ArrayList<>();
    for (Section s : rubric.sections()) {
      List<Item> items = new ArrayList<>();
      for (Item item : s.items()) {
        List<DeductionClause> clauses = new ArrayList<>(item.clauses());
        Collections.shuffle(clauses, new java.util.Random(r.nextLong()));
        items.add(
            new Item(
                item.id(), item.name(), item.maximum(), item.check(), item.standard(), clauses));
      }
      Collections.shuffle(items, new java.util.Random(r.nextLong()));
      sections.add(new Section(s.id(), s.name(), s.maximum(), items));
    }
    Collections.shuffle(sections, new java.util.Random(r.nextLong()));
    Rubric.Builder fresh =
        Rubric.builder(rubric.id(), rubric.version())
            .name(rubric.name())
            .region(rubric.region())
            .effectiveFrom(rubric.effectiveFrom())
            .note(rubric.note())
            .total(rubric.total())
            .bonus(rubric.bonus())
            .tiers(rubric.tiers())
            .transitions(rubric.transitions());
    sections.forEach(fresh::section);
    rubric.bands().forEach(fresh::band);
    rubric.gates().forEach(fresh::gate);
    rubric.vetoes().forEach(fresh::veto);
    rubric.weakTriggers().forEach(fresh::weakTrigger);
    rubric.rewards().forEach(fresh::reward);
    rubric.quotas().forEach(fresh::quota);
    assertThat(b.build()).isEqualTo(rubric);
    return fresh.build();
  }
}
