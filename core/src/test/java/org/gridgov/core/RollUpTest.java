package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ratios of a roll-up at their edges: no posts, no grids, a sector outside the catalogue. */
class RollUpTest {
  private static final DivisionCode YONGJIN = DivisionCode.parse("210802003001");

  @Test
  void ratiosWithZeroPostsOrZeroGridsAreDefined() {
    Atlas atlas = AtlasFixtures.zhanqian().build();
    // 永进 has grids and households but no posts
    RollUp yongjin = atlas.rollUp(YONGJIN);
    assertThat(yongjin.grids()).isEqualTo(2);
    assertThat(yongjin.households()).isPositive();
    assertThat(yongjin.frontLinePosts()).isZero();
    assertThat(yongjin.posts(WorkerRole.GRID_LEADER)).isZero();
    assertThat(yongjin.householdsPerFrontLineWorker()).isEmpty();
    assertThat(yongjin.partyCoverage()).isEqualTo(0.0);
    assertThat(yongjin.liaisonCoverage(Sector.HEATING)).isEqualTo(0.0);
    assertThat(yongjin.liaisonCoverage(Sector.POWER)).isEqualTo(1.0);
    assertThat(yongjin.liaisonCoverage(Sector.of("telecom", "通信"))).isEqualTo(0.0);
    // a unit without grids is fully covered, vacuously
    RollUp empty =
        new RollUp(YONGJIN, 0, 1, 0, 0, 0, 0, 0, Map.of(), 0, 0, 0, Map.of(Sector.POWER, 0), 0);
    assertThat(empty.partyCoverage()).isEqualTo(1.0);
    assertThat(empty.liaisonCoverage(Sector.POWER)).isEqualTo(1.0);
    assertThat(empty.householdsPerFrontLineWorker()).isEmpty();
    assertThat(empty.posts(WorkerRole.FULL_TIME)).isZero();
    // 三楼: two front-line posts on the as-of date (community worker, seconded cadre); a leader is
    // not one
    RollUp sanlou = atlas.rollUp(DivisionCode.parse("210802001007"));
    assertThat(sanlou.frontLinePosts()).isEqualTo(2);
    assertThat(sanlou.householdsPerFrontLineWorker().getAsDouble())
        .isEqualTo(sanlou.households() / 2.0);
    assertThat(sanlou.partyCoverage()).isEqualTo(2.0 / 3);
  }
}
