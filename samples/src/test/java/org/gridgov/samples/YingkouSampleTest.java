package org.gridgov.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridgov.core.Atlas;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.DivisionKind;
import org.gridgov.core.DivisionLevel;
import org.gridgov.core.Grid;
import org.gridgov.core.PartyOrganisation;
import org.gridgov.core.RollUp;
import org.gridgov.core.Sector;
import org.gridgov.core.WorkerRole;
import org.junit.jupiter.api.Test;

class YingkouSampleTest {
  private final Atlas atlas = YingkouSample.atlas();

  @Test
  void theRealDivisionsAreThoseOfTheNbsList() {
    // 统计用区划代码 2023: 营口市 has 6 county-level units and 70 town-level units.
    List<Division> real = YingkouSample.divisions();
    assertThat(real).hasSize(78);
    assertThat(real.stream().filter(d -> d.level() == DivisionLevel.COUNTY))
        .extracting(Division::name)
        .containsExactly("站前区", "西市区", "鲅鱼圈区", "老边区", "盖州市", "大石桥市");
    assertThat(real.stream().filter(d -> d.kind() == DivisionKind.STREET)).hasSize(27);
    assertThat(real.stream().filter(d -> d.kind() == DivisionKind.QUASI_TOWN)).hasSize(5);
    assertThat(atlas.division(DivisionCode.parse("210803006")).map(Division::name))
        .contains("渔市街道");
  }

  @Test
  void theTotalsAreTheArticles() {
    RollUp city = atlas.rollUp(YingkouSample.CITY);
    assertThat(city.grids()).isEqualTo(2157 + 5798);
    assertThat(city.villages()).isEqualTo(644);
    long urbanGrids =
        atlas.grids().stream().filter(g -> g.unit().kind() == DivisionKind.COMMUNITY).count();
    assertThat(urbanGrids).isEqualTo(2157);
    assertThat(atlas.partyOrganisations()).hasSize(2257);
    assertThat(city.posts(WorkerRole.COMMUNITY_WORKER)).isEqualTo(1512);
    assertThat(city.posts(WorkerRole.SECONDED_CADRE)).isEqualTo(620);
    long ruralWorkers =
        atlas.assignments().stream()
            .filter(a -> a.role() == WorkerRole.FULL_TIME)
            .filter(a -> atlas.grid(a.grid()).orElseThrow().unit().kind() == DivisionKind.VILLAGE)
            .count();
    assertThat(ruralWorkers).isEqualTo(5798);
    assertThat(atlas.liaisons()).hasSize(2642);
    assertThat(atlas.sectors()).hasSize(14);
    assertThat(atlas.requiredSectors()).hasSize(14);
    assertThat(atlas.liaisons().stream().map(l -> l.sector()).distinct()).hasSize(14);
    assertThat(
            atlas.contactPoints().stream()
                .filter(c -> c.rank() == org.gridgov.core.LeaderRank.CITY))
        .hasSize(28);
    assertThat(atlas.contactPoints()).hasSize(28 + 331);
  }

  @Test
  void everyUrbanGridIsCoveredByAPartyOrganisationAndSomeByTwo() {
    for (Grid g : atlas.grids()) {
      if (g.unit().kind() == DivisionKind.COMMUNITY) {
        assertThat(atlas.partyOrganisationsCovering(g.code())).isNotEmpty();
      }
    }
    long doubly =
        atlas.grids().stream()
            .filter(g -> atlas.partyOrganisationsCovering(g.code()).size() > 1)
            .count();
    assertThat(doubly).isEqualTo(100);
    assertThat(atlas.partyOrganisations().stream().map(PartyOrganisation::kind).distinct())
        .hasSize(2);
  }

  @Test
  void theRealCommunitiesOfZhanqianAreThere() {
    assertThat(atlas.division(DivisionCode.parse("210802001007")).map(Division::name))
        .contains("三楼社区");
    assertThat(atlas.children(DivisionCode.parse("210802003")))
        .extracting(Division::name)
        .startsWith("永进社区", "小雨社区", "东新社区", "星光社区", "莲花社区");
  }

  @Test
  void householdsAreAroundTheTargetsAndSomeGridsAreOff() {
    RollUp city = atlas.rollUp(YingkouSample.CITY);
    assertThat(city.baseGridsOffTarget()).isPositive().isLessThan(city.grids() / 10);
    assertThat(atlas.gridsOffTarget(YingkouSample.CITY)).hasSize(city.baseGridsOffTarget());
  }

  @Test
  void quasiUnitsLackTheSixExtraSectors() {
    // development zones got only the article's eight sectors; their communities have gaps
    assertThat(atlas.liaisonGaps(YingkouSample.CITY))
        .isNotEmpty()
        .allMatch(g -> !Sector.predefined().contains(g.sector()))
        .allMatch(
            g -> atlas.parent(g.unit().code()).orElseThrow().kind() == DivisionKind.QUASI_TOWN);
  }

  @Test
  void theSampleIsDeterministic() {
    assertThat(YingkouSample.atlas()).isSameAs(atlas);
    assertThat(SyntheticNational.atlas(20_000, 7)).isEqualTo(SyntheticNational.atlas(20_000, 7));
  }

  @Test
  void theNationalGeneratorMakesTheGridsAskedFor() {
    Atlas national = SyntheticNational.atlas(50_000, 1);
    assertThat(national.size().grids()).isEqualTo(50_000);
    assertThat(national.roots()).hasSize(31);
    long villageUnits =
        national.divisions().stream().filter(d -> d.level() == DivisionLevel.VILLAGE).count();
    assertThat(villageUnits).isBetween(6_000L, 6_500L);
    assertThat(national.rollUp(DivisionCode.parse("44")).partyCoverage()).isEqualTo(1.0);
  }
}
