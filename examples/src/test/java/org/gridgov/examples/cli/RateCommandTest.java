package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RateCommandTest {
  private static final String ASSESSMENTS =
      """
      {"format": "gridgov-assessments/1", "rubric": "two-new-default", "period": "2023",
       "assessments": [
         {"organisationId": "org-17", "name": "某科技公司党支部",
          "deductions": [{"item": "rules-1", "clause": "each", "count": 3, "evidence": "缺3次"}],
          "gates": [{"id": "innovation", "evidence": "项目"}],
          "vetoes": [{"id": "safety", "evidence": "2023-05 事故通报"}]},
         {"organisationId": "org-18"}]}
      """;

  @Test
  void ratesAFileUnderABundledRubricAndExplainsWhyNotFourStars(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("2023.json");
    Files.writeString(file, ASSESSMENTS, StandardCharsets.UTF_8);
    Cli.Run run =
        Cli.run(
            "rate",
            "--rubric",
            "two-new-default",
            "--assessments",
            file.toString(),
            "--explain",
            "org-17");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("period 2023")
        .contains("org-17")
        .contains("98.5")
        .contains("why not 4★?")
        .contains("in the way: veto safety")
        .contains("not reachable by points alone")
        .contains("rectification items: 2");
  }

  @Test
  void writesTheResultsJson(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("2023.json");
    Files.writeString(file, ASSESSMENTS, StandardCharsets.UTF_8);
    Cli.Run run =
        Cli.run(
            "rate",
            "--rubric",
            "two-new-default",
            "--assessments",
            file.toString(),
            "--json",
            "--no-quotas");
    assertThat(run.out()).startsWith("{").contains("\"format\" : \"gridgov-rating-results/1\"");
    assertThat(run.out()).contains("\"stars\" : 3").contains("\"stars\" : 4");
  }

  @Test
  void problemsAreListedWithTheirJsonPaths(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(
        file,
        ASSESSMENTS.replace("\"clause\": \"each\"", "\"clause\": \"every\""),
        StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("rate", "--rubric", "two-new-default", "--assessments", file.toString());
    assertThat(run.exit()).isEqualTo(2); // refused input, as the README's exit codes say
    assertThat(run.err())
        .contains("$.assessments[0].deductions[0].clause")
        .contains("unknown clause");
    Cli.Run missing = Cli.run("rate", "--rubric", "nope.json", "--synthetic", "5");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("two-new-default, xiqing-style");
  }

  @Test
  void writtenSyntheticAssessmentsRateAsTheSyntheticBatchDoes(@TempDir Path dir) {
    Path file = dir.resolve("2023.json");
    Cli.Run synthetic =
        Cli.run(
            "rate",
            "--rubric",
            "two-new-default",
            "--synthetic",
            "40",
            "--seed",
            "3",
            "--json",
            "--write-assessments",
            file.toString());
    assertThat(synthetic.exit()).as(synthetic.err()).isZero();
    Cli.Run fromFile =
        Cli.run("rate", "--rubric", "two-new-default", "--assessments", file.toString(), "--json");
    assertThat(fromFile.exit()).as(fromFile.err()).isZero();
    assertThat(fromFile.out()).isEqualTo(synthetic.out()).contains("org-0000040");
    Cli.Run both =
        Cli.run(
            "rate",
            "--rubric",
            "two-new-default",
            "--assessments",
            file.toString(),
            "--write-assessments",
            dir.resolve("again.json").toString());
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("--write-assessments writes synthetic assessments");
    assertThat(dir.resolve("again.json")).doesNotExist();
  }

  @Test
  void ratesASyntheticBatchAndShowsAndLintsRubrics(@TempDir Path dir) throws IOException {
    Cli.Run run = Cli.run("rate", "--rubric", "xiqing-style", "--synthetic", "50", "--seed", "7");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("org-0000050").contains("先进 advanced");
    Cli.Run show = Cli.run("rubric", "show", "two-new-default");
    assertThat(show.out()).contains("\"id\" : \"two-new-default\"");
    Path rubric = dir.resolve("r.json");
    Files.writeString(
        rubric, show.out().replace("\"total\" : 100", "\"total\" : 90"), StandardCharsets.UTF_8);
    Cli.Run lint = Cli.run("rubric", "lint", rubric.toString());
    assertThat(lint.exit()).isEqualTo(1);
    assertThat(lint.out()).contains("INCONSISTENT_TOTAL at").contains("$.total");
    Files.writeString(rubric, show.out(), StandardCharsets.UTF_8);
    assertThat(Cli.run("rubric", "lint", rubric.toString()).out())
        .contains("30 items, totals up to 100");
    // a cap at 2 stars, which no band gives, would act as a disqualification: refused at its path
    Matcher cap = Pattern.compile("(\"effect\" : \"CAP\",\\s+\"stars\" : )\\d").matcher(show.out());
    assertThat(cap.find()).isTrue();
    String capped =
        show.out().substring(0, cap.start()) + cap.group(1) + "2" + show.out().substring(cap.end());
    Files.writeString(rubric, capped, StandardCharsets.UTF_8);
    Cli.Run capAtTwo = Cli.run("rubric", "lint", rubric.toString());
    assertThat(capAtTwo.exit()).isEqualTo(1);
    assertThat(capAtTwo.out())
        .contains("UNKNOWN_REFERENCE at")
        .contains(".stars")
        .contains("caps at 2 stars, which no band gives");
  }

  @Test
  void explainingAnOrganisationNotInTheRoundIsAUsageErrorInTextAndJson() {
    // with --json the unknown id was silently dropped; as text it printed "not in this round";
    // both exited 0
    for (boolean json : new boolean[] {false, true}) {
      List<String> args =
          new ArrayList<>(
              List.of(
                  "rate",
                  "--rubric",
                  "two-new-default",
                  "--synthetic",
                  "5",
                  "--explain",
                  "org-nope"));
      if (json) {
        args.add("--json");
      }
      Cli.Run run = Cli.run(args.toArray(String[]::new));
      assertThat(run.exit()).as("json %s", json).isEqualTo(2);
      assertThat(run.out()).as("json %s", json).isEmpty();
      assertThat(run.err()).contains("--explain: org-nope is not in this round of 5 organisations");
    }
  }

  @Test
  void aQuotaThatLeavesNoPlaceIsExplainedSo() {
    // one organisation: 20 % of 1 is no three-star place; it read "ranked below the last place
    // kept, by no_place", and before the library's NO_PLACE "by total"
    Cli.Run run =
        Cli.run(
            "rate",
            "--rubric",
            "xiqing-style",
            "--synthetic",
            "1",
            "--seed",
            "1",
            "--explain",
            "org-0000001");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("2★ held this round (quota: no place at that star count)")
        .doesNotContain("no_place");
  }

  @Test
  void aSyntheticBatchOfNoOrganisationsIsRefused() {
    // --synthetic 0 and --synthetic -5 rated one made-up organisation and exited 0
    for (String n : new String[] {"0", "-5"}) {
      Cli.Run run = Cli.run("rate", "--rubric", "two-new-default", "--synthetic", n);
      assertThat(run.exit()).as(n).isEqualTo(2);
      assertThat(run.out()).as(n).isEmpty();
      assertThat(run.err()).as(n).contains("--synthetic is 1 or more, got " + n);
    }
    assertThat(Cli.run("rate", "--rubric", "two-new-default", "--synthetic", "1").out())
        .contains("1 organisations, 1 rated");
  }

  @Test
  void theSummaryCountsOrganisationsMovedDownByQuotasNotCuts() throws IOException {
    // a quota cut moves an organisation one rung; one organisation can be cut at several levels.
    // The summary printed the cuts as organisations: "227 moved down by quotas" of 200.
    Cli.Run json =
        Cli.run("rate", "--rubric", "xiqing-style", "--synthetic", "200", "--seed", "7", "--json");
    assertThat(json.exit()).isZero();
    JsonNode cuts = new ObjectMapper().readTree(json.out()).get("quotaCuts");
    Set<String> moved = new HashSet<>();
    cuts.forEach(c -> moved.add(c.get("organisationId").asText()));
    assertThat(moved.size()).isLessThan(cuts.size()); // the case in point: some cut twice
    Cli.Run text = Cli.run("rate", "--rubric", "xiqing-style", "--synthetic", "200", "--seed", "7");
    assertThat(text.out())
        .contains(
            "; "
                + moved.size()
                + " moved down by quotas ("
                + cuts.size()
                + " cuts of one rung each); ");
  }
}
