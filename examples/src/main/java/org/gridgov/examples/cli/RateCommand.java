package org.gridgov.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gridgov.core.InvalidInputException;
import org.gridgov.samples.SyntheticAssessments;
import org.gridgov.scoring.io.AssessmentJson;
import org.gridgov.scoring.io.BundledRubrics;
import org.gridgov.scoring.io.RatingJson;
import org.gridgov.scoring.io.RubricJson;
import org.gridgov.scoring.rating.Assessment;
import org.gridgov.scoring.rating.AssessmentSet;
import org.gridgov.scoring.rating.RatingRound;
import org.gridgov.scoring.rating.RoundResult;
import org.gridgov.scoring.rating.Rubric;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gridgov rate --rubric R --assessments A [--json]}: rate a round of organisations under a
 * rubric file or a bundled rubric, with the distribution, every organisation's stars and, on
 * request, full explanations.
 */
@Command(
    name = "rate",
    mixinStandardHelpOptions = true,
    description = {
      "Star rating (评星定级): rate a round of assessments under a rubric.",
      "",
      "  gridgov rate --rubric two-new-default --assessments 2023.json",
      "  gridgov rate --rubric rubric.json --assessments 2023.json --explain org-17 --json",
      "  gridgov rate --rubric xiqing-style --synthetic 200 --seed 7",
      "  gridgov rate --rubric two-new-default --synthetic 200 --write-assessments 2023.json"
    })
final class RateCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Option(
      names = "--rubric",
      required = true,
      paramLabel = "R",
      description = "a rubric JSON file, or a bundled rubric: two-new-default, xiqing-style")
  String rubric = "";

  /** Where the assessments come from. */
  static final class Source {
    @Option(names = "--assessments", paramLabel = "A", description = "an assessments JSON file")
    @Nullable Path file;

    @Option(
        names = "--synthetic",
        paramLabel = "N",
        description = "N synthetic organisations instead (made up, deterministic)")
    int synthetic;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source = new Source();

  @Option(names = "--seed", description = "seed of --synthetic (default 1)")
  long seed = 1;

  @Option(
      names = "--write-assessments",
      paramLabel = "FILE",
      description =
          "with --synthetic: also write the synthetic assessments as a gridgov-assessments/1 file,"
              + " to edit and rate with --assessments")
  @Nullable Path writeAssessments;

  @Option(names = "--period", description = "the round's period (default: the file's, or 'round')")
  @Nullable String period;

  @Option(names = "--no-quotas", description = "apply no quotas (default: the rubric's)")
  boolean noQuotas;

  @Option(
      names = "--explain",
      paramLabel = "ORG",
      description = "explain these organisations in full")
  List<String> explain = new ArrayList<>();

  @Option(names = "--json", description = "write the gridgov-rating-results/1 JSON form")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Rubric r = rubric(rubric);
      List<Assessment> assessments;
      String round = period;
      Path file = source.file;
      if (file != null) {
        var set = AssessmentJson.reader(r).read(file);
        assessments = set.assessments();
        if (round == null) {
          round = set.period().orElse("round");
        }
      } else {
        if (source.synthetic < 1) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "--synthetic is 1 or more, got " + source.synthetic);
        }
        assessments = SyntheticAssessments.generate(r, source.synthetic, seed);
      }
      Path save = writeAssessments;
      if (save != null) {
        if (file != null) {
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              "--write-assessments writes synthetic assessments: use --synthetic");
        }
        try (Writer w = Files.newBufferedWriter(save, StandardCharsets.UTF_8)) {
          AssessmentJson.write(
              new AssessmentSet(Optional.of(r.id()), Optional.ofNullable(round), assessments), w);
        }
      }
      RatingRound rating = RatingRound.of(r, round == null ? "round" : round);
      if (noQuotas) {
        rating = rating.withQuotas(List.of());
      }
      RoundResult result = rating.rate(assessments);
      for (String id : explain) {
        if (result.entry(id).isEmpty()) {
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              "--explain: "
                  + id
                  + " is not in this round of "
                  + result.entries().size()
                  + " organisations (such as "
                  + result.entries().stream()
                      .limit(5)
                      .map(e -> e.organisationId())
                      .collect(java.util.stream.Collectors.joining(", "))
                  + ")");
        }
      }
      if (json) {
        RatingJson.write(result, explain, out);
      } else {
        print(out, result);
      }
      out.flush();
      return 0;
    } catch (InvalidInputException e) {
      ProblemLines.print(err, "gridgov rate", e);
      err.flush();
      return 2; // refused input, as every command answers it
    }
  }

  private void print(PrintWriter out, RoundResult result) {
    Rubric r = result.rubric();
    out.println(
        "Rubric "
            + r.id()
            + "@"
            + r.version()
            + " ("
            + r.name()
            + ", "
            + r.region()
            + "), period "
            + result.period());
    out.println();
    RatingText.summary(out, result);
    out.println();
    RatingText.entries(out, result);
    for (String id : explain) {
      out.println();
      var entry = result.entry(id);
      var rating = result.explain(id);
      if (entry.isEmpty() || rating.isEmpty()) {
        throw new IllegalStateException(id + " was checked to be in the round");
      }
      RatingText.explain(out, rating.get(), entry.get());
    }
  }

  /** A bundled rubric by name, else a rubric file. */
  static Rubric rubric(String name) throws IOException {
    var bundled = BundledRubrics.named(name);
    if (bundled.isPresent()) {
      return bundled.get();
    }
    Path file = Path.of(name);
    if (!Files.exists(file)) {
      throw new IllegalArgumentException(
          "no rubric file "
              + name
              + " and no bundled rubric of that name; bundled: "
              + String.join(", ", BundledRubrics.names()));
    }
    return RubricJson.reader().read(file);
  }
}
