package org.gridgov.scoring.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.scoring.rating.TestRubrics.p;

import java.time.LocalDate;
import java.util.List;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.junit.jupiter.api.Test;

/** Every lint rule, with where it points: the same steps as the JSON form. */
class RubricLintTest {
  private static List<Problem> problems(Rubric.Builder b) {
    try {
      throw new AssertionError("the rubric was accepted: " + b.build());
    } catch (InvalidRubricException e) {
      return e.problems();
    }
  }

  private static String where(Problem p) {
    return p.kind() + " " + p.location();
  }

  private static Rubric.Builder oneItem(Points max, DeductionClause... clauses) {
    return Rubric.builder("r", "1")
        .name("n")
        .region("r")
        .effectiveFrom(LocalDate.of(2023, 1, 1))
        .total(max)
        .section(
            Section.of("s", "方面", max, Item.of("i", "要点", max, CheckMethod.DOCUMENTS, clauses)));
  }

  @Test
  void itemsAddUpToTheirSectionAndSectionsToTheTotal() {
    Rubric.Builder b =
        Rubric.builder("r", "1")
            .name("n")
            .region("r")
            .effectiveFrom(LocalDate.of(2023, 1, 1))
            .total(p("100"))
            .section(
                Section.of(
                    "s",
                    "方面",
                    p("20"),
                    Item.of("i1", "一", p("4"), CheckMethod.DOCUMENTS),
                    Item.of("i2", "二", p("14.5"), CheckMethod.DOCUMENTS)))
            .band(StarBand.atLeast(5, Points.ZERO));
    assertThat(problems(b))
        .extracting(RubricLintTest::where, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "INCONSISTENT_TOTAL sections[0].maximum",
                "the items of section s add up to 18.5, not to the section's maximum 20"),
            org.assertj.core.groups.Tuple.tuple(
                "INCONSISTENT_TOTAL total", "the sections add up to 20, not to the total 100"));
  }

  @Test
  void noClauseDeductsMoreThanItsItem() {
    Rubric.Builder b =
        oneItem(
                p("4"),
                DeductionClause.of("ok", "可以", p("4")),
                DeductionClause.perOccurrence("each", "每次", p("4.5")))
            .band(StarBand.atLeast(5, Points.ZERO));
    assertThat(problems(b))
        .extracting(RubricLintTest::where)
        .containsExactly("INCONSISTENT_TOTAL sections[0].items[0].clauses[1].deduction");
  }

  @Test
  void bandsWrittenEightyToEightyNineLeaveAGapOnlyWhenHalfPointsCanFallInIt() {
    // "90分以上五星，80-89分四星，70-79分三星，70分以下不定星" as written, with inclusive upper bounds
    Rubric.Builder whole =
        oneItem(p("100"), DeductionClause.of("a", "一", p("1")))
            .band(StarBand.atLeast(5, p("90")))
            .band(StarBand.through(4, p("80"), p("89")))
            .band(StarBand.through(3, p("70"), p("79")))
            .band(StarBand.through(0, p("0"), p("69")));
    assertThat(whole.build().rate(Assessment.builder("o").build()).stars()).isEqualTo(5);
    Rubric.Builder halves =
        oneItem(p("100"), DeductionClause.of("a", "半分", p("0.5")))
            .band(StarBand.atLeast(5, p("90")))
            .band(StarBand.through(4, p("80"), p("89")))
            .band(StarBand.through(3, p("70"), p("79")))
            .band(StarBand.through(0, p("0"), p("69")));
    assertThat(problems(halves))
        .extracting(RubricLintTest::where, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "GAP bands[2].from",
                "totals between bands 0★ [0, 69] and 3★ [70, 79] have no band, such as 69.5"),
            org.assertj.core.groups.Tuple.tuple(
                "GAP bands[1].from",
                "totals between bands 3★ [70, 79] and 4★ [80, 89] have no band, such as 79.5"),
            org.assertj.core.groups.Tuple.tuple(
                "GAP bands[0].from",
                "totals between bands 4★ [80, 89] and 5★ [90, max] have no band, such as 89.5"));
  }

  @Test
  void bandsThatShareABoundOverlap() {
    // a 1000-point rubric whose bands overlap at 950: "950-1000分五星，900-950分四星"
    Rubric.Builder b =
        oneItem(p("1000"), DeductionClause.of("a", "一", p("10")))
            .band(StarBand.through(5, p("950"), p("1000")))
            .band(StarBand.through(4, p("900"), p("950")))
            .band(StarBand.below(0, p("0"), p("900")));
    assertThat(problems(b))
        .extracting(RubricLintTest::where, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "OVERLAP bands[0].from",
                "bands 4★ [900, 950] and 5★ [950, 1000] overlap from 950"));
  }

  @Test
  void bandsCoverFromZeroToTheHighestTotalWithMoreStarsHigherUp() {
    Rubric.Builder b =
        oneItem(p("100"), DeductionClause.of("a", "一", p("1")))
            .bonus(
                BonusRules.of(BonusMode.ON_TOP, p("10"), new BonusItem("b", "加", p("5"), p("10"))))
            .band(StarBand.below(5, p("90"), p("100")))
            .band(StarBand.below(3, p("80"), p("90")))
            .band(StarBand.below(4, p("60"), p("80")))
            .band(StarBand.atLeast(1, p("130")));
    assertThat(problems(b))
        .extracting(RubricLintTest::where)
        .containsExactly(
            "GAP bands[2].from",
            "CONFLICT bands[1].stars",
            "CONFLICT bands[3].stars",
            "GAP bands[3].from",
            "UNREACHABLE bands[3].from");
  }

  @Test
  void bonusCapsStayWithinTheLargestTotal() {
    Rubric.Builder b =
        oneItem(p("100"))
            .bonus(
                BonusRules.of(
                    BonusMode.ON_TOP, p("10"), new BonusItem("b", "加", p("5"), p("2000000"))))
            .band(StarBand.atLeast(5, Points.ZERO));
    assertThat(problems(b))
        .extracting(RubricLintTest::where)
        .containsExactly("INVALID_VALUE bonus.items[0].cap");
  }

  @Test
  void referencesPointAtWhatExists() {
    Rubric.Builder b =
        TestRubrics.smallBuilder()
            .gate(new Gate("g", "门槛", 4, GateCondition.sectionAtLeast("nope", p("1"))))
            .gate(new Gate("g2", "门槛", 4, GateCondition.sectionAtLeast("org", p("41"))))
            .reward(new Reward(2, 100, 100, "二星"))
            .quota(Quota.percent(1, "5"))
            .veto(new Veto("safety", "重复", VetoEffect.capAt(4)))
            .veto(new Veto("wide", "宽", VetoEffect.capAt(4)))
            .weakTrigger(new WeakTrigger("low", "重复", WeakCondition.attested()));
    assertThat(problems(b))
        .extracting(RubricLintTest::where)
        .containsExactly(
            "UNKNOWN_REFERENCE gates[2].section",
            "UNREACHABLE gates[3].atLeast",
            "DUPLICATE_ID vetoes[3].id",
            "DUPLICATE_ID weakTriggers[4].id",
            "UNKNOWN_REFERENCE rewards[4].stars",
            "UNKNOWN_REFERENCE quotas[2].stars");
  }

  @Test
  void everyProblemIsListedAtOnce() {
    Rubric.Builder b =
        Rubric.builder("r", "1")
            .section(
                Section.of(
                    "s",
                    "方面",
                    p("5"),
                    Item.of("i", "一", p("5"), CheckMethod.DOCUMENTS),
                    Item.of("i", "二", p("5"), CheckMethod.DOCUMENTS)))
            .section(Section.of("s", "方面", p("1"), Item.of("j", "三", p("1"), CheckMethod.DATA)))
            .transitions(
                TransitionRules.oneLevelAtATime(
                    new Honour("h", "荣誉", 2), new Honour("h", "荣誉", 2)));
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            InvalidRubricException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::kind)
                    .containsExactly(
                        ProblemKind.MISSING_FIELD, // name
                        ProblemKind.MISSING_FIELD, // region
                        ProblemKind.MISSING_FIELD, // effectiveFrom
                        ProblemKind.MISSING_FIELD, // total
                        ProblemKind.DUPLICATE_ID, // item i
                        ProblemKind.INCONSISTENT_TOTAL, // 10 != 5
                        ProblemKind.DUPLICATE_ID, // section s
                        ProblemKind.MISSING_FIELD, // bands
                        ProblemKind.DUPLICATE_ID)) // honour h
        .hasMessageStartingWith("invalid rubric: 9 problems");
  }

  @Test
  void aCapThatCanNeverBindAndAnHonourThatAllowsNothingAreUnreachable() {
    Rubric.Builder b =
        TestRubrics.smallBuilder()
            .veto(new Veto("wide", "宽", VetoEffect.capAt(4)))
            .tiers(new TierRules(5, 3))
            .transitions(TransitionRules.oneLevelAtATime());
    assertThat(b.build().vetoes()).hasSize(4);
    Rubric.Builder c =
        oneItem(p("10"))
            .band(StarBand.atLeast(3, Points.ZERO))
            .veto(new Veto("wide", "宽", VetoEffect.capAt(3)))
            .tiers(new TierRules(4, 3))
            .transitions(new TransitionRules(2, List.of(new Honour("h", "荣誉", 2))));
    assertThat(problems(c))
        .extracting(RubricLintTest::where)
        .containsExactly(
            "UNREACHABLE vetoes[0].stars",
            "UNREACHABLE tiers.advancedFrom",
            "UNREACHABLE transitions.honours[0].maxRise");
  }

  @Test
  void capsAndGatesNameStarCountsTheBandsGive() {
    // bands give none, 3, 4 and 5: a cap at 2 keeps the highest band at or below it, none
    Rubric.Builder b =
        TestRubrics.smallBuilder()
            .veto(new Veto("two", "二星封顶", VetoEffect.capAt(2)))
            .gate(new Gate("half", "两星门槛", 2, GateCondition.attested()));
    List<Problem> problems = problems(b);
    assertThat(problems)
        .extracting(RubricLintTest::where)
        .containsExactly("UNKNOWN_REFERENCE gates[2].stars", "UNKNOWN_REFERENCE vetoes[3].stars");
    assertThat(problems.get(1).message())
        .contains("caps at 2 stars, which no band gives (bands give 0, 3, 4, 5)")
        .contains("would act as a cap at 0");
    // the rungs themselves, a cap at no star, and a demotion past the foot stay valid
    Rubric ok =
        TestRubrics.smallBuilder()
            .veto(new Veto("zero", "不得评星", VetoEffect.capAt(0)))
            .veto(new Veto("four", "四星封顶", VetoEffect.capAt(4)))
            .veto(new Veto("three-down", "降三级", VetoEffect.demoteBy(3)))
            .gate(new Gate("three", "三星门槛", 3, GateCondition.attested()))
            .build();
    assertThat(ok.vetoes()).hasSize(6);
  }
}
