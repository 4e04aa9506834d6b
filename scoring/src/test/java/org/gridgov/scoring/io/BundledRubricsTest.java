package org.gridgov.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridgov.scoring.rating.BonusMode;
import org.gridgov.scoring.rating.Points;
import org.gridgov.scoring.rating.Rubric;
import org.gridgov.scoring.rating.Section;
import org.gridgov.scoring.rating.VetoEffect;
import org.junit.jupiter.api.Test;

class BundledRubricsTest {
  @Test
  void theDefaultRubricHasTheArticlesShape() {
    // 营口 article, December 2022: 5 aspects, 30 scoring points, bonus standards, conditions under
    // which an organisation may not be rated four-star.
    Rubric r = BundledRubrics.twoNew();
    assertThat(r.sections())
        .extracting(Section::name)
        .containsExactly("基本组织健全", "基本队伍合格", "基本制度落实", "基本活动正常", "基本保障到位");
    assertThat(r.items()).hasSize(30);
    assertThat(r.total()).isEqualTo(Points.of(100));
    assertThat(r.bonus().mode()).isEqualTo(BonusMode.OFFSET_ONLY);
    assertThat(r.vetoes().stream().filter(v -> v.effect().equals(VetoEffect.capAt(3)))).hasSize(4);
    assertThat(r.note()).contains("example modelled on published rubrics");
    assertThat(r.maxTotal()).isEqualTo(Points.of(100));
  }

  @Test
  void theSecondShapeGivesBonusOnTopAndSixBands() {
    Rubric r = BundledRubrics.xiqingStyle();
    assertThat(r.bonus().mode()).isEqualTo(BonusMode.ON_TOP);
    assertThat(r.maxTotal()).isEqualTo(Points.of(110));
    assertThat(r.bands()).hasSize(6);
    assertThat(r.topStars()).isEqualTo(5);
  }

  @Test
  void bundledRubricsRoundTripAndAreFoundByName() {
    for (String name : BundledRubrics.names()) {
      Rubric r = BundledRubrics.named(name).orElseThrow();
      assertThat(RubricJson.reader().read(RubricJson.write(r))).isEqualTo(r);
      assertThat(RubricJson.reader().read(BundledRubrics.json(name))).isEqualTo(r);
    }
    assertThat(BundledRubrics.named("nope")).isEmpty();
    assertThatThrownBy(() -> BundledRubrics.json("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two-new-default");
  }
}
