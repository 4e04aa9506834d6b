package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

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
  void theDemoPrintsTheArticlesFiguresBesideTheSamples() {
    // Issue 7: the article's figures beside the sample's, counted from the atlas
    String out = Cli.run("demo").out();
    assertThat(out)
        .contains("The article's figures (营口, Dec 2022)")
        .containsPattern("urban \\(community\\) grids\\s+2157\\s+2157")
        .containsPattern("rural grids\\s+5798\\s+5798")
        .containsPattern("grid party branches and groups\\s+2257\\s+2257")
        .containsPattern("sector liaisons\\s+2642\\s+2642")
        .containsPattern("sectors\\s+14\\s+14")
        .containsPattern("seconded cadres\\s+620\\s+620")
        .containsPattern("city leaders' contact points\\s+28\\s+28")
        .containsPattern("district and street leaders' contact points\\s+331\\s+331");
  }

  @Test
  void explainsADivisionCode() {
    Cli.Run run = Cli.run("code", "441900003");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("441900003: 街道 street, a 乡级 town-level unit")
        .contains("parent 4419");
    // Issue 7: printed "VILLAGE COMMUNITY"
    Cli.Run community = Cli.run("code", "210802001007");
    assertThat(community.out())
        .contains("210802001007: 社区 community, a 村级 village-level unit")
        .doesNotContain("VILLAGE COMMUNITY");
    Cli.Run bad = Cli.run("code", "21080");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("invalid code \"21080\"");
  }

  @Test
  void explainsAGridCode() {
    Cli.Run run = Cli.run("code", "210802001007012");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("210802001007012: grid 12 of 210802001007 in the standard-3 scheme")
        .contains("210802001007: 社区 community");
  }

  @Test
  void aGridCodeIsUnderACommunityOrVillage() {
    // 210000000000001 was "grid 1 of 21 in the standard-3 scheme" and explained as a province's
    // grid; grids are under village-level units only (the atlas refuses any other)
    for (String code : new String[] {"210000000000001", "210802000000001", "210802001000001"}) {
      Cli.Run run = Cli.run("code", code);
      assertThat(run.exit()).as(code).isEqualTo(2);
      assertThat(run.out()).as(code).isEmpty();
      assertThat(run.err())
          .as(code)
          .startsWith("gridgov: ")
          .contains(code)
          .contains("not a community or village");
    }
  }

  @Test
  void bareGridgovIsAUsageError() {
    // Issue 7: exited 0
    Cli.Run run = Cli.run();
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Usage: gridgov").contains("a subcommand is required");
    assertThat(Cli.run("atlas").exit()).isEqualTo(2);
  }

  @Test
  void anUnknownSubcommandIsAnErrorEvenWithHelp() {
    // Issue 7: `gridgov route --help` printed the top-level usage and exited 0
    Cli.Run run = Cli.run("nosuch", "--help");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown subcommand 'nosuch'");
    assertThat(run.out()).isEmpty();
    assertThat(Cli.run("--help").exit()).isZero();
  }

  @Test
  void anUnknownSubcommandIsNamedSoWithOrWithoutHelp() {
    // without --help picocli said "Unmatched argument at index 0: 'nosuch'"; with it the tool said
    // "Unknown subcommand 'nosuch'": one mistake, one message
    Cli.Run top = Cli.run("nosuch");
    assertThat(top.exit()).isEqualTo(2);
    assertThat(top.out()).isEmpty();
    assertThat(top.err()).startsWith("Unknown subcommand 'nosuch'").contains("Usage: gridgov");
    Cli.Run typo = Cli.run("atlas", "valdate", "x.json");
    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err())
        .startsWith("Unknown subcommand 'valdate'")
        .contains("Did you mean: atlas validate");
    // an extra argument to a command without subcommands is still just that
    Cli.Run extra = Cli.run("demo", "extra");
    assertThat(extra.exit()).isEqualTo(2);
    assertThat(extra.err()).contains("Unmatched argument at index 1: 'extra'");
  }

  @Test
  void versionIsTheLibrarysVersion() {
    Cli.Run run = Cli.run("--version");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).matches("gridgov \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(run.out()).isEqualTo("gridgov " + projectVersion());
  }

  /** The version the build gives the project, read from the parent POM. */
  private static String projectVersion() {
    try {
      String pom = Files.readString(Path.of("..", "pom.xml"), StandardCharsets.UTF_8);
      Matcher m =
          Pattern.compile("<artifactId>gridgov-parent</artifactId>\\s*<version>([^<]+)</version>")
              .matcher(pom);
      assertThat(m.find()).as("the parent POM's version").isTrue();
      return m.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void generatesABashCompletionScript() {
    Cli.Run run = Cli.run("generate-completion");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("complete -F").contains("gridgov").contains("calendar");
  }

  @Test
  void aFileThatCannotBeReadIsNamedWhateverTheOptionsType(@TempDir Path dir) throws IOException {
    // `--boundaries` and `--rubric` take a file or a bundled name (strings, not paths): a directory
    // there gave "gridgov: cannot read or write IOException Is a directory", naming nothing
    String d = dir.toString();
    for (String[] args :
        List.of(
            new String[] {"geo", "locate", "1", "1", "--atlas", "yingkou", "--boundaries", d},
            new String[] {"rate", "--rubric", d, "--synthetic", "3"},
            new String[] {"atlas", "validate", d})) {
      Cli.Run run = Cli.run(args);
      assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err()).as(String.join(" ", args)).startsWith("gridgov: ").contains(d);
    }
    // a file where a directory is wanted: the reason, not a bare path
    Path file = Files.writeString(dir.resolve("plain.txt"), "x");
    Cli.Run run = Cli.run("case", "sample", file.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(file.toString()).contains(": FileAlreadyExistsException");
  }

  @Test
  void everyCommandsLineInItsParentsListIsAWholeSentence() {
    // `gridgov case --help` listed "status  The status of each case at an instant: due instants,
    // time used and left, states," — the first line of a description that went on
    List<String> summaries = new ArrayList<>();
    collectSummaries(GridgovCommand.commandLine(), "gridgov", summaries);
    assertThat(summaries)
        .hasSizeGreaterThan(20)
        .allSatisfy(s -> assertThat(s).as("the summary line").matches("(?s).*[.)]"));
  }

  /** The line each subcommand shows in its parent's command list: its header, else its first. */
  private static void collectSummaries(CommandLine cli, String path, List<String> into) {
    for (var e : cli.getSubcommands().entrySet()) {
      CommandLine.Model.UsageMessageSpec usage = e.getValue().getCommandSpec().usageMessage();
      String[] lines = usage.header().length > 0 ? usage.header() : usage.description();
      into.add(path + " " + e.getKey() + ": " + (lines.length == 0 ? "" : lines[0]));
      collectSummaries(e.getValue(), path + " " + e.getKey(), into);
    }
  }
}
