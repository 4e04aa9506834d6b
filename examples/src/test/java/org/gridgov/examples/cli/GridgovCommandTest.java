package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class GridgovCommandTest {

  /** Runs the tool in-process and returns exit code and output. */
  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = GridgovCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  record Run(int code, String out, String err) {}

  @Test
  void theDemoPrintsYingkouPerDistrictAndAWhistleRoute() {
    Run run = run("demo");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("站前区", "西市区", "鲅鱼圈区", "老边区", "盖州市", "大石桥市")
        .containsPattern("营口市\\s+70\\s+306\\s+644\\s+7955\\s+\\d+\\s+7955\\s+1512\\s+\\d+\\s+620")
        .contains("Whistle routing")
        .contains("blows for 供暖 -> ")
        .contains("nobody: no unit at or above the grid has a");
  }

  @Test
  void explainsADivisionCode() {
    Run run = run("code", "441900003");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("441900003 TOWN STREET parent 4419");
    Run bad = run("code", "21080");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("invalid code \"21080\"");
  }
}
