package org.gridgov.sla.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.Assignment;
import org.gridgov.core.Atlas;
import org.gridgov.core.ContactPoint;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridKind;
import org.gridgov.core.GridWorker;
import org.gridgov.core.LeaderRank;
import org.gridgov.core.Liaison;
import org.gridgov.core.Sector;
import org.gridgov.core.WorkerRole;
import org.junit.jupiter.api.Test;

/** Who holds a case at each tier, named in a small atlas of 站前区. */
class HolderTest {
  private static final DivisionCode STREET = DivisionCode.parse("210802001");
  private static final DivisionCode SANLOU = DivisionCode.parse("210802001007");
  private static final GridCode GRID = GridCode.parse("210802001007001");
  private static final LocalDate DAY = LocalDate.of(2022, 12, 10);

  static Atlas atlas() {
    return Atlas.builder()
        .asOf(DAY)
        .addDivision(Division.of("21", "辽宁省"))
        .addDivision(Division.of("2108", "营口市"))
        .addDivision(Division.of("210802", "站前区"))
        .addDivision(Division.of(STREET, "八田地街道"))
        .addDivision(Division.of(SANLOU, "三楼社区"))
        .addGrid(new Grid(GRID, SANLOU, GridKind.BASE, "三楼社区第一网格", 296, 711))
        .addWorker(new GridWorker("w1", "徐凤艳"))
        .addAssignment(Assignment.open("w1", GRID, WorkerRole.GRID_LEADER, DAY.minusYears(1)))
        .addLiaison(new Liaison("李供水", STREET, Sector.WATER))
        .addContactPoint(ContactPoint.ofUnit("街道领导甲", LeaderRank.STREET, SANLOU))
        .addContactPoint(ContactPoint.ofUnit("区领导乙", LeaderRank.DISTRICT, SANLOU))
        .build();
  }

  private static final CaseFacts FACTS =
      CaseFacts.of("下水井堵塞", Priority.NORMAL).withGrid(GRID).withSector("water");

  @Test
  void eachTierNamesItsUnitAndPeople() {
    Atlas atlas = atlas();
    Holder community = Holder.find(atlas, FACTS, Tier.COMMUNITY, DAY);
    assertThat(community.unitName()).isEqualTo("三楼社区");
    assertThat(community.people()).containsExactly("徐凤艳");
    Holder liaison = Holder.find(atlas, FACTS, Tier.LIAISON, DAY);
    assertThat(liaison.tier()).isEqualTo(Tier.LIAISON);
    assertThat(liaison.unit()).contains(STREET);
    assertThat(liaison.people()).containsExactly("李供水");
    Holder street = Holder.find(atlas, FACTS, Tier.STREET, DAY);
    assertThat(street.unitName()).isEqualTo("八田地街道");
    assertThat(street.people()).containsExactly("街道领导甲");
    Holder district = Holder.find(atlas, FACTS, Tier.DISTRICT, DAY);
    assertThat(district.unitName()).isEqualTo("站前区");
    assertThat(district.people()).containsExactly("区领导乙");
    assertThat(Holder.find(atlas, FACTS, Tier.CITY, DAY).unitName()).isEqualTo("营口市");
  }

  @Test
  void aSectorWithoutALiaisonGoesToTheStreet() {
    Holder h = Holder.find(atlas(), FACTS.withSector("gas"), Tier.LIAISON, DAY);
    assertThat(h.tier()).isEqualTo(Tier.STREET);
    assertThat(h.unitName()).isEqualTo("八田地街道");
    assertThat(h.note()).startsWith("no 燃气 liaison above 三楼社区第一网格");
    Holder none = Holder.find(atlas(), CaseFacts.of("x", Priority.NORMAL), Tier.STREET, DAY);
    assertThat(none.unit()).isEqualTo(Optional.empty());
    assertThat(none.note()).isEqualTo("the case names no grid");
  }

  @Test
  void aBreachedCaseIsHeldByTheLevelItReached() {
    // 数字站前: verify breached at 12:00 -> the liaison; its 6 hours run out at 18:00 -> the street
    CaseLog log =
        CaseLog.of(
            "ZQ",
            PolicyPresets.zhanqian(),
            List.of(CaseEvent.reported("r", "ZQ", CaseLogTest.cst("2022-12-10T09:00"), FACTS)));
    CaseStatus at13 = log.status(CaseLogTest.cst("2022-12-10T13:00"));
    assertThat(at13.escalation().tier()).isEqualTo(Tier.LIAISON);
    assertThat(at13.holder(atlas()).people()).containsExactly("李供水");
    CaseStatus at19 = log.status(CaseLogTest.cst("2022-12-10T19:00"));
    assertThat(at19.holder(atlas()).people()).containsExactly("街道领导甲");
    assertThat(at19.escalation().next()).contains(CaseLogTest.cst("2022-12-11T06:00"));
  }
}
