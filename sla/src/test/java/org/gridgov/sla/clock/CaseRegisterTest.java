package org.gridgov.sla.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.GridCode;
import org.junit.jupiter.api.Test;

/** The register's bookkeeping: replacing, removing, reclaiming space, refusing nulls. */
class CaseRegisterTest {
  private static final GridCode GRID = GridCode.parse("210802001007001");

  private static CaseLog log(long seed, String id) {
    CaseGen c = new CaseGen(seed, id, GRID);
    return CaseLog.of(id, c.table, c.events);
  }

  @Test
  void replacingAndRemovingKeepsTheLastLogsAndReclaimsTheirRows() {
    CaseRegister register = CaseRegister.create();
    assertThat(register).hasToString("CaseRegister[0 cases, 0 longs of rows]");
    for (int i = 0; i < 100; i++) {
      register.put(log(i, "c" + (i % 10)));
    }
    assertThat(register.size()).isEqualTo(10);
    for (int k = 0; k < 10; k++) {
      assertThat(register.get("c" + k)).contains(log(90 + k, "c" + k));
    }
    long live = 0;
    for (CaseLog l : register.logs()) {
      live += l.replay().fz.length;
    }
    assertThat(register.toString()).isEqualTo("CaseRegister[10 cases, " + live + " longs of rows]");
    assertThat(register.remove("c3")).isTrue();
    assertThat(register.remove("c3")).isFalse();
    assertThat(register.get("c3")).isEmpty();
    assertThat(register.logs()).hasSize(9).doesNotContain(log(93, "c3"));
    Instant at = Instant.parse("2030-01-01T00:00:00Z");
    List<String> ids = new ArrayList<>();
    register.forEachView(at, v -> ids.add(v.caseId()));
    assertThat(ids).containsExactly("c0", "c1", "c2", "c9", "c4", "c5", "c6", "c7", "c8");
    for (int k = 0; k < 10; k++) {
      assertThat(register.remove("c" + k)).isEqualTo(k != 3);
    }
    assertThat(register).hasToString("CaseRegister[0 cases, 0 longs of rows]");
  }

  @Test
  @SuppressWarnings("NullAway") // nulls on purpose
  void nullsAreRefusedByName() {
    CaseRegister register = CaseRegister.create();
    assertThatThrownBy(() -> register.put(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("log");
    assertThatThrownBy(() -> register.get(null)).hasMessage("caseId");
    assertThatThrownBy(() -> register.forEachView(null, v -> {})).hasMessage("at");
  }
}
