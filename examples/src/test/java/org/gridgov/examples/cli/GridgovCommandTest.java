package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GridgovCommandTest {

  @Test
  void theDemoPrintsYingkouPerDistrictAndAWhistleRoute() {
    Cli.Run run = Cli.run("demo");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("站前区", "西市区", "鲅鱼圈区", "老边区", "盖州市", "大石桥市")
        .containsPattern("营口市\\s+70\\s+306\\s+644\\s+7955\\s+\\d+\\s+7955\\s+1512\\s+\\d+\\s+620")
        .contains("Whistle routing")
        .contains("blows for 供暖 -> ")
        .contains("nobody: no unit at or above the grid has a")
        .contains("2024-02-22T17:30+08:00");
  }

  @Test
  void explainsADivisionCode() {
    Cli.Run run = Cli.run("code", "441900003");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("441900003 TOWN STREET parent 4419");
    Cli.Run bad = Cli.run("code", "21080");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("invalid code \"21080\"");
  }
}
