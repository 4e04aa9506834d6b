package org.gridgov.benchmarks.rating;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gridgov.samples.SyntheticAssessments;
import org.gridgov.scoring.io.BundledRubrics;
import org.gridgov.scoring.io.GridgovScoringModule;
import org.gridgov.scoring.rating.Assessment;
import org.gridgov.scoring.rating.Rating;
import org.gridgov.scoring.rating.RatingRound;
import org.gridgov.scoring.rating.RoundResult;
import org.gridgov.scoring.rating.Rubric;
import org.gridgov.scoring.rating.Summary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Rating {@code orgs} synthetic organisations (default 1,000,000) under the bundled two-new rubric
 * (30 items), one operation rating them all: the fast path without explanation ({@link
 * Rubric#score}), a whole round (scores, transitions, quotas, tiers, summary), full explanations
 * with trace ({@link Rubric#rate}), both of the first on one core and on two, and the naive
 * interpreter over the JSON trees of the rubric and the assessments (one core). Allocation per
 * organisation is {@code gc.alloc.rate.norm} (with {@code -prof gc}) divided by {@code orgs}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class RatingBenchmark {
  @Param({"1000000"})
  public int orgs;

  private final Rubric rubric = BundledRubrics.twoNew();
  private List<Assessment> assessments = List.of();

  /** Generates the organisations. */
  @Setup(Level.Trial)
  public void setUp() {
    assessments = SyntheticAssessments.generate(rubric, orgs, 20231L);
  }

  /** The JSON trees of the rubric and of every assessment, for the naive interpreter. */
  @State(Scope.Benchmark)
  public static class Trees {
    JsonNode rubric = com.fasterxml.jackson.databind.node.NullNode.getInstance();
    JsonNode[] assessments = new JsonNode[0];

    /**
     * Builds the trees and checks that the interpreter agrees with the library.
     *
     * @param b the benchmark's state
     * @throws Exception if the JSON cannot be made
     */
    @Setup(Level.Trial)
    public void setUp(RatingBenchmark b) throws Exception {
      ObjectMapper mapper = new ObjectMapper().registerModule(new GridgovScoringModule());
      rubric = mapper.readTree(BundledRubrics.json(BundledRubrics.TWO_NEW));
      assessments = new JsonNode[b.assessments.size()];
      for (int i = 0; i < assessments.length; i++) {
        assessments[i] = mapper.valueToTree(b.assessments.get(i));
      }
      for (int i = 0; i < Math.min(20_000, assessments.length); i++) {
        int ours = b.rubric.score(b.assessments.get(i)).stars();
        int naive = NaiveInterpreter.stars(rubric, assessments[i]);
        if (ours != naive) {
          throw new IllegalStateException(
              "the interpreter gives "
                  + naive
                  + " stars, ours "
                  + ours
                  + ": "
                  + b.assessments.get(i));
        }
      }
    }
  }

  /**
   * Ours without explanation: total and stars of every organisation.
   *
   * @return the sum of the stars
   */
  @Benchmark
  public long scoreWithoutTrace() {
    long stars = 0;
    for (Assessment a : assessments) {
      stars += rubric.score(a).stars();
    }
    return stars;
  }

  /**
   * Ours: a whole round without explanations (scores, transitions, quotas, tiers, summary).
   *
   * @return the summary
   */
  @Benchmark
  public Summary roundWithoutTrace() {
    RoundResult round = RatingRound.of(rubric, "2023").rate(assessments);
    return round.summary();
  }

  /**
   * Ours with the full explanation of every organisation: item and section scores, trace, reasons,
   * shortfalls, rectification items.
   *
   * @param bh the blackhole
   */
  @Benchmark
  public void rateWithTrace(Blackhole bh) {
    for (Assessment a : assessments) {
      Rating r = rubric.rate(a);
      bh.consume(r);
    }
  }

  /**
   * Ours without explanation, on both cores (a parallel stream; the rubric is thread-safe).
   *
   * @return the sum of the stars
   */
  @Benchmark
  public long scoreWithoutTraceOnTwoCores() {
    return assessments.parallelStream().mapToLong(a -> rubric.score(a).stars()).sum();
  }

  /**
   * Ours with full explanations, on both cores.
   *
   * @return the sum of the stars and of the trace lengths
   */
  @Benchmark
  public long rateWithTraceOnTwoCores() {
    return assessments.parallelStream()
        .mapToLong(
            a -> {
              Rating r = rubric.rate(a);
              return (long) r.stars() + r.trace().size() + r.rectifications().size();
            })
        .sum();
  }

  /**
   * The naive rule-by-rule interpreter over the JSON trees.
   *
   * @param trees the trees
   * @return the sum of the stars
   */
  @Benchmark
  public long naiveJsonInterpreter(Trees trees) {
    long stars = 0;
    for (JsonNode a : trees.assessments) {
      stars += NaiveInterpreter.stars(trees.rubric, a);
    }
    return stars;
  }
}
