package org.gridgov.sla.metrics;

import java.time.LocalDate;
import org.gridgov.core.Atlas;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridKind;

/** A small atlas of 站前区: two streets, three communities, a grid each. */
final class MetricsFixtures {
  static final DivisionCode CITY = DivisionCode.parse("2108");
  static final DivisionCode DISTRICT = DivisionCode.parse("210802");
  static final DivisionCode BATIANDI = DivisionCode.parse("210802001");
  static final DivisionCode JIANSHE = DivisionCode.parse("210802003");
  static final DivisionCode SANLOU = DivisionCode.parse("210802001007");
  static final DivisionCode FUQIANG = DivisionCode.parse("210802001005");
  static final DivisionCode YONGJIN = DivisionCode.parse("210802003001");
  static final GridCode SANLOU_1 = GridCode.parse("210802001007001");
  static final GridCode FUQIANG_1 = GridCode.parse("210802001005001");
  static final GridCode YONGJIN_1 = GridCode.parse("210802003001001");

  private MetricsFixtures() {}

  static Atlas atlas() {
    return Atlas.builder()
        .asOf(LocalDate.of(2024, 1, 1))
        .addDivision(Division.of("21", "辽宁省"))
        .addDivision(Division.of(CITY, "营口市"))
        .addDivision(Division.of(DISTRICT, "站前区"))
        .addDivision(Division.of(BATIANDI, "八田地街道"))
        .addDivision(Division.of(JIANSHE, "建设街道"))
        .addDivision(Division.of(SANLOU, "三楼社区"))
        .addDivision(Division.of(FUQIANG, "富强社区"))
        .addDivision(Division.of(YONGJIN, "永进社区"))
        .addGrid(new Grid(SANLOU_1, SANLOU, GridKind.BASE, "三楼一", 300, 700))
        .addGrid(new Grid(FUQIANG_1, FUQIANG, GridKind.BASE, "富强一", 300, 700))
        .addGrid(new Grid(YONGJIN_1, YONGJIN, GridKind.BASE, "永进一", 300, 700))
        .build();
  }
}
